// A native value the Java side cannot represent with a plain Java object: a pointer, a native
// string (a char* read on demand), a UINT64 above Long.MAX_VALUE, or a handle to an NFI object
// (library, symbol, function, signature, closure, struct) owned by the VM. The VM allocates
// these without running a constructor and writes `kind` and `bits` (classlib/README.md).
package org.graalvm.polyglot;

final class NativeObject {

    static final int POINTER = 1;
    static final int NATIVE_STRING = 2;
    static final int UNSIGNED = 3;
    static final int HANDLE = 4;

    // Capabilities of a HANDLE, from NativeBridge.flags0.
    static final int FLAG_EXECUTABLE = 1;
    static final int FLAG_POINTER = 2;
    static final int FLAG_MEMBERS = 4;
    static final int FLAG_STRUCT = 8;

    int kind;
    long bits;  // the address, the unsigned bits, or the VM's handle
    int flags = -1;  // HANDLE capabilities, read once

    NativeObject(int kind, long bits) {
        this.kind = kind;
        this.bits = bits;
    }

    int flags() {
        if (flags < 0) {
            flags = NativeBridge.flags0(bits);
        }
        return flags;
    }

    boolean has(int flag) {
        return kind == HANDLE && (flags() & flag) != 0;
    }
}
