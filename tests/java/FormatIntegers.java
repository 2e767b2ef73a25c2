// String.format integer conversions %d %o %x %X with every flag, width, byte/short/int/long
// arguments (two's complement for negative octal/hex) and the extreme values.
public class FormatIntegers {

    static void f(String format, Object... args) {
        try {
            System.out.println(format + " -> [" + String.format(format, args) + "]");
        } catch (RuntimeException e) {
            System.out.println(format + " -> " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        Object[] values = {0, 7, -7, 42, -42, 1234567, -1234567, Integer.MAX_VALUE, Integer.MIN_VALUE,
            (byte) 5, (byte) -1, (byte) -128, (short) 300, (short) -300, 0L, 123456789012L, -123456789012L,
            Long.MAX_VALUE, Long.MIN_VALUE};
        String[] formats = {"%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%,d", "%(d", "%+,d", "%(,d", "%0,12d",
            "%-+8d|", "%+08d", "% 08d", "%(08d", "%o", "%#o", "%08o", "%x", "%X", "%#x", "%#X", "%08x", "%#010x",
            "%-#10x|", "%12x", "%-12X|"};
        for (String format : formats) {
            StringBuilder sb = new StringBuilder(format).append(':');
            for (Object v : values) {
                try {
                    sb.append(" [").append(String.format(format, v)).append(']');
                } catch (RuntimeException e) {
                    sb.append(' ').append(e.getClass().getSimpleName());
                }
            }
            System.out.println(sb);
        }
        f("%d%%", 50);
        f("%d items at %d each", 3, 7L);
        f("%3$d %2$d %1$d", 1, 2, 3);
        f("%d %<x %<o", 255);
        f("%x", (Object) null);
        f("%d", 'c');
        f("%d", 1.5);
        f("%x", "ff");
        f("%+x", 5);
        f("%(o", 5);
        f("% x", 5);
        f("%,x", 5);
        f("%#d", 5);
        f("%.2d", 5);
        f("%-d", 5);
        f("%0d", 5);
        f("%-05d", 5);
        f("%+ d", 5);
        f("%--5d", 5);
        f("%-05X", 5);
        f("%c %c %c", 'x', 65, (short) 0x263A);
        f("%c", 0x1F600);
        f("%C", 'q');
        f("%5c|%-5c|", 'a', 'b');
        f("%c", -1);
        f("%c", 0x110000);
        f("%c", (byte) -1);
        f("%c", "s");
        f("%c", true);
        f("%#c", 'a');
        f("%.1c", 'a');
    }
}
