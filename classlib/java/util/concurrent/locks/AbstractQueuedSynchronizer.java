// islet's base for locks and synchronizers: an atomic int state that subclasses interpret through
// tryAcquire/tryRelease (exclusive) and tryAcquireShared/tryReleaseShared (shared), plus a FIFO
// queue of parked threads and condition objects.
//
// Design (islet's own, simpler than the JDK's lock-free CLH queue): the queue is a doubly linked
// list guarded by a small monitor that is only held for a few pointer updates, never while a
// thread is parked. Only the first queued thread tries to acquire; a release unparks it. A thread
// leaving the queue (acquired, timed out, interrupted) unparks its successor when that one has
// become first, so no wake-up is lost; LockSupport's permit covers an unpark that arrives before
// the park. After a shared acquire the successor is woken too, so that a release that admits
// several threads (a latch opening, several permits) lets them all through in turn.
package java.util.concurrent.locks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import jdk.internal.misc.Unsafe;

public abstract class AbstractQueuedSynchronizer extends AbstractOwnableSynchronizer {

    private static final long serialVersionUID = 7373984972572414691L;
    private static final long STATE = Unsafe.objectFieldOffset(AbstractQueuedSynchronizer.class, "state");

    private volatile int state;

    /** A queued thread. */
    static final class Node {
        final Thread thread;
        final boolean shared;
        Node prev;
        Node next;

        Node(Thread thread, boolean shared) {
            this.thread = thread;
            this.shared = shared;
        }
    }

    private final transient Object queueLock = new Object();
    private transient volatile Node head; // the first waiter, not a dummy
    private transient Node tail;

    protected AbstractQueuedSynchronizer() {}

    // ---- State ----

    protected final int getState() {
        return state;
    }

    protected final void setState(int newState) {
        state = newState;
    }

    protected final boolean compareAndSetState(int expect, int update) {
        return Unsafe.compareAndSetInt(this, STATE, expect, update);
    }

    // ---- What subclasses define ----

    protected boolean tryAcquire(int arg) {
        throw new UnsupportedOperationException();
    }

    protected boolean tryRelease(int arg) {
        throw new UnsupportedOperationException();
    }

    protected int tryAcquireShared(int arg) {
        throw new UnsupportedOperationException();
    }

    protected boolean tryReleaseShared(int arg) {
        throw new UnsupportedOperationException();
    }

    protected boolean isHeldExclusively() {
        throw new UnsupportedOperationException();
    }

    // ---- Exclusive mode ----

    public final void acquire(int arg) {
        if (!tryAcquire(arg) && acquireQueued(arg, false, false, false, 0L) == INTERRUPTED_AFTER) {
            Thread.currentThread().interrupt();
        }
    }

