// Unsigned arbitrary-precision arithmetic on magnitudes: int[] words, least significant first,
// with no zero words at the top (the empty array is zero). BigInteger builds on these.
package java.math;

import java.util.Arrays;

final class Magnitude {
    private Magnitude() {}

    static final int[] ZERO = new int[0];
    static final long MASK = 0xffffffffL;

    /** Above this many words in both factors, multiplication splits the factors (Karatsuba). */
    private static final int KARATSUBA_THRESHOLD = 48;

    /** The array without its zero words at the top (the same array if there are none). */
    static int[] strip(int[] a) {
        int len = a.length;
        while (len > 0 && a[len - 1] == 0) {
            len--;
        }
        if (len == a.length) {
            return a;
        }
        int[] r = new int[len];
        System.arraycopy(a, 0, r, 0, len);
        return r;
    }

    static int[] ofLong(long v) {
        if (v == 0) {
            return ZERO;
        }
        int hi = (int) (v >>> 32);
        return hi == 0 ? new int[] {(int) v} : new int[] {(int) v, hi};
    }

    static int compare(int[] a, int[] b) {
        if (a.length != b.length) {
            return a.length < b.length ? -1 : 1;
        }
        for (int i = a.length - 1; i >= 0; i--) {
            if (a[i] != b[i]) {
                return Integer.compareUnsigned(a[i], b[i]) < 0 ? -1 : 1;
            }
        }
        return 0;
    }

    static int bitLength(int[] a) {
        int n = a.length;
        return n == 0 ? 0 : 32 * (n - 1) + 32 - Integer.numberOfLeadingZeros(a[n - 1]);
    }

