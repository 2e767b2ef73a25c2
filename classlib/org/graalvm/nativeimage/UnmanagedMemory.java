// Memory outside the Java heap from the C library's malloc/calloc/free (GraalVM's API): what a
// Java entry point allocates here, C code may free() and the other way round. Allocation
// failures throw OutOfMemoryError, as in GraalVM.
package org.graalvm.nativeimage;

import org.graalvm.word.PointerBase;
import org.graalvm.word.UnsignedWord;
import org.graalvm.word.impl.MachineWord;
import org.graalvm.word.impl.NativeMemory;

public final class UnmanagedMemory {
    private UnmanagedMemory() {}

    public static <T extends PointerBase> T malloc(UnsignedWord size) {
        return allocated(NativeMemory.malloc0(size.rawValue()), size.rawValue());
    }

    public static <T extends PointerBase> T malloc(int size) {
        return allocated(NativeMemory.malloc0(size), size);
    }

    public static <T extends PointerBase> T calloc(UnsignedWord size) {
        return allocated(NativeMemory.calloc0(size.rawValue()), size.rawValue());
    }

    public static <T extends PointerBase> T calloc(int size) {
        return allocated(NativeMemory.calloc0(size), size);
    }

    public static void free(PointerBase ptr) {
        NativeMemory.free0(ptr.rawValue());
    }

    @SuppressWarnings("unchecked")
    private static <T extends PointerBase> T allocated(long address, long size) {
        if (address == 0) {
            throw new OutOfMemoryError("malloc of " + size + " bytes failed");
        }
        return (T) MachineWord.of(address);
    }
}
