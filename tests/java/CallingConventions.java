// Calls with many mixed-type arguments (two-slot long/double interleaved with one-slot types)
// through invokestatic, invokevirtual, invokespecial (private and super), invokeinterface,
// returns of every type, varargs of primitives and objects, and Object methods called through an
// interface-typed receiver.
public class CallingConventions {
    static String mixed(int a, long b, float c, double d, byte e, char f, short g, boolean h, Object i, long j, int k,
            double l, String m, float n, long o, int p, double q, char r) {
        return a + "," + b + "," + c + "," + d + "," + e + "," + f + "," + g + "," + h + "," + i + "," + j + "," + k + "," + l
                + "," + m + "," + n + "," + o + "," + p + "," + q + "," + r;
    }

    static long sumLongs(long a, long b, long c, long d, long e, long f, long g, long h, long i, long j) {
        return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 9 * i + 10 * j;
    }

    static double sumDoubles(double a, float b, double c, float d, double e, float f, double g, float h) {
        return a - b + c - d + e - f + g - h;
    }

    static boolean retZ(int x) { return x > 0; }
    static byte retB(int x) { return (byte) x; }
    static char retC(int x) { return (char) x; }
    static short retS(int x) { return (short) x; }
    static int retI(long x) { return (int) x; }
    static long retJ(int x) { return x * 3_000_000_000L; }
    static float retF(double x) { return (float) x; }
    static double retD(float x) { return x; }

    static int varargs(int... xs) {
        int s = 0;
        for (int x : xs) s = s * 10 + x;
        return s;
    }

    static String varargsObj(String head, Object... rest) {
        StringBuilder sb = new StringBuilder(head);
        for (Object o : rest) sb.append('|').append(o);
        return sb.append(" n=").append(rest.length).toString();
    }

    interface Calc {
        long combine(int a, long b, double c, int d);
    }

    static class Base {
        long combine(int a, long b, double c, int d) {
            return a + b + (long) c + d;
        }

        private String priv(long x, int y) {
            return "Base.priv " + (x - y);
        }

        String callPriv() {
            return priv(100L, 1);
        }
    }

    static class Impl extends Base implements Calc {
        @Override
        public long combine(int a, long b, double c, int d) {
            return super.combine(a, b, c, d) * 10 + instanceMixed(a, b, c, d, "s");
        }

        private long instanceMixed(int a, long b, double c, int d, String s) {
            return a * b - d + (long) (c * 2) + s.length();
        }

        @Override
        public String toString() {
            return "Impl!";
        }
    }

    public static void main(String[] args) {
        System.out.println(mixed(1, 2L, 3.5f, 4.25, (byte) -5, 'f', (short) -7, true, "obj", Long.MIN_VALUE, Integer.MAX_VALUE,
                -0.0, null, Float.MAX_VALUE, -1L, -16, 1e100, 'r'));
        System.out.println(sumLongs(1, 2, 3, 4, 5, 6, 7, 8, 9, Long.MAX_VALUE / 20));
        System.out.println(sumDoubles(1.5, 0.25f, 1e10, 1e-3f, -7, 3.5f, 0.1, 0.2f));
        System.out.println(retZ(1) + " " + retB(300) + " " + (int) retC(-1) + " " + retS(70000) + " " + retI(1L << 35 | 7) + " "
                + retJ(7) + " " + retF(1e-50) + " " + retD(0.1f));
        System.out.println(varargs() + " " + varargs(1) + " " + varargs(1, 2, 3) + " " + varargs(new int[] {4, 5}));
        System.out.println(varargsObj("h") + " / " + varargsObj("h", 1, 2L, 'c', null) + " / "
                + varargsObj("h", (Object[]) null == null ? new Object[0] : null));
        Calc calc = new Impl();
        System.out.println("interface call " + calc.combine(3, 4L, 5.9, 6));
        Base base = new Impl();
        System.out.println("virtual call " + base.combine(3, 4L, 5.9, 6) + " " + base.callPriv());
        Calc lambda = (a, b, c, d) -> a * 1000L + b * 100 + (long) c * 10 + d;
        System.out.println("lambda call " + lambda.combine(1, 2L, 3.99, 4));
        Calc viaIface = calc;
        System.out.println("Object methods via interface: " + viaIface.toString() + " " + viaIface.equals(calc) + " "
                + (viaIface.hashCode() == calc.hashCode()));
        long acc = 0;
        for (int i = 0; i < 100000; i++) acc += calc.combine(i, i, i, i) & 0xff;
        System.out.println("hot loop " + acc);
    }
}
