// The unmodifiable, null-hostile collections behind List.of, Set.of and Map.of. Lists behave
// exactly like the JDK's (including their exceptions). HotSpot iterates Set.of/Map.of in an
// order randomized per VM run; islet iterates them in insertion order.
package java.util;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

final class ImmutableCollections {

    private ImmutableCollections() {}

    /** Marks the absent second element of List12. */
    static final Object EMPTY = new Object();

    static UnsupportedOperationException uoe() {
        return new UnsupportedOperationException();
    }

    // ---- Lists ----

    @SuppressWarnings("unchecked")
    static <E> List<E> emptyList() {
        return (List<E>) ListN.EMPTY_LIST;
    }

    /** A list of elements that the caller owns and gives up; nulls are rejected. */
    @SafeVarargs
    @SuppressWarnings("varargs")
    static <E> List<E> listFromTrustedArray(E... input) {
        for (E e : input) {
            Objects.requireNonNull(e);
        }
        return new ListN<>(input);
    }

    @SafeVarargs
    @SuppressWarnings("varargs")
    static <E> List<E> listFromArray(E... input) {
        Object[] tmp = new Object[input.length];
        for (int i = 0; i < input.length; i++) {
            tmp[i] = Objects.requireNonNull(input[i]);
        }
        @SuppressWarnings("unchecked")
        E[] elements = (E[]) tmp;
        return new ListN<>(elements);
    }

    @SuppressWarnings("unchecked")
    static <E> List<E> listCopy(Collection<? extends E> coll) {
        if (coll instanceof AbstractImmutableList && coll.getClass() != SubList.class) {
            return (List<E>) coll;
        }
        return (List<E>) List.of(coll.toArray());
    }

    static abstract class AbstractImmutableCollection<E> extends AbstractCollection<E> {
        @Override
        public boolean add(E e) {
            throw uoe();
        }

        @Override
        public boolean addAll(Collection<? extends E> c) {
            throw uoe();
        }

        @Override
        public void clear() {
            throw uoe();
        }

        @Override
        public boolean remove(Object o) {
            throw uoe();
        }

        @Override
        public boolean removeAll(Collection<?> c) {
            throw uoe();
        }

        @Override
        public boolean removeIf(Predicate<? super E> filter) {
            throw uoe();
        }

        @Override
        public boolean retainAll(Collection<?> c) {
            throw uoe();
        }
    }

