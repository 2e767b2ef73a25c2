// Called by hosts/foreign_threads.c, on islet only (it is compiled against islet's class library
// for org.graalvm.polyglot): Java code whose callbacks a C library calls on threads of its own,
// which never attach to the VM themselves.
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

public class ForeignCallbacks {

    static Value load(Context context, String library) {
        return context.eval("nfi", "load \"" + library + "\" {"
                + " sum_on_new_threads((SINT32):SINT32, SINT32, SINT32):SINT64;"
                + " call_back_from_lingering_thread((SINT32):SINT32, SINT32):SINT32; }");
    }

    static int plusOne(Value[] arguments) {
        String allocated = "callback on " + Thread.currentThread().getName();
        return arguments[0].asInt() + (allocated.isEmpty() ? 0 : 1);
    }

    // `threads` pthreads call plusOne(index) `calls` times each and exit before this returns.
    public static long sumOnNewThreads(String library, int threads, int calls) {
        try (Context context = Context.newBuilder().allowNativeAccess(true).build()) {
            return load(context, library)
                    .invokeMember("sum_on_new_threads", (ProxyExecutable) ForeignCallbacks::plusOne, threads, calls)
                    .asLong();
        }
    }

    // A pthread calls plusOne(x) once and lives on, attached and idle, until the host lets it go.
    public static int callBackFromLingeringThread(String library, int x) {
        try (Context context = Context.newBuilder().allowNativeAccess(true).build()) {
            return load(context, library)
                    .invokeMember("call_back_from_lingering_thread", (ProxyExecutable) ForeignCallbacks::plusOne, x)
                    .asInt();
        }
    }

    public static int activeThreads() {
        return Thread.activeCount();
    }
}
