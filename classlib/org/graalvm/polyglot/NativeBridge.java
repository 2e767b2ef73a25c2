// The natives of the nfi language (src/polyglot/polyglot_natives.cpp) and the entry point the VM
// calls when native code calls back into a Java ProxyExecutable. Arguments reach the natives
// already unwrapped (no Value, BigInteger as NativeObject UNSIGNED); results are null, Long,
// Float, Double, String, NativeObject or the Java object an OBJECT handle referred to.
package org.graalvm.polyglot;

import org.graalvm.polyglot.proxy.ProxyExecutable;

final class NativeBridge {

    private NativeBridge() {}

    static native long newContext0();

    static native void closeContext0(long context);

    static native Object eval0(Context owner, long context, String source);

    static native Object execute0(Context owner, long handle, Object[] arguments);

    static native Object invokeMember0(Context owner, long handle, String name, Object[] arguments);

    static native Object getMember0(Context owner, long handle, String name);

    static native boolean hasMember0(long handle, String name);

    static native String[] memberKeys0(long handle);

    static native int flags0(long handle);

    static native long asPointer0(long handle);

    static native String describe0(long handle);

    static native String readString0(long address);

    static native Object[] structFields0(Context owner, long handle);

    static native void free0(long handle);

    // Called by the VM on the thread that made the downcall, when native code calls a function
    // pointer made from `target`. Returns the result unwrapped for the native side.
    private static Object callback(Context owner, ProxyExecutable target, Object[] arguments) {
        Value[] values = new Value[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            values[i] = owner.wrap(arguments[i]);
        }
        return Context.unwrap(target.execute(values));
    }
}
