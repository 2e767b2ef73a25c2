// Math.fma: a * b + c computed exactly and rounded once (to nearest, ties to even), for double
// and float results. The exact value is built in a 192-bit fixed-point window aligned to the
// larger operand; bits of the smaller one that fall below the window only set a sticky bit.
package java.lang;

final class FusedMultiplyAdd {

    private FusedMultiplyAdd() {}

    /** Window width in bits; the larger operand's leading bit goes to bit WINDOW_TOP. */
    private static final int WINDOW_TOP = 190;

    static double fma(double a, double b, double c) {
        if (Double.isNaN(a) || Double.isNaN(b) || Double.isNaN(c)) {
            return Double.NaN;
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return a * b + c; // no rounding happens with infinities (or the NaN of inf * 0)
        }
        if (Double.isInfinite(c)) {
            return c; // the exact product is finite
        }
        if (a == 0.0 || b == 0.0) {
            return a * b + c; // the product is an exact zero, the sum rounds once
        }
        if (c == 0.0) {
            return a * b; // one rounding of the exact product; a zero c cannot change its sign
        }
        return Double.longBitsToDouble(exact(Double.doubleToRawLongBits(a), Double.doubleToRawLongBits(b),
                Double.doubleToRawLongBits(c), 53, -1074, 1023));
    }

    static float fma(float a, float b, float c) {
        if (Float.isNaN(a) || Float.isNaN(b) || Float.isNaN(c)) {
            return Float.NaN;
        }
        double da = a;
        double db = b;
        double dc = c;
        if (Float.isInfinite(a) || Float.isInfinite(b) || Float.isInfinite(c) || a == 0.0f || b == 0.0f) {
            return (float) (da * db + dc); // exact in double (products of floats fit), one rounding
        }
        if (c == 0.0f) {
            return (float) (da * db);
        }
        long bits = exact(Double.doubleToRawLongBits(da), Double.doubleToRawLongBits(db),
                Double.doubleToRawLongBits(dc), 24, -149, 127);
        return (float) Double.longBitsToDouble(bits); // already rounded to a float value
    }

    /**
     * The double bits of a * b + c (finite, nonzero operands given as double bits) rounded to a
     * binary format with the given precision, smallest subnormal exponent and largest exponent.
     */
    private static long exact(long aBits, long bBits, long cBits, int precision, int minExponent, int maxExponent) {
        // Each operand as sign, integer significand and exponent: value = m * 2^e.
        long ma = significand(aBits);
        long mb = significand(bBits);
        long mc = significand(cBits);
        int ea = exponent(aBits);
        int eb = exponent(bBits);
        int ec = exponent(cBits);
        boolean productNegative = (aBits < 0) != (bBits < 0);
        boolean cNegative = cBits < 0;

        long productLo = ma * mb; // ma, mb < 2^53, so the product fits in 106 bits
        long productHi = Math.multiplyHigh(ma, mb);
        int productExponent = ea + eb;
        int productLength = productHi != 0 ? 128 - Long.numberOfLeadingZeros(productHi) : 64 - Long.numberOfLeadingZeros(productLo);
        int cLength = 64 - Long.numberOfLeadingZeros(mc);
        int productMsb = productExponent + productLength - 1;
        int cMsb = ec + cLength - 1;

        // The window's lowest bit has weight 2^windowLsb. The larger operand has at most 106
        // significant bits below its leading bit at WINDOW_TOP, so it is never cut; the smaller
        // one may lose low bits, which only matter as a sticky bit (and then it is at least
        // 85 bits below, so no cancellation can bring those bits near the result).
        int windowLsb = Math.max(productMsb, cMsb) - WINDOW_TOP;
        long[] p = place(productLo, productHi, productExponent - windowLsb);
        long[] q = place(mc, 0, ec - windowLsb);
        boolean productIsBig = productMsb >= cMsb;
        long[] big = productIsBig ? p : q;
        long[] small = productIsBig ? q : p;
        boolean bigNegative = productIsBig ? productNegative : cNegative;
        boolean smallNegative = productIsBig ? cNegative : productNegative;
        boolean sticky = productIsBig ? stickyOf(mc, 0, ec - windowLsb)
                : stickyOf(productLo, productHi, productExponent - windowLsb);

        long[] r;
        boolean negative;
        if (bigNegative == smallNegative) {
            r = add(big, small);
            negative = bigNegative;
        } else if (compare(big, small) >= 0) {
            r = subtract(big, small);
            if (sticky) {
                r = subtract(r, new long[] {1, 0, 0}); // the lost bits belong to the subtrahend
            }
            negative = bigNegative;
        } else {
            r = subtract(small, big); // only without sticky bits: the operands are close
            negative = smallNegative;
        }
        if (isZero(r) && !sticky) {
            return 0L; // exact cancellation gives +0.0 when rounding to nearest
        }
        return round(r, windowLsb, sticky, negative, precision, minExponent, maxExponent);
    }

    private static long significand(long bits) {
        long m = bits & 0x000FFFFFFFFFFFFFL;
        return ((bits >>> 52) & 0x7FF) == 0 ? m : m | (1L << 52);
    }

    private static int exponent(long bits) {
        int e = (int) ((bits >>> 52) & 0x7FF);
        return e == 0 ? -1074 : e - 1075;
    }

