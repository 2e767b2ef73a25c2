// Capturing, non-capturing and named groups, backreferences, lookahead and lookbehind, group
// positions, regions and the MatchResult snapshot.
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class RegexGroups {

    static void show(String regex, String input) {
        Matcher m = Pattern.compile(regex).matcher(input);
        System.out.println("== " + regex + " on \"" + input + "\" groupCount=" + m.groupCount());
        while (m.find()) {
            StringBuilder sb = new StringBuilder("  match ").append(m.start()).append('-').append(m.end());
            for (int g = 0; g <= m.groupCount(); g++) {
                sb.append(" g").append(g).append('=').append(m.group(g) == null ? "null" : "'" + m.group(g) + "'");
                sb.append('@').append(m.start(g)).append(':').append(m.end(g));
            }
            System.out.println(sb);
        }
    }

    public static void main(String[] args) {
        show("(\\d+)-(\\d+)", "10-20 3-4 x-5");
        show("(a)|(b)", "ab");
        show("(a(b(c)))", "abc");
        show("(?:a(b))+", "ababab");
        show("(a|(b))+", "ba");
        show("(a*)+", "aaab");
        show("(a?){3}x", "x aax");
        show("(x)?y", "y xy");
        show("(\\w)\\1", "hello bookkeeper");
        show("(\\w+) \\1", "the the cat cat dog");
        show("(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\\10", "abcdefghijj");
        show("(a)\\10", "aa0 a0");
        show("\\9(a)", "a");
        show("(?i)(ab)\\1", "abAB abab");
        show("(?<year>\\d{4})-(?<month>\\d{2})", "2024-05 and 1999-12");
        show("(?<word>\\w+) \\k<word>", "bye bye now now");
        show("foo(?=bar)", "foobar foobaz");
        show("foo(?!bar)", "foobar foobaz");
        show("(?<=\\$)\\d+", "$100 200 $3");
        show("(?<!\\$)\\b\\d+", "$100 200 $3");
        show("(?<=a{1,3})b", "ab aab aaaab b");
        show("(?<=ab|c)d", "abd cd bd");
        show("(?<=a+)b", "aab b");
        show("(?=(\\w+))\\w", "ab");
        show("(?<=(a))b", "ab");
        show("(?>(a+))b", "aab");
        show("((?i)a)A", "aA AA");
        show("(?i:a)A", "AA aA");
        show("a(?i)b(?-i)c", "abc aBc aBC");
        show("(a(?i)b)c", "aBc aBC");

        Matcher m = Pattern.compile("(?<first>\\w+)\\s(?<last>\\w+)").matcher("John Smith");
        System.out.println(m.matches() + " " + m.group("first") + "|" + m.group("last") + " " + m.start("last") + "-" + m.end("last"));
        try {
            m.group("middle");
        } catch (IllegalArgumentException e) {
            System.out.println("IAE " + e.getMessage());
        }
        MatchResult snapshot = m.toMatchResult();
        m.reset("x y");
        System.out.println(snapshot.group(1) + " " + snapshot.start(2) + " " + snapshot.end() + " " + snapshot.groupCount());
        System.out.println(m);
        System.out.println(m.find() + " " + m);

        Matcher r = Pattern.compile("\\d").matcher("a1b2c3d4");
        r.region(2, 6);
        StringBuilder sb = new StringBuilder();
        while (r.find()) {
            sb.append(r.group()).append('@').append(r.start()).append(' ');
        }
        System.out.println("region " + r.regionStart() + "-" + r.regionEnd() + ": " + sb);
        Matcher anchored = Pattern.compile("^b").matcher("ab");
        anchored.region(1, 2);
        System.out.println("anchoring " + anchored.find());
        anchored.region(1, 2);
        anchored.useAnchoringBounds(false);
        System.out.println("no anchoring " + anchored.find() + " " + anchored.hasAnchoringBounds());
        Matcher transparent = Pattern.compile("\\bb").matcher("ab");
        transparent.region(1, 2);
        System.out.println("opaque " + transparent.find());
        transparent.region(1, 2);
        transparent.useTransparentBounds(true);
        System.out.println("transparent " + transparent.find() + " " + transparent.hasTransparentBounds());

        Matcher f = Pattern.compile("o").matcher("foo boo");
        System.out.println(f.find(3) + " " + f.start() + " " + f.find() + " " + f.start() + " " + f.find());
        try {
            f.start();
        } catch (IllegalStateException e) {
            System.out.println("ISE " + e.getMessage());
        }
        try {
            f.find(8);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("IOOBE " + e.getMessage());
        }
        Matcher look = Pattern.compile("a+").matcher("aab");
        System.out.println(look.lookingAt() + " " + look.end() + " " + look.matches() + " " + look.hitEnd());
        Matcher ends = Pattern.compile("ab$").matcher("xab");
        System.out.println(ends.find() + " hitEnd=" + ends.hitEnd() + " requireEnd=" + ends.requireEnd());
        Matcher use = Pattern.compile("a").matcher("aXbX");
        use.find();
        use.usePattern(Pattern.compile("X"));
        System.out.println(use.find() + " " + use.start() + " " + use.pattern());
        System.out.println(Pattern.compile("(a)(?:b)(?<n>c)").matcher("").groupCount());
    }
}
