// Memory outside the Java heap for direct buffers (natives in src/natives/buffer_natives.cpp).
// Multi-byte accesses use the machine's byte order and may be unaligned.
package java.nio;

final class DirectMemory {
    private DirectMemory() {}

    /**
     * Zeroed memory of the given size, 0 if none is left. It belongs to {@code owner}: the
     * collector frees it once the owner is unreachable (views keep their owner reachable).
     */
    static native long allocate0(Object owner, long size);

    static native int getByte0(long address);

    static native void putByte0(long address, int value);

    static native int getShort0(long address);

    static native void putShort0(long address, int value);

    static native int getInt0(long address);

    static native void putInt0(long address, int value);

    static native long getLong0(long address);

    static native void putLong0(long address, long value);

    static native void copyToArray0(long address, byte[] dst, int off, int len);

    static native void copyFromArray0(byte[] src, int off, long address, int len);

    static native void copyMemory0(long from, long to, long len);

    static native boolean isBigEndian0();
}
