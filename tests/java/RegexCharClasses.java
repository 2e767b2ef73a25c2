// Predefined, POSIX, java.lang.Character and Unicode classes, their case-insensitive forms, and
// the matching flags (CASE_INSENSITIVE, UNICODE_CASE, MULTILINE, DOTALL, COMMENTS, LITERAL,
// UNIX_LINES, UNICODE_CHARACTER_CLASS), inline and as compile flags.
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class RegexCharClasses {

    // A sample of characters from several scripts and categories.
    static final String SAMPLE = "aZ09_ -!~\t\n\u000b\u00a0\u00b5\u00c0\u00df\u00e9\u00f7\u00ff"
            + "\u0130\u0131\u017f\u01c5\u0391\u03b1\u03c2\u0410\u0430\u05d0\u0660\u0969\u1e9e\u2028"
            + "\u2029\u200b\u20ac\u212a\u2160\u3000\u4e00\uff21\ufe0f\u0301\u00bd\u00aa\u02b0";

    static String members(Pattern p) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < SAMPLE.length(); i++) {
            char c = SAMPLE.charAt(i);
            if (p.matcher(String.valueOf(c)).matches()) {
                sb.append(Integer.toHexString(c)).append(' ');
            }
        }
        return sb.toString();
    }

    static void classes(int flags, String... regexes) {
        for (String regex : regexes) {
            System.out.println(regex + " flags=" + flags + ": " + members(Pattern.compile(regex, flags)));
        }
    }

    static void finds(String regex, int flags, String input) {
        Matcher m = Pattern.compile(regex, flags).matcher(input);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            sb.append('[').append(m.start()).append(',').append(m.end()).append(')');
        }
        System.out.println(regex.replace("\n", "\\n") + " flags=" + flags + " on \"" + input.replace("\n", "\\n").replace("\r", "\\r") + "\": " + sb);
    }

    public static void main(String[] args) {
        String[] all = {
            "\\d", "\\D", "\\w", "\\W", "\\s", "\\S", "\\h", "\\v", ".",
            "\\p{Lower}", "\\p{Upper}", "\\p{ASCII}", "\\p{Alpha}", "\\p{Digit}", "\\p{Alnum}", "\\p{Punct}",
            "\\p{Graph}", "\\p{Print}", "\\p{Blank}", "\\p{Cntrl}", "\\p{XDigit}", "\\p{Space}",
            "\\p{javaLowerCase}", "\\p{javaUpperCase}", "\\p{javaWhitespace}", "\\p{javaMirrored}",
            "\\p{javaLetter}", "\\p{javaDigit}", "\\p{javaLetterOrDigit}", "\\p{javaAlphabetic}",
            "\\p{javaSpaceChar}", "\\p{javaIdentifierIgnorable}", "\\p{javaJavaIdentifierStart}",
            "\\p{L}", "\\p{Lu}", "\\p{Ll}", "\\p{Lt}", "\\p{Lm}", "\\p{Lo}", "\\p{M}", "\\p{Mn}", "\\p{N}", "\\p{Nd}",
            "\\p{Nl}", "\\p{No}", "\\p{P}", "\\p{S}", "\\p{Sc}", "\\p{Sm}", "\\p{Z}", "\\p{Zs}", "\\p{Zl}", "\\p{C}",
            "\\p{Cc}", "\\p{Cf}", "\\p{IsL}", "\\p{IsLu}", "\\p{gc=Nd}", "\\p{general_category=Lu}", "\\pL", "\\PL",
            "\\P{Alpha}", "\\p{LC}", "\\p{LD}", "\\p{L1}", "\\p{all}", "\\p{IsAlphabetic}", "\\p{IsLetter}",
            "\\p{IsDigit}", "\\p{IsWhite_Space}", "\\p{IsWhiteSpace}", "\\p{IsPunctuation}", "\\p{IsUppercase}",
            "\\p{IsLowercase}", "\\p{IsTitlecase}", "\\p{IsControl}", "\\p{IsHex_Digit}", "\\p{IsIdeographic}",
            "\\p{IsAssigned}", "\\p{IsAlpha}", "[\\p{L}&&[^\\p{Lu}]]", "[^\\p{L}\\p{N}]", "[\\w&&\\W]", "[^\\d\\s]",
            "[a-z&&[^aeiou]]", "[^a[b]]", "[a[^b]]", "[^a&&b]", "[\\x00-\\x1f]", "[\\u0391-\\u03a9]"
        };
        classes(0, all);
        classes(Pattern.CASE_INSENSITIVE, "a", "\u00e9", "[a-c]", "[^a]", "\\p{Lower}", "\\p{Upper}", "\\p{Lu}",
                "\\p{Ll}", "\\p{javaLowerCase}", "\\p{javaUpperCase}", "\\p{IsLowercase}", "\\p{Alpha}", "k", "s", "[k-m]");
        classes(Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE, "a", "\u00e9", "[a-z]", "\\p{Lower}", "k", "s",
                "[k]", "\u03c3", "\u0131", "i");
        classes(Pattern.UNICODE_CHARACTER_CLASS, "\\d", "\\w", "\\s", "\\p{Lower}", "\\p{Upper}", "\\p{Alpha}",
                "\\p{Punct}", "\\p{Digit}", "\\p{Alnum}", "\\p{XDigit}", "\\p{Space}");
        classes(Pattern.DOTALL, ".");
        classes(Pattern.UNIX_LINES, ".");
        classes(Pattern.LITERAL, ".", "\\d");

        finds("(?i)hello", 0, "Hello HELLO hello hElLo");
        finds("hello", Pattern.CASE_INSENSITIVE, "Hello HELLO");
        finds("(?i)\u00e9t\u00e9", 0, "\u00c9T\u00c9 \u00e9t\u00e9");
        finds("(?iu)\u00e9t\u00e9", 0, "\u00c9T\u00c9 \u00e9t\u00e9");
        finds("(?iu)stra\u00dfe", 0, "STRASSE Stra\u00dfe STRA\u1e9eE");
        finds("^\\w+", 0, "one\ntwo\nthree");
        finds("^\\w+", Pattern.MULTILINE, "one\ntwo\nthree");
        finds("(?m)\\w+$", 0, "one\r\ntwo\rthree\u2028four\u0085five\n");
        finds("(?m)^", 0, "a\r\nb\n");
        finds("(?m)^", 0, "");
        finds("^", 0, "");
        finds("(?m)$", 0, "a\nb\n");
        finds("$", 0, "a\nb\n");
        finds("$", 0, "a\r\n");
        finds("(?md)^.", 0, "a\rb\nc");
        finds("(?d)a$", 0, "a\r\na\n");
        finds("a.c", 0, "a\nc a\rc abc");
        finds("a.c", Pattern.DOTALL, "a\nc a\rc abc");
        finds("(?s)a.c", 0, "a\nc");
        finds("(?d).", 0, "a\rb\n");
        finds(" a b # comment\n c", Pattern.COMMENTS, "abc a b c");
        finds("(?x) [ a b ] + \\ ", 0, "ab ba ");
        finds("(?x)a#b\nc", 0, "ac a#bc");
        finds("a.b", Pattern.LITERAL, "a.b axb");
        finds("A.B", Pattern.LITERAL | Pattern.CASE_INSENSITIVE, "a.b axb");
        finds("(?i:a)b", 0, "Ab AB ab");
        finds("(?i)a(?-i)b", 0, "Ab AB ab");
        finds("(?U)\\w+", 0, "caf\u00e9 na\u00efve");
        finds("\\w+", Pattern.UNICODE_CHARACTER_CLASS, "caf\u00e9 \u0660\u0661");
        finds("(?U)\\bx", 0, "\u00e9x x");
        finds("\\bx", 0, "\u00e9x x");
        finds("\\b\\w", 0, "e\u0301x a\u0301b");
        finds("\\X", 0, "e\u0301x\r\n\ud83c\uddeb\ud83c\uddf7\uac00\u11a8!");
        finds("\\b{g}", 0, "e\u0301x\r\n!");
        finds("\\b{2}a", 0, "a ba");
    }
}
