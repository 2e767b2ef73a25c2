// PatternSyntaxException descriptions, indexes and caret messages for malformed patterns, and
// the exceptions Matcher throws for misuse and bad replacement strings.
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

public class RegexErrors {

    static void compile(String regex) {
        compile(regex, 0);
    }

    static void compile(String regex, int flags) {
        try {
            Pattern p = Pattern.compile(regex, flags);
            System.out.println("ok " + p.pattern() + " flags=" + p.flags());
        } catch (PatternSyntaxException e) {
            System.out.println("PSE desc=" + e.getDescription() + " index=" + e.getIndex() + " pattern=" + e.getPattern());
            System.out.println(e.getMessage());
        } catch (IllegalArgumentException e) {
            System.out.println("IAE " + e.getMessage());
        }
    }

    static void replace(String regex, String input, String replacement) {
        try {
            System.out.println("replaceAll " + regex + " / " + replacement + " -> " + input.replaceAll(regex, replacement));
        } catch (RuntimeException e) {
            System.out.println("replaceAll " + regex + " / " + replacement + " -> " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        String[] patterns = {
            "[ab", "(ab", "ab)", "*a", "a**", "+", "?", "a{x}", "a{", "a{1", "a{1,", "a{1,2", "a{3,1}", "a{,3}",
            "\\", "abc\\", "[z-a]", "[a-\\d]", "\\p{Foo}", "\\pX", "\\p{L", "\\p{}", "\\p{IsFoo}", "[\\p{Foo}]",
            "\\p{gc=Zz}", "(?<n>a)(?<n>b)", "(?<1a>x)", "(?<ab", "(?<x)", "\\k<zz>", "\\k", "\\kn",
            "(?q)", "(?", "(?i", "(?i:a", "(?$)", "(?@)", "(", "((a)", "[]", "[^]", "[[a]", "a{2147483648}",
            "\\x{110000}", "\\xZ", "\\x{12", "\\u12", "\\uZZZZ", "\\c", "\\0", "\\08", "\\g", "\\y", "[\\y]",
            "[\\b]", "[\\1]", "[\\A]", "(?<=\\1)a", "(a)(?<=\\1)b", "a*+*", "x?+?", "{x", "\\Qa.b\\E(",
            "\\Qa.b\\E[", "\\Q1\\E\\y", "\\Qa1\\E\\y", "\\Q\\\\E\\y", "\\Q\\a\\E\\y", "\\\\Q\\y", "\\Q a\\E\\y",
            "\\Q\\E\\y", "\\x{41}\\y", "a b c (", "a # comment\n (", "(?x) a b (", "\\9", "\\8", "[a&&]", "[&&a]",
            "a||b", "{1}", "a{1}{2}", "\\Q*+\\E", "\\Qab", "[\\Q]\\E]", "(?i)", "(?<=a+)b", "(?<=a*)b",
            "(?<=a{1,3})b", "\uD83D\uDE00(", "\uD83D\uDE00*\\y", "[a-]", "[-a]", "[a-b-c]", "a{1,2}{3}"
        };
        for (String p : patterns) {
            compile(p);
        }
        compile("a b (", Pattern.COMMENTS);
        compile("a[", Pattern.LITERAL);
        compile("a", 0x1000);
        compile("a", 0x1001);
        compile("a", Pattern.UNICODE_CHARACTER_CLASS);

        Matcher m = Pattern.compile("(a)(?<n>b)?").matcher("ac");
        try {
            m.group();
        } catch (IllegalStateException e) {
            System.out.println("group before match: " + e.getMessage());
        }
        try {
            m.start();
        } catch (IllegalStateException e) {
            System.out.println("start before match: " + e.getMessage());
        }
        try {
            m.appendReplacement(new StringBuilder(), "x");
        } catch (IllegalStateException e) {
            System.out.println("appendReplacement before match: " + e.getMessage());
        }
        System.out.println(m.find() + " " + m.group(2) + " " + m.start(2) + " " + m.group("n"));
        try {
            m.group(3);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("group(3): " + e.getMessage());
        }
        try {
            m.end(-1);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("end(-1): " + e.getMessage());
        }
        try {
            m.region(2, 1);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("region: " + e.getMessage());
        }
        try {
            m.region(-1, 1);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("region: " + e.getMessage());
        }
        try {
            m.usePattern(null);
        } catch (IllegalArgumentException e) {
            System.out.println("usePattern: " + e.getMessage());
        }
        try {
            m.group(null);
        } catch (NullPointerException e) {
            System.out.println("group(null): " + e.getMessage());
        }

        replace("(a)", "banana", "<$1>");
        replace("(a)", "banana", "<$2>");
        replace("(a)", "banana", "<$>");
        replace("(a)", "banana", "<$");
        replace("(a)", "banana", "<\\");
        replace("(a)", "banana", "<$x>");
        replace("(a)", "banana", "<${x}>");
        replace("(?<v>a)", "banana", "<${v}>");
        replace("(?<v>a)", "banana", "<${v>");
        replace("(?<v>a)", "banana", "<${}>");
        replace("(?<v>a)", "banana", "<${1v}>");
        replace("(a)", "banana", "<$11>");
        replace("(a)", "banana", "<$10>");
        replace("(a)(n)", "banana", "$2$1");
        replace("(a)", "banana", "\\$1");
        replace("(a)", "banana", "$0$0");
        replace("a", "banana", "\\\\");
        try {
            Pattern.compile("a").matcher("a").replaceFirst((String) null);
        } catch (NullPointerException e) {
            System.out.println("replaceFirst(null): " + e.getMessage());
        }
    }
}
