// The float box: IEEE 754 bit conversions, Java-format printing and parsing (the digit
// conversions themselves are VM natives), and the JDK's total order with -0.0f < 0.0f < NaN.
package java.lang;

public final class Float extends Number
        implements Comparable<Float>, java.lang.constant.Constable, java.lang.constant.ConstantDesc {

    public static final float POSITIVE_INFINITY = 1.0f / 0.0f;
    public static final float NEGATIVE_INFINITY = -1.0f / 0.0f;
    public static final float NaN = 0.0f / 0.0f;
    public static final float MAX_VALUE = 0x1.fffffeP+127f;
    public static final float MIN_NORMAL = 0x1.0p-126f;
    public static final float MIN_VALUE = 0x0.000002P-126f;
    public static final int MAX_EXPONENT = 127;
    public static final int MIN_EXPONENT = -126;
    public static final int SIZE = 32;
    public static final int BYTES = 4;

    @SuppressWarnings("unchecked")
    public static final Class<Float> TYPE = (Class<Float>) Class.getPrimitiveClass("float");

    private final float value;

    @Deprecated(since = "9")
    public Float(float value) {
        this.value = value;
    }

    @Deprecated(since = "9")
    public Float(double value) {
        this.value = (float) value;
    }

    @Deprecated(since = "9")
    public Float(String s) throws NumberFormatException {
        this.value = parseFloat(s);
    }

    // ---- Natives (see classlib/README.md) ----

    public static native int floatToRawIntBits(float value);

    public static native float intBitsToFloat(int bits);

    private static native String toString0(float f);

    private static native float parseFloat0(String s);

    // ---- Conversions ----

    public static String toString(float f) {
        return toString0(f);
    }

    public static String toHexString(float f) {
        if (Math.abs(f) < MIN_NORMAL && f != 0.0f) {
            // Subnormal: print with float's exponent range, i.e. relative to 2^-126.
            String s = FloatingSyntax.toHexString(Math.scalb((double) f, Double.MIN_EXPONENT - MIN_EXPONENT));
            return s.substring(0, s.length() - "p-1022".length()) + "p-126";
        }
        return FloatingSyntax.toHexString(f);
    }

    public static float parseFloat(String s) throws NumberFormatException {
        FloatingSyntax.Parsed parsed = FloatingSyntax.parse(s);
        switch (parsed.kind) {
            case FloatingSyntax.NAN: return NaN;
            case FloatingSyntax.POSITIVE_INFINITY: return POSITIVE_INFINITY;
            case FloatingSyntax.NEGATIVE_INFINITY: return NEGATIVE_INFINITY;
            default: return parseFloat0(parsed.text);
        }
    }

    public static Float valueOf(String s) throws NumberFormatException {
        return new Float(parseFloat(s));
    }

    public static Float valueOf(float f) {
        return new Float(f);
    }

    public static int floatToIntBits(float value) {
        if (value != value) {
            return 0x7fc00000; // the canonical NaN
        }
        return floatToRawIntBits(value);
    }

    // ---- Queries ----

    public static boolean isNaN(float v) {
        return v != v;
    }

    public static boolean isInfinite(float v) {
        return v == POSITIVE_INFINITY || v == NEGATIVE_INFINITY;
    }

    public static boolean isFinite(float f) {
        return Math.abs(f) <= MAX_VALUE;
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
        return value;
    }

    public double doubleValue() {
        return (double) value;
    }

    // ---- Equality and ordering (by bits) ----

    public int hashCode() {
        return hashCode(value);
    }

    public static int hashCode(float value) {
        return floatToIntBits(value);
    }

    public boolean equals(Object obj) {
        return obj instanceof Float && floatToIntBits(((Float) obj).value) == floatToIntBits(value);
    }

    public int compareTo(Float anotherFloat) {
        return compare(value, anotherFloat.value);
    }

    public static int compare(float f1, float f2) {
        if (f1 < f2) {
            return -1;
        }
        if (f1 > f2) {
            return 1;
        }
        int thisBits = floatToIntBits(f1);
        int anotherBits = floatToIntBits(f2);
        return (thisBits == anotherBits ? 0 : (thisBits < anotherBits ? -1 : 1));
    }

    public static float sum(float a, float b) {
        return a + b;
    }

    public static float max(float a, float b) {
        return Math.max(a, b);
    }

    public static float min(float a, float b) {
        return Math.min(a, b);
    }

    // ---- Nominal descriptors ----

    public java.util.Optional<Float> describeConstable() {
        return java.util.Optional.of(this);
    }

    public Float resolveConstantDesc(java.lang.invoke.MethodHandles.Lookup lookup) {
        return this;
    }
}