    static int lowestSetBit(int[] a) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] != 0) {
                return 32 * i + Integer.numberOfTrailingZeros(a[i]);
            }
        }
        return -1;
    }

    static boolean isPowerOfTwo(int[] a) {
        int n = a.length;
        if (n == 0 || Integer.bitCount(a[n - 1]) != 1) {
            return false;
        }
        for (int i = 0; i < n - 1; i++) {
            if (a[i] != 0) {
                return false;
            }
        }
        return true;
    }

    static int[] add(int[] a, int[] b) {
        if (a.length < b.length) {
            int[] t = a;
            a = b;
            b = t;
        }
        // Sized for the usual case without a carry out of the top word (strip then returns r
        // itself), instead of one word more that strip would copy away.
        int[] r = new int[a.length];
        long carry = 0;
        int i = 0;
        for (; i < b.length; i++) {
            long s = (a[i] & MASK) + (b[i] & MASK) + carry;
            r[i] = (int) s;
            carry = s >>> 32;
        }
        for (; i < a.length; i++) {
            long s = (a[i] & MASK) + carry;
            r[i] = (int) s;
            carry = s >>> 32;
        }
        if (carry != 0) {
            r = Arrays.copyOf(r, a.length + 1);
            r[a.length] = 1;
            return r;
        }
        return strip(r);
    }

    /** a - b, where a >= b. */
    static int[] subtract(int[] a, int[] b) {
        int[] r = new int[a.length];
        long borrow = 0;
        int i = 0;
        for (; i < b.length; i++) {
            long d = (a[i] & MASK) - (b[i] & MASK) - borrow;
            r[i] = (int) d;
            borrow = d < 0 ? 1 : 0;
        }
        for (; i < a.length; i++) {
            long d = (a[i] & MASK) - borrow;
            r[i] = (int) d;
            borrow = d < 0 ? 1 : 0;
        }
        return strip(r);
    }

    static int[] multiply(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return ZERO;
        }
        // A one-word factor (pidigits' q*k, t*(2k+1)) needs one pass, not a loop per word.
        if (b.length == 1) {
            return multiplyAdd(a, b[0], 0);
        }
        if (a.length == 1) {
            return multiplyAdd(b, a[0], 0);
        }
        if (a.length >= KARATSUBA_THRESHOLD && b.length >= KARATSUBA_THRESHOLD) {
            return karatsuba(a, b);
        }
        // The longer factor in the inner loop: fewer loop set-ups per word multiplied.
        return a.length <= b.length ? schoolbook(a, b) : schoolbook(b, a);
    }

    private static int[] schoolbook(int[] a, int[] b) {
        int[] r = new int[a.length + b.length];
        for (int i = 0; i < a.length; i++) {
            long ai = a[i] & MASK;
            if (ai == 0) {
                continue;
            }
            long carry = 0;
            for (int j = 0; j < b.length; j++) {
                long p = ai * (b[j] & MASK) + (r[i + j] & MASK) + carry;
                r[i + j] = (int) p;
                carry = p >>> 32;
            }
            r[i + b.length] = (int) carry;
        }
        return strip(r);
    }

    /** (a1*B + a0)(b1*B + b0) with three half-size products instead of four. */
    private static int[] karatsuba(int[] a, int[] b) {
        int half = (Math.max(a.length, b.length) + 1) / 2;
        int[] a0 = low(a, half);
        int[] a1 = high(a, half);
        int[] b0 = low(b, half);
        int[] b1 = high(b, half);
        int[] p0 = multiply(a0, b0);
        int[] p2 = multiply(a1, b1);
        int[] p1 = subtract(subtract(multiply(add(a0, a1), add(b0, b1)), p0), p2);
        int[] r = new int[a.length + b.length + 1];
        addInto(r, p0, 0);
        addInto(r, p1, half);
        addInto(r, p2, 2 * half);
        return strip(r);
    }

    private static int[] low(int[] a, int words) {
        if (a.length <= words) {
            return a;
        }
        int[] r = new int[words];
        System.arraycopy(a, 0, r, 0, words);
        return strip(r);
    }

    private static int[] high(int[] a, int words) {
        if (a.length <= words) {
            return ZERO;
        }
        int[] r = new int[a.length - words];
        System.arraycopy(a, words, r, 0, r.length);
        return r;
    }

    /** r += v * B^offset; r is long enough for the sum. */
    private static void addInto(int[] r, int[] v, int offset) {
        long carry = 0;
        int i = 0;
        for (; i < v.length; i++) {
            long s = (r[offset + i] & MASK) + (v[i] & MASK) + carry;
            r[offset + i] = (int) s;
            carry = s >>> 32;
        }
        for (int k = offset + i; carry != 0 && k < r.length; k++) {
            long s = (r[k] & MASK) + carry;
            r[k] = (int) s;
            carry = s >>> 32;
        }
    }

    /** a * m + addend for small unsigned m and addend. */
    static int[] multiplyAdd(int[] a, int m, int addend) {
        int[] r = new int[a.length + 1];
        long mm = m & MASK;
        long carry = addend & MASK;
        for (int i = 0; i < a.length; i++) {
            long p = (a[i] & MASK) * mm + carry;
            r[i] = (int) p;
            carry = p >>> 32;
        }
        r[a.length] = (int) carry;
        return strip(r);
    }

    /** Divides a by the unsigned d in place into q (same length) and returns the remainder. */
    static int divideByWord(int[] a, int d, int[] q) {
        long dd = d & MASK;
        long rem = 0;
        for (int i = a.length - 1; i >= 0; i--) {
            long cur = (rem << 32) | (a[i] & MASK);
            q[i] = (int) Long.divideUnsigned(cur, dd);
            rem = Long.remainderUnsigned(cur, dd);
        }
        return (int) rem;
    }

    /** {quotient, remainder} of a / b, b nonzero (Knuth's algorithm D). */
    static int[][] divide(int[] a, int[] b) {
        return divide(a, b, true);
    }

    /** The quotient of a / b, b nonzero, without un-normalizing the remainder. */
    static int[] quotient(int[] a, int[] b) {
        return divide(a, b, false)[0];
    }

    /** {quotient, remainder or null unless withRemainder} of a / b. */
    private static int[][] divide(int[] a, int[] b, boolean withRemainder) {
        if (compare(a, b) < 0) {
            return new int[][] {ZERO, a};
        }
        if (b.length == 1) {
            int[] q = new int[a.length];
            int r = divideByWord(a, b[0], q);
            return new int[][] {strip(q), r == 0 ? ZERO : new int[] {r}};
        }
        int n = b.length;
        int m = a.length;
        int shift = Integer.numberOfLeadingZeros(b[n - 1]);
        int[] v = shiftLeftWords(b, shift, n);
        int[] u = shiftLeftWords(a, shift, m + 1);
        int[] q = new int[m - n + 1];
        long vTop = v[n - 1] & MASK;
        long vNext = v[n - 2] & MASK;
        for (int j = m - n; j >= 0; j--) {
            long num = ((u[j + n] & MASK) << 32) | (u[j + n - 1] & MASK);
            long qhat = Long.divideUnsigned(num, vTop);
            long rhat = Long.remainderUnsigned(num, vTop);
            while (qhat > MASK
                    || Long.compareUnsigned(qhat * vNext, (rhat << 32) | (u[j + n - 2] & MASK)) > 0) {
                qhat--;
                rhat += vTop;
                if (rhat > MASK) {
                    break;
                }
            }
            long borrow = 0;
            long carry = 0;
            for (int i = 0; i < n; i++) {
                long p = qhat * (v[i] & MASK) + carry;
                carry = p >>> 32;
                long t = (u[i + j] & MASK) - (p & MASK) - borrow;
                u[i + j] = (int) t;
                borrow = t < 0 ? 1 : 0;
            }
            long t = (u[j + n] & MASK) - carry - borrow;
            u[j + n] = (int) t;
            if (t < 0) {
                qhat--;
                long c = 0;
                for (int i = 0; i < n; i++) {
                    long s = (u[i + j] & MASK) + (v[i] & MASK) + c;
                    u[i + j] = (int) s;
                    c = s >>> 32;
                }
                u[j + n] += (int) c;
            }
            q[j] = (int) qhat;
        }
        if (!withRemainder) {
            return new int[][] {strip(q), null};
        }
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            long lo = u[i] & MASK;
            long hi = (i + 1 < u.length ? u[i + 1] : 0) & MASK;
            r[i] = shift == 0 ? (int) lo : (int) ((lo >>> shift) | (hi << (32 - shift)));
        }
        return new int[][] {strip(q), strip(r)};
    }

    /** a << bits (bits < 32) into an array of exactly `words` words. */
    private static int[] shiftLeftWords(int[] a, int bits, int words) {
        int[] r = new int[words];
        if (bits == 0) {
            System.arraycopy(a, 0, r, 0, a.length);
            return r;
        }
        int carry = 0;
        for (int i = 0; i < a.length; i++) {
            r[i] = (a[i] << bits) | carry;
            carry = a[i] >>> (32 - bits);
        }
        if (a.length < words) {
            r[a.length] = carry;
        }
        return r;
    }

    static int[] shiftLeft(int[] a, int n) {
        if (a.length == 0 || n == 0) {
            return a;
        }
        int wordShift = n >>> 5;
        int bits = n & 31;
        int[] r = new int[a.length + wordShift + 1];
        for (int i = 0; i < a.length; i++) {
            long w = (a[i] & MASK) << bits;
            r[i + wordShift] |= (int) w;
            r[i + wordShift + 1] |= (int) (w >>> 32);
        }
        return strip(r);
    }

    static int[] shiftRight(int[] a, int n) {
        int wordShift = n >>> 5;
        if (wordShift >= a.length) {
            return ZERO;
        }
        int bits = n & 31;
        int[] r = new int[a.length - wordShift];
        for (int i = 0; i < r.length; i++) {
            long lo = a[i + wordShift] & MASK;
            long hi = i + wordShift + 1 < a.length ? a[i + wordShift + 1] & MASK : 0;
            r[i] = (int) (((hi << 32) | lo) >>> bits);
        }
        return strip(r);
    }

    /** Whether any of the lowest n bits of a is set. */
    static boolean anyLowBits(int[] a, int n) {
        int words = Math.min(n >>> 5, a.length);
        for (int i = 0; i < words; i++) {
            if (a[i] != 0) {
                return true;
            }
        }
        int bits = n & 31;
        return bits != 0 && words < a.length && (a[words] & ((1 << bits) - 1)) != 0;
    }

    /** The lowest 64 bits of a, unsigned. */
    static long lowLong(int[] a) {
        long lo = a.length > 0 ? a[0] & MASK : 0;
        long hi = a.length > 1 ? a[1] & MASK : 0;
        return (hi << 32) | lo;
    }
}
