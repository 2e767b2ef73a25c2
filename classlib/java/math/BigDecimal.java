// Immutable decimal numbers: an unscaled BigInteger and a scale (value = unscaled * 10^-scale).
// Results, preferred scales, string forms and exception messages follow the JDK's Javadoc.
package java.math;

public class BigDecimal extends Number implements Comparable<BigDecimal> {

    private final BigInteger intVal;
    private final int scale;

    public static final int ROUND_UP = 0;
    public static final int ROUND_DOWN = 1;
    public static final int ROUND_CEILING = 2;
    public static final int ROUND_FLOOR = 3;
    public static final int ROUND_HALF_UP = 4;
    public static final int ROUND_HALF_DOWN = 5;
    public static final int ROUND_HALF_EVEN = 6;
    public static final int ROUND_UNNECESSARY = 7;

    public static final BigDecimal ZERO = new BigDecimal(BigInteger.ZERO, 0);
    public static final BigDecimal ONE = new BigDecimal(BigInteger.ONE, 0);
    public static final BigDecimal TEN = new BigDecimal(BigInteger.TEN, 0);

    private static final BigInteger[] TEN_POWERS = new BigInteger[64];

    static {
        TEN_POWERS[0] = BigInteger.ONE;
        for (int i = 1; i < TEN_POWERS.length; i++) {
            TEN_POWERS[i] = TEN_POWERS[i - 1].multiply(BigInteger.TEN);
        }
    }

    // ---- construction ----

    public BigDecimal(BigInteger unscaledVal, int scale) {
        if (unscaledVal == null) {
            throw new NullPointerException();
        }
        this.intVal = unscaledVal;
        this.scale = scale;
    }

    public BigDecimal(BigInteger val) {
        this(val, 0);
    }

    public BigDecimal(BigInteger unscaledVal, int scale, MathContext mc) {
        this(round(new BigDecimal(unscaledVal, scale), mc));
    }

    public BigDecimal(BigInteger val, MathContext mc) {
        this(val, 0, mc);
    }

    public BigDecimal(int val) {
        this(BigInteger.valueOf(val), 0);
    }

    public BigDecimal(int val, MathContext mc) {
        this(BigInteger.valueOf(val), 0, mc);
    }

    public BigDecimal(long val) {
        this(BigInteger.valueOf(val), 0);
    }

    public BigDecimal(long val, MathContext mc) {
        this(BigInteger.valueOf(val), 0, mc);
    }

    public BigDecimal(double val) {
        this(exactValueOf(val));
    }

    public BigDecimal(double val, MathContext mc) {
        this(round(exactValueOf(val), mc));
    }

    public BigDecimal(String val) {
        this(DecimalParser.parse(val.toCharArray(), 0, val.length()));
    }

    public BigDecimal(String val, MathContext mc) {
        this(round(new BigDecimal(val), mc));
    }

    public BigDecimal(char[] in) {
        this(in, 0, in.length);
    }

    public BigDecimal(char[] in, int offset, int len) {
        this(DecimalParser.parse(in, offset, len));
    }

    public BigDecimal(char[] in, MathContext mc) {
        this(round(new BigDecimal(in), mc));
    }

    public BigDecimal(char[] in, int offset, int len, MathContext mc) {
        this(round(new BigDecimal(in, offset, len), mc));
    }

    private BigDecimal(BigDecimal other) {
        this.intVal = other.intVal;
        this.scale = other.scale;
    }

    public static BigDecimal valueOf(long unscaledVal, int scale) {
        return new BigDecimal(BigInteger.valueOf(unscaledVal), scale);
    }

    public static BigDecimal valueOf(long val) {
        return new BigDecimal(BigInteger.valueOf(val), 0);
    }

    public static BigDecimal valueOf(double val) {
        return new BigDecimal(Double.toString(val));
    }