    static abstract class AbstractImmutableList<E> extends AbstractImmutableCollection<E>
            implements List<E>, RandomAccess {

        @Override
        public void add(int index, E element) {
            throw uoe();
        }

        @Override
        public boolean addAll(int index, Collection<? extends E> c) {
            throw uoe();
        }

        @Override
        public E remove(int index) {
            throw uoe();
        }

        @Override
        public void replaceAll(UnaryOperator<E> operator) {
            throw uoe();
        }

        @Override
        public E set(int index, E element) {
            throw uoe();
        }

        @Override
        public void sort(Comparator<? super E> c) {
            throw uoe();
        }

        @Override
        public List<E> subList(int fromIndex, int toIndex) {
            int size = size();
            AbstractList.subListRangeCheck(fromIndex, toIndex, size);
            return new SubList<>(this, fromIndex, toIndex - fromIndex);
        }

        @Override
        public Iterator<E> iterator() {
            return new ListItr<>(this, size());
        }

        @Override
        public ListIterator<E> listIterator() {
            return listIterator(0);
        }

        @Override
        public ListIterator<E> listIterator(final int index) {
            int size = size();
            if (index < 0 || index > size) {
                throw outOfBounds(index);
            }
            return new ListItr<>(this, size, index);
        }

        @Override
        public boolean equals(Object o) {
            if (o == this) {
                return true;
            }
            if (!(o instanceof List)) {
                return false;
            }
            Iterator<?> oit = ((List<?>) o).iterator();
            for (int i = 0, s = size(); i < s; i++) {
                if (!oit.hasNext() || !get(i).equals(oit.next())) {
                    return false;
                }
            }
            return !oit.hasNext();
        }

        @Override
        public int hashCode() {
            int hash = 1;
            for (int i = 0, s = size(); i < s; i++) {
                hash = 31 * hash + get(i).hashCode();
            }
            return hash;
        }

        @Override
        public boolean contains(Object o) {
            return indexOf(o) >= 0;
        }

        @Override
        public int indexOf(Object o) {
            Objects.requireNonNull(o);
            for (int i = 0, s = size(); i < s; i++) {
                if (o.equals(get(i))) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public int lastIndexOf(Object o) {
            Objects.requireNonNull(o);
            for (int i = size() - 1; i >= 0; i--) {
                if (o.equals(get(i))) {
                    return i;
                }
            }
            return -1;
        }

        IndexOutOfBoundsException outOfBounds(int index) {
            return new IndexOutOfBoundsException("Index: " + index + " Size: " + size());
        }
    }

    static final class ListItr<E> implements ListIterator<E> {
        private final List<E> list;
        private final int size;
        private final boolean isListIterator;
        private int cursor;

        ListItr(List<E> list, int size) {
            this.list = list;
            this.size = size;
            this.cursor = 0;
            this.isListIterator = false;
        }

        ListItr(List<E> list, int size, int index) {
            this.list = list;
            this.size = size;
            this.cursor = index;
            this.isListIterator = true;
        }

        public boolean hasNext() {
            return cursor != size;
        }

        public E next() {
            try {
                int i = cursor;
                E next = list.get(i);
                cursor = i + 1;
                return next;
            } catch (IndexOutOfBoundsException e) {
                throw new NoSuchElementException();
            }
        }

        public void remove() {
            throw uoe();
        }

        public boolean hasPrevious() {
            if (!isListIterator) {
                throw uoe();
            }
            return cursor != 0;
        }

        public E previous() {
            if (!isListIterator) {
                throw uoe();
            }
            try {
                int i = cursor - 1;
                E previous = list.get(i);
                cursor = i;
                return previous;
            } catch (IndexOutOfBoundsException e) {
                throw new NoSuchElementException();
            }
        }

        public int nextIndex() {
            if (!isListIterator) {
                throw uoe();
            }
            return cursor;
        }

        public int previousIndex() {
            if (!isListIterator) {
                throw uoe();
            }
            return cursor - 1;
        }

        public void set(E e) {
            throw uoe();
        }

        public void add(E e) {
            throw uoe();
        }
    }

    static final class SubList<E> extends AbstractImmutableList<E> implements RandomAccess {
        private final AbstractImmutableList<E> root;
        private final int offset;
        private final int size;

        SubList(AbstractImmutableList<E> root, int offset, int size) {
            this.root = root;
            this.offset = offset;
            this.size = size;
        }

        public E get(int index) {
            Objects.checkIndex(index, size);
            return root.get(offset + index);
        }

        public int size() {
            return size;
        }

        public Iterator<E> iterator() {
            return new ListItr<>(this, size());
        }

        public ListIterator<E> listIterator(int index) {
            if (index < 0 || index > size) {
                throw outOfBounds(index);
            }
            return new ListItr<>(this, size(), index);
        }

        public List<E> subList(int fromIndex, int toIndex) {
            AbstractList.subListRangeCheck(fromIndex, toIndex, size);
            return new SubList<>(root, offset + fromIndex, toIndex - fromIndex);
        }
    }

    static final class List12<E> extends AbstractImmutableList<E> implements java.io.Serializable {
        private final E e0;
        private final Object e1;

        List12(E e0) {
            this.e0 = Objects.requireNonNull(e0);
            this.e1 = EMPTY;
        }

        List12(E e0, E e1) {
            this.e0 = Objects.requireNonNull(e0);
            this.e1 = Objects.requireNonNull(e1);
        }

        @Override
        public int size() {
            return e1 != EMPTY ? 2 : 1;
        }

        @Override
        public boolean isEmpty() {
            return false;
        }

        @Override
        @SuppressWarnings("unchecked")
        public E get(int index) {
            if (index == 0) {
                return e0;
            } else if (index == 1 && e1 != EMPTY) {
                return (E) e1;
            }
            throw outOfBounds(index);
        }

        @Override
        public int indexOf(Object o) {
            Objects.requireNonNull(o);
            if (o.equals(e0)) {
                return 0;
            } else if (e1 != EMPTY && o.equals(e1)) {
                return 1;
            }
            return -1;
        }

        @Override
        public int lastIndexOf(Object o) {
            Objects.requireNonNull(o);
            if (e1 != EMPTY && o.equals(e1)) {
                return 1;
            } else if (o.equals(e0)) {
                return 0;
            }
            return -1;
        }

        @Override
        public Object[] toArray() {
            return e1 == EMPTY ? new Object[] {e0} : new Object[] {e0, e1};
        }
    }

    static final class ListN<E> extends AbstractImmutableList<E> implements java.io.Serializable {
        static final List<?> EMPTY_LIST = new ListN<>(new Object[0]);

        private final E[] elements;

        @SuppressWarnings("unchecked")
        ListN(Object[] array) {
            elements = (E[]) array;
        }

        @Override
        public boolean isEmpty() {
            return elements.length == 0;
        }

        @Override
        public int size() {
            return elements.length;
        }

        @Override
        public E get(int index) {
            return elements[index];
        }

        @Override
        public Object[] toArray() {
            return Arrays.copyOf(elements, elements.length, Object[].class);
        }
    }

    // ---- Sets ----

    static abstract class ImmutableSet<E> extends AbstractImmutableCollection<E> implements Set<E> {
        @Override
        public boolean equals(Object o) {
            if (o == this) {
                return true;
            } else if (!(o instanceof Set)) {
                return false;
            }
            Collection<?> c = (Collection<?>) o;
            if (c.size() != size()) {
                return false;
            }
            for (Object e : c) {
                if (e == null || !contains(e)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int h = 0;
            for (E e : this) {
                h += e.hashCode();
            }
            return h;
        }
    }

    /** Elements in insertion order, with a hash index for lookups in larger sets. */
    static final class SetN<E> extends ImmutableSet<E> implements java.io.Serializable {
        static final Set<?> EMPTY_SET = new SetN<>(new Object[0]);

        private final Object[] elements;
        private final HashMap<Object, Object> index;

        SetN(Object[] distinctElements) {
            elements = distinctElements;
            if (distinctElements.length > 8) {
                index = new HashMap<>();
                for (Object e : distinctElements) {
                    index.put(e, e);
                }
            } else {
                index = null;
            }
        }

        @Override
        public int size() {
            return elements.length;
        }

        @Override
        public boolean isEmpty() {
            return elements.length == 0;
        }

        @Override
        public boolean contains(Object o) {
            if (elements.length == 1 || elements.length == 2) {
                // Set.of(e1) and Set.of(e1, e2) compare directly (a null o fails on equals).
                return o.equals(elements[0]) || (elements.length == 2 && o.equals(elements[1]));
            }
            Objects.requireNonNull(o);
            if (index != null) {
                return index.containsKey(o);
            }
            for (Object e : elements) {
                if (o.equals(e)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public Iterator<E> iterator() {
            return new Iterator<E>() {
                private int i;

                public boolean hasNext() {
                    return i < elements.length;
                }

                @SuppressWarnings("unchecked")
                public E next() {
                    if (i >= elements.length) {
                        throw new NoSuchElementException();
                    }
                    return (E) elements[i++];
                }
            };
        }

        @Override
        public Object[] toArray() {
            return elements.clone();
        }
    }

    @SuppressWarnings("unchecked")
    static <E> Set<E> emptySet() {
        return (Set<E>) SetN.EMPTY_SET;
    }

    /** Set.of: rejects nulls and duplicates. */
    @SafeVarargs
    @SuppressWarnings("varargs")
    static <E> Set<E> setOf(E... elements) {
        for (E e : elements) {
            Objects.requireNonNull(e);
        }
        HashMap<Object, Object> seen = new HashMap<>();
        for (E e : elements) {
            if (seen.put(e, e) != null) {
                throw new IllegalArgumentException("duplicate element: " + e);
            }
        }
        return new SetN<>(elements.clone());
    }

    /** Set.copyOf: rejects nulls, keeps the first of equal elements. */
    static <E> Set<E> setOfDistinct(Object[] elements) {
        for (Object e : elements) {
            Objects.requireNonNull(e);
        }
        LinkedHashMap<Object, Object> distinct = new LinkedHashMap<>();
        for (Object e : elements) {
            distinct.putIfAbsent(e, e);
        }
        return new SetN<>(distinct.keySet().toArray());
    }

    // ---- Maps ----

    static abstract class ImmutableMap<K, V> extends AbstractMap<K, V> implements java.io.Serializable {
        @Override
        public void clear() {
            throw uoe();
        }

        @Override
        public V compute(K key, BiFunction<? super K, ? super V, ? extends V> rf) {
            throw uoe();
        }

        @Override
        public V computeIfAbsent(K key, Function<? super K, ? extends V> mf) {
            throw uoe();
        }

        @Override
        public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> rf) {
            throw uoe();
        }

        @Override
        public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> rf) {
            throw uoe();
        }

        @Override
        public V put(K key, V value) {
            throw uoe();
        }

        @Override
        public void putAll(Map<? extends K, ? extends V> m) {
            throw uoe();
        }

        @Override
        public V putIfAbsent(K key, V value) {
            throw uoe();
        }

        @Override
        public V remove(Object key) {
            throw uoe();
        }

        @Override
        public boolean remove(Object key, Object value) {
            throw uoe();
        }

        @Override
        public V replace(K key, V value) {
            throw uoe();
        }

        @Override
        public boolean replace(K key, V oldValue, V newValue) {
            throw uoe();
        }

        @Override
        public void replaceAll(BiFunction<? super K, ? super V, ? extends V> f) {
            throw uoe();
        }

        @Override
        public V getOrDefault(Object key, V defaultValue) {
            V v;
            return ((v = get(key)) != null) ? v : defaultValue;
        }
    }

    /** Keys and values alternating in insertion order, with a hash index for larger maps. */
    static final class MapN<K, V> extends ImmutableMap<K, V> {
        static final Map<?, ?> EMPTY_MAP = new MapN<>(new Object[0]);

        private final Object[] table;
        /**
         * Open-addressing index over the keys for maps of two or more entries: slot holds the
         * key's position in table plus one, or 0 when empty. Map.of(k, v) compares directly.
         */
        private final int[] slots;

        MapN(Object[] keysAndValues) {
            table = keysAndValues;
            int n = keysAndValues.length >> 1;
            if (n >= 2) {
                slots = new int[Integer.highestOneBit(n) << 2];
                for (int i = 0; i < keysAndValues.length; i += 2) {
                    int slot = Math.floorMod(keysAndValues[i].hashCode(), slots.length);
                    while (slots[slot] != 0) {
                        slot = (slot + 1) & (slots.length - 1);
                    }
                    slots[slot] = i + 1;
                }
            } else {
                slots = null;
            }
        }

        /**
         * The table position of key pk, or -1. Hashing the key first means a null key fails
         * with the same helpful message as HotSpot's ("pk" is null).
         */
        private int probe(Object pk) {
            int slot = Math.floorMod(pk.hashCode(), slots.length);
            while (slots[slot] != 0) {
                int position = slots[slot] - 1;
                if (pk.equals(table[position])) {
                    return position;
                }
                slot = (slot + 1) & (slots.length - 1);
            }
            return -1;
        }

        @Override
        @SuppressWarnings("unchecked")
        public V get(Object o) {
            if (table.length == 2) {
                return o.equals(table[0]) ? (V) table[1] : null;
            }
            if (table.length == 0) {
                Objects.requireNonNull(o);
                return null;
            }
            int position = probe(o);
            return (position >= 0) ? (V) table[position + 1] : null;
        }

        @Override
        public boolean containsKey(Object o) {
            if (table.length == 2) {
                return o.equals(table[0]);
            }
            Objects.requireNonNull(o);
            return table.length > 0 && probe(o) >= 0;
        }

        @Override
        public boolean containsValue(Object o) {
            if (table.length == 2) {
                return o.equals(table[1]);
            }
            Objects.requireNonNull(o);
            for (int i = 1; i < table.length; i += 2) {
                if (o.equals(table[i])) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public int size() {
            return table.length >> 1;
        }

        @Override
        public boolean isEmpty() {
            return table.length == 0;
        }

        @Override
        public int hashCode() {
            int hash = 0;
            for (int i = 0; i < table.length; i += 2) {
                hash += table[i].hashCode() ^ table[i + 1].hashCode();
            }
            return hash;
        }

        @Override
        public Set<Map.Entry<K, V>> entrySet() {
            return new AbstractSet<Map.Entry<K, V>>() {
                @Override
                public int size() {
                    return MapN.this.size();
                }

                @Override
                public Iterator<Map.Entry<K, V>> iterator() {
                    return new Iterator<Map.Entry<K, V>>() {
                        private int i;

                        public boolean hasNext() {
                            return i < table.length;
                        }

                        @SuppressWarnings("unchecked")
                        public Map.Entry<K, V> next() {
                            if (i >= table.length) {
                                throw new NoSuchElementException();
                            }
                            Map.Entry<K, V> e = new KeyValueHolder<>((K) table[i], (V) table[i + 1]);
                            i += 2;
                            return e;
                        }
                    };
                }

                @Override
                public boolean add(Map.Entry<K, V> e) {
                    throw uoe();
                }

                @Override
                public boolean remove(Object o) {
                    throw uoe();
                }

                @Override
                public void clear() {
                    throw uoe();
                }

                @Override
                public boolean removeIf(Predicate<? super Map.Entry<K, V>> filter) {
                    throw uoe();
                }

                @Override
                public boolean removeAll(Collection<?> c) {
                    throw uoe();
                }

                @Override
                public boolean retainAll(Collection<?> c) {
                    throw uoe();
                }
            };
        }
    }

    @SuppressWarnings("unchecked")
    static <K, V> Map<K, V> emptyMap() {
        return (Map<K, V>) MapN.EMPTY_MAP;
    }

    /** Map.of / Map.ofEntries: rejects null keys or values and duplicate keys. */
    static <K, V> Map<K, V> mapOf(Object... keysAndValues) {
        HashMap<Object, Object> seen = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object k = Objects.requireNonNull(keysAndValues[i]);
            Objects.requireNonNull(keysAndValues[i + 1]);
            if (seen.put(k, k) != null) {
                throw new IllegalArgumentException("duplicate key: " + k);
            }
        }
        return new MapN<>(keysAndValues.clone());
    }
}
