// Conversions between Java values and C values (GraalVM's API): C strings to and from Java
// strings, C booleans. C strings are UTF-8 here (islet's default charset).
package org.graalvm.nativeimage.c.type;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.graalvm.word.PointerBase;
import org.graalvm.word.UnsignedWord;
import org.graalvm.word.WordFactory;
import org.graalvm.word.impl.MachineWord;
import org.graalvm.word.impl.NativeMemory;

public final class CTypeConversion {
    private CTypeConversion() {}

    /** A C string made from a Java string; close() frees it. */
    public interface CCharPointerHolder extends AutoCloseable {
        CCharPointer get();

        @Override
        void close();
    }

    /** The 0-terminated C string `cString` decoded as UTF-8, or null for a null pointer. */
    public static String toJavaString(CCharPointer cString) {
        if (cString.isNull()) {
            return null;
        }
        return toJavaString(cString, WordFactory.unsigned(NativeMemory.strlen0(cString.rawValue())));
    }

    /** The first `length` bytes at `cString` decoded as UTF-8, or null for a null pointer. */
    public static String toJavaString(CCharPointer cString, UnsignedWord length) {
        return toJavaString(cString, length, StandardCharsets.UTF_8);
    }

    public static String toJavaString(CCharPointer cString, UnsignedWord length, Charset charset) {
        if (cString.isNull()) {
            return null;
        }
        long size = length.rawValue();
        if (size < 0 || size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("C string too long: " + Long.toUnsignedString(size) + " bytes");
        }
        byte[] bytes = new byte[(int) size];
        NativeMemory.copyToArray0(cString.rawValue(), bytes, 0, bytes.length);
        return new String(bytes, charset);
    }

    /**
     * A 0-terminated UTF-8 copy of `javaString` in malloc'd memory, freed by the holder's close()
     * (GraalVM pins a Java array instead; either way the pointer is valid until close()). A null
     * string gives a null pointer.
     */
    public static CCharPointerHolder toCString(CharSequence javaString) {
        if (javaString == null) {
            return new MallocHolder(0L);
        }
        byte[] bytes = javaString.toString().getBytes(StandardCharsets.UTF_8);
        long address = NativeMemory.calloc0(bytes.length + 1L);
        if (address == 0) {
            throw new OutOfMemoryError("cannot allocate a C string of " + (bytes.length + 1) + " bytes");
        }
        NativeMemory.copyFromArray0(bytes, 0, address, bytes.length);
        return new MallocHolder(address);
    }

    /**
     * Copies `javaString` as UTF-8 into `buffer` of `bufferSize` bytes, truncated to fit, always
     * 0-terminated when bufferSize > 0. Returns the number of bytes written before the 0.
     */
    public static UnsignedWord toCString(CharSequence javaString, CCharPointer buffer, UnsignedWord bufferSize) {
        return toCString(javaString, StandardCharsets.UTF_8, buffer, bufferSize);
    }

    public static UnsignedWord toCString(CharSequence javaString, Charset charset, CCharPointer buffer,
                                         UnsignedWord bufferSize) {
        long capacity = bufferSize.rawValue();
        if (javaString == null || capacity == 0) {
            return WordFactory.zero();
        }
        if (buffer.isNull()) {
            throw new NullPointerException("buffer is a null pointer");
        }
        byte[] bytes = javaString.toString().getBytes(charset);
        int length = (int) Math.min(bytes.length, Math.max(0, capacity - 1));
        NativeMemory.copyFromArray0(bytes, 0, buffer.rawValue(), length);
        buffer.write(length, (byte) 0);
        return WordFactory.unsigned(length);
    }

    public static boolean toBoolean(int value) {
        return value != 0;
    }

    public static boolean toBoolean(long value) {
        return value != 0;
    }

    public static boolean toBoolean(PointerBase pointer) {
        return pointer.isNonNull();
    }

    public static byte toCBoolean(boolean value) {
        return value ? (byte) 1 : (byte) 0;
    }

    private static final class MallocHolder implements CCharPointerHolder {
        private long address;

        MallocHolder(long address) {
            this.address = address;
        }

        @Override
        public CCharPointer get() {
            return MachineWord.of(address);
        }

        @Override
        public void close() {
            NativeMemory.free0(address);
            address = 0;
        }
    }
}
