// The shutdown sequence: application hooks run once (System.exit, or the VM's shutdown() when
// the last non-daemon thread ends), each started as a thread and all joined, then halt0 ends the
// process.
package java.lang;

import java.util.ArrayList;

final class Shutdown {

    private Shutdown() {}

    private static ArrayList<Thread> hooks = new ArrayList<>();
    private static boolean running;

    static native void halt0(int status);

    static synchronized void addHook(Thread hook) {
        if (hooks == null) {
            throw new IllegalStateException("Shutdown in progress");
        }
        if (hook.isAlive()) {
            throw new IllegalArgumentException("Hook already running");
        }
        for (Thread t : hooks) {
            if (t == hook) {
                throw new IllegalArgumentException("Hook previously registered");
            }
        }
        hooks.add(hook);
    }

    static synchronized boolean removeHook(Thread hook) {
        if (hooks == null) {
            throw new IllegalStateException("Shutdown in progress");
        }
        if (hook == null) {
            throw new NullPointerException();
        }
        for (int i = 0; i < hooks.size(); i++) {
            if (hooks.get(i) == hook) {
                hooks.remove(i);
                return true;
            }
        }
        return false;
    }

    private static void runHooks() {
        ArrayList<Thread> toRun;
        synchronized (Shutdown.class) {
            if (running) {
                return;
            }
            running = true;
            toRun = hooks;
            hooks = null;
        }
        if (toRun == null) {
            return;
        }
        // Like HotSpot, every hook runs on its own thread, all at once; shutdown waits for all.
        for (Thread hook : toRun) {
            hook.start();
        }
        for (Thread hook : toRun) {
            while (true) {
                try {
                    hook.join();
                    break;
                } catch (InterruptedException ignored) {
                    // keep waiting: the hooks must finish before the VM halts
                }
            }
        }
    }

    /** Invoked by Runtime.exit. */
    static void exit(int status) {
        runHooks();
        halt(status);
    }

    /** Invoked by the VM when the last non-daemon thread has finished (DestroyJavaVM). */
    static void shutdown() {
        runHooks();
    }

    static void beforeHalt() {}

    static void halt(int status) {
        synchronized (Shutdown.class) {
            halt0(status);
        }
    }
}
