// The double box: IEEE 754 bit conversions, Java-format printing and parsing (the digit
// conversions themselves are VM natives), and the JDK's total order with -0.0 < 0.0 < NaN.
package java.lang;

public final class Double extends Number
        implements Comparable<Double>, java.lang.constant.Constable, java.lang.constant.ConstantDesc {

    public static final double POSITIVE_INFINITY = 1.0 / 0.0;
    public static final double NEGATIVE_INFINITY = -1.0 / 0.0;
    public static final double NaN = 0.0d / 0.0;
    public static final double MAX_VALUE = 0x1.fffffffffffffP+1023;
    public static final double MIN_NORMAL = 0x1.0p-1022;
    public static final double MIN_VALUE = 0x0.0000000000001P-1022;
    public static final int MAX_EXPONENT = 1023;
    public static final int MIN_EXPONENT = -1022;
    public static final int SIZE = 64;
    public static final int BYTES = 8;

    @SuppressWarnings("unchecked")
    public static final Class<Double> TYPE = (Class<Double>) Class.getPrimitiveClass("double");

    private final double value;

    @Deprecated(since = "9")
    public Double(double value) {
        this.value = value;
    }

    @Deprecated(since = "9")
    public Double(String s) throws NumberFormatException {
        this.value = parseDouble(s);
    }

    // ---- Natives (see classlib/README.md) ----

    public static native long doubleToRawLongBits(double value);

    public static native double longBitsToDouble(long bits);

    private static native String toString0(double d);

    private static native double parseDouble0(String s);

    // ---- Conversions ----

    public static String toString(double d) {
        return toString0(d);
    }

    public static String toHexString(double d) {
        return FloatingSyntax.toHexString(d);
    }

    public static double parseDouble(String s) throws NumberFormatException {
        FloatingSyntax.Parsed parsed = FloatingSyntax.parse(s);
        switch (parsed.kind) {
            case FloatingSyntax.NAN: return NaN;
            case FloatingSyntax.POSITIVE_INFINITY: return POSITIVE_INFINITY;
            case FloatingSyntax.NEGATIVE_INFINITY: return NEGATIVE_INFINITY;
            default: return parseDouble0(parsed.text);
        }
    }

    public static Double valueOf(String s) throws NumberFormatException {
        return new Double(parseDouble(s));
    }

    public static Double valueOf(double d) {
        return new Double(d);
    }

    public static long doubleToLongBits(double value) {
        if (value != value) {
            return 0x7ff8000000000000L; // the canonical NaN
        }
        return doubleToRawLongBits(value);
    }

    // ---- Queries ----

    public static boolean isNaN(double v) {
        return v != v;
    }

    public static boolean isInfinite(double v) {
        return v == POSITIVE_INFINITY || v == NEGATIVE_INFINITY;
    }

    public static boolean isFinite(double d) {
        return Math.abs(d) <= MAX_VALUE;
    }

    public boolean isNaN() {
        return isNaN(value);
    }

    public boolean isInfinite() {
        return isInfinite(value);
    }

    public String toString() {
        return toString(value);
    }

    public byte byteValue() {
        return (byte) value;
    }

    public short shortValue() {
        return (short) value;
    }

    public int intValue() {
        return (int) value;
    }

    public long longValue() {
        return (long) value;
    }

    public float floatValue() {
        return (float) value;
    }

    public double doubleValue() {
        return value;
    }

    // ---- Equality and ordering (by bits, so NaN equals NaN and 0.0 differs from -0.0) ----

    public int hashCode() {
        return hashCode(value);
    }

    public static int hashCode(double value) {
        long bits = doubleToLongBits(value);
        return (int) (bits ^ (bits >>> 32));
    }

    public boolean equals(Object obj) {
        return obj instanceof Double && doubleToLongBits(((Double) obj).value) == doubleToLongBits(value);
    }

    public int compareTo(Double anotherDouble) {
        return compare(value, anotherDouble.value);
    }

    public static int compare(double d1, double d2) {
        if (d1 < d2) {
            return -1;
        }
        if (d1 > d2) {
            return 1;
        }
        long thisBits = doubleToLongBits(d1);
        long anotherBits = doubleToLongBits(d2);
        return (thisBits == anotherBits ? 0 : (thisBits < anotherBits ? -1 : 1));
    }

    public static double sum(double a, double b) {
        return a + b;
    }

    public static double max(double a, double b) {
        return Math.max(a, b);
    }

    public static double min(double a, double b) {
        return Math.min(a, b);
    }

    // ---- Nominal descriptors ----

    public java.util.Optional<Double> describeConstable() {
        return java.util.Optional.of(this);
    }

    public Double resolveConstantDesc(java.lang.invoke.MethodHandles.Lookup lookup) {
        return this;
    }
}
