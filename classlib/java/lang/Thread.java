// Threads of execution, each on its own OS thread (src/runtime/threads.hpp). The VM reads and
// writes name, priority, daemon, group, eetop and interrupted; it calls run() on the new thread,
// dispatchUncaughtException when run() ends by an exception, and exit() when the thread ends.
package java.lang;

import java.util.HashMap;
import java.util.Map;

public class Thread implements Runnable {

    public static final int MIN_PRIORITY = 1;
    public static final int NORM_PRIORITY = 5;
    public static final int MAX_PRIORITY = 10;

    // ---- Fields shared with the VM (see classlib/README.md) ----
    private volatile String name;
    private int priority;
    private boolean daemon;
    private volatile ThreadGroup group;
    /** The VM's thread (VMThread*) while this thread lives; only the VM reads it. */
    private long eetop;
    /** The interrupt status; the VM reads and clears it when sleep or wait ends by an interrupt. */
    private volatile boolean interrupted;

    private final long tid;
    private Runnable target;
    private volatile boolean started;
    private volatile boolean alive;
    private volatile boolean terminated;
    private ClassLoader contextClassLoader;
    private volatile UncaughtExceptionHandler uncaughtExceptionHandler;
    private static volatile UncaughtExceptionHandler defaultUncaughtExceptionHandler;

    private HashMap<ThreadLocal<?>, Object> threadLocals;
    private HashMap<ThreadLocal<?>, Object> inheritableThreadLocals;

    private static int threadInitNumber;
    private static long threadSeqNumber;

    /**
     * HotSpot gives ids 2..11 to its own system threads (reference handler, finalizer, compiler
     * threads, ...), so the first thread a program creates has id 12. islet reserves the same
     * ids so that getId() prints the same numbers.
     */
    private static final long FIRST_USER_THREAD_ID = 12;

    private static synchronized int nextThreadNum() {
        return threadInitNumber++;
    }

    private static synchronized long nextThreadId(boolean vmThread) {
        long id = ++threadSeqNumber;
        if (id == 1) {
            threadSeqNumber = FIRST_USER_THREAD_ID - 1;
        }
        return id;
    }

    // ---- Construction ----

    /** Used by the VM for threads it creates or attaches; currentThread() already returns this. */
    private Thread(ThreadGroup group, String name, int priority, boolean daemon) {
        this.group = group;
        this.name = name;
        this.priority = priority;
        this.daemon = daemon;
        this.tid = nextThreadId(true);
        this.contextClassLoader = ClassLoader.getSystemClassLoader();
        this.started = true;
        this.alive = true;
        // Threads the VM attaches run application code: HotSpot gives them the system loader
        // (null only for the main thread, made before the loaders, which gets it afterwards).
        this.contextClassLoader = ClassLoader.getSystemClassLoader();
        group.add(this);
    }

    public Thread() {
        this(null, null, "Thread-" + nextThreadNum(), true);
    }

    public Thread(Runnable target) {
        this(null, target, "Thread-" + nextThreadNum(), true);
    }

    public Thread(ThreadGroup group, Runnable target) {
        this(group, target, "Thread-" + nextThreadNum(), true);
    }

    public Thread(String name) {
        this(null, null, name, true);
    }

    public Thread(ThreadGroup group, String name) {
        this(group, null, name, true);
    }

    public Thread(Runnable target, String name) {
        this(null, target, name, true);
    }

    public Thread(ThreadGroup group, Runnable target, String name) {
        this(group, target, name, true);
    }

    public Thread(ThreadGroup group, Runnable target, String name, long stackSize) {
        this(group, target, name, true);
    }

    public Thread(ThreadGroup group, Runnable target, String name, long stackSize, boolean inheritThreadLocals) {
        this(group, target, name, inheritThreadLocals);
    }

