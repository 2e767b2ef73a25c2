// The VM side of reflection (natives in src/natives/reflect_natives.cpp) plus the access checks and
// messages the reflective API shares. A member is named by its declaring class and its slot: the
// index among the class's declared fields or methods, in class-file order.
package jdk.internal.reflect;

import java.lang.reflect.Modifier;

public final class Reflection {

    private Reflection() {}

    // ---- Natives: see classlib/README.md ----

    /** The class of the method that called the library method calling this (reflection frames skipped). */
    public static native Class<?> getCallerClass();

    public static native int fieldCount(Class<?> c);
    public static native String fieldName(Class<?> c, int slot);
    public static native Class<?> fieldType(Class<?> c, int slot);
    public static native int fieldModifiers(Class<?> c, int slot);
    public static native String fieldSignature(Class<?> c, int slot);
    /** The value of a field, primitives boxed; initializes the class for static fields. */
    public static native Object getFieldValue(Class<?> c, int slot, Object receiver);
    /** Stores a value already converted to the field's exact wrapper (or reference type). */
    public static native void setFieldValue(Class<?> c, int slot, Object receiver, Object value);

    public static native int methodCount(Class<?> c);
    public static native String methodName(Class<?> c, int slot);
    public static native String methodDescriptor(Class<?> c, int slot);
    public static native String methodSignature(Class<?> c, int slot);
    public static native int methodModifiers(Class<?> c, int slot);
    public static native Class<?>[] methodParameterTypes(Class<?> c, int slot);
    public static native Class<?> methodReturnType(Class<?> c, int slot);
    public static native Class<?>[] methodExceptionTypes(Class<?> c, int slot);
    /**
     * Calls a method with arguments already converted to the exact parameter types; the
     * callee's exception propagates unwrapped. dispatch: select the receiver's override.
     */
    public static native Object invokeMethod(Class<?> c, int slot, Object receiver, Object[] args,
            boolean dispatch);
    /** Initializes the class, allocates an instance and runs the constructor at slot. */
    public static native Object newInstance(Class<?> c, int slot, Object[] args);
    public static native Object allocateInstance(Class<?> c);
    public static native void ensureInitialized(Class<?> c);

    /** JVMS 5.4.4 access of a member with `modifiers` declared in `declaring`, from `caller`. */
    public static native boolean verifyMemberAccess(Class<?> caller, Class<?> declaring, int modifiers);
    public static native boolean isBootClass(Class<?> c);

    public static final int CLASS_ANNOTATIONS = 0, FIELD_ANNOTATIONS = 1, METHOD_ANNOTATIONS = 2,
            PARAMETER_ANNOTATIONS = 3, ANNOTATION_DEFAULT = 4, RECORD_COMPONENT_ANNOTATIONS = 5;
    /** The raw attribute body (RuntimeVisibleAnnotations, ...), or null when absent. */
    public static native byte[] rawAnnotations(Class<?> c, int kind, int slot);
    public static native String cpUtf8(Class<?> c, int index);
    public static native int cpInt(Class<?> c, int index);
    public static native long cpLong(Class<?> c, int index);
    public static native float cpFloat(Class<?> c, int index);
    public static native double cpDouble(Class<?> c, int index);
    /** The class a field descriptor names, loaded through context's loader (or "V"). */
    public static native Class<?> typeFromDescriptor(String descriptor, Class<?> context);

    /** {enclosing class, method name, method descriptor} from EnclosingMethod, or null. */
    public static native Object[] enclosingMethodInfo(Class<?> c);
    public static native Class<?>[] declaredClasses(Class<?> c);
    public static native Class<?>[] permittedSubclasses(Class<?> c);
    /** -1 when the class has no Record attribute. */
    public static native int recordComponentCount(Class<?> c);
    public static native String recordComponentName(Class<?> c, int index);
    public static native String recordComponentDescriptor(Class<?> c, int index);
    public static native String recordComponentSignature(Class<?> c, int index);
    public static native String classSignature(Class<?> c);
    public static native String sourceFileName(Class<?> c);

    /** Defines a proxy class whose method i forwards to Proxy.dispatch(proxy, i, args). */
    public static native Class<?> defineProxyClass(String name, Class<?>[] interfaces, String[] names,
            String[] descriptors);

    // ---- Creating reflection objects (their constructors are package-private) ----

    /** Implemented in java.lang.reflect, installed when AccessibleObject is initialized. */
    public interface Factory {
        java.lang.reflect.Field newField(Class<?> declaring, int slot);
        java.lang.reflect.Method newMethod(Class<?> declaring, int slot);
        <T> java.lang.reflect.Constructor<T> newConstructor(Class<T> declaring, int slot);
        java.lang.reflect.Field copy(java.lang.reflect.Field root);
        java.lang.reflect.Method copy(java.lang.reflect.Method root);
        <T> java.lang.reflect.Constructor<T> copy(java.lang.reflect.Constructor<T> root);
        int slotOf(java.lang.reflect.Member member);
        java.lang.reflect.RecordComponent newRecordComponent(Class<?> declaring, int index);
    }

    private static Factory factory;

    public static void installFactory(Factory f) {
        factory = f;
    }

    public static Factory factory() {
        if (factory == null) {
            ensureInitialized(java.lang.reflect.AccessibleObject.class);
        }
        return factory;
    }

    // ---- Access checks ----

    /** Throws HotSpot's IllegalAccessException unless caller may use the member. */
    public static void checkMemberAccess(Class<?> caller, Class<?> declaring, int modifiers)
            throws IllegalAccessException {
        if (caller == declaring || verifyMemberAccess(caller, declaring, modifiers)) {
            return;
        }
        throw new IllegalAccessException(accessMessage(caller, declaring, modifiers));
    }

