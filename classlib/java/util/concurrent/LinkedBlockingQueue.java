// An optionally bounded FIFO blocking queue of linked nodes under one ReentrantLock with
// notEmpty/notFull conditions. Iterators are weakly consistent as the JDK's: a dequeued node links
// to itself (the iterator then restarts from the head) and a node removed from the middle keeps
// its successor link with a null item (skipped).
package java.util.concurrent;

import java.util.AbstractQueue;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

public class LinkedBlockingQueue<E> extends AbstractQueue<E> implements BlockingQueue<E>, java.io.Serializable {

    private static final long serialVersionUID = -6903933977591709194L;

    static final class Node<E> {
        E item;
        Node<E> next;

        Node(E item) {
            this.item = item;
        }
    }

    private final int capacity;
    private int count;
    private Node<E> head; // dummy: head.item is always null
    private Node<E> last;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final Condition notFull = lock.newCondition();

    public LinkedBlockingQueue() {
        this(Integer.MAX_VALUE);
    }

    public LinkedBlockingQueue(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException();
        }
        this.capacity = capacity;
        last = head = new Node<>(null);
    }

    public LinkedBlockingQueue(Collection<? extends E> c) {
        this(Integer.MAX_VALUE);
        lock.lock();
        try {
            for (E e : c) {
                Objects.requireNonNull(e);
                if (count == capacity) {
                    throw new IllegalStateException("Queue full");
                }
                enqueue(new Node<>(e));
            }
        } finally {
            lock.unlock();
        }
    }

    // ---- Under the lock ----

    private void enqueue(Node<E> node) {
        last = last.next = node;
        count++;
        notEmpty.signal();
    }

    private E dequeue() {
        Node<E> h = head;
        Node<E> first = h.next;
        h.next = h; // tells iterators that h left the queue
        head = first;
        E x = first.item;
        first.item = null;
        count--;
        notFull.signal();
        return x;
    }

    private void unlink(Node<E> p, Node<E> trail) {
        p.item = null;
        trail.next = p.next;
        if (last == p) {
            last = trail;
        }
        count--;
        notFull.signal();
    }

    // ---- Insertion ----

    public void put(E e) throws InterruptedException {
        Objects.requireNonNull(e);
        lock.lockInterruptibly();
        try {
            while (count == capacity) {
                notFull.await();
            }
            enqueue(new Node<>(e));
        } finally {
            lock.unlock();
        }
    }

    public boolean offer(E e, long timeout, TimeUnit unit) throws InterruptedException {
        Objects.requireNonNull(e);
        long nanos = unit.toNanos(timeout);
        lock.lockInterruptibly();
        try {
            while (count == capacity) {
                if (nanos <= 0L) {
                    return false;
                }
                nanos = notFull.awaitNanos(nanos);
            }
            enqueue(new Node<>(e));
            return true;
        } finally {
            lock.unlock();
        }
    }

    public boolean offer(E e) {
        Objects.requireNonNull(e);
        lock.lock();
        try {
            if (count == capacity) {
                return false;
            }
            enqueue(new Node<>(e));
            return true;
        } finally {
            lock.unlock();
        }
    }

    // ---- Removal ----

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

    public E poll() {
        lock.lock();
        try {
            return count == 0 ? null : dequeue();
        } finally {
            lock.unlock();
        }
    }

    public E peek() {
        lock.lock();
        try {
            return count == 0 ? null : head.next.item;
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
            for (Node<E> trail = head, p = trail.next; p != null; trail = p, p = p.next) {
                if (o.equals(p.item)) {
                    unlink(p, trail);
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
            for (Node<E> p = head.next; p != null; p = p.next) {
                if (o.equals(p.item)) {
                    return true;
                }
            }
            return false;
        } finally {
            lock.unlock();
        }
    }

    public void clear() {
        lock.lock();
        try {
            for (Node<E> p, h = head; (p = h.next) != null; h = p) {
                h.next = h;
                p.item = null;
            }
            head = last;
            count = 0;
            notFull.signalAll();
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

    // ---- Size and views ----

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
            return capacity - count;
        } finally {
            lock.unlock();
        }
    }

    public Object[] toArray() {
        lock.lock();
        try {
            Object[] a = new Object[count];
            int k = 0;
            for (Node<E> p = head.next; p != null; p = p.next) {
                a[k++] = p.item;
            }
            return a;
        } finally {
            lock.unlock();
        }
    }

    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        lock.lock();
        try {
            if (a.length < count) {
                a = (T[]) java.lang.reflect.Array.newInstance(a.getClass().getComponentType(), count);
            }
            int k = 0;
            for (Node<E> p = head.next; p != null; p = p.next) {
                a[k++] = (T) p.item;
            }
            if (a.length > k) {
                a[k] = null;
            }
            return a;
        } finally {
            lock.unlock();
        }
    }

    public String toString() {
        return ConcurrentText.collectionToString(toArray(), this);
    }

    public Iterator<E> iterator() {
        return new Itr();
    }

    /** The live successor of p, restarting from the head if p was dequeued. */
    private Node<E> succ(Node<E> p) {
        Node<E> q = p.next;
        return q == p ? head.next : q;
    }

    private final class Itr implements Iterator<E> {
        private Node<E> next;
        private E nextItem;
        private Node<E> lastRet;

        Itr() {
            lock.lock();
            try {
                advance(head);
            } finally {
                lock.unlock();
            }
        }

        private void advance(Node<E> from) {
            Node<E> p = succ(from);
            while (p != null && p.item == null) {
                p = succ(p);
            }
            next = p;
            nextItem = p == null ? null : p.item;
        }

        public boolean hasNext() {
            return next != null;
        }

        public E next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            lock.lock();
            try {
                E x = nextItem;
                lastRet = next;
                advance(next);
                return x;
            } finally {
                lock.unlock();
            }
        }

        public void remove() {
            Node<E> p = lastRet;
            if (p == null) {
                throw new IllegalStateException();
            }
            lastRet = null;
            lock.lock();
            try {
                if (p.item != null) {
                    for (Node<E> trail = head, q = trail.next; q != null; trail = q, q = q.next) {
                        if (q == p) {
                            unlink(q, trail);
                            break;
                        }
                    }
                }
            } finally {
                lock.unlock();
            }
        }
    }
}