    private Thread(ThreadGroup g, Runnable target, String name, boolean inheritThreadLocals) {
        if (name == null) {
            throw new NullPointerException("name cannot be null");
        }
        Thread parent = currentThread();
        if (g == null) {
            g = parent.getThreadGroup();
        }
        this.name = name;
        this.group = g;
        this.daemon = parent.isDaemon();
        this.priority = Math.min(parent.getPriority(), g.getMaxPriority());
        this.contextClassLoader = parent.contextClassLoader;
        this.target = target;
        if (inheritThreadLocals && parent.inheritableThreadLocals != null) {
            HashMap<ThreadLocal<?>, Object> inherited = new HashMap<>();
            for (Map.Entry<ThreadLocal<?>, Object> e : parent.inheritableThreadLocals.entrySet()) {
                Object value = ((InheritableThreadLocal<?>) e.getKey()).inheritedValue(e.getValue());
                inherited.put(e.getKey(), value);
            }
            this.inheritableThreadLocals = inherited;
        }
        this.tid = nextThreadId(false);
    }

    // ---- Natives (see classlib/README.md) ----

    public static native Thread currentThread();

    private static native void sleep0(long millis) throws InterruptedException;

    public static native void yield();

    public static native boolean holdsLock(Object obj);

    /** Runs this thread on a new OS thread; returns once that thread is alive. */
    private native void start0();

    /** Wakes this thread if it sleeps, waits or joins (the caller has set `interrupted`). */
    private native void interrupt0();

    /** Forgets a wake-up signal meant for an interrupt that Thread.interrupted() consumed. */
    private static native void clearInterruptEvent();

    /** Thread.State ordinal of a live thread (RUNNABLE..TIMED_WAITING), 0 if it has no OS thread. */
    private native int getState0();

    // ---- The current thread ----

