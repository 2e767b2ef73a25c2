// Regular expressions on long inputs: simple loops such as \s+, .* and [a-z]+ run without
// exhausting the stack, and search, split and replace scale to hundreds of thousands of chars.
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class RegexLongInput {

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 50000; i++) {
            sb.append(i % 7 == 0 ? "  " : "ab");
        }
        String text = sb.toString();
        System.out.println("length " + text.length());
        System.out.println("split \\s+ " + text.split("\\s+").length);
        System.out.println(".* matches " + Pattern.compile(".*").matcher(text).matches());
        System.out.println("(?s).*b matches " + Pattern.compile("(?s).*b").matcher(text).matches());
        System.out.println("[ab ]+ matches " + text.matches("[ab ]+"));
        System.out.println(".*? lazy " + Pattern.compile("a.*?$").matcher(text).find());
        String spaces = " ".repeat(200000);
        System.out.println("spaces " + spaces.matches("\\s+") + " " + spaces.matches("\\s*+x?") + " " + ("x" + spaces + "y").split("\\s+").length);
        System.out.println("replace " + text.replaceAll("a(b)", "$1").length() + " " + text.replaceAll("\\s+", "_").length());
        Matcher m = Pattern.compile("b\\s+a").matcher(text);
        int count = 0;
        while (m.find()) {
            count++;
        }
        System.out.println("finds " + count);
        String digits = "1234567890".repeat(20000);
        System.out.println("digits " + digits.matches("\\d+") + " " + digits.matches("[0-9]{200000}") + " " + digits.matches("\\d{200001,}"));
        System.out.println("alternation " + Pattern.compile("(?:ab|cd)*").matcher("abcd".repeat(200)).matches());
        System.out.println("no match " + Pattern.compile("x+y").matcher("x".repeat(2000)).find());
        String supplementary = "\uD83D\uDE00".repeat(30000);
        System.out.println("supplementary " + supplementary.matches(".+") + " " + supplementary.matches("\uD83D\uDE00{30000}"));
    }
}
