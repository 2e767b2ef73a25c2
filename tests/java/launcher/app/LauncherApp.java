// Main class in a plain directory that uses a class from lib.jar: checks that -cp/-classpath/
// --class-path with several entries, -D properties and arguments all reach the program.
public class LauncherApp {
    public static void main(String[] args) {
        System.out.println(greet.Greeter.greet("launcher"));
        System.out.println("greeting property: " + System.getProperty("greeting"));
        System.out.println("args: " + args.length);
        for (String a : args) System.out.println("  [" + a + "]");
    }
}
