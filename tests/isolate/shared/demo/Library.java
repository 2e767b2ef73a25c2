// Entry points of tests/isolate/shared: built into libdemo.so by `islet --shared` and called by
// host.c. Each result is what this Java code computes (host.c says the values it expects).
package demo;

import java.nio.charset.StandardCharsets;
import org.graalvm.nativeimage.IsolateThread;
import org.graalvm.nativeimage.UnmanagedMemory;
import org.graalvm.nativeimage.c.function.CEntryPoint;
import org.graalvm.nativeimage.c.type.CCharPointer;
import org.graalvm.nativeimage.c.type.CTypeConversion;
import org.graalvm.word.UnsignedWord;

public final class Library {
    private static long calls;  // one per isolate: isolates share no statics

    @CEntryPoint(name = "demo_add")
    static int add(IsolateThread thread, int a, int b) {
        calls++;
        return a + b;
    }

    @CEntryPoint(name = "demo_hypot", documentation = {"The length of the hypotenuse of a right triangle."})
    static double hypot(IsolateThread thread, double x, double y) {
        calls++;
        return Math.sqrt(x * x + y * y);
    }

    @CEntryPoint(name = "demo_is_even")
    static boolean isEven(IsolateThread thread, long value) {
        calls++;
        return value % 2 == 0;
    }

    /** Writes a greeting for the C string `name` into the caller's buffer; returns its length. */
    @CEntryPoint(name = "demo_greet")
    static UnsignedWord greet(IsolateThread thread, CCharPointer name, CCharPointer buffer, UnsignedWord size) {
        calls++;
        String who = CTypeConversion.toJavaString(name);
        return CTypeConversion.toCString("Hello, " + who + "! (" + who.length() + " chars)", buffer, size);
    }

    /** A malloc'd upper-case copy of the C string `text`, which the caller frees. */
    @CEntryPoint(name = "demo_upper")
    static CCharPointer upper(IsolateThread thread, CCharPointer text) {
        calls++;
        byte[] bytes = CTypeConversion.toJavaString(text).toUpperCase().getBytes(StandardCharsets.UTF_8);
        CCharPointer copy = UnmanagedMemory.malloc(bytes.length + 1);
        for (int i = 0; i < bytes.length; i++) {
            copy.write(i, bytes[i]);
        }
        copy.write(bytes.length, (byte) 0);
        return copy;
    }

    /** The thread pointer Java received, so that C can compare it with its own. */
    @CEntryPoint(name = "demo_thread_address")
    static long threadAddress(IsolateThread thread) {
        return thread.rawValue();
    }

    @CEntryPoint(name = "demo_calls")
    static long calls(IsolateThread thread) {
        return calls;
    }

    /** No name: GraalVM's default, <Class>_<method>_<digest> (in libdemo.h). */
    @CEntryPoint
    static int twice(IsolateThread thread, int x) {
        return 2 * x;
    }

    @CEntryPoint(name = "demo_fail")
    static int fail(IsolateThread thread, int code) {
        throw new IllegalStateException("entry point failed with " + code);
    }
}
