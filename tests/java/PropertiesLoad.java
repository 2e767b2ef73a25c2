// Properties.load: the .properties format as the JDK reads it (separators, blanks, comments,
// continuation lines, escapes, line ends, ISO 8859-1 bytes vs. a Reader) and its errors.
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeMap;

public class PropertiesLoad {

    public static void main(String[] args) throws IOException {
        show("separators", "a=1\nb:2\nc 3\nd = 4\ne : 5\nf\t\t6\ng = = 7\nh :=8\ni  : : 9\n");
        show("key only", "alone\nblank=\n  spaced   \n");
        show("comments and blanks", "# comment\n! bang\n   # indented comment\n\n  \t\nk=v # not a comment\n");
        show("continuation", "long = first \\\n        second \\\n\tthird\nnext=ok\n");
        show("even backslashes", "two=end\\\\\nthree=x\\\\\\\ncontinued\n");
        show("continuation then empty line", "a=b\\\n\nc=d\n");
        show("only a joining backslash", "\\\n\nx=y\n");
        show("comment after continuation", "a=b\\\n# not a comment\n");
        show("escapes", "tab=a\\tb\nnl=a\\nb\ncr=a\\rb\nff=a\\fb\nother=\\q\\w\\e\nuni=\\u00e9\\u4E2D\\u0041\n");
        show("escaped separators", "a\\=b=c\nd\\:e:f\ng\\ h=i\nj\\\\=k\n");
        show("line ends", "cr=1\rlf=2\ncrlf=3\r\nlast=4");
        show("continuation over crlf", "a=1\\\r\n   2\r\nb=3\\\r   4\n");
        show("trailing backslash at end", "end=value\\");
        show("whitespace kinds", " \f\tlead=x\nvalue=  \f\t trail \t\n");
        show("duplicate keys", "k=1\nk=2\n");
        show("unicode key", "\\u0041\\u0042=ab\n");

        Properties bytes = new Properties();
        bytes.load(new ByteArrayInputStream("name=caf\u00c3\u00a9\nlatin=\u00e9".getBytes(StandardCharsets.ISO_8859_1)));
        print("bytes as ISO 8859-1", bytes);
        Properties chars = new Properties();
        chars.load(new StringReader("name=café \u4e2d"));
        print("reader keeps chars", chars);

        for (String bad : new String[] {"x=\\u12", "x=\\u12G4", "x=\\uXYZW", "\\u004"}) {
            try {
                new Properties().load(new StringReader(bad));
                System.out.println(bad + ": loaded");
            } catch (IllegalArgumentException e) {
                System.out.println(bad + ": IllegalArgumentException " + e.getMessage());
            }
        }
        try {
            new Properties().load((java.io.Reader) null);
        } catch (NullPointerException e) {
            System.out.println("null reader: " + e.getMessage());
        }
        try {
            new Properties().load((java.io.InputStream) null);
        } catch (NullPointerException e) {
            System.out.println("null stream: " + e.getMessage());
        }
        Properties defaults = new Properties();
        defaults.load(new StringReader("shared=from defaults\nown=default"));
        Properties layered = new Properties(defaults);
        layered.load(new StringReader("own=mine"));
        System.out.println("defaults: " + layered.getProperty("shared") + " / " + layered.getProperty("own")
                + " / size " + layered.size());
    }

    static void show(String what, String text) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(text));
        print(what, p);
    }

    static void print(String what, Properties p) {
        StringBuilder sb = new StringBuilder(what).append(":");
        for (var e : new TreeMap<>(p).entrySet()) {
            sb.append(" [").append(escape((String) e.getKey())).append("]=[")
                    .append(escape((String) e.getValue())).append("]");
        }
        System.out.println(sb);
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c < 0x20 || c > 0x7e) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
