// A polyglot value: a number, string, null, native pointer, NFI object (library, symbol,
// function, signature, closure, struct) or Java host object, with GraalVM's query, conversion
// and execution methods. Numbers follow the polyglot rules: fitsInX answers whether the value
// converts to X exactly, asX converts or throws ClassCastException.
package org.graalvm.polyglot;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.graalvm.polyglot.proxy.ProxyExecutable;

public final class Value {

    private static final Object[] NO_ARGUMENTS = new Object[0];

    private final Context context;
    final Object receiver;

    Value(Context context, Object receiver) {
        this.context = context;
        this.receiver = receiver;
    }

    public Context getContext() {
        return context;
    }

    // --- null, booleans, strings ---

    public boolean isNull() {
        if (receiver == null) {
            return true;
        }
        NativeObject object = nativeObject();
        return object != null && (object.kind == NativeObject.POINTER || object.kind == NativeObject.NATIVE_STRING)
                && object.bits == 0;
    }

    public boolean isBoolean() {
        return receiver instanceof Boolean;
    }

    public boolean asBoolean() {
        if (receiver instanceof Boolean) {
            return (Boolean) receiver;
        }
        throw cannotConvert("boolean");
    }

    public boolean isString() {
        if (receiver instanceof String || receiver instanceof Character) {
            return true;
        }
        NativeObject object = nativeObject();
        return object != null && object.kind == NativeObject.NATIVE_STRING && object.bits != 0;
    }

    public String asString() {
        if (receiver instanceof String) {
            return (String) receiver;
        }
        if (receiver instanceof Character) {
            return receiver.toString();
        }
        if (isNull()) {
            return null;
        }
        NativeObject object = nativeObject();
        if (object != null && object.kind == NativeObject.NATIVE_STRING) {
            return NativeBridge.readString0(object.bits);
        }
        throw cannotConvert("java.lang.String");
    }

    // --- numbers ---

    public boolean isNumber() {
        if (receiver instanceof Byte || receiver instanceof Short || receiver instanceof Integer
                || receiver instanceof Long || receiver instanceof Float || receiver instanceof Double
                || receiver instanceof BigInteger) {
            return true;
        }
        NativeObject object = nativeObject();
        return object != null && object.kind == NativeObject.UNSIGNED;
    }

    public boolean fitsInByte() {
        return fitsInRange(Byte.MIN_VALUE, Byte.MAX_VALUE);
    }

    public boolean fitsInShort() {
        return fitsInRange(Short.MIN_VALUE, Short.MAX_VALUE);
    }

