// Atomic access to fields and array elements by (base, offset), for java.util.concurrent and
// VarHandle. Not exported. Every access is sequentially consistent (the natives in
// src/natives/atomic_natives.cpp); acquire/release/opaque/plain forms are the same accesses,
// which is stronger than they promise and therefore correct. Callers check nulls, bounds and types.
package jdk.internal.misc;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

public final class Unsafe {

    private Unsafe() {}

    // ---- Offsets ----

    private static native long objectFieldOffset1(Class<?> c, String name);

    private static native long staticFieldOffset1(Class<?> c, String name);

    private static native int arrayBaseOffset0(Class<?> arrayClass);

    private static native int arrayIndexScale0(Class<?> arrayClass);

    /** The offset of the instance field `name` declared by c itself. */
    public static long objectFieldOffset(Class<?> c, String name) {
        long offset = objectFieldOffset1(c, name);
        if (offset < 0) {
            throw new InternalError(name);
        }
        return offset;
    }

    public static long objectFieldOffset(Field f) {
        return objectFieldOffset(f.getDeclaringClass(), f.getName());
    }

    /** A static field is addressed with its declaring class's mirror as the base. */
    public static long staticFieldOffset(Field f) {
        long offset = staticFieldOffset1(f.getDeclaringClass(), f.getName());
        if (offset < 0) {
            throw new InternalError(f.getName());
        }
        return offset;
    }

    public static Object staticFieldBase(Field f) {
        return f.getDeclaringClass();
    }

    public static long fieldOffset(Field f) {
        return Modifier.isStatic(f.getModifiers()) ? staticFieldOffset(f) : objectFieldOffset(f);
    }

    public static int arrayBaseOffset(Class<?> arrayClass) {
        return arrayBaseOffset0(arrayClass);
    }

    public static int arrayIndexScale(Class<?> arrayClass) {
        return arrayIndexScale0(arrayClass);
    }

    /** The offset of element i of an array whose elements are `scale` bytes. */
    public static long elementOffset(int i, int scale) {
        return ARRAY_BASE + (long) i * scale;
    }

    public static final int ARRAY_BASE = arrayBaseOffset0(int[].class);

    // ---- Access (natives, one set per stored width) ----

    public static native int getByteVolatile(Object o, long offset);
    public static native void putByteVolatile(Object o, long offset, int x);
    public static native boolean compareAndSetByte(Object o, long offset, int expected, int x);
    public static native int compareAndExchangeByte(Object o, long offset, int expected, int x);
    public static native int getAndSetByte(Object o, long offset, int x);
    public static native int getAndAddByte(Object o, long offset, int delta);

    public static native int getShortVolatile(Object o, long offset);
    public static native void putShortVolatile(Object o, long offset, int x);
    public static native boolean compareAndSetShort(Object o, long offset, int expected, int x);
    public static native int compareAndExchangeShort(Object o, long offset, int expected, int x);
    public static native int getAndSetShort(Object o, long offset, int x);
    public static native int getAndAddShort(Object o, long offset, int delta);

    public static native int getIntVolatile(Object o, long offset);
    public static native void putIntVolatile(Object o, long offset, int x);
    public static native boolean compareAndSetInt(Object o, long offset, int expected, int x);
    public static native int compareAndExchangeInt(Object o, long offset, int expected, int x);
    public static native int getAndSetInt(Object o, long offset, int x);
    public static native int getAndAddInt(Object o, long offset, int delta);

    public static native long getLongVolatile(Object o, long offset);
    public static native void putLongVolatile(Object o, long offset, long x);
    public static native boolean compareAndSetLong(Object o, long offset, long expected, long x);
    public static native long compareAndExchangeLong(Object o, long offset, long expected, long x);
    public static native long getAndSetLong(Object o, long offset, long x);
    public static native long getAndAddLong(Object o, long offset, long delta);

    public static native Object getReferenceVolatile(Object o, long offset);
    public static native void putReferenceVolatile(Object o, long offset, Object x);
    public static native boolean compareAndSetReference(Object o, long offset, Object expected, Object x);
    public static native Object compareAndExchangeReference(Object o, long offset, Object expected, Object x);
    public static native Object getAndSetReference(Object o, long offset, Object x);

    public static native void fullFence();
    public static native void loadFence();
    public static native void storeFence();
}
