// A bounded FIFO blocking queue in a circular array under one ReentrantLock (fair or not) with
// notEmpty/notFull conditions. Iterators walk a snapshot taken when they are created; remove()
// deletes the element returned last if it is still in the queue (by identity).
package java.util.concurrent;

import java.util.AbstractQueue;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

public class ArrayBlockingQueue<E> extends AbstractQueue<E> implements BlockingQueue<E>, java.io.Serializable {

    private static final long serialVersionUID = -817911632652898426L;

    private final Object[] items;
    private int takeIndex;
    private int putIndex;
    private int count;
    private final ReentrantLock lock;
    private final Condition notEmpty;
    private final Condition notFull;

    public ArrayBlockingQueue(int capacity) {
        this(capacity, false);
    }

    public ArrayBlockingQueue(int capacity, boolean fair) {
        if (capacity <= 0) {
            throw new IllegalArgumentException();
        }
        items = new Object[capacity];
        lock = new ReentrantLock(fair);
        notEmpty = lock.newCondition();
        notFull = lock.newCondition();
    }

    public ArrayBlockingQueue(int capacity, boolean fair, Collection<? extends E> c) {
        this(capacity, fair);
        lock.lock();
        try {
            for (E e : c) {
                Objects.requireNonNull(e);
                if (count == items.length) {
                    throw new IllegalArgumentException();
                }
                enqueue(e);
            }
        } finally {
            lock.unlock();
        }
    }

    // ---- Under the lock ----

    private int inc(int i) {
        return ++i == items.length ? 0 : i;
    }

    private void enqueue(E e) {
        items[putIndex] = e;
        putIndex = inc(putIndex);
        count++;
        notEmpty.signal();
    }

    @SuppressWarnings("unchecked")
    private E dequeue() {
        E x = (E) items[takeIndex];
        items[takeIndex] = null;
        takeIndex = inc(takeIndex);
        count--;
        notFull.signal();
        return x;
    }

    /** Removes the element at index i, shifting the later ones down. */
    private void removeAt(int i) {
        if (i == takeIndex) {
            dequeue();
            return;
        }
        for (int next = inc(i); next != putIndex; i = next, next = inc(next)) {
            items[i] = items[next];
        }
        items[i] = null;
        putIndex = i;
        count--;
        notFull.signal();
    }

    // ---- Insertion ----

    public boolean add(E e) {
        return super.add(e);
    }

    public boolean offer(E e) {
        Objects.requireNonNull(e);
        lock.lock();
        try {
            if (count == items.length) {
                return false;
            }
            enqueue(e);
            return true;
        } finally {
            lock.unlock();
        }
    }

    public void put(E e) throws InterruptedException {
        Objects.requireNonNull(e);
        lock.lockInterruptibly();
        try {
            while (count == items.length) {
                notFull.await();
            }
            enqueue(e);
        } finally {
            lock.unlock();
        }
    }

    public boolean offer(E e, long timeout, TimeUnit unit) throws InterruptedException {
        Objects.requireNonNull(e);
        long nanos = unit.toNanos(timeout);
        lock.lockInterruptibly();
        try {
            while (count == items.length) {
                if (nanos <= 0L) {
                    return false;
                }
                nanos = notFull.awaitNanos(nanos);
            }
            enqueue(e);
            return true;
        } finally {
            lock.unlock();
        }
    }

    // ---- Removal ----

    public E poll() {
        lock.lock();
        try {
            return count == 0 ? null : dequeue();
        } finally {
            lock.unlock();
        }
    }

    public E take() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (count == 0) {
                notEmpty.await();
            }
            return dequeue();
        } finally {
            lock.unlock();
        }
    }

    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        lock.lockInterruptibly();
        try {
            while (count == 0) {
                if (nanos <= 0L) {
                    return null;
                }
                nanos = notEmpty.awaitNanos(nanos);
            }
            return dequeue();
        } finally {
            lock.unlock();
        }
    }

    @SuppressWarnings("unchecked")
    public E peek() {
        lock.lock();
        try {
            return (E) items[takeIndex];
        } finally {
            lock.unlock();
        }
    }

    public int size() {
        lock.lock();
        try {
            return count;
        } finally {
            lock.unlock();
        }
    }

    public int remainingCapacity() {
        lock.lock();
        try {
            return items.length - count;
        } finally {
            lock.unlock();
        }
    }

    public boolean remove(Object o) {
        if (o == null) {
            return false;
        }
        lock.lock();
        try {
            for (int k = 0, i = takeIndex; k < count; k++, i = inc(i)) {
                if (o.equals(items[i])) {
                    removeAt(i);
                    return true;
                }
            }
            return false;
        } finally {
            lock.unlock();
        }
    }

    private boolean removeIdentical(Object o) {
        lock.lock();
        try {
            for (int k = 0, i = takeIndex; k < count; k++, i = inc(i)) {
                if (items[i] == o) {
                    removeAt(i);
                    return true;
                }
            }
            return false;
        } finally {
            lock.unlock();
        }
    }

    public boolean contains(Object o) {
        if (o == null) {
            return false;
        }
        lock.lock();
        try {
            for (int k = 0, i = takeIndex; k < count; k++, i = inc(i)) {
                if (o.equals(items[i])) {
                    return true;
                }
            }
            return false;
        } finally {
            lock.unlock();
        }
    }

    public Object[] toArray() {
        lock.lock();
        try {
            Object[] a = new Object[count];
            for (int k = 0, i = takeIndex; k < count; k++, i = inc(i)) {
                a[k] = items[i];
            }
            return a;
        } finally {
            lock.unlock();
        }
    }

    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        Object[] snapshot = toArray();
        if (a.length < snapshot.length) {
            a = (T[]) java.lang.reflect.Array.newInstance(a.getClass().getComponentType(), snapshot.length);
        }
        System.arraycopy(snapshot, 0, a, 0, snapshot.length);
        if (a.length > snapshot.length) {
            a[snapshot.length] = null;
        }
        return a;
    }

    public String toString() {
        return ConcurrentText.collectionToString(toArray(), this);
    }

    public void clear() {
        lock.lock();
        try {
            while (count > 0) {
                dequeue();
            }
            takeIndex = putIndex = 0;
        } finally {
            lock.unlock();
        }
    }

    public int drainTo(Collection<? super E> c) {
        return drainTo(c, Integer.MAX_VALUE);
    }

    public int drainTo(Collection<? super E> c, int maxElements) {
        Objects.requireNonNull(c);
        if (c == this) {
            throw new IllegalArgumentException();
        }
        if (maxElements <= 0) {
            return 0;
        }
        lock.lock();
        try {
            int n = 0;
            while (n < maxElements && count > 0) {
                c.add(dequeue());
                n++;
            }
            return n;
        } finally {
            lock.unlock();
        }
    }

    public Iterator<E> iterator() {
        Object[] snapshot = toArray();
        return new Iterator<E>() {
            private int cursor;
            private int lastRet = -1;

            public boolean hasNext() {
                return cursor < snapshot.length;
            }

            @SuppressWarnings("unchecked")
            public E next() {
                if (cursor >= snapshot.length) {
                    throw new NoSuchElementException();
                }
                lastRet = cursor++;
                return (E) snapshot[lastRet];
            }

            public void remove() {
                if (lastRet < 0) {
                    throw new IllegalStateException();
                }
                removeIdentical(snapshot[lastRet]);
                lastRet = -1;
            }
        };
    }
}
