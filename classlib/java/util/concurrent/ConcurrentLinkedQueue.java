// An unbounded thread-safe FIFO queue. islet keeps the elements in a LinkedBlockingQueue (one
// lock, weakly consistent iterators) instead of the JDK's lock-free list; the behaviour a program
// can observe is the same.
package java.util.concurrent;

import java.util.AbstractQueue;
import java.util.Collection;
import java.util.Iterator;
import java.util.Objects;

public class ConcurrentLinkedQueue<E> extends AbstractQueue<E> implements java.util.Queue<E>, java.io.Serializable {

    private static final long serialVersionUID = 196745693267521676L;

    private final LinkedBlockingQueue<E> items = new LinkedBlockingQueue<>();

    public ConcurrentLinkedQueue() {}

    public ConcurrentLinkedQueue(Collection<? extends E> c) {
        for (E e : c) {
            add(e);
        }
    }

    public boolean add(E e) {
        return offer(e);
    }

    public boolean offer(E e) {
        Objects.requireNonNull(e);
        return items.offer(e);
    }

    public E poll() {
        return items.poll();
    }

    public E peek() {
        return items.peek();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public int size() {
        return items.size();
    }

    public boolean contains(Object o) {
        return items.contains(o);
    }

    public boolean remove(Object o) {
        return items.remove(o);
    }

    public boolean addAll(Collection<? extends E> c) {
        if (c == this) {
            throw new IllegalArgumentException();
        }
        boolean modified = false;
        for (E e : c) {
            modified |= offer(e);
        }
        return modified;
    }

    public void clear() {
        items.clear();
    }

    public Object[] toArray() {
        return items.toArray();
    }

    public <T> T[] toArray(T[] a) {
        return items.toArray(a);
    }

    public String toString() {
        return ConcurrentText.collectionToString(items.toArray(), this);
    }

    public Iterator<E> iterator() {
        return items.iterator();
    }
}
