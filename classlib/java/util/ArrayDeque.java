// A resizable circular-array Deque (no nulls). Like the JDK's, its iterators count the elements
// present when they started and report ConcurrentModificationException on reaching an empty slot.
package java.util;

import java.util.function.Consumer;
import java.util.function.Predicate;

public class ArrayDeque<E> extends AbstractCollection<E> implements Deque<E>, Cloneable, java.io.Serializable {

    private static final long serialVersionUID = 2340985798034038923L;

    /** Default slots: 16 elements plus the one slot that always stays empty. */
    private static final int DEFAULT_SLOTS = 16 + 1;
    private static final int MAX_ARRAY_SIZE = Integer.MAX_VALUE - 8;

    /** Ring buffer; slots outside [head, tail) are null, and at least one slot is always empty. */
    transient Object[] elements;
    transient int head;
    transient int tail;

    public ArrayDeque() {
        elements = new Object[DEFAULT_SLOTS];
    }

    public ArrayDeque(int numElements) {
        elements = new Object[(numElements < 1) ? 1
                : (numElements == Integer.MAX_VALUE) ? Integer.MAX_VALUE : numElements + 1];
    }

    public ArrayDeque(Collection<? extends E> c) {
        this(c.size());
        for (E e : c) {
            addLast(e);
        }
    }

    // ---- ring arithmetic

    static int inc(int i, int modulus) {
        return (++i >= modulus) ? 0 : i;
    }

    static int dec(int i, int modulus) {
        return (--i < 0) ? modulus - 1 : i;
    }

    /** Distance from j forward to i in a ring of the given size. */
    static int sub(int i, int j, int modulus) {
        int d = i - j;
        return (d < 0) ? d + modulus : d;
    }

    @SuppressWarnings("unchecked")
    static <E> E elementAt(Object[] es, int i) {
        return (E) es[i];
    }

    /** An element that must be present: a null slot means the deque changed under an iterator. */
    static <E> E nonNullElementAt(Object[] es, int i) {
        E e = elementAt(es, i);
        if (e == null) {
            throw new ConcurrentModificationException();
        }
        return e;
    }

    /**
     * Grows the array by at least {@code needed} slots: doubling (plus two) while small, then by
     * half. If the live elements wrap around, the part from head to the old end moves to the new
     * end so the ring stays contiguous.
     */
    private void grow(int needed) {
        int oldCapacity = elements.length;
        int jump = (oldCapacity < 64) ? (oldCapacity + 2) : (oldCapacity >> 1);
        int newCapacity = newCapacity(oldCapacity, Math.max(needed, jump));
        Object[] es = elements = Arrays.copyOf(elements, newCapacity);
        boolean wrapped = tail < head || (tail == head && es[head] != null);
        if (wrapped) {
            int added = newCapacity - oldCapacity;
            System.arraycopy(es, head, es, head + added, oldCapacity - head);
            Arrays.fill(es, head, head + added, null);
            head += added;
        }
    }

    private static int newCapacity(int oldCapacity, int growth) {
        long wanted = (long) oldCapacity + growth;
        if (wanted > Integer.MAX_VALUE) {
            throw new IllegalStateException("Sorry, deque too big");
        }
        return (wanted > MAX_ARRAY_SIZE) ? Integer.MAX_VALUE : (int) wanted;
    }

    // ---- insertion

    public void addFirst(E e) {
        if (e == null) {
            throw new NullPointerException();
        }
        Object[] es = elements;
        es[head = dec(head, es.length)] = e;
        if (head == tail) {
            grow(1);
        }
    }

    public void addLast(E e) {
        if (e == null) {
            throw new NullPointerException();
        }
        Object[] es = elements;
        es[tail] = e;
        if (head == (tail = inc(tail, es.length))) {
            grow(1);
        }
    }