    /** The binary value of a double written out in decimal, digit for digit. */
    private static BigDecimal exactValueOf(double val) {
        if (Double.isNaN(val) || Double.isInfinite(val)) {
            throw new NumberFormatException("Infinite or NaN");
        }
        long bits = Double.doubleToLongBits(val);
        int sign = bits < 0 ? -1 : 1;
        int exponent = (int) ((bits >> 52) & 0x7ff);
        long significand = exponent == 0 ? (bits & ((1L << 52) - 1)) << 1 : (bits & ((1L << 52) - 1)) | (1L << 52);
        exponent -= 1075;
        if (significand == 0) {
            return ZERO;
        }
        int twos = Long.numberOfTrailingZeros(significand);
        significand >>= twos;
        exponent += twos;
        BigInteger m = BigInteger.valueOf(sign * significand);
        if (exponent >= 0) {
            return new BigDecimal(m.shiftLeft(exponent), 0);
        }
        // m * 2^-k == m * 5^k / 10^k
        return new BigDecimal(m.multiply(BigInteger.valueOf(5).pow(-exponent)), -exponent);
    }

    // ---- helpers ----

    static BigInteger tenPow(long n) {
        if (n < TEN_POWERS.length) {
            return TEN_POWERS[(int) n];
        }
        return BigInteger.TEN.pow((int) n);
    }

    private static int digitCount(BigInteger v) {
        if (v.signum() == 0) {
            return 1;
        }
        BigInteger a = v.abs();
        // bits * log10(2) underestimates the digit count by at most one.
        int estimate = (int) ((a.bitLength() - 1) * 0.30102999566398120) + 1;
        return a.compareTo(tenPow(estimate)) >= 0 ? estimate + 1 : estimate;
    }

    private int checkScale(long val) {
        if ((int) val != val) {
            if (intVal.signum() == 0) {
                return val > Integer.MAX_VALUE ? Integer.MAX_VALUE : Integer.MIN_VALUE;
            }
            throw new ArithmeticException(val > Integer.MAX_VALUE ? "Underflow" : "Overflow");
        }
        return (int) val;
    }

    private static int saturate(long s) {
        return s > Integer.MAX_VALUE ? Integer.MAX_VALUE : s < Integer.MIN_VALUE ? Integer.MIN_VALUE : (int) s;
    }

    /** num / den rounded to an integer by mode. */
    static BigInteger divideAndRound(BigInteger num, BigInteger den, RoundingMode mode) {
        BigInteger[] qr = num.divideAndRemainder(den);
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        if (r.signum() == 0) {
            return q;
        }
        int sign = num.signum() * den.signum();
        int half = r.abs().shiftLeft(1).compareTo(den.abs());
        boolean increment;
        switch (mode) {
            case UP:
                increment = true;
                break;
            case DOWN:
                increment = false;
                break;
            case CEILING:
                increment = sign > 0;
                break;
            case FLOOR:
                increment = sign < 0;
                break;
            case HALF_UP:
                increment = half >= 0;
                break;
            case HALF_DOWN:
                increment = half > 0;
                break;
            case HALF_EVEN:
                increment = half > 0 || (half == 0 && q.testBit(0));
                break;
            default:
                throw new ArithmeticException("Rounding necessary");
        }
        return increment ? q.add(BigInteger.valueOf(sign)) : q;
    }

    /** The value rounded to mc's precision; one extra digit is dropped when rounding carries. */
    private static BigDecimal round(BigDecimal v, MathContext mc) {
        int digits = mc.precision;
        if (digits == 0) {
            return v;
        }
        int precision = v.precision();
        while (precision > digits) {
            int drop = precision - digits;
            BigInteger rounded = divideAndRound(v.intVal, tenPow(drop), mc.roundingMode);
            v = new BigDecimal(rounded, v.checkScale((long) v.scale - drop));
            precision = v.precision();
        }
        return v;
    }

    /** Drops trailing zeros while the scale stays at or above preferredScale. */
    private static BigDecimal stripZerosTo(BigInteger unscaled, long scale, long preferredScale) {
        while (scale > preferredScale && unscaled.signum() != 0) {
            BigInteger[] qr = unscaled.divideAndRemainder(BigInteger.TEN);
            if (qr[1].signum() != 0) {
                break;
            }
            unscaled = qr[0];
            scale--;
        }
        return new BigDecimal(unscaled, saturate(scale));
    }

    // ---- arithmetic ----

    public BigDecimal add(BigDecimal augend) {
        if (scale == augend.scale) {
            return new BigDecimal(intVal.add(augend.intVal), scale);
        }
        if (scale > augend.scale) {
            return new BigDecimal(intVal.add(augend.intVal.multiply(tenPow((long) scale - augend.scale))), scale);
        }
        return new BigDecimal(intVal.multiply(tenPow((long) augend.scale - scale)).add(augend.intVal), augend.scale);
    }

