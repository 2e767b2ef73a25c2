// Bit manipulation helpers of Integer and Long: bitCount, highest/lowestOneBit, leading and
// trailing zeros, reverse, reverseBytes, rotate, toBinaryString, plus hand-written bit tricks.
public class BitOps {
    public static void main(String[] args) {
        int[] ints = {0, 1, -1, 2, 7, 8, 0x80000000, 0x7fffffff, 0x12345678, 0xf0f0f0f0, 1 << 20, -123456};
        for (int v : ints) {
            System.out.println(v + ": bits=" + Integer.bitCount(v) + " hi=" + Integer.highestOneBit(v) + " lo="
                    + Integer.lowestOneBit(v) + " nlz=" + Integer.numberOfLeadingZeros(v) + " ntz="
                    + Integer.numberOfTrailingZeros(v) + " rev=" + Integer.reverse(v) + " revB=" + Integer.reverseBytes(v)
                    + " rotl5=" + Integer.rotateLeft(v, 5) + " rotr37=" + Integer.rotateRight(v, 37) + " sig="
                    + Integer.signum(v) + " bin=" + Integer.toBinaryString(v));
        }
        long[] longs = {0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, 0x0123456789abcdefL, 1L << 40, -98765432123L};
        for (long v : longs) {
            System.out.println(v + ": bits=" + Long.bitCount(v) + " hi=" + Long.highestOneBit(v) + " lo="
                    + Long.lowestOneBit(v) + " nlz=" + Long.numberOfLeadingZeros(v) + " ntz="
                    + Long.numberOfTrailingZeros(v) + " rev=" + Long.reverse(v) + " revB=" + Long.reverseBytes(v)
                    + " rotl13=" + Long.rotateLeft(v, 13) + " rotr-3=" + Long.rotateRight(v, -3) + " hex="
                    + Long.toHexString(v) + " oct=" + Long.toOctalString(v));
        }
        System.out.println("Short/Char reverseBytes: " + Short.reverseBytes((short) 0x1234) + " "
                + (int) Character.reverseBytes('\u1234'));
        int x = 0b1011_0110;
        System.out.println("tricks: isPow2(64)=" + isPow2(64) + " isPow2(96)=" + isPow2(96) + " clearLowest="
                + (x & (x - 1)) + " isolateLowest=" + (x & -x) + " popcount=" + popcount(x) + " parity=" + parity(x)
                + " nextPow2(1000)=" + nextPow2(1000) + " swap=" + swapNibbles(0xAB));
        long mask = 0;
        for (int i = 0; i < 64; i += 3) mask |= 1L << i;
        System.out.println("mask=" + Long.toBinaryString(mask) + " " + mask);
        int gray = 0;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            gray = i ^ (i >> 1);
            sb.append(gray).append(',');
        }
        System.out.println("gray codes " + sb);
        System.out.println("bool ops: " + (true & false) + (true | false) + (true ^ true) + (!true) + " "
                + sideEffects());
    }

    static int calls;

    static boolean t() {
        calls++;
        return true;
    }

    static boolean f() {
        calls += 10;
        return false;
    }

    static String sideEffects() {
        calls = 0;
        boolean a = f() && t();
        boolean b = t() || f();
        boolean c = f() & t();
        boolean d = t() | f();
        boolean e = t() ^ t();
        return a + " " + b + " " + c + " " + d + " " + e + " calls=" + calls;
    }

    static boolean isPow2(int v) {
        return v > 0 && (v & (v - 1)) == 0;
    }

    static int popcount(int v) {
        int c = 0;
        while (v != 0) {
            v &= v - 1;
            c++;
        }
        return c;
    }

    static int parity(int v) {
        v ^= v >>> 16;
        v ^= v >>> 8;
        v ^= v >>> 4;
        v ^= v >>> 2;
        v ^= v >>> 1;
        return v & 1;
    }

    static int nextPow2(int v) {
        v--;
        v |= v >> 1;
        v |= v >> 2;
        v |= v >> 4;
        v |= v >> 8;
        v |= v >> 16;
        return v + 1;
    }

    static int swapNibbles(int b) {
        return ((b & 0x0f) << 4) | ((b & 0xf0) >> 4);
    }
}
