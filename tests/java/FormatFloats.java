// String.format %f %e %E %g %G %a %A on doubles and floats: HotSpot rounds the shortest
// repr digits (those of Double.toString) half-up, so e.g. %.2f of 0.125 is 0.13 and %.1f of 0.15
// is 0.2. Covers flags, widths, special values and a seeded sweep summarised by a hash.
import java.util.Random;

public class FormatFloats {

    public static void main(String[] args) {
        double[] values = {0.0, -0.0, 0.125, 0.15, 0.25, 0.35, 1.005, 2.5, 1e23, 1e-5, 123456.789, 9.9999, 0.5,
            1.5, 99.5, 999999.5, 1e7, 1.0E-300, Double.MIN_VALUE, Double.MAX_VALUE, Math.PI, -Math.E, 0.1, 0.7,
            1234567.0, 0.00001234, 100, 1e100, 0.0001, 0.00009999, 123.456e10, Double.MIN_NORMAL, 4.9e-324 * 3};
        String[] formats = {"%f", "%.0f", "%.1f", "%.2f", "%.3f", "%.10f", "%.20f", "%e", "%.0e", "%.2e", "%.12e",
            "%E", "%g", "%.0g", "%.1g", "%.3g", "%.10g", "%G", "%a", "%.1a", "%.3a", "%.13a", "%A", "%12.3f",
            "%-12.3f|", "%012.3f", "%+.2f", "% .2f", "%(.2f", "%,.2f", "%#.0f", "%#.0e", "%,f", "%015e",
            "%(,015.2f", "%+,g", "%010a", "%+a", "%-+12.1e|", "%s"};
        for (String format : formats) {
            StringBuilder sb = new StringBuilder(format).append(':');
            for (double v : values) {
                try {
                    sb.append(' ').append(String.format(format, v));
                } catch (RuntimeException e) {
                    sb.append(' ').append(e.getClass().getSimpleName());
                }
            }
            System.out.println(sb);
        }
        String[] special = {"%f", "%010f", "%+f", "%(f", "%010.2f", "%E", "%a", "%-10e|", "%,.2f", "%g"};
        double[] specials = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (String format : special) {
            StringBuilder sb = new StringBuilder(format).append(':');
            for (double v : specials) {
                sb.append(" [").append(String.format(format, v)).append(']');
            }
            System.out.println(sb);
        }
        System.out.println(String.format("%.10f %f %e %a %g %.3g", 0.1f, 1.1f, 3.4028235e38f, 1.0f, 0.0001f, 1e-5f));
        System.out.println(String.format("%s %s %.2f %10.4e", 1.5f, Float.MIN_VALUE, Float.MAX_VALUE, -0.0f));
        for (String bad : new String[] {"%#g", "%,e", "%,a", "%(a", "%.2d", "%f", "%e"}) {
            try {
                System.out.println(bad + " " + String.format(bad, bad.endsWith("d") ? 1.0 : (Object) (bad.equals("%f") ? 1 : (bad.equals("%e") ? "x" : 1.0))));
            } catch (RuntimeException e) {
                System.out.println(bad + " " + e.getClass().getName() + ": " + e.getMessage());
            }
        }
        System.out.println(String.format("%f %e", (Object) null, (Object) null));

        Random random = new Random(42);
        String[] sweep = {"%.0f", "%.1f", "%.2f", "%.3f", "%.5f", "%.17f", "%e", "%.1e", "%.4e", "%.16e", "%g", "%.2g",
            "%.15g", "%.3a", "%.12a", "%,.3f"};
        long hash = 0;
        int count = 0;
        for (int i = 0; i < 2000; i++) {
            double v;
            switch (i % 4) {
                case 0:
                    v = random.nextDouble();
                    break;
                case 1:
                    v = random.nextDouble() * Math.pow(10, random.nextInt(40) - 20);
                    break;
                case 2:
                    v = Double.longBitsToDouble(random.nextLong());
                    break;
                default:
                    v = random.nextInt(100000) / 1000.0;
                    break;
            }
            if (Double.isNaN(v)) {
                continue;
            }
            for (String format : sweep) {
                String s = String.format(format, v);
                hash = hash * 31 + s.hashCode();
                count++;
                if (i < 12) {
                    System.out.println(format + " " + v + " -> " + s);
                }
            }
        }
        System.out.println("sweep " + count + " " + hash);
    }
}
