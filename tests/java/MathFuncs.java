// java.lang.Math functions whose results are exactly specified: abs/min/max with -0.0 and NaN,
// floor/ceil/rint/round (half cases, large values, NaN), sqrt, cbrt of cubes, exact-arithmetic
// methods with their overflow messages, floorDiv/floorMod, signum, copySign, ulp, hypot of
// Pythagorean triples, nextUp/nextDown, scalb/getExponent, toRadians-free identities, clamp-like code.
public class MathFuncs {
    interface Action {
        Object run();
    }

    static void attempt(String label, Action a) {
        try {
            System.out.println(label + ": " + a.run());
        } catch (ArithmeticException e) {
            System.out.println(label + ": " + e);
        }
    }

    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, 1e16 + 1, -1e300, 3.7, -3.7,
                Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 4.5e15, Double.MIN_VALUE,
                (double) Long.MAX_VALUE, 9.3e18, -9.3e18};
        for (double d : ds) {
            System.out.println(d + ": floor=" + Math.floor(d) + " ceil=" + Math.ceil(d) + " rint=" + Math.rint(d)
                    + " round=" + Math.round(d) + " roundf=" + Math.round((float) d) + " abs=" + Math.abs(d)
                    + " signum=" + Math.signum(d) + " sqrt=" + Math.sqrt(d) + " ulp=" + Math.ulp(d));
        }
        System.out.println("min/max: " + Math.min(-0.0, 0.0) + " " + Math.max(-0.0, 0.0) + " " + Math.min(Double.NaN, 1)
                + " " + Math.max(1f, Float.NaN) + " " + Math.min(-0.0f, 0.0f) + " " + Math.min(3, -3) + " "
                + Math.max(3L, -3L) + " " + Math.abs(-0.0f) + " " + Math.abs(Integer.MIN_VALUE + 1));
        for (int i = 0; i <= 20; i++) System.out.print(Math.sqrt(i) + " ");
        System.out.println();
        for (int i = -4; i <= 4; i++) System.out.print(Math.cbrt(i * i * i) + " ");
        System.out.println();
        System.out.println("hypot: " + Math.hypot(3, 4) + " " + Math.hypot(5, 12) + " " + Math.hypot(Double.NaN, 1) + " "
                + Math.hypot(Double.POSITIVE_INFINITY, Double.NaN));
        System.out.println("pow exact: " + Math.pow(2, 10) + " " + Math.pow(2, -2) + " " + Math.pow(-2, 3) + " "
                + Math.pow(0, 0) + " " + Math.pow(Double.NaN, 0) + " " + Math.pow(1, Double.NaN) + " " + Math.pow(-0.0, -1)
                + " " + Math.pow(10, 2) + " " + Math.pow(3, 3) + " " + Math.pow(0.5, 2));
        attempt("addExact", () -> Math.addExact(Integer.MAX_VALUE, 1));
        attempt("addExact long", () -> Math.addExact(Long.MAX_VALUE, 1L));
        attempt("subtractExact", () -> Math.subtractExact(Integer.MIN_VALUE, 1));
        attempt("multiplyExact", () -> Math.multiplyExact(1 << 16, 1 << 16));
        attempt("multiplyExact long", () -> Math.multiplyExact(1L << 32, 1L << 31));
        attempt("multiplyExact ok", () -> Math.multiplyExact(46340, 46340));
        attempt("negateExact", () -> Math.negateExact(Integer.MIN_VALUE));
        attempt("incrementExact", () -> Math.incrementExact(Integer.MAX_VALUE));
        attempt("toIntExact", () -> Math.toIntExact(1L << 31));
        attempt("toIntExact ok", () -> Math.toIntExact(-5L));
        int[][] fd = {{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {Integer.MIN_VALUE, -1}, {0, 3}};
        for (int[] p : fd) {
            System.out.print("floorDiv(" + p[0] + "," + p[1] + ")=" + Math.floorDiv(p[0], p[1]) + " floorMod="
                    + Math.floorMod(p[0], p[1]) + "; ");
        }
        System.out.println();
        System.out.println("floorMod long: " + Math.floorMod(-7L, 3L) + " " + Math.floorMod(-7L, 3) + " " + Math.floorDiv(-7L, 2L));
        System.out.println("copySign: " + Math.copySign(3.0, -0.0) + " " + Math.copySign(-2.0f, 1f) + " "
                + Math.copySign(1.0, Double.NaN));
        System.out.println("nextUp/Down: " + Math.nextUp(1.0) + " " + Math.nextDown(1.0) + " " + Math.nextUp(0.0) + " "
                + Math.nextUp(1.0f) + " " + Math.nextAfter(1.0, 2.0) + " " + Math.nextDown(-0.0));
        System.out.println("scalb/exponent: " + Math.scalb(1.5, 4) + " " + Math.scalb(1.0, -1075) + " " + Math.getExponent(1024.0)
                + " " + Math.getExponent(0.1f) + " " + Math.getExponent(0.0) + " " + Math.getExponent(Double.NaN));
        System.out.println("IEEEremainder: " + Math.IEEEremainder(5, 2) + " " + Math.IEEEremainder(7, 2) + " "
                + Math.IEEEremainder(-5, 3));
        System.out.println("fma: " + Math.fma(2.0, 3.0, 1.0) + " " + Math.fma(0.1, 10, -1));
        System.out.println("constants: " + Math.PI + " " + Math.E + " " + StrictMath.sqrt(2));
        System.out.println("abs/negate: " + Math.abs(-5L) + " " + Math.abs(Long.MIN_VALUE) + " " + Math.absExact(-3));
        attempt("absExact", () -> Math.absExact(Integer.MIN_VALUE));
        long acc = 0;
        for (int i = 1; i <= 1000; i++) {
            acc += Math.round(Math.sqrt(i) * 1000);
        }
        System.out.println("sqrt sum " + acc);
        System.out.println("rounded transcendental: " + Math.round(Math.sin(1) * 1e6) + " " + Math.round(Math.cos(1) * 1e6)
                + " " + Math.round(Math.exp(1) * 1e6) + " " + Math.round(Math.log(10) * 1e6) + " "
                + Math.round(Math.atan2(1, 1) * 1e6) + " " + Math.round(Math.log10(1000)) + " " + Math.round(Math.tan(0.5) * 1e6));
    }
}
