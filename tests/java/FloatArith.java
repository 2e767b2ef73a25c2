// Float arithmetic: NaN, infinities, -0.0f, fcmpl/fcmpg behaviour with NaN, f2i/f2l saturation,
// float rounding, Float.toString, float printing, fconst/ldc float constants.
public class FloatArith {
    static float[] VALUES = {0.0f, -0.0f, 1.0f, -1.0f, 0.1f, 0.5f, 1.5f, 2.5f, -2.5f, 3.4028235e38f, 1.4e-45f,
            1.17549435e-38f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 1e7f, 1e-3f, 9.999999e-4f,
            123456.79f, 1234567.9f, 12345678f, 0.001f, 100f, 1e10f, 2147483647f, -2147483648f, 9.223372e18f,
            3.14159265f, 16777216f, 16777217f, 0.3f, 2.0E-7f};

    static boolean lt(float a, float b) { return a < b; }
    static boolean gt(float a, float b) { return a > b; }
    static boolean le(float a, float b) { return a <= b; }
    static boolean ge(float a, float b) { return a >= b; }
    static boolean eq(float a, float b) { return a == b; }
    static boolean ne(float a, float b) { return a != b; }

    public static void main(String[] args) {
        for (float f : VALUES) {
            System.out.println(f + " | " + Float.toString(f) + " i=" + (int) f + " l=" + (long) f + " d=" + (double) f
                    + " neg=" + (-f) + " bits=" + Float.floatToIntBits(f) + " raw=" + Float.floatToRawIntBits(f)
                    + " nan=" + Float.isNaN(f) + " inf=" + Float.isInfinite(f));
        }
        float nan = Float.NaN;
        System.out.println("NaN comparisons: " + lt(nan, 1) + gt(nan, 1) + le(nan, 1) + ge(nan, 1) + eq(nan, nan)
                + ne(nan, nan) + lt(1, nan) + gt(1, nan));
        System.out.println("-0.0 == 0.0: " + eq(-0.0f, 0.0f) + " compare: " + Float.compare(-0.0f, 0.0f)
                + " equals: " + Float.valueOf(-0.0f).equals(0.0f));
        System.out.println("NaN compare: " + Float.compare(nan, nan) + " " + Float.compare(nan, Float.POSITIVE_INFINITY)
                + " equals: " + Float.valueOf(nan).equals(nan));
        float zero = 0.0f;
        System.out.println("1/0=" + (1 / zero) + " -1/0=" + (-1 / zero) + " 0/0=" + (zero / zero)
                + " 1/-0=" + (1 / -zero));
        System.out.println("5.5%2=" + (5.5f % 2f) + " -5.5%2=" + (-5.5f % 2f) + " 5.5%-2=" + (5.5f % -2f)
                + " 1%0=" + (1f % zero) + " inf%2=" + (Float.POSITIVE_INFINITY % 2f) + " 2%inf="
                + (2f % Float.POSITIVE_INFINITY));
        float acc = 0f;
        for (int i = 0; i < 10; i++) acc += 0.1f;
        System.out.println("sum 0.1 x10 = " + acc);
        float p = 1f;
        for (int i = 0; i < 40; i++) {
            p *= 7.3f;
            System.out.print(p + " ");
        }
        System.out.println();
        float q = 1f;
        for (int i = 0; i < 50; i++) {
            q /= 3.7f;
            System.out.print(q + " ");
        }
        System.out.println();
        System.out.println("int->float: " + (float) 16777217 + " " + (float) Integer.MAX_VALUE + " " + (float) -123456789);
        System.out.println("long->float: " + (float) Long.MAX_VALUE + " " + (float) 0x7fffffbfffffffffL);
        System.out.println("double->float: " + (float) 1e40 + " " + (float) 1e-50 + " " + (float) 0.1 + " "
                + (float) 3.4028235677973366e38 + " " + (float) -1e300);
        System.out.println("Float.MIN_VALUE=" + Float.MIN_VALUE + " MAX=" + Float.MAX_VALUE + " MIN_NORMAL="
                + Float.MIN_NORMAL);
        System.out.println("parse: " + Float.parseFloat("1.25") + " " + Float.parseFloat("-3e5") + " "
                + Float.valueOf("0.1") + " " + Float.parseFloat("  42  "));
        System.out.println("intBitsToFloat: " + Float.intBitsToFloat(0x3f800001) + " " + Float.intBitsToFloat(0x7f800000)
                + " " + Float.intBitsToFloat(1) + " " + Float.intBitsToFloat(0xff7fffff));
        float[] fs = {2.5f, -1f, 7.25f};
        float total = 0;
        for (float f : fs) total += f * f;
        System.out.println("sum squares=" + total);
        System.out.println("fconst: " + 0.0f + " " + 1.0f + " " + 2.0f + " ldc: " + 3.0f + " " + 0.2f);
    }
}