    public static void sleep(long millis) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        sleep0(millis);
    }

    public static void sleep(long millis, int nanos) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (nanos < 0 || nanos > 999999) {
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        }
        if (nanos > 0 && millis < Long.MAX_VALUE) {
            millis++;
        }
        sleep0(millis);
    }

    public static void onSpinWait() {}

    public static boolean interrupted() {
        Thread t = currentThread();
        boolean was = t.interrupted;
        if (was) {
            t.interrupted = false;
            clearInterruptEvent();
        }
        return was;
    }

    public static void dumpStack() {
        new Exception("Stack trace").printStackTrace();
    }

    // ---- Life cycle ----

    public synchronized void start() {
        if (started) {
            throw new IllegalThreadStateException();
        }
        started = true;
        group.add(this);
        alive = true;
        boolean running = false;
        try {
            start0();
            running = true;
        } finally {
            if (!running) {
                alive = false;
                started = false;
                group.threadStartFailed(this);
            }
        }
    }

    @Override
    public void run() {
        Runnable task = target;
        if (task != null) {
            task.run();
        }
    }

    /** Called by the VM on the ending thread after run() (and any uncaught exception). */
    private void exit() {
        ThreadGroup g = group;
        if (g != null) {
            g.threadTerminated(this);
        }
        synchronized (this) {
            group = null;
            target = null;
            threadLocals = null;
            inheritableThreadLocals = null;
            uncaughtExceptionHandler = null;
            alive = false;
            terminated = true;
            notifyAll();
        }
    }

    public void interrupt() {
        interrupted = true;
        interrupt0();
    }

    public boolean isInterrupted() {
        return interrupted;
    }

    public final boolean isAlive() {
        return alive;
    }

    public final void join(long millis) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        synchronized (this) {
            if (millis == 0) {
                while (isAlive()) {
                    wait(0);
                }
                return;
            }
            long deadline = System.nanoTime() + millis * 1_000_000L;
            while (isAlive()) {
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    return;
                }
                wait(Math.max(1L, (remaining + 999_999L) / 1_000_000L));
            }
        }
    }

    public final void join(long millis, int nanos) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (nanos < 0 || nanos > 999999) {
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        }
        if (nanos > 0 && millis < Long.MAX_VALUE) {
            millis++;
        }
        join(millis);
    }

    public final void join() throws InterruptedException {
        join(0);
    }

    public enum State {
        NEW,
        RUNNABLE,
        BLOCKED,
        WAITING,
        TIMED_WAITING,
        TERMINATED
    }

    public State getState() {
        if (terminated) {
            return State.TERMINATED;
        }
        if (!started) {
            return State.NEW;
        }
        switch (getState0()) {
            case 2: return State.BLOCKED;
            case 3: return State.WAITING;
            case 4: return State.TIMED_WAITING;
            default: return terminated ? State.TERMINATED : State.RUNNABLE;
        }
    }

    // ---- Attributes ----

    public final void setPriority(int newPriority) {
        if (newPriority > MAX_PRIORITY || newPriority < MIN_PRIORITY) {
            throw new IllegalArgumentException();
        }
        ThreadGroup g = getThreadGroup();
        if (g != null) {
            if (newPriority > g.getMaxPriority()) {
                newPriority = g.getMaxPriority();
            }
            priority = newPriority;
        }
    }

    public final int getPriority() {
        return priority;
    }

    public final synchronized void setName(String name) {
        if (name == null) {
            throw new NullPointerException("name cannot be null");
        }
        this.name = name;
    }

    public final String getName() {
        return name;
    }

    public final ThreadGroup getThreadGroup() {
        return group;
    }

    public static int activeCount() {
        return currentThread().getThreadGroup().activeCount();
    }

    public static int enumerate(Thread[] tarray) {
        return currentThread().getThreadGroup().enumerate(tarray);
    }

    public final void setDaemon(boolean on) {
        if (isAlive()) {
            throw new IllegalThreadStateException();
        }
        daemon = on;
    }

    public final boolean isDaemon() {
        return daemon;
    }

    public final void checkAccess() {}

    public long getId() {
        return tid;
    }

    public ClassLoader getContextClassLoader() {
        return contextClassLoader;
    }

    public void setContextClassLoader(ClassLoader cl) {
        contextClassLoader = cl;
    }

    public StackTraceElement[] getStackTrace() {
        if (this != currentThread()) {
            return new StackTraceElement[0];
        }
        StackTraceElement[] trace = new Exception().getStackTrace();
        return trace;
    }

    public String toString() {
        ThreadGroup g = getThreadGroup();
        return "Thread[" + getName() + "," + getPriority() + "," + (g != null ? g.getName() : "") + "]";
    }

    // ---- Thread-local maps ----

    HashMap<ThreadLocal<?>, Object> threadLocals(boolean create) {
        if (threadLocals == null && create) {
            threadLocals = new HashMap<>();
        }
        return threadLocals;
    }

    HashMap<ThreadLocal<?>, Object> inheritableThreadLocals(boolean create) {
        if (inheritableThreadLocals == null && create) {
            inheritableThreadLocals = new HashMap<>();
        }
        return inheritableThreadLocals;
    }

    // ---- Uncaught exceptions ----

    @FunctionalInterface
    public interface UncaughtExceptionHandler {
        void uncaughtException(Thread t, Throwable e);
    }

    public static void setDefaultUncaughtExceptionHandler(UncaughtExceptionHandler eh) {
        defaultUncaughtExceptionHandler = eh;
    }

    public static UncaughtExceptionHandler getDefaultUncaughtExceptionHandler() {
        return defaultUncaughtExceptionHandler;
    }

    public UncaughtExceptionHandler getUncaughtExceptionHandler() {
        UncaughtExceptionHandler handler = uncaughtExceptionHandler;
        return handler != null ? handler : group;
    }

    public void setUncaughtExceptionHandler(UncaughtExceptionHandler eh) {
        uncaughtExceptionHandler = eh;
    }

    /** Called by the VM when run() (or main) ends with an exception. */
    private void dispatchUncaughtException(Throwable e) {
        UncaughtExceptionHandler handler = getUncaughtExceptionHandler();
        if (handler != null) {
            handler.uncaughtException(this, e);
        }
    }
}