    public boolean fitsInInt() {
        return fitsInRange(Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    public boolean fitsInLong() {
        return fitsInRange(Long.MIN_VALUE, Long.MAX_VALUE);
    }

    public boolean fitsInBigInteger() {
        if (isIntegral() || unsignedBits() != null || receiver instanceof BigInteger) {
            return true;
        }
        if (receiver instanceof Float || receiver instanceof Double) {
            double d = ((Number) receiver).doubleValue();
            return !Double.isInfinite(d) && !Double.isNaN(d) && d == Math.rint(d) && !isNegativeZero(d);
        }
        return false;
    }

    public boolean fitsInFloat() {
        return fitsInMantissa(24, true);
    }

    public boolean fitsInDouble() {
        return fitsInMantissa(53, false);
    }

    public byte asByte() {
        if (!fitsInByte()) {
            throw cannotConvert("byte");
        }
        return (byte) exactLong();
    }

    public short asShort() {
        if (!fitsInShort()) {
            throw cannotConvert("short");
        }
        return (short) exactLong();
    }

    public int asInt() {
        if (receiver instanceof Long) {  // what native integer results are
            long v = (Long) receiver;
            if (v == (int) v) {
                return (int) v;
            }
        }
        if (!fitsInInt()) {
            throw cannotConvert("int");
        }
        return (int) exactLong();
    }

    public long asLong() {
        if (!fitsInLong()) {
            throw cannotConvert("long");
        }
        return exactLong();
    }

    public BigInteger asBigInteger() {
        if (!fitsInBigInteger()) {
            throw cannotConvert("java.math.BigInteger");
        }
        if (receiver instanceof BigInteger) {
            return (BigInteger) receiver;
        }
        Long unsigned = unsignedBits();
        if (unsigned != null) {
            return new BigInteger(Long.toUnsignedString(unsigned));
        }
        if (isIntegral()) {
            return BigInteger.valueOf(((Number) receiver).longValue());
        }
        return new BigDecimal(((Number) receiver).doubleValue()).toBigInteger();
    }

    public float asFloat() {
        if (!fitsInFloat()) {
            throw cannotConvert("float");
        }
        Long unsigned = unsignedBits();
        if (unsigned != null) {
            return (float) unsignedToDouble(unsigned);
        }
        return ((Number) receiver).floatValue();
    }

    public double asDouble() {
        if (!fitsInDouble()) {
            throw cannotConvert("double");
        }
        Long unsigned = unsignedBits();
        if (unsigned != null) {
            return unsignedToDouble(unsigned);
        }
        return ((Number) receiver).doubleValue();
    }

    private boolean isIntegral() {
        return receiver instanceof Long || receiver instanceof Integer || receiver instanceof Short
                || receiver instanceof Byte;
    }

    private Long unsignedBits() {
        NativeObject object = nativeObject();
        return object != null && object.kind == NativeObject.UNSIGNED ? object.bits : null;
    }

    private boolean fitsInRange(long min, long max) {
        if (isIntegral()) {
            long v = ((Number) receiver).longValue();
            return v >= min && v <= max;
        }
        if (receiver instanceof BigInteger) {
            BigInteger big = (BigInteger) receiver;
            return big.bitLength() < 64 && big.longValue() >= min && big.longValue() <= max;
        }
        if (receiver instanceof Float || receiver instanceof Double) {
            double d = ((Number) receiver).doubleValue();
            // -0.0 is not an integer value; 2^63 is the first double above Long.MAX_VALUE.
            return d == Math.rint(d) && !isNegativeZero(d) && d >= -0x1p63 && d < 0x1p63
                    && (long) d >= min && (long) d <= max;
        }
        return false;  // UNSIGNED values are above Long.MAX_VALUE
    }

    // The exact integer value of a receiver that fitsInLong.
    private long exactLong() {
        if (receiver instanceof BigInteger) {
            return ((BigInteger) receiver).longValue();
        }
        if (isIntegral()) {
            return ((Number) receiver).longValue();
        }
        return (long) ((Number) receiver).doubleValue();
    }

    private boolean fitsInMantissa(int digits, boolean isFloat) {
        if (receiver instanceof Float) {
            return true;
        }
        if (receiver instanceof Double) {
            double d = (Double) receiver;
            return !isFloat || Double.isNaN(d) || (double) (float) d == d;
        }
        if (isIntegral()) {
            long v = ((Number) receiver).longValue();
            return v == Long.MIN_VALUE || significantBits(Math.abs(v)) <= digits;
        }
        Long unsigned = unsignedBits();
        if (unsigned != null) {
            return significantBits(unsigned) <= digits;
        }
        if (receiver instanceof BigInteger) {
            BigInteger big = ((BigInteger) receiver).abs();
            return big.signum() == 0 || (big.bitLength() <= (isFloat ? 128 : 1024)
                    && big.bitLength() - big.getLowestSetBit() <= digits);
        }
        return false;
    }

    // Bits between the highest and lowest set bit of an unsigned 64-bit magnitude.
    private static int significantBits(long magnitude) {
        if (magnitude == 0) {
            return 0;
        }
        return 64 - Long.numberOfLeadingZeros(magnitude) - Long.numberOfTrailingZeros(magnitude);
    }

    private static double unsignedToDouble(long bits) {
        double high = (double) (bits >>> 1) * 2.0;
        return high + (bits & 1);
    }

    private static boolean isNegativeZero(double d) {
        return d == 0.0 && Double.doubleToRawLongBits(d) != 0L;
    }

    // --- native pointers ---

    public boolean isNativePointer() {
        NativeObject object = nativeObject();
        if (object == null) {
            return false;
        }
        return object.kind == NativeObject.POINTER || object.kind == NativeObject.NATIVE_STRING
                || object.has(NativeObject.FLAG_POINTER);
    }

    public long asNativePointer() {
        NativeObject object = nativeObject();
        if (object != null) {
            if (object.kind == NativeObject.POINTER || object.kind == NativeObject.NATIVE_STRING) {
                return object.bits;
            }
            if (object.has(NativeObject.FLAG_POINTER)) {
                context.checkOpen();
                return NativeBridge.asPointer0(object.bits);
            }
        }
        throw unsupported("asNativePointer()", "isNativePointer()");
    }

    // --- execution and members ---

    public boolean canExecute() {
        if (receiver instanceof ProxyExecutable) {
            return true;
        }
        NativeObject object = nativeObject();
        return object != null && object.has(NativeObject.FLAG_EXECUTABLE);
    }

    public Value execute(Object... arguments) {
        if (arguments == null) {
            arguments = NO_ARGUMENTS;
        }
        // Native functions first: this is the hot path of every NFI call from Java.
        if (receiver instanceof NativeObject) {
            NativeObject object = (NativeObject) receiver;
            if (object.has(NativeObject.FLAG_EXECUTABLE)) {
                return executeNative(object, arguments);
            }
        } else if (receiver instanceof ProxyExecutable) {
            Value[] values = new Value[arguments.length];
            for (int i = 0; i < arguments.length; i++) {
                values[i] = context.asValue(arguments[i]);
            }
            return context.asValue(((ProxyExecutable) receiver).execute(values));
        }
        throw unsupported("execute(Object...)", "canExecute()");
    }

    private Value executeNative(NativeObject object, Object[] arguments) {
        context.checkOpen();
        Object[] unwrapped = Context.unwrapAll(arguments);
        Object result;
        try {
            result = NativeBridge.execute0(context, object.bits, unwrapped);
        } catch (PolyglotException e) {
            throw e;
        } catch (RuntimeException | Error e) {
            throw new PolyglotException(e);  // thrown by a Java callback
        }
        return context.wrap(result);
    }

    public void executeVoid(Object... arguments) {
        execute(arguments);
    }

    public boolean hasMembers() {
        NativeObject object = nativeObject();
        return object != null && object.has(NativeObject.FLAG_MEMBERS);
    }

    public boolean hasMember(String identifier) {
        NativeObject object = nativeObject();
        if (object == null || !object.has(NativeObject.FLAG_MEMBERS)) {
            return false;
        }
        context.checkOpen();
        return NativeBridge.hasMember0(object.bits, identifier);
    }

    // The member, or null when there is none (GraalVM's contract).
    public Value getMember(String identifier) {
        NativeObject object = nativeObject();
        if (object == null || !object.has(NativeObject.FLAG_MEMBERS)) {
            throw unsupported("getMember(String)", "hasMembers()");
        }
        context.checkOpen();
        if (!NativeBridge.hasMember0(object.bits, identifier)) {
            return null;
        }
        return context.wrap(NativeBridge.getMember0(context, object.bits, identifier));
    }

    public Set<String> getMemberKeys() {
        NativeObject object = nativeObject();
        if (object == null || !object.has(NativeObject.FLAG_MEMBERS)) {
            return Collections.emptySet();
        }
        context.checkOpen();
        Set<String> keys = new LinkedHashSet<>();
        Collections.addAll(keys, NativeBridge.memberKeys0(object.bits));
        return Collections.unmodifiableSet(keys);
    }

    public boolean canInvokeMember(String identifier) {
        return hasMember(identifier);
    }

    public Value invokeMember(String identifier, Object... arguments) {
        NativeObject object = nativeObject();
        if (object == null || !object.has(NativeObject.FLAG_MEMBERS)) {
            throw unsupported("invokeMember(String, Object...)", "hasMembers()");
        }
        context.checkOpen();
        Object[] unwrapped = Context.unwrapAll(arguments == null ? NO_ARGUMENTS : arguments);
        Object result;
        try {
            result = NativeBridge.invokeMember0(context, object.bits, identifier, unwrapped);
        } catch (PolyglotException e) {
            throw e;
        } catch (RuntimeException | Error e) {
            throw new PolyglotException(e);
        }
        return context.wrap(result);
    }

    // --- structs (islet's STRUCT(...) results) as arrays of their fields ---

    public boolean hasArrayElements() {
        NativeObject object = nativeObject();
        return object != null && object.has(NativeObject.FLAG_STRUCT);
    }

    public long getArraySize() {
        return structFields().length;
    }

    public Value getArrayElement(long index) {
        Object[] fields = structFields();
        if (index < 0 || index >= fields.length) {
            throw new ArrayIndexOutOfBoundsException("Invalid array index " + index + " for array of size "
                    + fields.length + ".");
        }
        return new Value(context, fields[(int) index]);
    }

    private Object[] structFields() {
        NativeObject object = nativeObject();
        if (object == null || !object.has(NativeObject.FLAG_STRUCT)) {
            throw unsupported("getArrayElement(long)", "hasArrayElements()");
        }
        context.checkOpen();
        Object[] fields = NativeBridge.structFields0(context, object.bits);
        for (Object field : fields) {
            context.adopt(field);  // each call makes new handles: track them all
        }
        return fields;
    }

    // --- host objects and generic conversion ---

    public boolean isHostObject() {
        return receiver != null && !(receiver instanceof NativeObject) && !isNumber() && !isString()
                && !isBoolean() && !(receiver instanceof ProxyExecutable);
    }

    public Object asHostObject() {
        if (!isHostObject()) {
            throw unsupported("asHostObject()", "isHostObject()");
        }
        return receiver;
    }

    public boolean isProxyObject() {
        return receiver instanceof ProxyExecutable;
    }

    public <T extends org.graalvm.polyglot.proxy.Proxy> T asProxyObject() {
        if (!isProxyObject()) {
            throw unsupported("asProxyObject()", "isProxyObject()");
        }
        @SuppressWarnings("unchecked")
        T proxy = (T) receiver;
        return proxy;
    }

    @SuppressWarnings("unchecked")
    public <T> T as(Class<T> targetType) {
        if (targetType == null) {
            throw new NullPointerException("targetType");
        }
        if (targetType == Value.class) {
            return (T) this;
        }
        if (targetType.isPrimitive()) {
            if (isNull()) {
                throw new NullPointerException("Cannot convert null value 'null' to Java type '"
                        + targetType.getName() + "'.");
            }
            return (T) asPrimitive(targetType);
        }
        if (isNull()) {
            return null;
        }
        if (targetType == Integer.class || targetType == Long.class || targetType == Short.class
                || targetType == Byte.class || targetType == Float.class || targetType == Double.class
                || targetType == Boolean.class) {
            return (T) asPrimitive(targetType);
        }
        if (targetType == String.class || targetType == CharSequence.class) {
            return (T) asString();
        }
        if (targetType == BigInteger.class) {
            return (T) asBigInteger();
        }
        if (targetType == Number.class) {
            if (!isNumber()) {
                throw cannotConvert("java.lang.Number");
            }
            return (T) (unsignedBits() != null ? asBigInteger() : receiver);
        }
        if (targetType == Object.class) {
            if (isString()) {
                return (T) asString();
            }
            if (unsignedBits() != null) {
                return (T) asBigInteger();
            }
            return (T) (receiver instanceof NativeObject ? this : receiver);
        }
        if (targetType.isInstance(receiver)) {
            return (T) receiver;
        }
        throw cannotConvert(targetType.getName());
    }

    private Object asPrimitive(Class<?> type) {
        if (type == int.class || type == Integer.class) {
            return asInt();
        }
        if (type == long.class || type == Long.class) {
            return asLong();
        }
        if (type == double.class || type == Double.class) {
            return asDouble();
        }
        if (type == float.class || type == Float.class) {
            return asFloat();
        }
        if (type == short.class || type == Short.class) {
            return asShort();
        }
        if (type == byte.class || type == Byte.class) {
            return asByte();
        }
        if (type == boolean.class || type == Boolean.class) {
            return asBoolean();
        }
        throw cannotConvert(type.getName());
    }

    @Override
    public String toString() {
        if (receiver == null) {
            return "null";
        }
        NativeObject object = nativeObject();
        if (object == null) {
            return receiver.toString();
        }
        switch (object.kind) {
            case NativeObject.UNSIGNED:
                return Long.toUnsignedString(object.bits);
            case NativeObject.POINTER:
                return "NativePointer(0x" + Long.toHexString(object.bits) + ")";
            case NativeObject.NATIVE_STRING:
                return object.bits == 0 ? "NativeString(null)" : NativeBridge.readString0(object.bits);
            default:
                context.checkOpen();
                return NativeBridge.describe0(object.bits);
        }
    }

    private NativeObject nativeObject() {
        return receiver instanceof NativeObject ? (NativeObject) receiver : null;
    }

    private ClassCastException cannotConvert(String javaType) {
        return new ClassCastException("Cannot convert '" + this + "' to Java " + javaType
                + (isNumber() ? ": Invalid or lossy primitive coercion." : "."));
    }

    private UnsupportedOperationException unsupported(String operation, String check) {
        return new UnsupportedOperationException("Unsupported operation Value." + operation + " for '" + this
                + "'. You can ensure that the operation is supported using Value." + check + ".");
    }
}
