// An EnumSet of an enum with at most 64 constants: bit i of one long holds ordinal i.
package java.util;

final class RegularEnumSet<E extends Enum<E>> extends EnumSet<E> {

    private static final long serialVersionUID = 3411599620347842686L;

    private long elements = 0L;

    RegularEnumSet(Class<E> elementType, Enum<?>[] universe) {
        super(elementType, universe);
    }

    private long universeBits() {
        return -1L >>> -universe.length;
    }

    void addRange(E from, E to) {
        elements = (-1L >>> (from.ordinal() - to.ordinal() - 1)) << from.ordinal();
    }

    void addAll() {
        if (universe.length != 0) {
            elements = universeBits();
        }
    }

    void complement() {
        if (universe.length != 0) {
            elements = ~elements & universeBits();
        }
    }

    public Iterator<E> iterator() {
        return new BitIterator();
    }

    /** Iterates over a snapshot of the bits; remove() clears the bit in the live set. */
    private final class BitIterator implements Iterator<E> {
        private long unseen = elements;
        private long lastReturned = 0;

        public boolean hasNext() {
            return unseen != 0;
        }

        @SuppressWarnings("unchecked")
        public E next() {
            if (unseen == 0) {
                throw new NoSuchElementException();
            }
            lastReturned = unseen & -unseen;
            unseen -= lastReturned;
            return (E) universe[Long.numberOfTrailingZeros(lastReturned)];
        }

        public void remove() {
            if (lastReturned == 0) {
                throw new IllegalStateException();
            }
            elements &= ~lastReturned;
            lastReturned = 0;
        }
    }

    public int size() {
        return Long.bitCount(elements);
    }

    public boolean isEmpty() {
        return elements == 0;
    }

    public boolean contains(Object e) {
        if (!isOfElementType(e)) {
            return false;
        }
        return (elements & (1L << ((Enum<?>) e).ordinal())) != 0;
    }

    public boolean add(E e) {
        typeCheck(e);
        long before = elements;
        elements |= (1L << e.ordinal());
        return elements != before;
    }

    public boolean remove(Object e) {
        if (!isOfElementType(e)) {
            return false;
        }
        long before = elements;
        elements &= ~(1L << ((Enum<?>) e).ordinal());
        return elements != before;
    }

    public boolean containsAll(Collection<?> c) {
        if (!(c instanceof RegularEnumSet<?> es)) {
            return super.containsAll(c);
        }
        if (es.elementType != elementType) {
            return es.isEmpty();
        }
        return (es.elements & ~elements) == 0;
    }

    public boolean addAll(Collection<? extends E> c) {
        if (!(c instanceof RegularEnumSet<?> es)) {
            return super.addAll(c);
        }
        if (es.elementType != elementType) {
            if (es.isEmpty()) {
                return false;
            }
            throw new ClassCastException(es.elementType + " != " + elementType);
        }
        long before = elements;
        elements |= es.elements;
        return elements != before;
    }

    public boolean removeAll(Collection<?> c) {
        if (!(c instanceof RegularEnumSet<?> es)) {
            return super.removeAll(c);
        }
        if (es.elementType != elementType) {
            return false;
        }
        long before = elements;
        elements &= ~es.elements;
        return elements != before;
    }

    public boolean retainAll(Collection<?> c) {
        if (!(c instanceof RegularEnumSet<?> es)) {
            return super.retainAll(c);
        }
        if (es.elementType != elementType) {
            boolean changed = (elements != 0);
            elements = 0;
            return changed;
        }
        long before = elements;
        elements &= es.elements;
        return elements != before;
    }

    public void clear() {
        elements = 0;
    }

    public boolean equals(Object o) {
        if (!(o instanceof RegularEnumSet<?> es)) {
            return super.equals(o);
        }
        if (es.elementType != elementType) {
            return elements == 0 && es.elements == 0;
        }
        return es.elements == elements;
    }
}