    public final void acquireInterruptibly(int arg) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        if (!tryAcquire(arg) && acquireQueued(arg, false, true, false, 0L) == INTERRUPTED) {
            throw new InterruptedException();
        }
    }

    public final boolean tryAcquireNanos(int arg, long nanosTimeout) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        if (tryAcquire(arg)) {
            return true;
        }
        if (nanosTimeout <= 0) {
            return false;
        }
        int outcome = acquireQueued(arg, false, true, true, nanosTimeout);
        if (outcome == INTERRUPTED) {
            throw new InterruptedException();
        }
        return outcome == ACQUIRED;
    }

    public final boolean release(int arg) {
        if (tryRelease(arg)) {
            wakeFirst();
            return true;
        }
        return false;
    }

    // ---- Shared mode ----

    public final void acquireShared(int arg) {
        if (tryAcquireShared(arg) < 0 && acquireQueued(arg, true, false, false, 0L) == INTERRUPTED_AFTER) {
            Thread.currentThread().interrupt();
        }
    }

    public final void acquireSharedInterruptibly(int arg) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        if (tryAcquireShared(arg) < 0 && acquireQueued(arg, true, true, false, 0L) == INTERRUPTED) {
            throw new InterruptedException();
        }
    }

    public final boolean tryAcquireSharedNanos(int arg, long nanosTimeout) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        if (tryAcquireShared(arg) >= 0) {
            return true;
        }
        if (nanosTimeout <= 0) {
            return false;
        }
        int outcome = acquireQueued(arg, true, true, true, nanosTimeout);
        if (outcome == INTERRUPTED) {
            throw new InterruptedException();
        }
        return outcome == ACQUIRED;
    }

    public final boolean releaseShared(int arg) {
        if (tryReleaseShared(arg)) {
            wakeFirst();
            return true;
        }
        return false;
    }

    // ---- The queue ----

    private static final int ACQUIRED = 0;
    private static final int INTERRUPTED_AFTER = 1; // acquired, but was interrupted while waiting
    private static final int TIMED_OUT = 2;
    private static final int INTERRUPTED = 3;

    /** Queues the current thread and waits until it acquires (or times out / is interrupted). */
    private int acquireQueued(int arg, boolean shared, boolean interruptible, boolean timed, long nanos) {
        Node node = new Node(Thread.currentThread(), shared);
        enqueue(node);
        long deadline = timed ? System.nanoTime() + nanos : 0L;
        boolean interrupted = false;
        boolean acquired = false;
        try {
            while (true) {
                if (head == node && (shared ? tryAcquireShared(arg) >= 0 : tryAcquire(arg))) {
                    acquired = true;
                    return interrupted ? INTERRUPTED_AFTER : ACQUIRED;
                }
                if (timed) {
                    long remaining = deadline - System.nanoTime();
                    if (remaining <= 0L) {
                        return TIMED_OUT;
                    }
                    LockSupport.parkNanos(this, remaining);
                } else {
                    LockSupport.park(this);
                }
                if (Thread.interrupted()) {
                    if (interruptible) {
                        return INTERRUPTED;
                    }
                    interrupted = true;
                }
            }
        } finally {
            leave(node, !acquired || shared);
        }
    }

    private void enqueue(Node node) {
        synchronized (queueLock) {
            Node last = tail;
            node.prev = last;
            if (last == null) {
                head = node;
            } else {
                last.next = node;
            }
            tail = node;
        }
    }

    /**
     * Unlinks node. If that makes another node first and this one did not take the lock
     * exclusively (it gave up, or a shared acquire may admit more), unparks the new first node so
     * that it tries in turn; an exclusive owner wakes it on release instead.
     */
    private void leave(Node node, boolean wakeSuccessor) {
        Node wake = null;
        synchronized (queueLock) {
            boolean wasFirst = head == node;
            Node p = node.prev;
            Node n = node.next;
            if (p == null) {
                head = n;
            } else {
                p.next = n;
            }
            if (n == null) {
                tail = p;
            } else {
                n.prev = p;
            }
            node.prev = null;
            node.next = null;
            if (wasFirst && wakeSuccessor && n != null) {
                wake = n;
            }
        }
        if (wake != null) {
            LockSupport.unpark(wake.thread);
        }
    }

    private void wakeFirst() {
        Node first = head;
        if (first != null) {
            LockSupport.unpark(first.thread);
        }
    }

    // ---- Queue inspection ----

    public final boolean hasQueuedThreads() {
        return head != null;
    }

    public final boolean hasContended() {
        return head != null;
    }

    public final Thread getFirstQueuedThread() {
        Node first = head;
        return first == null ? null : first.thread;
    }

    public final boolean isQueued(Thread thread) {
        if (thread == null) {
            throw new NullPointerException();
        }
        synchronized (queueLock) {
            for (Node p = head; p != null; p = p.next) {
                if (p.thread == thread) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether another thread is queued ahead of the current one (fair acquisition gives way). */
    public final boolean hasQueuedPredecessors() {
        Node first = head;
        return first != null && first.thread != Thread.currentThread();
    }

    /** Whether the first queued thread waits for exclusive mode (readers give way to it). */
    final boolean apparentlyFirstQueuedIsExclusive() {
        Node first = head;
        return first != null && !first.shared;
    }

    public final int getQueueLength() {
        int n = 0;
        synchronized (queueLock) {
            for (Node p = head; p != null; p = p.next) {
                n++;
            }
        }
        return n;
    }

    private Collection<Thread> queuedThreads(int mode) {
        ArrayList<Thread> list = new ArrayList<>();
        synchronized (queueLock) {
            for (Node p = tail; p != null; p = p.prev) {
                if (mode == 0 || (mode == 1) == !p.shared) {
                    list.add(p.thread);
                }
            }
        }
        return list;
    }

    public final Collection<Thread> getQueuedThreads() {
        return queuedThreads(0);
    }

    public final Collection<Thread> getExclusiveQueuedThreads() {
        return queuedThreads(1);
    }

    public final Collection<Thread> getSharedQueuedThreads() {
        return queuedThreads(2);
    }

    public String toString() {
        return super.toString() + "[State = " + getState() + ", " + (hasQueuedThreads() ? "non" : "") + "empty queue]";
    }

    // ---- Conditions ----

    public final boolean owns(ConditionObject condition) {
        return condition.owner() == this;
    }

    private ConditionObject owned(ConditionObject condition) {
        if (!owns(condition)) {
            throw new IllegalArgumentException("Not owner");
        }
        return condition;
    }

    public final boolean hasWaiters(ConditionObject condition) {
        return owned(condition).hasWaiters();
    }

    public final int getWaitQueueLength(ConditionObject condition) {
        return owned(condition).getWaitQueueLength();
    }

    public final Collection<Thread> getWaitingThreads(ConditionObject condition) {
        return owned(condition).getWaitingThreads();
    }

    /**
     * A condition of an exclusive synchronizer. Waiters form a FIFO list guarded by the condition
     * object's own monitor; each waiter's status moves once from WAITING to SIGNALLED (by signal)
     * or CANCELLED (by its own timeout or interrupt), under that monitor, so that a signal is
     * never spent on a waiter that has already left.
     */
    public class ConditionObject implements Condition, java.io.Serializable {

        private static final long serialVersionUID = 1173984872572414699L;

        private static final int WAITING = 0;
        private static final int SIGNALLED = 1;
        private static final int CANCELLED = 2;

        private final class Waiter {
            final Thread thread = Thread.currentThread();
            int status = WAITING; // guarded by ConditionObject.this
            Waiter next;
        }

        private transient Waiter first;
        private transient Waiter last;

        public ConditionObject() {}

        AbstractQueuedSynchronizer owner() {
            return AbstractQueuedSynchronizer.this;
        }

        private synchronized Waiter addWaiter() {
            Waiter w = new Waiter();
            if (last == null) {
                first = w;
            } else {
                last.next = w;
            }
            last = w;
            return w;
        }

        private void unlink(Waiter w) {
            Waiter prev = null;
            for (Waiter p = first; p != null; prev = p, p = p.next) {
                if (p == w) {
                    if (prev == null) {
                        first = p.next;
                    } else {
                        prev.next = p.next;
                    }
                    if (last == p) {
                        last = prev;
                    }
                    p.next = null;
                    return;
                }
            }
        }

        /** True if the waiter left before being signalled. */
        private synchronized boolean cancel(Waiter w) {
            if (w.status != WAITING) {
                return false;
            }
            w.status = CANCELLED;
            unlink(w);
            return true;
        }

        private synchronized boolean isWaiting(Waiter w) {
            return w.status == WAITING;
        }

        /** Releases the lock fully, remembering its state for reacquisition. */
        private int releaseAll(Waiter w) {
            int saved = getState();
            boolean released;
            try {
                released = release(saved);
            } catch (RuntimeException | Error e) {
                cancel(w);
                throw e;
            }
            if (!released) {
                cancel(w);
                throw new IllegalMonitorStateException();
            }
            return saved;
        }

        /** Reacquires the lock with the saved state; true if interrupted while doing so. */
        private boolean reacquire(int saved) {
            if (tryAcquire(saved)) {
                return false;
            }
            return acquireQueued(saved, false, false, false, 0L) == INTERRUPTED_AFTER;
        }

        public final void await() throws InterruptedException {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            Waiter w = addWaiter();
            int saved = releaseAll(w);
            boolean interruptedBeforeSignal = false;
            boolean interruptedAfterSignal = false;
            while (isWaiting(w)) {
                LockSupport.park(this);
                if (Thread.interrupted()) {
                    if (cancel(w)) {
                        interruptedBeforeSignal = true;
                    } else {
                        interruptedAfterSignal = true;
                    }
                    break;
                }
            }
            if (reacquire(saved)) {
                interruptedAfterSignal = true;
            }
            if (interruptedBeforeSignal) {
                throw new InterruptedException();
            }
            if (interruptedAfterSignal) {
                Thread.currentThread().interrupt();
            }
        }

        public final void awaitUninterruptibly() {
            Waiter w = addWaiter();
            int saved = releaseAll(w);
            boolean interrupted = false;
            while (isWaiting(w)) {
                LockSupport.park(this);
                if (Thread.interrupted()) {
                    interrupted = true;
                }
            }
            if (reacquire(saved) || interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        public final long awaitNanos(long nanosTimeout) throws InterruptedException {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            Waiter w = addWaiter();
            int saved = releaseAll(w);
            long deadline = System.nanoTime() + nanosTimeout;
            boolean interruptedBeforeSignal = false;
            boolean interruptedAfterSignal = false;
            while (isWaiting(w)) {
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0L) {
                    if (cancel(w)) {
                        break;
                    }
                    continue;
                }
                LockSupport.parkNanos(this, remaining);
                if (Thread.interrupted()) {
                    if (cancel(w)) {
                        interruptedBeforeSignal = true;
                    } else {
                        interruptedAfterSignal = true;
                    }
                    break;
                }
            }
            if (reacquire(saved)) {
                interruptedAfterSignal = true;
            }
            if (interruptedBeforeSignal) {
                throw new InterruptedException();
            }
            if (interruptedAfterSignal) {
                Thread.currentThread().interrupt();
            }
            long remaining = deadline - System.nanoTime();
            return remaining <= nanosTimeout ? remaining : Long.MIN_VALUE;
        }

        public final boolean await(long time, TimeUnit unit) throws InterruptedException {
            return awaitNanos(unit.toNanos(time)) > 0L;
        }

        private void checkHeld() {
            if (!isHeldExclusively()) {
                throw new IllegalMonitorStateException();
            }
        }

        /** Marks the first waiting waiter signalled; its thread, or null if there is none. */
        private synchronized Thread signalFirst() {
            Waiter w = first;
            if (w == null) {
                return null;
            }
            first = w.next;
            if (first == null) {
                last = null;
            }
            w.next = null;
            w.status = SIGNALLED;
            return w.thread;
        }

        public final void signal() {
            checkHeld();
            Thread t = signalFirst();
            if (t != null) {
                LockSupport.unpark(t);
            }
        }

        public final void signalAll() {
            checkHeld();
            for (Thread t = signalFirst(); t != null; t = signalFirst()) {
                LockSupport.unpark(t);
            }
        }

        protected final boolean hasWaiters() {
            checkHeld();
            synchronized (this) {
                return first != null;
            }
        }

        protected final int getWaitQueueLength() {
            checkHeld();
            int n = 0;
            synchronized (this) {
                for (Waiter w = first; w != null; w = w.next) {
                    n++;
                }
            }
            return n;
        }

        protected final Collection<Thread> getWaitingThreads() {
            checkHeld();
            ArrayList<Thread> list = new ArrayList<>();
            synchronized (this) {
                for (Waiter w = first; w != null; w = w.next) {
                    list.add(w.thread);
                }
            }
            return list;
        }
    }
}