    public boolean addAll(Collection<? extends E> c) {
        int before = size();
        int needed = before + c.size() + 1 - elements.length;
        if (needed > 0) {
            grow(needed);
        }
        for (E e : c) {
            addLast(e);
        }
        return size() > before;
    }

    public boolean offerFirst(E e) {
        addFirst(e);
        return true;
    }

    public boolean offerLast(E e) {
        addLast(e);
        return true;
    }

    // ---- removal at the ends

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

    public E pollFirst() {
        Object[] es = elements;
        int h = head;
        E e = elementAt(es, h);
        if (e != null) {
            es[h] = null;
            head = inc(h, es.length);
        }
        return e;
    }

    public E pollLast() {
        Object[] es = elements;
        int t = dec(tail, es.length);
        E e = elementAt(es, t);
        if (e != null) {
            es[tail = t] = null;
        }
        return e;
    }

    public E getFirst() {
        E e = elementAt(elements, head);
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    public E getLast() {
        Object[] es = elements;
        E e = elementAt(es, dec(tail, es.length));
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    public E peekFirst() {
        return elementAt(elements, head);
    }

    public E peekLast() {
        Object[] es = elements;
        return elementAt(es, dec(tail, es.length));
    }

    public boolean removeFirstOccurrence(Object o) {
        if (o != null) {
            Object[] es = elements;
            for (int i = head, n = size(); n > 0; i = inc(i, es.length), n--) {
                if (o.equals(es[i])) {
                    delete(i);
                    return true;
                }
            }
        }
        return false;
    }

    public boolean removeLastOccurrence(Object o) {
        if (o != null) {
            Object[] es = elements;
            for (int i = dec(tail, es.length), n = size(); n > 0; i = dec(i, es.length), n--) {
                if (o.equals(es[i])) {
                    delete(i);
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Removes the element at slot i by shifting whichever side is shorter. Returns true when the
     * elements after i moved one slot back (toward head), which iterators need to know.
     */
    boolean delete(int i) {
        Object[] es = elements;
        int capacity = es.length;
        int before = sub(i, head, capacity);
        int after = sub(tail, i, capacity) - 1;
        if (before < after) {
            for (int slot = i; slot != head;) {
                int previous = dec(slot, capacity);
                es[slot] = es[previous];
                slot = previous;
            }
            es[head] = null;
            head = inc(head, capacity);
            return false;
        }
        int lastSlot = dec(tail, capacity);
        for (int slot = i; slot != lastSlot;) {
            int following = inc(slot, capacity);
            es[slot] = es[following];
            slot = following;
        }
        es[lastSlot] = null;
        tail = lastSlot;
        return true;
    }

    // ---- Queue and stack views

    public boolean add(E e) {
        addLast(e);
        return true;
    }

    public boolean offer(E e) {
        return offerLast(e);
    }

    public E remove() {
        return removeFirst();
    }

    public E poll() {
        return pollFirst();
    }

    public E element() {
        return getFirst();
    }

    public E peek() {
        return peekFirst();
    }

    public void push(E e) {
        addFirst(e);
    }

    public E pop() {
        return removeFirst();
    }

    // ---- Collection

    public int size() {
        return sub(tail, head, elements.length);
    }

    public boolean isEmpty() {
        return head == tail;
    }

    public boolean contains(Object o) {
        if (o != null) {
            Object[] es = elements;
            for (int i = head, n = size(); n > 0; i = inc(i, es.length), n--) {
                if (o.equals(es[i])) {
                    return true;
                }
            }
        }
        return false;
    }

    public boolean remove(Object o) {
        return removeFirstOccurrence(o);
    }

    public void clear() {
        Object[] es = elements;
        for (int i = head, n = size(); n > 0; i = inc(i, es.length), n--) {
            es[i] = null;
        }
        head = tail = 0;
    }

    /** Visits the slots live when the walk began; a moved tail afterwards means interference. */
    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        Object[] es = elements;
        int end = tail;
        for (int i = head; i != end; i = inc(i, es.length)) {
            action.accept(elementAt(es, i));
        }
        if (end != tail) {
            throw new ConcurrentModificationException();
        }
    }

    public boolean removeIf(Predicate<? super E> filter) {
        Objects.requireNonNull(filter);
        return removeMatching(filter);
    }

    public boolean removeAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return removeMatching(e -> c.contains(e));
    }

    public boolean retainAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return removeMatching(e -> !c.contains(e));
    }

    /**
     * Tests every element first, then compacts the survivors toward head in one pass, so a
     * predicate that throws leaves the deque unchanged.
     */
    private boolean removeMatching(Predicate<? super E> doomed) {
        Object[] es = elements;
        int n = size();
        boolean[] remove = new boolean[n];
        boolean any = false;
        for (int k = 0, i = head; k < n; k++, i = inc(i, es.length)) {
            if (doomed.test(elementAt(es, i))) {
                remove[k] = true;
                any = true;
            }
        }
        if (!any) {
            return false;
        }
        int write = head;
        for (int k = 0, read = head; k < n; k++, read = inc(read, es.length)) {
            if (!remove[k]) {
                es[write] = es[read];
                write = inc(write, es.length);
            }
        }
        for (int i = write; i != tail; i = inc(i, es.length)) {
            es[i] = null;
        }
        tail = write;
        return true;
    }

    public Object[] toArray() {
        Object[] result = new Object[size()];
        copyInto(result);
        return result;
    }

    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        int size = size();
        if (a.length < size) {
            a = (T[]) java.lang.reflect.Array.newInstance(a.getClass().getComponentType(), size);
        }
        copyInto(a);
        if (a.length > size) {
            a[size] = null;
        }
        return a;
    }

    private void copyInto(Object[] target) {
        Object[] es = elements;
        for (int k = 0, i = head, n = size(); k < n; k++, i = inc(i, es.length)) {
            target[k] = es[i];
        }
    }

    @SuppressWarnings("unchecked")
    public ArrayDeque<E> clone() {
        try {
            ArrayDeque<E> copy = (ArrayDeque<E>) super.clone();
            copy.elements = Arrays.copyOf(elements, elements.length);
            return copy;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError();
        }
    }

    // ---- iteration

    public Iterator<E> iterator() {
        return new AscendingIterator();
    }

    public Iterator<E> descendingIterator() {
        return new DescendingIterator();
    }

    private class AscendingIterator implements Iterator<E> {
        int cursor = head;
        int remaining = size();
        int lastRet = -1;

        public boolean hasNext() {
            return remaining > 0;
        }

        public E next() {
            if (remaining <= 0) {
                throw new NoSuchElementException();
            }
            Object[] es = elements;
            E e = nonNullElementAt(es, cursor);
            lastRet = cursor;
            cursor = step(cursor, es.length);
            remaining--;
            return e;
        }

        int step(int i, int modulus) {
            return inc(i, modulus);
        }

        /** After a delete, the cursor follows the element that slid into or out of its slot. */
        void afterDelete(boolean laterElementsMovedBack) {
            if (laterElementsMovedBack) {
                cursor = dec(cursor, elements.length);
            }
        }

        public final void remove() {
            if (lastRet < 0) {
                throw new IllegalStateException();
            }
            afterDelete(delete(lastRet));
            lastRet = -1;
        }

        public void forEachRemaining(Consumer<? super E> action) {
            Objects.requireNonNull(action);
            while (remaining > 0) {
                action.accept(next());
            }
        }
    }

    private class DescendingIterator extends AscendingIterator {
        DescendingIterator() {
            cursor = dec(tail, elements.length);
        }

        @Override
        int step(int i, int modulus) {
            return dec(i, modulus);
        }

        @Override
        void afterDelete(boolean laterElementsMovedBack) {
            if (!laterElementsMovedBack) {
                cursor = inc(cursor, elements.length);
            }
        }
    }
}