    public BigDecimal add(BigDecimal augend, MathContext mc) {
        return round(add(augend), mc);
    }

    public BigDecimal subtract(BigDecimal subtrahend) {
        return add(subtrahend.negate());
    }

    public BigDecimal subtract(BigDecimal subtrahend, MathContext mc) {
        return round(subtract(subtrahend), mc);
    }

    public BigDecimal multiply(BigDecimal multiplicand) {
        BigInteger product = intVal.multiply(multiplicand.intVal);
        return new BigDecimal(product, checkScaleOf(product, (long) scale + multiplicand.scale));
    }

    private static int checkScaleOf(BigInteger unscaled, long scale) {
        return new BigDecimal(unscaled, 0).checkScale(scale);
    }

    public BigDecimal multiply(BigDecimal multiplicand, MathContext mc) {
        return round(multiply(multiplicand), mc);
    }

    private void checkDivisor(BigDecimal divisor) {
        if (divisor.signum() == 0) {
            throw new ArithmeticException(signum() == 0 ? "Division undefined" : "Division by zero");
        }
    }

    /** The exact quotient, with a scale as close to this.scale - divisor.scale as it allows. */
    public BigDecimal divide(BigDecimal divisor) {
        checkDivisor(divisor);
        long preferredScale = (long) scale - divisor.scale;
        if (signum() == 0) {
            return new BigDecimal(BigInteger.ZERO, saturate(preferredScale));
        }
        BigInteger g = intVal.gcd(divisor.intVal);
        BigInteger num = intVal.divide(g);
        BigInteger den = divisor.intVal.divide(g);
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        // The quotient terminates only if the reduced denominator is 2^twos * 5^fives.
        int twos = den.getLowestSetBit();
        BigInteger rest = den.shiftRight(twos);
        int fives = 0;
        BigInteger five = BigInteger.valueOf(5);
        while (true) {
            BigInteger[] qr = rest.divideAndRemainder(five);
            if (qr[1].signum() != 0) {
                break;
            }
            rest = qr[0];
            fives++;
        }
        if (!rest.equals(BigInteger.ONE)) {
            throw new ArithmeticException("Non-terminating decimal expansion; no exact representable decimal result.");
        }
        int k = Math.max(twos, fives);
        BigInteger q = num.multiply(tenPow(k).divide(den));
        return stripZerosTo(q, preferredScale + k, preferredScale).checked();
    }

    private BigDecimal checked() {
        checkScale(scale);
        return this;
    }

    public BigDecimal divide(BigDecimal divisor, int scale, RoundingMode roundingMode) {
        if (divisor.signum() == 0) {
            throw new ArithmeticException(zeroDivisorMessage(divisor, scale));
        }
        return new BigDecimal(quotientAtScale(divisor, scale, roundingMode), scale);
    }

    /**
     * The JDK divides operands that still fit in a long after scaling with long arithmetic
     * ("/ by zero") and all others with BigInteger's message; a zero divisor shows which.
     */
    private String zeroDivisorMessage(BigDecimal divisor, long newScale) {
        long shift = newScale - scale + divisor.scale;
        boolean longPath = intVal.bitLength() < 64
                && (shift >= 0 ? fitsAfterScaling(intVal.longValue(), shift) : fitsAfterScaling(0, -shift));
        return longPath ? "/ by zero" : "BigInteger divide by zero";
    }

    private static boolean fitsAfterScaling(long val, long n) {
        if (n == 0) {
            return true;
        }
        if (n >= 19) {
            return false;
        }
        long tenPower = TEN_POWERS[(int) n].longValue();
        return val == 1 || Math.abs(val) <= Long.MAX_VALUE / tenPower;
    }

    private static RoundingMode legacyMode(int roundingMode) {
        if (roundingMode < ROUND_UP || roundingMode > ROUND_UNNECESSARY) {
            throw new IllegalArgumentException("Invalid rounding mode");
        }
        return RoundingMode.valueOf(roundingMode);
    }

