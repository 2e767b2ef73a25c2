// An unbounded thread-safe deque. islet keeps the elements in an ArrayDeque guarded by one
// monitor; iterators walk a snapshot and remove() deletes the last returned element by identity.
package java.util.concurrent;

import java.util.AbstractCollection;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

public class ConcurrentLinkedDeque<E> extends AbstractCollection<E> implements Deque<E>, java.io.Serializable {

    private static final long serialVersionUID = 876323262645176354L;

    private final ArrayDeque<E> items = new ArrayDeque<>();

    public ConcurrentLinkedDeque() {}

    public ConcurrentLinkedDeque(Collection<? extends E> c) {
        for (E e : c) {
            addLast(e);
        }
    }

    public void addFirst(E e) {
        offerFirst(e);
    }

    public void addLast(E e) {
        offerLast(e);
    }

    public synchronized boolean offerFirst(E e) {
        items.addFirst(Objects.requireNonNull(e));
        return true;
    }

    public synchronized boolean offerLast(E e) {
        items.addLast(Objects.requireNonNull(e));
        return true;
    }

    public synchronized E peekFirst() {
        return items.peekFirst();
    }

    public synchronized E peekLast() {
        return items.peekLast();
    }

    public E getFirst() {
        E e = peekFirst();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    public E getLast() {
        E e = peekLast();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    public synchronized E pollFirst() {
        return items.pollFirst();
    }

    public synchronized E pollLast() {
        return items.pollLast();
    }

    public E removeFirst() {
        E e = pollFirst();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    public E removeLast() {
        E e = pollLast();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    public boolean offer(E e) {
        return offerLast(e);
    }

    public boolean add(E e) {
        return offerLast(e);
    }

    public E poll() {
        return pollFirst();
    }

    public E peek() {
        return peekFirst();
    }

    public E remove() {
        return removeFirst();
    }

    public E pop() {
        return removeFirst();
    }

    public E element() {
        return getFirst();
    }

    public void push(E e) {
        addFirst(e);
    }

    public synchronized boolean removeFirstOccurrence(Object o) {
        Objects.requireNonNull(o);
        return items.removeFirstOccurrence(o);
    }

    public synchronized boolean removeLastOccurrence(Object o) {
        Objects.requireNonNull(o);
        return items.removeLastOccurrence(o);
    }

    public synchronized boolean contains(Object o) {
        return o != null && items.contains(o);
    }

    public synchronized boolean isEmpty() {
        return items.isEmpty();
    }

    public synchronized int size() {
        return items.size();
    }

    public boolean remove(Object o) {
        return removeFirstOccurrence(o);
    }

    public synchronized void clear() {
        items.clear();
    }

    public synchronized Object[] toArray() {
        return items.toArray();
    }

    public synchronized <T> T[] toArray(T[] a) {
        return items.toArray(a);
    }

    public String toString() {
        return ConcurrentText.collectionToString(toArray(), this);
    }

    private synchronized boolean removeIdentical(Object o) {
        for (Iterator<E> it = items.iterator(); it.hasNext();) {
            if (it.next() == o) {
                it.remove();
                return true;
            }
        }
        return false;
    }

    private Iterator<E> snapshotIterator(Object[] snapshot) {
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

    public Iterator<E> iterator() {
        return snapshotIterator(toArray());
    }

    public Iterator<E> descendingIterator() {
        Object[] forward = toArray();
        Object[] backward = new Object[forward.length];
        for (int i = 0; i < forward.length; i++) {
            backward[i] = forward[forward.length - 1 - i];
        }
        return snapshotIterator(backward);
    }
}