    /** (lo, hi) shifted left by shift (right if negative) into a 192-bit little-endian word array. */
    private static long[] place(long lo, long hi, int shift) {
        long[] w = new long[] {lo, hi, 0};
        if (shift >= 0) {
            return shiftLeft(w, shift);
        }
        return shiftRight(w, -shift);
    }

    /** Whether shifting (lo, hi) right by -shift drops nonzero bits. */
    private static boolean stickyOf(long lo, long hi, int shift) {
        if (shift >= 0) {
            return false;
        }
        int n = -shift;
        if (n >= 128) {
            return (lo | hi) != 0;
        }
        if (n >= 64) {
            return lo != 0 || (n > 64 && (hi << (128 - n)) != 0);
        }
        return (lo << (64 - n)) != 0;
    }

    private static long[] shiftLeft(long[] w, int n) {
        long[] r = new long[3];
        int words = n >>> 6;
        int bits = n & 63;
        for (int i = 2; i >= 0; i--) {
            int from = i - words;
            if (from < 0) {
                continue;
            }
            long v = w[from] << bits;
            if (bits != 0 && from - 1 >= 0) {
                v |= w[from - 1] >>> (64 - bits);
            }
            r[i] = v;
        }
        return r;
    }

    private static long[] shiftRight(long[] w, int n) {
        long[] r = new long[3];
        int words = n >>> 6;
        int bits = n & 63;
        for (int i = 0; i < 3; i++) {
            int from = i + words;
            if (from > 2) {
                continue;
            }
            long v = w[from] >>> bits;
            if (bits != 0 && from + 1 <= 2) {
                v |= w[from + 1] << (64 - bits);
            }
            r[i] = v;
        }
        return r;
    }

    private static long[] add(long[] x, long[] y) {
        long[] r = new long[3];
        long carry = 0;
        for (int i = 0; i < 3; i++) {
            long s = x[i] + y[i];
            long c1 = Long.compareUnsigned(s, x[i]) < 0 ? 1 : 0;
            long s2 = s + carry;
            long c2 = Long.compareUnsigned(s2, s) < 0 ? 1 : 0;
            r[i] = s2;
            carry = c1 | c2;
        }
        return r;
    }

    private static long[] subtract(long[] x, long[] y) {
        long[] r = new long[3];
        long borrow = 0;
        for (int i = 0; i < 3; i++) {
            long d = x[i] - y[i];
            long b1 = Long.compareUnsigned(x[i], y[i]) < 0 ? 1 : 0;
            long d2 = d - borrow;
            long b2 = Long.compareUnsigned(d, borrow) < 0 ? 1 : 0;
            r[i] = d2;
            borrow = b1 | b2;
        }
        return r;
    }

    private static int compare(long[] x, long[] y) {
        for (int i = 2; i >= 0; i--) {
            int c = Long.compareUnsigned(x[i], y[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static boolean isZero(long[] x) {
        return (x[0] | x[1] | x[2]) == 0;
    }

    private static int bitLength(long[] x) {
        for (int i = 2; i >= 0; i--) {
            if (x[i] != 0) {
                return 64 * i + 64 - Long.numberOfLeadingZeros(x[i]);
            }
        }
        return 0;
    }

    private static boolean bit(long[] x, int i) {
        return i >= 0 && i < 192 && ((x[i >>> 6] >>> (i & 63)) & 1) != 0;
    }

    /** Whether any bit below position i is set. */
    private static boolean anyBelow(long[] x, int i) {
        if (i <= 0) {
            return false;
        }
        int words = i >>> 6;
        for (int w = 0; w < words && w < 3; w++) {
            if (x[w] != 0) {
                return true;
            }
        }
        int bits = i & 63;
        return words < 3 && bits != 0 && (x[words] << (64 - bits)) != 0;
    }

    /**
     * Rounds r * 2^windowLsb (plus a sticky amount below the window) to the target format and
     * returns it as double bits (a float result is always exactly representable as a double).
     */
    private static long round(long[] r, int windowLsb, boolean sticky, boolean negative, int precision,
            int minExponent, int maxExponent) {
        int length = bitLength(r);
        int leading = windowLsb + length - 1; // exponent of the leading bit (or -inf if r == 0)
        int lsbExponent = length == 0 ? minExponent : Math.max(leading - (precision - 1), minExponent);
        int k = lsbExponent - windowLsb; // window index of the result's last kept bit
        long m;
        if (k <= 0) {
            m = shiftLeft(r, -k)[0]; // the whole (short, sticky-free) value is kept exactly
        } else {
            m = shiftRight(r, k)[0];
            boolean roundBit = bit(r, k - 1);
            boolean lower = anyBelow(r, k - 1) || sticky;
            if (roundBit && (lower || (m & 1) != 0)) {
                m++;
                if (m == (1L << precision)) {
                    m >>>= 1;
                    lsbExponent++;
                }
            }
        }
        long signBit = negative ? 0x8000000000000000L : 0L;
        if (m == 0) {
            return signBit; // rounded to a signed zero
        }
        int top = lsbExponent + (63 - Long.numberOfLeadingZeros(m));
        if (top > maxExponent) {
            return signBit | 0x7FF0000000000000L; // overflow to infinity
        }
        double value = Math.scalb((double) m, lsbExponent); // exact: m has at most 53 bits
        return Double.doubleToRawLongBits(value) | signBit;
    }
}
