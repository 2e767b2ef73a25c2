// Thread parking: each thread has a Parker holding one permit; park consumes it (waiting until it
// is available, interrupted, or timed out), unpark makes it available. A Parker is a plain Java
// monitor, so parking is an Object.wait and interrupting a parked thread wakes it like any wait.
//
// Parkers live in a map keyed by thread; the parking thread caches its own in a ThreadLocal.
// Entries of terminated threads are purged whenever the map has doubled since the last purge,
// so the map stays proportional to the live threads. (With a field in Thread for the parker, the
// map would go away: see the conc branch report.)
package java.util.concurrent.locks;

import java.util.HashMap;
import java.util.Iterator;

public final class LockSupport {

    private LockSupport() {}

    static final class Parker {
        private boolean permit;
        volatile Object blocker;

        synchronized void unpark() {
            permit = true;
            notifyAll();
        }

        /** Waits for the permit at most nanos (0: no limit); returns early on interrupt. */
        synchronized void park(long nanos) {
            if (!permit) {
                try {
                    if (nanos == 0) {
                        wait();
                    } else {
                        wait(nanos / 1_000_000L, (int) (nanos % 1_000_000L));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt(); // park reports interrupts by the flag
                }
            }
            permit = false;
        }
    }

    private static final HashMap<Thread, Parker> PARKERS = new HashMap<>();
    private static int purgeAt = 16;

    private static final ThreadLocal<Parker> OWN = new ThreadLocal<>() {
        @Override
        protected Parker initialValue() {
            return parkerOf(Thread.currentThread());
        }
    };

    private static Parker parkerOf(Thread t) {
        synchronized (PARKERS) {
            Parker p = PARKERS.get(t);
            if (p == null) {
                if (PARKERS.size() >= purgeAt) {
                    purgeTerminated();
                }
                p = new Parker();
                PARKERS.put(t, p);
            }
            return p;
        }
    }

    private static void purgeTerminated() {
        for (Iterator<Thread> it = PARKERS.keySet().iterator(); it.hasNext();) {
            if (it.next().getState() == Thread.State.TERMINATED) {
                it.remove();
            }
        }
        purgeAt = Math.max(16, PARKERS.size() * 2);
    }

    public static void unpark(Thread thread) {
        if (thread != null) {
            parkerOf(thread).unpark();
        }
    }

    public static void park() {
        parkFor(null, 0L);
    }

    public static void park(Object blocker) {
        parkFor(blocker, 0L);
    }

    public static void parkNanos(long nanos) {
        if (nanos > 0) {
            parkFor(null, nanos);
        }
    }

    public static void parkNanos(Object blocker, long nanos) {
        if (nanos > 0) {
            parkFor(blocker, nanos);
        }
    }

    public static void parkUntil(long deadline) {
        parkUntil(null, deadline);
    }

    public static void parkUntil(Object blocker, long deadline) {
        long millis = deadline - System.currentTimeMillis();
        if (millis > 0) {
            parkFor(blocker, millis * 1_000_000L);
        }
    }

    private static void parkFor(Object blocker, long nanos) {
        if (Thread.currentThread().isInterrupted()) {
            return;
        }
        Parker p = OWN.get();
        p.blocker = blocker;
        try {
            p.park(nanos);
        } finally {
            p.blocker = null;
        }
    }

    public static Object getBlocker(Thread t) {
        if (t == null) {
            throw new NullPointerException();
        }
        synchronized (PARKERS) {
            Parker p = PARKERS.get(t);
            return p == null ? null : p.blocker;
        }
    }

    public static void setCurrentBlocker(Object blocker) {
        OWN.get().blocker = blocker;
    }
}