    /** this / divisor as an unscaled value at the given scale, rounded by mode. */
    private BigInteger quotientAtScale(BigDecimal divisor, long newScale, RoundingMode mode) {
        BigInteger[] operands = scaledOperands(divisor, newScale);
        return divideAndRound(operands[0], operands[1], mode);
    }

    /** {num, den} with num / den == this / divisor * 10^newScale. */
    private BigInteger[] scaledOperands(BigDecimal divisor, long newScale) {
        BigInteger num = intVal;
        BigInteger den = divisor.intVal;
        long shift = newScale - scale + divisor.scale;
        if (shift >= 0) {
            num = num.multiply(tenPow(shift));
        } else {
            den = den.multiply(tenPow(-shift));
        }
        return new BigInteger[] {num, den};
    }

    public BigDecimal divide(BigDecimal divisor, int scale, int roundingMode) {
        return divide(divisor, scale, legacyMode(roundingMode));
    }

    public BigDecimal divide(BigDecimal divisor, RoundingMode roundingMode) {
        return divide(divisor, scale, roundingMode);
    }

    public BigDecimal divide(BigDecimal divisor, int roundingMode) {
        return divide(divisor, scale, legacyMode(roundingMode));
    }

    /**
     * The quotient rounded to mc's precision. An exact quotient keeps the scale closest to the
     * preferred this.scale - divisor.scale; a rounded one keeps all mc.precision digits.
     */
    public BigDecimal divide(BigDecimal divisor, MathContext mc) {
        if (mc.precision == 0) {
            return divide(divisor);
        }
        checkDivisor(divisor);
        long preferredScale = (long) scale - divisor.scale;
        if (signum() == 0) {
            return new BigDecimal(BigInteger.ZERO, saturate(preferredScale));
        }
        long adjustedThis = (long) precision() - scale - 1;
        long adjustedDivisor = (long) divisor.precision() - divisor.scale - 1;
        long newScale = mc.precision - (adjustedThis - adjustedDivisor) - 1;
        int truncatedDigits = digitCount(quotientAtScale(divisor, newScale, RoundingMode.DOWN));
        if (truncatedDigits < mc.precision) {
            newScale++;
        } else if (truncatedDigits > mc.precision) {
            newScale--;
        }
        BigInteger[] qr = scaledOperands(divisor, newScale);
        qr = qr[0].divideAndRemainder(qr[1]);
        if (qr[1].signum() == 0) {
            return stripZerosTo(qr[0], newScale, preferredScale).checked();
        }
        BigInteger q = quotientAtScale(divisor, newScale, mc.roundingMode);
        if (digitCount(q) > mc.precision) {
            q = q.divide(BigInteger.TEN); // rounding carried into a new digit: 99.9 -> 100
            newScale--;
        }
        return new BigDecimal(q, checkScaleOf(q, newScale));
    }

    public BigDecimal divideToIntegralValue(BigDecimal divisor) {
        checkDivisor(divisor);
        long preferredScale = (long) scale - divisor.scale;
        if (compareMagnitude(divisor) < 0 || signum() == 0) {
            return new BigDecimal(BigInteger.ZERO, saturate(preferredScale));
        }
        BigInteger q = quotientAtScale(divisor, 0, RoundingMode.DOWN);
        BigDecimal stripped = stripZerosTo(q, 0, preferredScale);
        if (stripped.scale < preferredScale) {
            return stripped.setScale(saturate(preferredScale), RoundingMode.UNNECESSARY);
        }
        return stripped;
    }

    public BigDecimal remainder(BigDecimal divisor) {
        return divideAndRemainder(divisor)[1];
    }

    public BigDecimal[] divideAndRemainder(BigDecimal divisor) {
        BigDecimal q = divideToIntegralValue(divisor);
        return new BigDecimal[] {q, subtract(q.multiply(divisor))};
    }

    public BigDecimal pow(int n) {
        if (n < 0 || n > 999999999) {
            throw new ArithmeticException("Invalid operation");
        }
        BigInteger p = intVal.pow(n);
        return new BigDecimal(p, checkScaleOf(p, (long) scale * n));
    }

    public BigDecimal abs() {
        return signum() < 0 ? negate() : this;
    }

    public BigDecimal abs(MathContext mc) {
        return round(abs(), mc);
    }

