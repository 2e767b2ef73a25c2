// Formatter's exceptions and their messages: unknown conversions, bad and duplicate flags,
// missing widths and arguments, illegal precisions, argument indexes, and the partial output
// printf leaves before an argument error.
public class FormatErrors {

    static void f(String format, Object... args) {
        try {
            System.out.println(format.replace("\n", "\\n") + " -> [" + String.format(format, args) + "]");
        } catch (RuntimeException e) {
            System.out.println(format + " -> " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        f("%");
        f("abc%");
        f("%q", 1);
        f("%D", 1);
        f("%-d", 1);
        f("%-5");
        f("%5");
        f("%.2");
        f("%.f", 1.0);
        f("%1$");
        f("%#d", 1);
        f("%+ d", 1);
        f("%-05d", 1);
        f("%--5d", 1);
        f("%++d", 1);
        f("%.2d", 1);
        f("%.2c", 'a');
        f("%5n");
        f("%-n");
        f("%-%");
        f("%5%");
        f("%-5%");
        f("%.2%");
        f("%+%");
        f("%0$s", "x");
        f("%00$s", "x");
        f("%2$s", "x");
        f("%s %s", "a");
        f("%<s", "a");
        f("%s %<s %s", "a", "b");
        f("%d", "x");
        f("%,s", "x");
        f("%#s", "x");
        f("%+s", "x");
        f("%05s", "x");
        f("%(s", "x");
        f("%#b", true);
        f("%#h", 1);
        f("%t", 1);
        f("%tq", 1L);
        f("%Tz", "x");
        f("%.2tY", 1L);
        f("%y");
        f("%!");
        f("% ");
        f("%-");
        f("%0");
        f("%,c", 'a');
        f("%#c", 'a');
        f("%-c", 'a');
        f("%2147483648$s", "x");
        f("%2147483647$s", "x");
        f("%99999999999d", 1);
        f("%.99999999999d", 1);
        f("%99999999999s", "x");
        f("%-s", "x");
        f("%-b", true);
        f("%s", (Object[]) null);
        f("%s %s", (Object[]) null);
        f("%2$s", (Object[]) null);
        f("no specifiers", 1, 2);
        f("%n%%%n");
        try {
            System.out.printf("partial %s then %d%n", "ok", "bad");
        } catch (RuntimeException e) {
            System.out.println();
            System.out.println("printf threw " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            System.out.printf("nothing printed %q %s%n", "x");
        } catch (RuntimeException e) {
            System.out.println("printf threw " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            throw new java.util.UnknownFormatConversionException("z");
        } catch (java.util.IllegalFormatException e) {
            System.out.println(e.getMessage() + " " + (e instanceof IllegalArgumentException));
        }
        java.util.MissingFormatArgumentException missing = new java.util.MissingFormatArgumentException("%s");
        System.out.println(missing.getFormatSpecifier() + " " + missing.getMessage());
        java.util.IllegalFormatConversionException conversion = new java.util.IllegalFormatConversionException('d', String.class);
        System.out.println(conversion.getConversion() + " " + conversion.getArgumentClass().getName() + " " + conversion.getMessage());
        System.out.println(new java.util.IllegalFormatCodePointException(0x110000).getMessage());
        System.out.println(new java.util.FormatFlagsConversionMismatchException("#", 'd').getMessage());
    }
}
