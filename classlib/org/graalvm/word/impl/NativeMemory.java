// Native memory access behind the word API (CCharPointer, CTypeConversion, UnmanagedMemory):
// natives in src/natives/buffer_natives.cpp. Addresses are trusted except null, which the
// callers check. Not exported from the class library.
package org.graalvm.word.impl;

public final class NativeMemory {
    private NativeMemory() {}

    public static native int getByte0(long address);

    public static native void putByte0(long address, int value);

    public static native void copyToArray0(long address, byte[] dst, int off, int len);

    public static native void copyFromArray0(byte[] src, int off, long address, int len);

    /** strlen(address). */
    public static native long strlen0(long address);

    /** malloc/calloc/free of the C library; 0 when there is no memory. */
    public static native long malloc0(long size);

    public static native long calloc0(long size);

    public static native void free0(long address);
}
