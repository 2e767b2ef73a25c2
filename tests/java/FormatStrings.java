// Formatter's general conversions (%s %S %b %B %h %H %n %%), width/precision/justification,
// argument indexes (%2$s, %<s), Formattable, String.formatted and the Formatter object itself.
import java.util.Formattable;
import java.util.FormattableFlags;
import java.util.Formatter;
import java.util.FormatterClosedException;

public class FormatStrings {

    static final class Money implements Formattable {
        final long cents;

        Money(long cents) {
            this.cents = cents;
        }

        @Override
        public void formatTo(Formatter formatter, int flags, int width, int precision) {
            String text = (cents / 100) + "." + (cents % 100 < 10 ? "0" : "") + (cents % 100);
            if ((flags & FormattableFlags.ALTERNATE) != 0) {
                text = "$" + text;
            }
            if ((flags & FormattableFlags.UPPERCASE) != 0) {
                text = text + " USD";
            }
            if (precision >= 0 && precision < text.length()) {
                text = text.substring(0, precision);
            }
            boolean left = (flags & FormattableFlags.LEFT_JUSTIFY) != 0;
            StringBuilder sb = new StringBuilder(text);
            while (sb.length() < width) {
                if (left) {
                    sb.append('.');
                } else {
                    sb.insert(0, '.');
                }
            }
            formatter.format("%s", sb);
        }
    }

    static final class Point {
        final int x;
        final int y;

        Point(int x, int y) {
            this.x = x;
            this.y = y;
        }

        @Override
        public String toString() {
            return "(" + x + "," + y + ")";
        }

        @Override
        public int hashCode() {
            return 31 * x + y;
        }
    }

    static void f(String format, Object... args) {
        try {
            System.out.println(format.replace("\n", "\\n") + " -> [" + String.format(format, args).replace("\n", "\\n") + "]");
        } catch (RuntimeException e) {
            System.out.println(format + " -> " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        f("%s", "hello");
        f("%S", "hello");
        f("%10s|", "right");
        f("%-10s|", "left");
        f("%.3s", "truncate");
        f("%8.3s|", "truncate");
        f("%-8.3S|", "truncate");
        f("%s", (Object) null);
        f("%S", (Object) null);
        f("%.2s", (Object) null);
        f("%s", new Point(1, 2));
        f("%s %s %s", 1, 2.5, 'c');
        f("%s", new int[0].length);
        f("%s", java.util.List.of(1, 2));
        f("%b %b %b %b", true, false, null, "x");
        f("%B %5b|%-6B|", true, false, true);
        f("%.2b", true);
        f("%h %H", "hi", "hi");
        f("%h", new Point(3, 4));
        f("%h", (Object) null);
        f("%10h|", 255);
        f("%n");
        f("%%");
        f("100%% sure%n");
        f("%5%|%-5%|");
        f("%2$s %1$s", "world", "hello");
        f("%1$s %1$s %1$S", "echo");
        f("%s %<s %s %<S", "a", "b");
        f("%2$s %s %s", "a", "b");
        f("%3$s %s %<s %1$s %s", "a", "b", "c");
        f("%s", new Money(12345));
        f("%#s", new Money(12345));
        f("%S", new Money(5));
        f("%12s|", new Money(250));
        f("%-12s|", new Money(250));
        f("%.4s", new Money(98765));
        f("%#-14S|", new Money(100));
        f("[%s]", "unicode \u00e9\u4e2d\uD83D\uDE00");
        f("%-4s|%4s|", "\u00e9\u00e9", "\u4e2d");
        System.out.println("%s and %d".formatted("text", 42));
        System.out.println("%05.1f%%".formatted(12.345));
        System.out.println(String.format("%s", "no args needed"));
        System.out.println(String.format("plain text"));

        Formatter formatter = new Formatter();
        formatter.format("%s=%d", "a", 1).format(", %s=%d", "b", 2);
        System.out.println(formatter.toString() + " | " + formatter.out());
        StringBuilder target = new StringBuilder("prefix:");
        Formatter into = new Formatter(target);
        into.format("%04d", 7);
        System.out.println(target + " " + (into.out() == target) + " " + into.ioException());
        into.flush();
        into.close();
        into.close();
        try {
            into.format("x");
        } catch (FormatterClosedException e) {
            System.out.println("closed: " + e.getClass().getName() + " " + e.getMessage());
        }
        try {
            into.toString();
        } catch (FormatterClosedException e) {
            System.out.println("closed toString");
        }
        Formatter nullTarget = new Formatter((Appendable) null);
        nullTarget.format("%s", "to a new StringBuilder");
        System.out.println(nullTarget + " " + nullTarget.out().getClass().getName());
    }
}
