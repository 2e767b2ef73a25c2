// The value conversions of MethodHandle.asType (and explicitCastArguments) on boxed values, with
// the exceptions and messages HotSpot 17's conversion code produces.
package java.lang.invoke;

import jdk.internal.reflect.Reflection;

final class ValueConversions {

    private ValueConversions() {}

    /** Whether every parameter of newType converts to target's and target's return to newType's. */
    static boolean canConvert(MethodType newType, MethodType target) {
        if (newType.parameterCount() != target.parameterCount()) {
            return false;
        }
        for (int i = 0; i < newType.parameterCount(); i++) {
            if (!canConvert(newType.parameterType(i), target.parameterType(i))) {
                return false;
            }
        }
        return canConvert(target.returnType(), newType.returnType());
    }

    /** asType's rules for one value: widening, boxing to a supertype, unboxing from a possible wrapper. */
    static boolean canConvert(Class<?> from, Class<?> to) {
        if (from == to || from == void.class || to == void.class) {
            return true;
        }
        if (from.isPrimitive()) {
            if (to.isPrimitive()) {
                return Reflection.isWidening(from, to);
            }
            return to.isAssignableFrom(Reflection.wrapperOf(from));
        }
        if (to.isPrimitive()) {
            if (from.isAssignableFrom(Reflection.wrapperOf(to))) {
                return true;
            }
            Class<?> unwrapped = MethodType.unwrapper(from);
            return unwrapped != from && Reflection.isWidening(unwrapped, to);
        }
        return true;
    }

    /** Converts value (of declared type `from`, primitives boxed) to declared type `to`. */
    static Object convert(Object value, Class<?> from, Class<?> to) {
        if (from == to) {
            return value;
        }
        if (to == void.class) {
            return null;
        }
        if (from == void.class) {
            return to.isPrimitive() ? zero(to) : null;
        }
        if (from.isPrimitive()) {
            return to.isPrimitive() ? Reflection.widen(value, to) : value;
        }
        if (to.isPrimitive()) {
            return unbox(value, from, to);
        }
        if (value != null && !to.isInterface() && !to.isInstance(value)) {
            throw new ClassCastException("Cannot cast " + value.getClass().getName() + " to " + to.getName());
        }
        return value;
    }

    private static Object unbox(Object value, Class<?> from, Class<?> to) {
        Class<?> fromPrimitive = MethodType.unwrapper(from);
        if (fromPrimitive != from) {
            if (value == null) {
                throw new NullPointerException("Cannot invoke \"" + from.getName() + "." + fromPrimitive.getName()
                        + "Value()\" because \"x\" is null");
            }
            return Reflection.widen(value, to);
        }
        if (value == null) {
            throw new NullPointerException("Cannot invoke \"java.lang.Number." + valueMethod(to)
                    + "()\" because the return value of \"sun.invoke.util.ValueConversions.primitiveConversion("
                    + "sun.invoke.util.Wrapper, Object, boolean)\" is null");
        }
        if (!(value instanceof Character) && !(value instanceof Boolean)) {
            Number unused = (Number) value; // throws the VM's ClassCastException for non-wrappers
        }
        Object widened = Reflection.widen(value, to);
        if (widened == null) {
            throw new ClassCastException("Cannot cast " + value.getClass().getName() + " to "
                    + Reflection.wrapperOf(to).getName());
        }
        return widened;
    }

    private static String valueMethod(Class<?> primitive) {
        if (primitive == boolean.class || primitive == char.class) {
            return "intValue";
        }
        return primitive.getName() + "Value";
    }

    static Object zero(Class<?> type) {
        if (type == int.class) return 0;
        if (type == long.class) return 0L;
        if (type == boolean.class) return false;
        if (type == double.class) return 0.0;
        if (type == float.class) return 0.0f;
        if (type == char.class) return (char) 0;
        if (type == byte.class) return (byte) 0;
        if (type == short.class) return (short) 0;
        return null;
    }

    /** explicitCastArguments: like convert, but primitives also narrow and booleans use the low bit. */
    static Object cast(Object value, Class<?> from, Class<?> to) {
        if (from == to || to == void.class || from == void.class) {
            return convert(value, from, to);
        }
        if (to.isPrimitive()) {
            if (value == null) {
                return zero(to);
            }
            Class<?> primitive = Reflection.primitiveOf(value);
            if (primitive == null) {
                Number unused = (Number) value;
            }
            return castPrimitive(value, to);
        }
        if (from.isPrimitive()) {
            Class<?> unwrappedTo = MethodType.unwrapper(to);
            Object boxed = unwrappedTo != to ? castPrimitive(value, unwrappedTo) : value;
            return convert(boxed, Reflection.wrapperOf(unwrappedTo != to ? unwrappedTo : from), to);
        }
        return convert(value, from, to);
    }

    private static Object castPrimitive(Object value, Class<?> to) {
        long bits;
        double real;
        if (value instanceof Boolean) {
            bits = (Boolean) value ? 1 : 0;
            real = bits;
        } else if (value instanceof Character) {
            bits = (Character) value;
            real = bits;
        } else {
            Number n = (Number) value;
            bits = n.longValue();
            real = n.doubleValue();
        }
        boolean floating = value instanceof Float || value instanceof Double;
        if (to == boolean.class) return (floating ? (long) real : bits) % 2 != 0;
        if (to == int.class) return floating ? (int) real : (int) bits;
        if (to == long.class) return floating ? (long) real : bits;
        if (to == short.class) return floating ? (short) (int) real : (short) bits;
        if (to == byte.class) return floating ? (byte) (int) real : (byte) bits;
        if (to == char.class) return floating ? (char) (int) real : (char) bits;
        if (to == float.class) return floating ? (float) real : (float) bits;
        return floating ? real : (double) bits;
    }
}
