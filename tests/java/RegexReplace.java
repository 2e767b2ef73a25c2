// Matcher replacement: appendReplacement/appendTail with StringBuilder and StringBuffer,
// replaceAll/replaceFirst with strings and functions, quoteReplacement, and reuse after reset.
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class RegexReplace {

    public static void main(String[] args) {
        Pattern word = Pattern.compile("(?<w>[a-z]+)(\\d*)");
        Matcher m = word.matcher("abc12 de fgh3 !");
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, "[${w}|$2]");
            System.out.println("after " + m.group() + ": " + sb);
        }
        m.appendTail(sb);
        System.out.println(sb);

        StringBuffer buffer = new StringBuffer();
        Matcher cats = Pattern.compile("cat").matcher("one cat two cats in the yard");
        while (cats.find()) {
            cats.appendReplacement(buffer, "dog");
        }
        cats.appendTail(buffer);
        System.out.println(buffer);

        Matcher upper = Pattern.compile("\\b(\\w)(\\w*)").matcher("hello big world");
        System.out.println(upper.replaceAll(r -> r.group(1).toUpperCase() + r.group(2)));
        System.out.println(upper.replaceFirst(r -> "<" + r.group() + ">"));
        System.out.println(upper.replaceAll(r -> Matcher.quoteReplacement("$" + r.start())));
        System.out.println(Pattern.compile("\\d+").matcher("a1 b22 c333").replaceAll(r -> String.valueOf(Integer.parseInt(r.group()) * 2)));
        System.out.println(Pattern.compile("x").matcher("no match").replaceAll("y"));
        System.out.println(Pattern.compile("x").matcher("no match").replaceFirst("y"));
        System.out.println(Pattern.compile("a").matcher("aaa").replaceAll(Matcher.quoteReplacement("$1\\")));
        System.out.println(Matcher.quoteReplacement("plain") + " " + Matcher.quoteReplacement("a$b\\c"));
        System.out.println(Pattern.compile("(a)(b)?").matcher("ab a").replaceAll("[$2]"));
        System.out.println(Pattern.compile("").matcher("abc").replaceAll("-"));
        System.out.println(Pattern.compile("b*").matcher("abc").replaceAll("-"));
        System.out.println(Pattern.compile("(?=b)").matcher("abcb").replaceAll("^"));

        Matcher reuse = Pattern.compile("o").matcher("foo");
        System.out.println(reuse.replaceAll("0") + " " + reuse.replaceAll("O") + " " + reuse.find() + " " + reuse.hitEnd());
        reuse.reset("boo boo");
        System.out.println(reuse.replaceFirst("u"));

        Matcher results = Pattern.compile("(\\w)=(\\d)").matcher("a=1, b=2, c=3");
        StringBuilder summary = new StringBuilder();
        while (results.find()) {
            MatchResult r = results.toMatchResult();
            summary.append(r.group(1)).append(r.start(2)).append(r.end()).append(';');
        }
        System.out.println(summary);

        try {
            Pattern.compile("a").matcher("aa").replaceAll(r -> {
                r.group();
                return "b";
            });
            System.out.println("function replacement ok");
        } catch (RuntimeException e) {
            System.out.println(e.getClass().getName());
        }
        try {
            Matcher cme = Pattern.compile("a").matcher("aa");
            cme.replaceAll(r -> {
                cme.reset();
                return "b";
            });
        } catch (RuntimeException e) {
            System.out.println(e.getClass().getName());
        }
        try {
            Matcher bad = Pattern.compile("a").matcher("a");
            bad.find();
            bad.appendReplacement(new StringBuilder(), "$9");
        } catch (IndexOutOfBoundsException e) {
            System.out.println("IOOBE " + e.getMessage());
        }
    }
}
