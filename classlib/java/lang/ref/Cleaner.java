// Cleaners: actions that run once an object has become phantom reachable, on a daemon thread
// per Cleaner ("Cleaner-N") that takes the objects' phantom references from a queue.
//
// Every registration is a PhantomReference kept in a list owned by the cleaner's state (so the
// reference itself stays reachable until it is processed). The Cleaner registers itself too:
// when the Cleaner object becomes unreachable its own entry is processed, and the thread ends
// once nothing is registered any more. The thread holds the state, never the Cleaner.
package java.lang.ref;

import java.util.Objects;

public final class Cleaner {

    public interface Cleanable {
        void clean();
    }

    private static int threadNumber;
    private static ThreadGroup threadGroup;

    private final State state = new State();

    private Cleaner() {}

    public static Cleaner create() {
        Cleaner cleaner = new Cleaner();
        cleaner.register(cleaner, State::nothing);
        Thread thread = new Thread(cleanerGroup(), cleaner.state, nextThreadName(), 0, false);
        thread.setDaemon(true);
        thread.setPriority(Thread.MAX_PRIORITY - 2);
        thread.start();
        return cleaner;
    }

    public Cleanable register(Object obj, Runnable action) {
        Objects.requireNonNull(obj, "obj");
        Objects.requireNonNull(action, "action");
        return new Registration(obj, state, action);
    }

    private static synchronized String nextThreadName() {
        return "Cleaner-" + threadNumber++;
    }

    /** Like HotSpot's, cleaner threads live in a group of their own under the system group. */
    private static synchronized ThreadGroup cleanerGroup() {
        if (threadGroup == null) {
            ThreadGroup root = Thread.currentThread().getThreadGroup();
            while (root.getParent() != null) {
                root = root.getParent();
            }
            threadGroup = new ThreadGroup(root, "InnocuousThreadGroup");
        }
        return threadGroup;
    }

    /** The queue, the registrations not yet cleaned, and the thread's loop. */
    private static final class State implements Runnable {
        final ReferenceQueue<Object> queue = new ReferenceQueue<>();
        private final Registration head = new Registration();  // sentinel of a circular list

        static void nothing() {}

        synchronized void insert(Registration r) {
            r.next = head.next;
            r.previous = head;
            head.next.previous = r;
            head.next = r;
        }

        /** False if `r` was removed already (cleaned before). */
        synchronized boolean remove(Registration r) {
            if (r.next == r) {
                return false;
            }
            r.next.previous = r.previous;
            r.previous.next = r.next;
            r.next = r;
            r.previous = r;
            return true;
        }

        synchronized boolean isEmpty() {
            return head.next == head;
        }

        @Override
        public void run() {
            while (!isEmpty()) {
                try {
                    Reference<?> ref = queue.remove(60_000L);
                    if (ref instanceof Registration) {
                        ((Registration) ref).clean();
                    }
                } catch (Throwable ignored) {
                    // an action that throws does not stop the cleaner
                }
            }
        }
    }

    private static final class Registration extends PhantomReference<Object> implements Cleanable {
        private final State state;
        private final Runnable action;
        Registration previous = this;
        Registration next = this;

        /** The list sentinel. */
        Registration() {
            super(null, null);
            this.state = null;
            this.action = null;
        }

        Registration(Object referent, State state, Runnable action) {
            super(referent, state.queue);
            this.state = state;
            this.action = action;
            state.insert(this);
        }

        @Override
        public void clean() {
            if (state.remove(this)) {
                super.clear();
                action.run();
            }
        }

        @Override
        public void clear() {
            if (state.remove(this)) {
                super.clear();
            }
        }
    }
}