    public BigDecimal negate() {
        return new BigDecimal(intVal.negate(), scale);
    }

    public BigDecimal negate(MathContext mc) {
        return round(negate(), mc);
    }

    public BigDecimal plus() {
        return this;
    }

    public BigDecimal plus(MathContext mc) {
        return round(this, mc);
    }

    public BigDecimal round(MathContext mc) {
        return round(this, mc);
    }

    public int signum() {
        return intVal.signum();
    }

    public int scale() {
        return scale;
    }

    public int precision() {
        return digitCount(intVal);
    }

    public BigInteger unscaledValue() {
        return intVal;
    }

    public BigDecimal ulp() {
        return new BigDecimal(BigInteger.ONE, scale);
    }

    // ---- scale ----

    public BigDecimal setScale(int newScale, RoundingMode roundingMode) {
        if (newScale == scale) {
            return this;
        }
        if (signum() == 0) {
            return new BigDecimal(BigInteger.ZERO, newScale);
        }
        if (newScale > scale) {
            return new BigDecimal(intVal.multiply(tenPow((long) newScale - scale)), newScale);
        }
        return new BigDecimal(divideAndRound(intVal, tenPow((long) scale - newScale), roundingMode), newScale);
    }

    public BigDecimal setScale(int newScale, int roundingMode) {
        return setScale(newScale, legacyMode(roundingMode));
    }

    public BigDecimal setScale(int newScale) {
        return setScale(newScale, RoundingMode.UNNECESSARY);
    }

    public BigDecimal movePointLeft(int n) {
        if (n == 0) {
            return this;
        }
        BigDecimal moved = new BigDecimal(intVal, checkScale((long) scale + n));
        return moved.scale < 0 ? moved.setScale(0, RoundingMode.UNNECESSARY) : moved;
    }

    public BigDecimal movePointRight(int n) {
        if (n == 0) {
            return this;
        }
        BigDecimal moved = new BigDecimal(intVal, checkScale((long) scale - n));
        return moved.scale < 0 ? moved.setScale(0, RoundingMode.UNNECESSARY) : moved;
    }

    public BigDecimal scaleByPowerOfTen(int n) {
        return new BigDecimal(intVal, checkScale((long) scale - n));
    }

    public BigDecimal stripTrailingZeros() {
        if (signum() == 0) {
            return ZERO;
        }
        return stripZerosTo(intVal, scale, Long.MIN_VALUE).checked();
    }

    // ---- comparison ----

    private int compareMagnitude(BigDecimal val) {
        if (val.signum() == 0) {
            return signum() == 0 ? 0 : 1;
        }
        if (signum() == 0) {
            return -1;
        }
        long adjusted = (long) precision() - scale;
        long otherAdjusted = (long) val.precision() - val.scale;
        if (adjusted != otherAdjusted) {
            return adjusted < otherAdjusted ? -1 : 1;
        }
        BigInteger a = intVal.abs();
        BigInteger b = val.intVal.abs();
        if (scale < val.scale) {
            a = a.multiply(tenPow((long) val.scale - scale));
        } else if (scale > val.scale) {
            b = b.multiply(tenPow((long) scale - val.scale));
        }
        return a.compareTo(b);
    }

    public int compareTo(BigDecimal val) {
        int s = signum();
        int t = val.signum();
        if (s != t) {
            return s > t ? 1 : -1;
        }
        if (s == 0) {
            return 0;
        }
        int c = compareMagnitude(val);
        return s > 0 ? c : -c;
    }

    public boolean equals(Object x) {
        if (!(x instanceof BigDecimal)) {
            return false;
        }
        if (x == this) {
            return true;
        }
        BigDecimal other = (BigDecimal) x;
        return scale == other.scale && intVal.equals(other.intVal);
    }

    public int hashCode() {
        return 31 * intVal.hashCode() + scale;
    }

    public BigDecimal min(BigDecimal val) {
        return compareTo(val) <= 0 ? this : val;
    }

    public BigDecimal max(BigDecimal val) {
        return compareTo(val) >= 0 ? this : val;
    }

    // ---- strings ----

    public String toString() {
        return layout(true);
    }

    public String toEngineeringString() {
        return layout(false);
    }

