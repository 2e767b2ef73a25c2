// Entry points `islet --shared` must refuse, each with a message naming the method and, for a
// type, the parameter (tests/isolate/shared).
package demo;

import org.graalvm.nativeimage.IsolateThread;
import org.graalvm.nativeimage.c.function.CEntryPoint;

public final class Bad {
    @CEntryPoint(name = "bad_string")
    static int length(IsolateThread thread, String text, int[] more) {
        return text.length();
    }

    @CEntryPoint(name = "bad_result")
    static Object result(IsolateThread thread) {
        return null;
    }

    @CEntryPoint(name = "bad_no_thread")
    static int noThread(int x) {
        return x;
    }

    @CEntryPoint(name = "bad_instance")
    int instance(IsolateThread thread) {
        return 0;
    }

    @CEntryPoint(name = "bad_builtin", builtin = CEntryPoint.Builtin.ATTACH_THREAD)
    static native IsolateThread attach(IsolateThread thread);

    @CEntryPoint(name = "not a C name")
    static void spaces(IsolateThread thread) {
    }
}
