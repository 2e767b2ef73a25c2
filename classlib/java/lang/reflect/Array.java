// Creating and accessing arrays whose type is only known at run time. Creation needs the VM's
// newArray native; element access is plain Java over the nine array kinds.
package java.lang.reflect;

public final class Array {

    private Array() {}

    private static native Object newArray(Class<?> componentType, int length)
            throws NegativeArraySizeException;

    public static Object newInstance(Class<?> componentType, int length) throws NegativeArraySizeException {
        if (componentType == null) {
            throw new NullPointerException();
        }
        if (componentType == void.class) {
            throw new IllegalArgumentException();
        }
        return newArray(componentType, length);
    }

    public static Object newInstance(Class<?> componentType, int... dimensions)
            throws IllegalArgumentException, NegativeArraySizeException {
        if (dimensions.length == 0 || componentType == void.class) {
            throw new IllegalArgumentException();
        }
        if (dimensions.length > 255) {
            throw new IllegalArgumentException();
        }
        return newMulti(componentType, dimensions, 0);
    }

    private static Object newMulti(Class<?> componentType, int[] dimensions, int depth) {
        Class<?> elementType = componentType;
        for (int i = depth + 1; i < dimensions.length; i++) {
            elementType = elementType.arrayType();
        }
        Object array = newInstance(elementType, dimensions[depth]);
        if (depth + 1 < dimensions.length) {
            Object[] outer = (Object[]) array;
            for (int i = 0; i < outer.length; i++) {
                outer[i] = newMulti(componentType, dimensions, depth + 1);
            }
        }
        return array;
    }

    private static IllegalArgumentException notAnArray() {
        return new IllegalArgumentException("Argument is not an array");
    }

    public static int getLength(Object array) throws IllegalArgumentException {
        if (array instanceof Object[]) return ((Object[]) array).length;
        if (array instanceof int[]) return ((int[]) array).length;
        if (array instanceof long[]) return ((long[]) array).length;
        if (array instanceof byte[]) return ((byte[]) array).length;
        if (array instanceof char[]) return ((char[]) array).length;
        if (array instanceof double[]) return ((double[]) array).length;
        if (array instanceof float[]) return ((float[]) array).length;
        if (array instanceof short[]) return ((short[]) array).length;
        if (array instanceof boolean[]) return ((boolean[]) array).length;
        if (array == null) throw new NullPointerException();
        throw notAnArray();
    }

    public static Object get(Object array, int index) throws IllegalArgumentException, ArrayIndexOutOfBoundsException {
        checkIndex(array, index);
        if (array instanceof Object[]) return ((Object[]) array)[index];
        if (array instanceof int[]) return ((int[]) array)[index];
        if (array instanceof long[]) return ((long[]) array)[index];
        if (array instanceof byte[]) return ((byte[]) array)[index];
        if (array instanceof char[]) return ((char[]) array)[index];
        if (array instanceof double[]) return ((double[]) array)[index];
        if (array instanceof float[]) return ((float[]) array)[index];
        if (array instanceof short[]) return ((short[]) array)[index];
        if (array instanceof boolean[]) return ((boolean[]) array)[index];
        if (array == null) throw new NullPointerException();
        throw notAnArray();
    }

    public static void set(Object array, int index, Object value) throws IllegalArgumentException, ArrayIndexOutOfBoundsException {
        checkIndex(array, index);
        if (array instanceof Object[]) {
            Object[] a = (Object[]) array;
            if (value != null && !a.getClass().getComponentType().isInstance(value)) {
                throw new IllegalArgumentException("array element type mismatch");
            }
            a[index] = value;
            return;
        }
        if (array == null) throw new NullPointerException();
        if (value == null) throw new IllegalArgumentException(); // unboxing null, as the VM reports it
        if (value instanceof Boolean) { setBoolean(array, index, (Boolean) value); return; }
        if (value instanceof Byte) { setByte(array, index, (Byte) value); return; }
        if (value instanceof Character) { setChar(array, index, (Character) value); return; }
        if (value instanceof Short) { setShort(array, index, (Short) value); return; }
        if (value instanceof Integer) { setInt(array, index, (Integer) value); return; }
        if (value instanceof Long) { setLong(array, index, (Long) value); return; }
        if (value instanceof Float) { setFloat(array, index, (Float) value); return; }
        if (value instanceof Double) { setDouble(array, index, (Double) value); return; }
        throw new IllegalArgumentException("argument type mismatch");
    }

