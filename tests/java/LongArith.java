// Long arithmetic: overflow, division/remainder signs, shifts masked by 63, lcmp, l2i/i2l,
// long constants (ldc2_w, lconst), mixed int/long promotion.
public class LongArith {
    static long[] VALUES = {0L, 1L, -1L, 2L, 0x7fffffffL, 0x80000000L, -0x80000000L, 0xffffffffL,
            0x100000000L, Long.MAX_VALUE, Long.MIN_VALUE, 0x123456789abcdefL, -987654321012345L,
            1000000007L, 4294967296L * 3 + 5};

    static long add(long a, long b) { return a + b; }
    static long sub(long a, long b) { return a - b; }
    static long mul(long a, long b) { return a * b; }
    static long div(long a, long b) { return a / b; }
    static long rem(long a, long b) { return a % b; }
    static int cmp(long a, long b) { return a < b ? -1 : (a == b ? 0 : 1); }

    public static void main(String[] args) {
        System.out.println("MAX+1 = " + add(Long.MAX_VALUE, 1));
        System.out.println("MIN-1 = " + sub(Long.MIN_VALUE, 1));
        System.out.println("MIN/-1 = " + div(Long.MIN_VALUE, -1));
        System.out.println("MIN%-1 = " + rem(Long.MIN_VALUE, -1));
        System.out.println("MAX*MAX = " + mul(Long.MAX_VALUE, Long.MAX_VALUE));
        System.out.println("2^32*2^32 = " + mul(1L << 32, 1L << 32));
        long[][] divs = {{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {Long.MIN_VALUE, 3}, {Long.MAX_VALUE, -10},
                {123456789012345L, 1000}, {-123456789012345L, 1000}};
        for (long[] d : divs) {
            System.out.println(d[0] + " / " + d[1] + " = " + div(d[0], d[1]) + ", % = " + rem(d[0], d[1]));
        }
        int[] shifts = {0, 1, 31, 32, 33, 63, 64, 65, -1, 127};
        for (long v : new long[] {1L, -1L, Long.MIN_VALUE, 0x123456789abcdefL}) {
            StringBuilder sb = new StringBuilder();
            for (int s : shifts) {
                sb.append(v << s).append(' ').append(v >> s).append(' ').append(v >>> s).append(" | ");
            }
            System.out.println(v + ": " + sb);
        }
        for (long v : VALUES) {
            int i = (int) v;
            short s = (short) v;
            byte b = (byte) v;
            char c = (char) v;
            System.out.println(v + " -> l2i=" + i + " s=" + s + " b=" + b + " c=" + (int) c + " ~=" + ~v
                    + " &=" + (v & 0xff00ff00ff00L) + " |=" + (v | 1) + " ^=" + (v ^ 0x5555555555555555L)
                    + " neg=" + (-v) + " float=" + (float) v + " double=" + (double) v);
        }
        StringBuilder sb = new StringBuilder();
        for (long a : VALUES) {
            for (long b : VALUES) {
                sb.append(cmp(a, b) + 1);
            }
            sb.append('\n');
        }
        System.out.print(sb);
        int small = -5;
        long widened = small;
        System.out.println("i2l(-5) = " + widened + ", i2l(MIN) = " + (long) Integer.MIN_VALUE);
        System.out.println("int*int overflow before widening: " + (long) (Integer.MAX_VALUE * 2));
        System.out.println("int*long: " + (Integer.MAX_VALUE * 2L));
        long lc = 0L;
        lc = lc + 1L;
        System.out.println("lconst: " + lc + " " + (lc - 1L));
        long big = 9_000_000_000_000_000_000L;
        System.out.println("big=" + big + " neg big=" + (-big));
        long fact = 1;
        for (int k = 1; k <= 25; k++) {
            fact *= k;
            System.out.print(fact + " ");
        }
        System.out.println();
        long h = 1125899906842597L;
        for (int k = 0; k < 500; k++) {
            h = 31 * h + k;
            h ^= h >>> 29;
        }
        System.out.println("mix=" + h);
        long pow = 1;
        for (int k = 0; k < 70; k++) {
            pow <<= 1;
            if (k % 10 == 9) System.out.println("2^" + (k + 1) + "=" + pow);
        }
        System.out.println("Long.MIN=" + Long.MIN_VALUE + " MAX=" + Long.MAX_VALUE);
        System.out.println("abs(MIN)=" + Math.abs(Long.MIN_VALUE));
    }
}
