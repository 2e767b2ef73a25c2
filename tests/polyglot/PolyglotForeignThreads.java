// Callbacks from threads the VM has never seen: a C library's own pthreads call a Java
// ProxyExecutable many times. Each such thread is attached once (a daemon named Thread-<n>, the
// same Java thread for all its calls) and detached when it exits, before the native call that
// started it returns. Also trufflenfi.h's thread API on such a thread (getTruffleEnv,
// attachCurrentThread, detachCurrentThread, OBJECT references through its own env), and ENV
// arguments per thread: each Java thread gets its own env, the one getTruffleEnv answers there.
// A callback that throws on such a thread has no downcall to rethrow into: the exception is
// uncaught in that thread (its uncaught-exception handler sees it) and C gets a zero result.
// Expected values follow from C semantics: each of T threads calls f(index) N times.
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

public class PolyglotForeignThreads {

    static final Map<String, Integer> callsByThread = new HashMap<>();
    static final TreeSet<String> oddities = new TreeSet<>();

    static int record(int index) {
        Thread self = Thread.currentThread();
        String name = self.getName();
        synchronized (callsByThread) {
            callsByThread.merge(name, 1, Integer::sum);
            if (!name.matches("Thread-\\d+")) oddities.add("unexpected name " + name);
            if (!self.isDaemon()) oddities.add(name + " is not a daemon");
        }
        // Allocates, so that collections happen while other threads are in C or in callbacks.
        String text = "callback " + index + " on " + name;
        return index * 3 + (text.length() > 0 ? 1 : 0);
    }

    public static void main(String[] args) throws Exception {
        String library = args[0];
        try (Context context = Context.newBuilder().allowNativeAccess(true).build()) {
            Value lib = context.eval("nfi", "load \"" + library + "\" {"
                    + " sum_on_new_threads((SINT32):SINT32, SINT32, SINT32):SINT64;"
                    + " env_on_new_thread(ENV, OBJECT, (SINT32):SINT32, SINT32, [SINT32]):VOID;"
                    + " env_address(ENV):POINTER; env_is_current(ENV):SINT32;"
                    + " call_back_from_lingering_thread((SINT32):SINT32, SINT32):SINT32;"
                    + " release_lingering_thread():VOID; }");
            ProxyExecutable callback = a -> record(a[0].asInt());
            int before = Thread.activeCount();

            // 8 threads x 500 calls: thread i contributes 500 * (3i + 1).
            long sum = lib.invokeMember("sum_on_new_threads", callback, 8, 500).asLong();
            System.out.println("sum from 8 foreign threads = " + sum + " (C expects " + expected(8, 500) + ")");
            report("first round");

            // Again, with new threads: each is attached anew (a new Thread-<n>), and the
            // threads of the first round are gone.
            long again = lib.invokeMember("sum_on_new_threads", callback, 16, 200).asLong();
            System.out.println("sum from 16 more = " + again + " (C expects " + expected(16, 200) + ")");
            report("second round");
            System.out.println("threads attached afterwards: " + (Thread.activeCount() - before));

            // trufflenfi.h's thread API on a thread of C's own.
            int[] results = new int[8];
            StringBuilder object = new StringBuilder("held by C");
            lib.invokeMember("env_on_new_thread", object, (ProxyExecutable) a -> a[0].asInt() * 2, 21, results);
            String[] checks = {"getTruffleEnv before attach is NULL", "attachCurrentThread gives an env",
                    "which is not the caller's", "getTruffleEnv then gives it", "its context is the caller's",
                    "callback result", "newObjectRef through it is the same object",
                    "getTruffleEnv after detachCurrentThread is NULL"};
            for (int i = 0; i < checks.length; i++) {
                System.out.println(checks[i] + ": " + results[i]);
            }

            // ENV arguments are per thread.
            long mainEnv = lib.invokeMember("env_address").asNativePointer();
            long mainAgain = lib.invokeMember("env_address").asNativePointer();
            long[] otherEnv = new long[1];
            int[] otherIsCurrent = new int[1];
            Thread other = new Thread(() -> {
                otherEnv[0] = lib.invokeMember("env_address").asNativePointer();
                otherIsCurrent[0] = lib.invokeMember("env_is_current").asInt();
            });
            other.start();
            other.join();
            System.out.println("same env for every call on a thread: " + (mainEnv == mainAgain));
            System.out.println("another Java thread gets another env: " + (mainEnv != otherEnv[0]));
            System.out.println("the env is getTruffleEnv's on main: " + lib.invokeMember("env_is_current").asInt()
                    + ", on the other thread: " + otherIsCurrent[0]);

            // Callbacks that throw on foreign threads: uncaught there.
            List<String> uncaught = new ArrayList<>();
            Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
                synchronized (uncaught) {
                    uncaught.add(thread.getName().matches("Thread-\\d+") + " " + e.getMessage());
                }
            });
            long thrown = lib.invokeMember("sum_on_new_threads", (ProxyExecutable) a -> {
                throw new IllegalStateException("boom " + a[0].asInt());
            }, 2, 1).asLong();
            Thread.setDefaultUncaughtExceptionHandler(null);
            Collections.sort(uncaught);
            System.out.println("sum when the callbacks throw = " + thrown + ", uncaught in Thread-<n>: " + uncaught);

            // A thread that stays alive after its callback: attached, idle; it exits later.
            int lingering = lib.invokeMember("call_back_from_lingering_thread", callback, 5).asInt();
            System.out.println("lingering thread's callback returned " + lingering);
            System.out.println("attached while it lingers: " + (Thread.activeCount() - before));
            lib.invokeMember("release_lingering_thread");
            System.out.println("attached after it exited: " + (Thread.activeCount() - before));
        }
    }

    static long expected(int threads, int calls) {
        long total = 0;
        for (int i = 0; i < threads; i++) {
            total += (long) calls * (3 * i + 1);
        }
        return total;
    }

    // Each foreign thread was one Java thread for all its calls.
    static void report(String round) {
        synchronized (callsByThread) {
            TreeSet<Integer> counts = new TreeSet<>(callsByThread.values());
            System.out.println(round + ": " + callsByThread.size() + " Java threads, calls per thread " + counts);
            for (String oddity : oddities) {
                System.out.println("  " + oddity);
            }
            callsByThread.clear();
            oddities.clear();
        }
    }
}
