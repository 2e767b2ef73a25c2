// Entry points of tests/isolate/shared: built into libdemo.so by `islet --shared` and called by
// host.c. Each result is what this Java code computes (host.c says the values it expects).
package demo;

import java.nio.charset.StandardCharsets;
import org.graalvm.nativeimage.Isolate;
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

    /** Through a C copy and back (toCString's holder, then toJavaString): the copy's length in bytes. */
    @CEntryPoint(name = "demo_round_trip")
    static int roundTrip(IsolateThread thread, CCharPointer text) {
        calls++;
        String original = CTypeConversion.toJavaString(text) + "!";
        try (CTypeConversion.CCharPointerHolder copy = CTypeConversion.toCString(original)) {
            int length = 0;
            while (copy.get().read(length) != 0) {
                length++;
            }
            return CTypeConversion.toJavaString(copy.get()).equals(original) ? length : -1;
        }
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

    // GraalVM's builtins: C functions over the library's isolates, no Java involved.
    @CEntryPoint(name = "demo_create_isolate", builtin = CEntryPoint.Builtin.CREATE_ISOLATE)
    static native IsolateThread createIsolate();

    @CEntryPoint(name = "demo_get_isolate", builtin = CEntryPoint.Builtin.GET_ISOLATE)
    static native Isolate getIsolate(IsolateThread thread);

    @CEntryPoint(name = "demo_tear_down_isolate", builtin = CEntryPoint.Builtin.TEAR_DOWN_ISOLATE)
    static native int tearDownIsolate(IsolateThread thread);

    @CEntryPoint(name = "demo_fail")
    static int fail(IsolateThread thread, int code) {
        throw new IllegalStateException("entry point failed with " + code);
    }
}
