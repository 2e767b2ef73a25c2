// String.split and Pattern.split (limits, trailing empty strings, the Java 8+ leading-empty rule,
// zero-width separators), String.matches/replaceAll/replaceFirst/replace and Pattern.quote.
import java.util.Arrays;
import java.util.regex.Pattern;

public class StringSplit {

    static void split(String s, String regex) {
        System.out.println("\"" + s + "\".split(\"" + regex + "\") = " + show(s.split(regex)));
        for (int limit : new int[] {-1, 0, 1, 2, 3, 10}) {
            System.out.println("  limit " + limit + ": " + show(s.split(regex, limit)));
        }
    }

    static String show(String[] parts) {
        StringBuilder sb = new StringBuilder().append(parts.length).append(' ');
        for (String p : parts) {
            sb.append('<').append(p).append('>');
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        split("a,b,c", ",");
        split("a,b,,c,,", ",");
        split(",a,,b", ",");
        split("", ",");
        split(",", ",");
        split(",,,", ",");
        split("abc", "");
        split("a1b22c333", "\\d+");
        split("a1b22c333", "\\d");
        split("  leading and   trailing  ", "\\s+");
        split("a.b.c", ".");
        split("a.b.c", "\\.");
        split("a|b|c", "\\|");
        split("a|b|c", "|");
        split("boo:and:foo", "o");
        split("boo:and:foo", ":");
        split("boo:and:foo", "o*");
        split("camelCaseString", "(?=[A-Z])");
        split("one1two22three", "(?<=\\d)(?=\\D)");
        split("key = value", "\\s*=\\s*");
        split("a\r\nb\nc", "\\R");
        split("x\uD83D\uDE00y\uD83D\uDE00", "\uD83D\uDE00");
        split("tab\tsep\tline", "\t");
        split("a--b---c", "-+");
        split("AaBbA", "(?i)a");
        System.out.println(show(Pattern.compile(",").split("x,y,,")));
        System.out.println(show(Pattern.compile(",").split("x,y,,", -1)));
        System.out.println(show(Pattern.compile("").split("hi")));
        System.out.println(show(Pattern.compile("a*").split("baaac")));

        System.out.println("abc".matches("[a-c]+") + " " + "abcd".matches("[a-c]+") + " " + "".matches("a*"));
        System.out.println("2024-01-05".matches("\\d{4}-\\d{2}-\\d{2}") + " " + "A1".matches("(?i)a\\d"));
        System.out.println("hello world".replaceAll("o", "0") + " " + "hello world".replaceFirst("o", "0"));
        System.out.println("a1b2c3".replaceAll("\\d", "<$0>") + " " + "a1b2c3".replaceFirst("(\\w)(\\d)", "$2$1"));
        System.out.println("John Smith".replaceAll("(\\w+) (\\w+)", "$2, $1"));
        System.out.println("x.y.z".replace(".", "::") + " " + "aaa".replace("aa", "b") + " " + "abc".replace("", "-"));
        System.out.println("path/to/file".replace('/', '\\') + " " + "tabs\tto spaces".replaceAll("\\s", "_"));
        System.out.println("cost $5".replaceAll("\\$", "USD ") + " " + "a.b".replaceAll(".", "x"));
        System.out.println("abc".replaceAll("", "-") + " " + "abc".replaceAll("x*", "-") + " " + "abc".replaceFirst("", "-"));
        System.out.println("  trim  me ".replaceAll("^\\s+|\\s+$", "") + "|");
        System.out.println("aaa".replaceAll("a*?", "X") + " " + "aaa".replaceAll("a*", "X") + " " + "baaa".replaceAll("a+?", "X"));
        System.out.println(Pattern.quote("a.b") + " " + Pattern.quote("a\\Eb") + " " + Pattern.quote("\\E") + " " + Pattern.quote(""));
        System.out.println("a.b".matches(Pattern.quote("a.b")) + " " + "axb".matches(Pattern.quote("a.b")) + " " + "a\\Eb".matches(Pattern.quote("a\\Eb")));
        System.out.println(Arrays.toString("1,2;3 4".split("[,; ]")));
        System.out.println(Arrays.toString("a:b:c".split(":", 2)) + Arrays.toString("::".split(":")));
        Pattern p = Pattern.compile("\\s*,\\s*");
        System.out.println(p + " " + p.pattern() + " " + p.flags() + " " + show(p.split(" a , b ,c ")));
        System.out.println(p.asPredicate().test("x ,y") + " " + p.asPredicate().test("xy") + " " + p.asMatchPredicate().test(" , ") + " " + p.asMatchPredicate().test("x,"));
        try {
            "abc".split("(");
        } catch (RuntimeException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            "abc".replaceAll("b", "$2");
        } catch (RuntimeException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