    public static String accessMessage(Class<?> caller, Class<?> declaring, int modifiers) {
        String where = isBootClass(declaring) && !isBootClass(caller) ? " (in module java.base)" : "";
        String callerWhere = isBootClass(caller) && !isBootClass(declaring) ? " (in module java.base)" : "";
        return "class " + caller.getName() + callerWhere + " cannot access a member of class "
                + declaring.getName() + where + " with modifiers \""
                + Modifier.toString(modifiers & ACCESS_MODIFIERS) + "\"";
    }

    private static final int ACCESS_MODIFIERS = Modifier.PUBLIC | Modifier.PROTECTED | Modifier.PRIVATE
            | Modifier.STATIC | Modifier.FINAL | Modifier.SYNCHRONIZED | Modifier.VOLATILE
            | Modifier.TRANSIENT | Modifier.NATIVE | Modifier.ABSTRACT | Modifier.STRICT;

    /**
     * setAccessible(true) from outside java.base: members of java.base are only accessible when
     * public in a public class (java.base exports but does not open its packages), as on HotSpot.
     */
    public static boolean canSetAccessible(Class<?> caller, Class<?> declaring, int modifiers) {
        if (caller == null || !isBootClass(declaring) || isBootClass(caller)) {
            return true;
        }
        if (Modifier.isPublic(declaring.getModifiers()) && Modifier.isPublic(modifiers)) {
            return true;
        }
        return Modifier.isProtected(modifiers) && Modifier.isStatic(modifiers)
                && declaring.isAssignableFrom(caller);
    }

    // ---- Conversions shared by Method.invoke, Constructor.newInstance, Field.set ----

    /** The wrapper class of a primitive type, or null. */
    public static Class<?> wrapperOf(Class<?> primitive) {
        if (primitive == int.class) return Integer.class;
        if (primitive == long.class) return Long.class;
        if (primitive == boolean.class) return Boolean.class;
        if (primitive == double.class) return Double.class;
        if (primitive == float.class) return Float.class;
        if (primitive == char.class) return Character.class;
        if (primitive == byte.class) return Byte.class;
        if (primitive == short.class) return Short.class;
        if (primitive == void.class) return Void.class;
        return null;
    }

    /** The primitive type a wrapper object holds, or null if value is not a wrapper. */
    public static Class<?> primitiveOf(Object value) {
        if (value instanceof Integer) return int.class;
        if (value instanceof Long) return long.class;
        if (value instanceof Boolean) return boolean.class;
        if (value instanceof Double) return double.class;
        if (value instanceof Float) return float.class;
        if (value instanceof Character) return char.class;
        if (value instanceof Byte) return byte.class;
        if (value instanceof Short) return short.class;
        return null;
    }

    private static int rank(Class<?> p) {
        if (p == byte.class) return 1;
        if (p == short.class || p == char.class) return 2;
        if (p == int.class) return 3;
        if (p == long.class) return 4;
        if (p == float.class) return 5;
        if (p == double.class) return 6;
        return 0;
    }

    /** JLS 5.1.2 widening (identity included) between primitive types. */
    public static boolean isWidening(Class<?> from, Class<?> to) {
        if (from == to) return true;
        if (from == boolean.class || to == boolean.class || to == char.class || from == void.class
                || to == void.class) {
            return false;
        }
        if (from == char.class) return rank(to) >= 3;
        return rank(from) < rank(to);
    }

    /**
     * The wrapper of primitive type `to` holding `value` (a wrapper of a primitive that widens
     * to it), or null when no widening applies.
     */
    public static Object widen(Object value, Class<?> to) {
        Class<?> from = primitiveOf(value);
        if (from == null || !isWidening(from, to)) {
            return null;
        }
        if (from == to) return value;
        if (to == boolean.class) return value;
        if (value instanceof Character) {
            char c = (Character) value;
            if (to == int.class) return (int) c;
            if (to == long.class) return (long) c;
            if (to == float.class) return (float) c;
            return (double) c;
        }
        if (to == double.class) {
            return value instanceof Float ? (double) (Float) value : ((Number) value).doubleValue();
        }
        if (to == float.class) return ((Number) value).floatValue();
        if (to == long.class) return ((Number) value).longValue();
        if (to == int.class) return ((Number) value).intValue();
        if (to == short.class) return ((Number) value).shortValue();
        return value;
    }

    /**
     * Arguments converted to the parameter types as Method.invoke specifies (unboxing plus
     * widening for primitives, an instance check for references), or the exception HotSpot throws.
     */
    public static Object[] convertArguments(Class<?>[] parameterTypes, Object[] args) {
        int count = args == null ? 0 : args.length;
        if (count != parameterTypes.length) {
            throw new IllegalArgumentException("wrong number of arguments");
        }
        Object[] converted = new Object[count];
        for (int i = 0; i < count; i++) {
            Class<?> type = parameterTypes[i];
            Object arg = args[i];
            if (type.isPrimitive()) {
                if (arg == null) {
                    throw new IllegalArgumentException();
                }
                Object widened = widen(arg, type);
                if (widened == null) {
                    throw new IllegalArgumentException("argument type mismatch");
                }
                converted[i] = widened;
            } else {
                if (arg != null && !type.isInstance(arg)) {
                    throw new IllegalArgumentException("argument type mismatch");
                }
                converted[i] = arg;
            }
        }
        return converted;
    }
}