    public static boolean getBoolean(Object array, int index) {
        checkIndex(array, index);
        if (array instanceof boolean[]) return ((boolean[]) array)[index];
        throw mismatch(array);
    }

    public static byte getByte(Object array, int index) {
        checkIndex(array, index);
        if (array instanceof byte[]) return ((byte[]) array)[index];
        throw mismatch(array);
    }

    public static char getChar(Object array, int index) {
        checkIndex(array, index);
        if (array instanceof char[]) return ((char[]) array)[index];
        throw mismatch(array);
    }

    public static short getShort(Object array, int index) {
        checkIndex(array, index);
        if (array instanceof short[]) return ((short[]) array)[index];
        if (array instanceof byte[]) return ((byte[]) array)[index];
        throw mismatch(array);
    }

    public static int getInt(Object array, int index) {
        checkIndex(array, index);
        if (array instanceof int[]) return ((int[]) array)[index];
        if (array instanceof char[]) return ((char[]) array)[index];
        return getShort(array, index);
    }

    public static long getLong(Object array, int index) {
        checkIndex(array, index);
        if (array instanceof long[]) return ((long[]) array)[index];
        return getInt(array, index);
    }

    public static float getFloat(Object array, int index) {
        checkIndex(array, index);
        if (array instanceof float[]) return ((float[]) array)[index];
        return getLong(array, index);
    }

    public static double getDouble(Object array, int index) {
        checkIndex(array, index);
        if (array instanceof double[]) return ((double[]) array)[index];
        return getFloat(array, index);
    }

    public static void setBoolean(Object array, int index, boolean z) {
        checkIndex(array, index);
        if (array instanceof boolean[]) { ((boolean[]) array)[index] = z; return; }
        throw mismatch(array);
    }

    public static void setByte(Object array, int index, byte b) {
        checkIndex(array, index);
        if (array instanceof byte[]) { ((byte[]) array)[index] = b; return; }
        setShort(array, index, b);
    }

    public static void setChar(Object array, int index, char c) {
        checkIndex(array, index);
        if (array instanceof char[]) { ((char[]) array)[index] = c; return; }
        setInt(array, index, c);
    }

    public static void setShort(Object array, int index, short s) {
        checkIndex(array, index);
        if (array instanceof short[]) { ((short[]) array)[index] = s; return; }
        setInt(array, index, s);
    }

    public static void setInt(Object array, int index, int i) {
        checkIndex(array, index);
        if (array instanceof int[]) { ((int[]) array)[index] = i; return; }
        setLong(array, index, i);
    }

    public static void setLong(Object array, int index, long l) {
        checkIndex(array, index);
        if (array instanceof long[]) { ((long[]) array)[index] = l; return; }
        setFloat(array, index, l);
    }

    public static void setFloat(Object array, int index, float f) {
        checkIndex(array, index);
        if (array instanceof float[]) { ((float[]) array)[index] = f; return; }
        setDouble(array, index, f);
    }

    public static void setDouble(Object array, int index, double d) {
        checkIndex(array, index);
        if (array instanceof double[]) { ((double[]) array)[index] = d; return; }
        throw mismatch(array);
    }

    /** The VM's checks, in its order: null, not an array, then the index (no message). */
    private static void checkIndex(Object array, int index) {
        int length = getLength(array);
        if (index < 0 || index >= length) {
            throw new ArrayIndexOutOfBoundsException();
        }
    }

    private static IllegalArgumentException mismatch(Object array) {
        if (array == null) {
            throw new NullPointerException();
        }
        if (!array.getClass().isArray()) {
            return notAnArray();
        }
        return new IllegalArgumentException("argument type mismatch");
    }
}