    /** Scientific or engineering notation when the scale is negative or the value is tiny. */
    private String layout(boolean scientific) {
        String coefficient = intVal.abs().toString();
        StringBuilder sb = new StringBuilder();
        if (intVal.signum() < 0) {
            sb.append('-');
        }
        long adjusted = -(long) scale + (coefficient.length() - 1);
        if (scale == 0) {
            return sb.append(coefficient).toString();
        }
        if (scale > 0 && adjusted >= -6) {
            return appendPlain(sb, coefficient, scale).toString();
        }
        if (scientific) {
            sb.append(coefficient.charAt(0));
            if (coefficient.length() > 1) {
                sb.append('.').append(coefficient, 1, coefficient.length());
            }
        } else if (intVal.signum() == 0) {
            int r = (int) Math.floorMod(adjusted, 3L);
            if (r == 1) {
                sb.append("0.00");
                adjusted += 2;
            } else if (r == 2) {
                sb.append("0.0");
                adjusted += 1;
            } else {
                sb.append('0');
            }
        } else {
            int r = (int) Math.floorMod(adjusted, 3L);
            adjusted -= r;
            int intDigits = r + 1;
            if (coefficient.length() <= intDigits) {
                sb.append(coefficient);
                for (int i = coefficient.length(); i < intDigits; i++) {
                    sb.append('0');
                }
            } else {
                sb.append(coefficient, 0, intDigits).append('.').append(coefficient, intDigits, coefficient.length());
            }
        }
        if (adjusted != 0) {
            sb.append('E');
            if (adjusted > 0) {
                sb.append('+');
            }
            sb.append(adjusted);
        }
        return sb.toString();
    }

    private static StringBuilder appendPlain(StringBuilder sb, String coefficient, int scale) {
        int point = coefficient.length() - scale;
        if (point > 0) {
            return sb.append(coefficient, 0, point).append('.').append(coefficient, point, coefficient.length());
        }
        sb.append("0.");
        for (int i = point; i < 0; i++) {
            sb.append('0');
        }
        return sb.append(coefficient);
    }

    public String toPlainString() {
        if (scale == 0) {
            return intVal.toString();
        }
        if (scale < 0) {
            if (signum() == 0) {
                return "0";
            }
            StringBuilder sb = new StringBuilder(intVal.toString());
            for (int i = scale; i < 0; i++) {
                sb.append('0');
            }
            return sb.toString();
        }
        StringBuilder sb = new StringBuilder();
        if (intVal.signum() < 0) {
            sb.append('-');
        }
        return appendPlain(sb, intVal.abs().toString(), scale).toString();
    }

    // ---- conversion ----

    public BigInteger toBigInteger() {
        return setScale(0, RoundingMode.DOWN).intVal;
    }

    public BigInteger toBigIntegerExact() {
        return setScale(0, RoundingMode.UNNECESSARY).intVal;
    }

    public int intValue() {
        return toBigInteger().intValue();
    }

    public long longValue() {
        return toBigInteger().longValue();
    }

    public long longValueExact() {
        if (signum() == 0) {
            return 0;
        }
        if ((long) precision() - scale > 19) {
            throw new ArithmeticException("Overflow");
        }
        BigInteger whole = toBigIntegerExact();
        if (whole.bitLength() > 63) {
            throw new ArithmeticException("Overflow");
        }
        return whole.longValue();
    }

    public int intValueExact() {
        long v = longValueExact();
        if ((int) v != v) {
            throw new ArithmeticException("Overflow");
        }
        return (int) v;
    }

    public short shortValueExact() {
        long v = longValueExact();
        if ((short) v != v) {
            throw new ArithmeticException("Overflow");
        }
        return (short) v;
    }

    public byte byteValueExact() {
        long v = longValueExact();
        if ((byte) v != v) {
            throw new ArithmeticException("Overflow");
        }
        return (byte) v;
    }

    /** Correctly rounded, as Double.parseDouble rounds the decimal string. */
    public double doubleValue() {
        if (scale == 0 && intVal.bitLength() < 63) {
            return (double) intVal.longValue();
        }
        return Double.parseDouble(toString());
    }

    public float floatValue() {
        if (scale == 0 && intVal.bitLength() < 63) {
            return (float) intVal.longValue();
        }
        return Float.parseFloat(toString());
    }
}
