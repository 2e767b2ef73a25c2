// java.util.regex basics: literals, escapes, classes, dot, anchors, alternation, quantifiers in
// greedy, reluctant and possessive forms; find/matches/lookingAt and the positions they report.
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class RegexBasics {

    static void finds(String regex, String input) {
        finds(regex, 0, input);
    }

    static void finds(String regex, int flags, String input) {
        Matcher m = Pattern.compile(regex, flags).matcher(input);
        StringBuilder sb = new StringBuilder();
        sb.append(regex.replace("\n", "\\n")).append(" in \"").append(input.replace("\n", "\\n").replace("\r", "\\r")).append("\":");
        int count = 0;
        while (m.find()) {
            sb.append(" [").append(m.start()).append(',').append(m.end()).append(")'").append(m.group().replace("\n", "\\n")).append('\'');
            count++;
        }
        sb.append(" count=").append(count).append(" hitEnd=").append(m.hitEnd());
        System.out.println(sb);
    }

    static void whole(String regex, String input) {
        Matcher m = Pattern.compile(regex).matcher(input);
        boolean matches = m.matches();
        String matchedEnd = matches ? String.valueOf(m.end()) : "-";
        boolean looking = m.lookingAt();
        String lookingEnd = looking ? String.valueOf(m.end()) : "-";
        System.out.println(regex + " ~ \"" + input + "\": matches=" + matches + "@" + matchedEnd
                + " lookingAt=" + looking + "@" + lookingEnd + " static=" + Pattern.matches(regex, input));
    }

    public static void main(String[] args) {
        finds("abc", "xabcabcab");
        finds("a.c", "abc a\nc axc");
        finds("\\d+", "a1b22c333 4444");
        finds("\\D+", "a1b22c");
        finds("\\w+", "hello, world_42! été");
        finds("\\W", "a-b c");
        finds("\\s+", " a \t\nb  ");
        finds("\\S+", " a \t\nb  ");
        finds("[abc]", "xaybzc");
        finds("[^abc]+", "xaybzc");
        finds("[a-z&&[^aeiou]]+", "programming language");
        finds("[a-d[m-p]]+", "abcxmnoq");
        finds("[\\d&&[^5]]+", "1234567");
        finds("[-a]", "b-a");
        finds("[a-]", "b-a");
        finds("[]a]", "]a[");
        finds("[\\[\\]]", "a[b]c");
        finds("[\\t\\n]", "a\tb\nc");
        finds("\\x41\\u0042\\x{43}\\0104", "ABCD ABC");
        finds("\\t|\\n|\\\\|\\.", "a.b\\c\td\n");
        finds("cat|dog|bird", "dogcatbirdcow");
        finds("a|ab|abc", "abc");
        finds("a*", "baaac");
        finds("a+", "baaac");
        finds("a?", "ba");
        finds("a{2}", "aaaaa");
        finds("a{2,}", "aaaaa a aa");
        finds("a{2,3}", "aaaaaaa");
        finds("a{0}", "aa");
        finds("a*?", "aaa");
        finds("a+?", "aaa");
        finds("a??", "aa");
        finds("a{2,3}?", "aaaaaaa");
        finds("<.+>", "<a><b>");
        finds("<.+?>", "<a><b>");
        finds("a*+a", "aaaa");
        finds("a++b", "aaab ab b");
        finds("(?:ab)++c", "ababc abab");
        finds("x{1,2}+x", "xxx");
        finds("^abc", "abcabc");
        finds("abc$", "abcabc");
        finds("^", "ab");
        finds("$", "ab\n");
        finds("\\Aab", "abab");
        finds("ab\\z", "abab\n");
        finds("ab\\Z", "abab\n");
        finds("\\bcat\\b", "cat concat cat's bobcat");
        finds("\\Bcat", "cat concat bobcat");
        finds("\\b", "hi there");
        finds("\\Gab", "ababxab");
        finds("", "abc");
        finds("x*", "");
        finds("(?:a|b)*c", "ababcabc");
        finds("colou?r", "color colour colouur");
        finds("\\.", "a.b.c");
        finds("\\Q.*\\E", "a.*b.*");
        finds("a\\Q\\E*", "aaa");
        finds("\\Qa|b\\E", "a|b a b");
        finds("[\\Q^]\\E]+", "x^]y");
        finds("\\p{Punct}+", "hi!? there...");
        finds("\\$\\d+", "cost: $42, $7");
        finds("\\u00e9+", "caf\u00e9\u00e9");
        finds("\uD83D\uDE00+", "a\uD83D\uDE00\uD83D\uDE00b");
        finds(".", "a\uD83D\uDE00b");
        finds("[\uD83D\uDE00-\uD83D\uDE02]", "\uD83D\uDE01x\uD83D\uDE03");
        finds("\\R", "a\r\nb\nc\rd\u2028e");
        finds("\\h+", "a \t\u00a0b");
        finds("\\v", "a\nb\u000bc");
        finds("\\H\\V", "ab");
        finds("{1}", "x{1}");
        finds("a{1}{2}", "a{2}");
        finds("}]", "a}]b");
        finds("\\cJ", "a\nb");
        finds("\\e\\a\\f", "\u001b\u0007\f");
        whole("abc", "abc");
        whole("abc", "abcd");
        whole("a.*", "abc\ndef");
        whole("\\d{3}-\\d{4}", "555-1234");
        whole("\\d{3}-\\d{4}", "555-12345");
        whole("(a|b)*", "abba");
        whole("", "");
        whole("x?", "");
        whole("[a-z]+@[a-z]+\\.(com|org)", "me@example.org");
        whole("[a-z]+@[a-z]+\\.(com|org)", "me@example.net");
        whole("a*+a", "aaa");
        whole("(?>a*)a", "aaa");
        whole("(?>ab|a)b", "ab");
        whole("(?:ab|a)b", "ab");
    }
}
