// Double arithmetic: NaN, infinities, -0.0, dcmpl/dcmpg, d2i/d2l saturation (NaN -> 0),
// Double.toString corner cases of JDK 17's algorithm, println(double), ldc2_w constants.
public class DoubleArith {
    static double[] VALUES = {0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 100.0, 1e7, 1e-3,
            9.999999999999999e-4, 1e21, 1e22, 1e23, 2e23, 1.0E-5, 123456789.123, 4.9e-324, 2.2250738585072014E-308,
            Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Math.PI, Math.E,
            2.82879384806159E17, 1.0E-322, 5e-324, 9007199254740993.0, 9.223372036854776E18, -9.223372036854778E18,
            2147483647.5, -2147483648.9, 2147483648.0, 1.7976931348623157e308 / 2, 0.001, 0.01, 1234567.0,
            12345678.9, 3.0e-44, 1.5, 2.5, -2.5, -1.5, 0.5, 4.35, 100.0 / 7};

    static boolean lt(double a, double b) { return a < b; }
    static boolean gt(double a, double b) { return a > b; }
    static boolean le(double a, double b) { return a <= b; }
    static boolean ge(double a, double b) { return a >= b; }
    static boolean eq(double a, double b) { return a == b; }

    public static void main(String[] args) {
        for (double d : VALUES) {
            System.out.println(d);
            System.out.println("  str=" + Double.toString(d) + " i=" + (int) d + " l=" + (long) d + " f=" + (float) d
                    + " c=" + (int) (char) d + " s=" + (short) d + " b=" + (byte) d
                    + " bits=" + Double.doubleToLongBits(d) + " neg=" + (-d) + " half=" + (d / 2) + " sq=" + (d * d));
        }
        double nan = Double.NaN;
        System.out.println("NaN: " + lt(nan, 0) + gt(nan, 0) + le(nan, 0) + ge(nan, 0) + eq(nan, nan) + lt(0, nan)
                + gt(0, nan));
        System.out.println("-0.0: " + eq(-0.0, 0.0) + " " + Double.compare(-0.0, 0.0) + " "
                + Double.valueOf(-0.0).equals(0.0) + " " + (1 / -0.0) + " min=" + Math.min(-0.0, 0.0)
                + " max=" + Math.max(-0.0, 0.0));
        System.out.println("compare NaN: " + Double.compare(nan, Double.POSITIVE_INFINITY) + " "
                + Double.compare(nan, nan) + " " + Double.valueOf(nan).equals(Double.NaN));
        double zero = 0.0;
        System.out.println("1/0=" + (1 / zero) + " 0/0=" + (zero / zero) + " inf-inf="
                + (Double.POSITIVE_INFINITY - Double.POSITIVE_INFINITY) + " inf*0=" + (Double.POSITIVE_INFINITY * 0));
        System.out.println("rem: " + (5.5 % 2) + " " + (-5.5 % 2) + " " + (5.5 % -2) + " " + (-5.5 % -2) + " "
                + (1e300 % 3) + " " + (7.0 % 0.0) + " " + (0.0 % 7.0) + " " + (-0.0 % 7.0));
        double acc = 0;
        for (int i = 0; i < 10; i++) acc += 0.1;
        System.out.println("0.1 x10 = " + acc);
        double p = 1;
        for (int i = 0; i < 30; i++) {
            p *= 13.7;
            System.out.print(p + " ");
        }
        System.out.println();
        double q = 1;
        for (int i = 0; i < 30; i++) {
            q /= 9.1;
            System.out.print(q + " ");
        }
        System.out.println();
        double ten = 1e-10;
        for (int e = -10; e <= 25; e++) {
            System.out.print(ten + " ");
            ten *= 10;
        }
        System.out.println();
        for (int k = 1; k <= 20; k++) {
            System.out.print((k / 10.0) + " " + (k * 1.1) + " ");
        }
        System.out.println();
        System.out.println("long->double: " + (double) Long.MAX_VALUE + " " + (double) (Long.MAX_VALUE - 1023) + " "
                + (double) 9007199254740993L + " " + (double) Long.MIN_VALUE);
        System.out.println("int->double: " + (double) Integer.MIN_VALUE + " " + (double) 123456789);
        System.out.println("float->double: " + (double) 0.1f + " " + (double) Float.MAX_VALUE + " " + (double) 1e-40f);
        System.out.println("MIN_VALUE=" + Double.MIN_VALUE + " MAX=" + Double.MAX_VALUE + " MIN_NORMAL="
                + Double.MIN_NORMAL);
        System.out.println("parse: " + Double.parseDouble("1.5e300") + " " + Double.parseDouble("-0")
                + " " + Double.parseDouble("0x1.8p1") + " " + Double.valueOf("1e-400") + " "
                + Double.parseDouble("Infinity") + " " + Double.parseDouble("NaN") + " " + Double.parseDouble("1d"));
        System.out.println("longBitsToDouble: " + Double.longBitsToDouble(0x3ff0000000000001L) + " "
                + Double.longBitsToDouble(0x7ff0000000000000L) + " " + Double.longBitsToDouble(1L));
        System.out.println("dconst: " + 0.0 + " " + 1.0 + " ldc2_w: " + 2.0 + " " + -123.456e78);
        double mixed = 3 + 0.5f + 2L + 'a';
        System.out.println("mixed=" + mixed);
    }
}
