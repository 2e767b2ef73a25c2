// An EnumSet of an enum with more than 64 constants: ordinal i is bit (i % 64) of word i / 64.
package java.util;

final class JumboEnumSet<E extends Enum<E>> extends EnumSet<E> {

    private static final long serialVersionUID = 334349849919042784L;

    private long[] elements;
    private int size = 0;

    JumboEnumSet(Class<E> elementType, Enum<?>[] universe) {
        super(elementType, universe);
        elements = new long[(universe.length + 63) >>> 6];
    }

    void addRange(E from, E to) {
        int fromIndex = from.ordinal() >>> 6;
        int toIndex = to.ordinal() >>> 6;
        if (fromIndex == toIndex) {
            elements[fromIndex] = (-1L >>> (from.ordinal() - to.ordinal() - 1)) << from.ordinal();
        } else {
            elements[fromIndex] = (-1L << from.ordinal());
            for (int i = fromIndex + 1; i < toIndex; i++) {
                elements[i] = -1;
            }
            elements[toIndex] = -1L >>> (63 - to.ordinal());
        }
        size = to.ordinal() - from.ordinal() + 1;
    }

    void addAll() {
        Arrays.fill(elements, -1);
        elements[elements.length - 1] >>>= -universe.length;
        size = universe.length;
    }

    void complement() {
        for (int i = 0; i < elements.length; i++) {
            elements[i] = ~elements[i];
        }
        elements[elements.length - 1] &= (-1L >>> -universe.length);
        size = universe.length - size;
    }

    public Iterator<E> iterator() {
        return new BitIterator();
    }

    /** Walks the words in order; words not reached yet are read live. */
    private final class BitIterator implements Iterator<E> {
        private int unseenIndex = 0;
        private long unseen = elements[0];
        private long lastReturned = 0;
        private int lastReturnedIndex = 0;

        public boolean hasNext() {
            while (unseen == 0 && unseenIndex < elements.length - 1) {
                unseen = elements[++unseenIndex];
            }
            return unseen != 0;
        }

        @SuppressWarnings("unchecked")
        public E next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            lastReturned = unseen & -unseen;
            lastReturnedIndex = unseenIndex;
            unseen -= lastReturned;
            return (E) universe[(lastReturnedIndex << 6) + Long.numberOfTrailingZeros(lastReturned)];
        }

        public void remove() {
            if (lastReturned == 0) {
                throw new IllegalStateException();
            }
            long before = elements[lastReturnedIndex];
            elements[lastReturnedIndex] &= ~lastReturned;
            if (before != elements[lastReturnedIndex]) {
                size--;
            }
            lastReturned = 0;
        }
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public boolean contains(Object e) {
        if (!isOfElementType(e)) {
            return false;
        }
        int ordinal = ((Enum<?>) e).ordinal();
        return (elements[ordinal >>> 6] & (1L << ordinal)) != 0;
    }

    public boolean add(E e) {
        typeCheck(e);
        int ordinal = e.ordinal();
        int word = ordinal >>> 6;
        long before = elements[word];
        elements[word] |= (1L << ordinal);
        boolean changed = elements[word] != before;
        if (changed) {
            size++;
        }
        return changed;
    }

    public boolean remove(Object e) {
        if (!isOfElementType(e)) {
            return false;
        }
        int ordinal = ((Enum<?>) e).ordinal();
        int word = ordinal >>> 6;
        long before = elements[word];
        elements[word] &= ~(1L << ordinal);
        boolean changed = elements[word] != before;
        if (changed) {
            size--;
        }
        return changed;
    }

    public boolean containsAll(Collection<?> c) {
        if (!(c instanceof JumboEnumSet<?> es)) {
            return super.containsAll(c);
        }
        if (es.elementType != elementType) {
            return es.isEmpty();
        }
        for (int i = 0; i < elements.length; i++) {
            if ((es.elements[i] & ~elements[i]) != 0) {
                return false;
            }
        }
        return true;
    }

    public boolean addAll(Collection<? extends E> c) {
        if (!(c instanceof JumboEnumSet<?> es)) {
            return super.addAll(c);
        }
        if (es.elementType != elementType) {
            if (es.isEmpty()) {
                return false;
            }
            throw new ClassCastException(es.elementType + " != " + elementType);
        }
        for (int i = 0; i < elements.length; i++) {
            elements[i] |= es.elements[i];
        }
        return recalculateSize();
    }

    public boolean removeAll(Collection<?> c) {
        if (!(c instanceof JumboEnumSet<?> es)) {
            return super.removeAll(c);
        }
        if (es.elementType != elementType) {
            return false;
        }
        for (int i = 0; i < elements.length; i++) {
            elements[i] &= ~es.elements[i];
        }
        return recalculateSize();
    }

    public boolean retainAll(Collection<?> c) {
        if (!(c instanceof JumboEnumSet<?> es)) {
            return super.retainAll(c);
        }
        if (es.elementType != elementType) {
            boolean changed = (size != 0);
            clear();
            return changed;
        }
        for (int i = 0; i < elements.length; i++) {
            elements[i] &= es.elements[i];
        }
        return recalculateSize();
    }

    public void clear() {
        Arrays.fill(elements, 0);
        size = 0;
    }

    public boolean equals(Object o) {
        if (!(o instanceof JumboEnumSet<?> es)) {
            return super.equals(o);
        }
        if (es.elementType != elementType) {
            return size == 0 && es.size == 0;
        }
        return Arrays.equals(es.elements, elements);
    }

    /** Recounts the bits; returns whether the size changed. */
    private boolean recalculateSize() {
        int oldSize = size;
        size = 0;
        for (long word : elements) {
            size += Long.bitCount(word);
        }
        return size != oldSize;
    }

    public EnumSet<E> clone() {
        JumboEnumSet<E> copy = (JumboEnumSet<E>) super.clone();
        copy.elements = copy.elements.clone();
        return copy;
    }
}
