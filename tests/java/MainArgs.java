// Command-line arguments reach main unchanged: count, order, spaces inside one argument,
// empty arguments, non-ASCII text, and things that look like options.
// islet-test: args=first "second with spaces" '' -Dnot.an.option=1 --flag 42 "café ☕"
public class MainArgs {
    public static void main(String[] args) {
        System.out.println("argc=" + args.length);
        for (int i = 0; i < args.length; i++) {
            System.out.println(i + ": [" + args[i] + "] length " + args[i].length());
        }
        int sum = 0;
        for (String a : args) {
            boolean digits = !a.isEmpty();
            for (int i = 0; i < a.length(); i++) digits &= Character.isDigit(a.charAt(i));
            if (digits) sum += Integer.parseInt(a);
        }
        System.out.println("numeric sum " + sum);
        System.out.println("property not set: " + System.getProperty("not.an.option"));
    }
}
