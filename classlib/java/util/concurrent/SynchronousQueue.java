// A queue with no capacity: each insertion hands its element directly to a waiting removal and
// vice versa. Waiting putters and takers are matched in FIFO order under one lock; a waiter
// leaves when matched, timed out or interrupted (never after being matched).
package java.util.concurrent;

import java.util.AbstractQueue;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

public class SynchronousQueue<E> extends AbstractQueue<E> implements BlockingQueue<E>, java.io.Serializable {

    private static final long serialVersionUID = -3223113410248163686L;

    /** A waiting thread's offer (item set) or request (item filled in by the match). */
    private static final class Waiter {
        Object item;
        boolean matched;
    }

    private final ReentrantLock lock;
    private final Condition matchedCondition;
    private final ArrayDeque<Waiter> putters = new ArrayDeque<>();
    private final ArrayDeque<Waiter> takers = new ArrayDeque<>();

    public SynchronousQueue() {
        this(false);
    }

    public SynchronousQueue(boolean fair) {
        lock = new ReentrantLock(fair);
        matchedCondition = lock.newCondition();
    }

    /** Waits until w is matched; false if it timed out (w withdrawn). nanos < 0: no limit. */
    private boolean awaitMatch(Waiter w, ArrayDeque<Waiter> line, long nanos)
            throws InterruptedException {
        while (!w.matched) {
            try {
                if (nanos < 0L) {
                    matchedCondition.await();
                } else if (nanos == 0L) {
                    line.remove(w);
                    return false;
                } else {
                    nanos = Math.max(0L, matchedCondition.awaitNanos(nanos));
                }
            } catch (InterruptedException e) {
                if (w.matched) {
                    Thread.currentThread().interrupt();
                    return true;
                }
                line.remove(w);
                throw e;
            }
        }
        return true;
    }

    private boolean transferOut(E e, long nanos) throws InterruptedException {
        Objects.requireNonNull(e);
        lock.lockInterruptibly();
        try {
            Waiter taker = takers.poll();
            if (taker != null) {
                taker.item = e;
                taker.matched = true;
                matchedCondition.signalAll();
                return true;
            }
            if (nanos == 0L) {
                return false;
            }
            Waiter w = new Waiter();
            w.item = e;
            putters.add(w);
            return awaitMatch(w, putters, nanos);
        } finally {
            lock.unlock();
        }
    }

    @SuppressWarnings("unchecked")
    private E transferIn(long nanos) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            Waiter putter = putters.poll();
            if (putter != null) {
                putter.matched = true;
                matchedCondition.signalAll();
                return (E) putter.item;
            }
            if (nanos == 0L) {
                return null;
            }
            Waiter w = new Waiter();
            takers.add(w);
            return awaitMatch(w, takers, nanos) ? (E) w.item : null;
        } finally {
            lock.unlock();
        }
    }

    public void put(E e) throws InterruptedException {
        transferOut(e, -1L);
    }

    public boolean offer(E e, long timeout, TimeUnit unit) throws InterruptedException {
        return transferOut(e, Math.max(0L, unit.toNanos(timeout)));
    }

    public boolean offer(E e) {
        Objects.requireNonNull(e);
        lock.lock();
        try {
            Waiter taker = takers.poll();
            if (taker == null) {
                return false;
            }
            taker.item = e;
            taker.matched = true;
            matchedCondition.signalAll();
            return true;
        } finally {
            lock.unlock();
        }
    }

    public E take() throws InterruptedException {
        return transferIn(-1L);
    }

    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        return transferIn(Math.max(0L, unit.toNanos(timeout)));
    }

    @SuppressWarnings("unchecked")
    public E poll() {
        lock.lock();
        try {
            Waiter putter = putters.poll();
            if (putter == null) {
                return null;
            }
            putter.matched = true;
            matchedCondition.signalAll();
            return (E) putter.item;
        } finally {
            lock.unlock();
        }
    }

    public boolean isEmpty() {
        return true;
    }

    public int size() {
        return 0;
    }

    public int remainingCapacity() {
        return 0;
    }

    public void clear() {}

    public boolean contains(Object o) {
        return false;
    }

    public boolean remove(Object o) {
        return false;
    }

    public boolean containsAll(Collection<?> c) {
        return c.isEmpty();
    }

    public boolean removeAll(Collection<?> c) {
        return false;
    }

    public boolean retainAll(Collection<?> c) {
        return false;
    }

    public E peek() {
        return null;
    }

    public Iterator<E> iterator() {
        return Collections.emptyIterator();
    }

    public Object[] toArray() {
        return new Object[0];
    }

    public <T> T[] toArray(T[] a) {
        if (a.length > 0) {
            a[0] = null;
        }
        return a;
    }

    public String toString() {
        return "[]";
    }

    public int drainTo(Collection<? super E> c) {
        return drainTo(c, Integer.MAX_VALUE);
    }

    public int drainTo(Collection<? super E> c, int maxElements) {
        Objects.requireNonNull(c);
        if (c == this) {
            throw new IllegalArgumentException();
        }
        int n = 0;
        for (E e; n < maxElements && (e = poll()) != null; n++) {
            c.add(e);
        }
        return n;
    }
}
