// A Map that compares keys and values by reference (==) and hashes with identity hash codes:
// an open-addressing table storing key, value, key, value... with linear probing, laid out and
// grown like the JDK's (its iteration order depends on identity hashes, so it is never stable).
package java.util;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;

public class IdentityHashMap<K, V> extends AbstractMap<K, V> implements Map<K, V>, java.io.Serializable, Cloneable {

    private static final long serialVersionUID = 8188218128353913216L;

    private static final int DEFAULT_CAPACITY = 32;
    private static final int MINIMUM_CAPACITY = 4;
    private static final int MAXIMUM_CAPACITY = 1 << 29;

    /** Stands for the null key, since a null slot means "empty". */
    static final Object NULL_KEY = new Object();

    transient Object[] table;
    int size;
    transient int modCount;

    public IdentityHashMap() {
        init(DEFAULT_CAPACITY);
    }

    public IdentityHashMap(int expectedMaxSize) {
        if (expectedMaxSize < 0) {
            throw new IllegalArgumentException("expectedMaxSize is negative: " + expectedMaxSize);
        }
        init(capacity(expectedMaxSize));
    }

    public IdentityHashMap(Map<? extends K, ? extends V> m) {
        this((int) ((1 + m.size()) * 1.1));
        putAll(m);
    }

    /** The power-of-two capacity that keeps expectedMaxSize entries at most 2/3 full. */
    private static int capacity(int expectedMaxSize) {
        return (expectedMaxSize > MAXIMUM_CAPACITY / 3) ? MAXIMUM_CAPACITY
                : (expectedMaxSize <= 2 * MINIMUM_CAPACITY / 3) ? MINIMUM_CAPACITY
                : Integer.highestOneBit(expectedMaxSize + (expectedMaxSize << 1));
    }

    private void init(int initCapacity) {
        table = new Object[2 * initCapacity];
    }

    private static Object maskNull(Object key) {
        return (key == null) ? NULL_KEY : key;
    }

    static Object unmaskNull(Object key) {
        return (key == NULL_KEY) ? null : key;
    }

    /** The even slot where probing for x starts. */
    private static int hash(Object x, int length) {
        int h = System.identityHashCode(x);
        return ((h << 1) - (h << 8)) & (length - 1);
    }

    private static int nextKeyIndex(int i, int len) {
        return (i + 2 < len) ? i + 2 : 0;
    }

    /** The slot holding key k (masked), or -1. */
    private int indexOf(Object k) {
        Object[] tab = table;
        int len = tab.length;
        int i = hash(k, len);
        while (true) {
            Object item = tab[i];
            if (item == k) {
                return i;
            }
            if (item == null) {
                return -1;
            }
            i = nextKeyIndex(i, len);
        }
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    @SuppressWarnings("unchecked")
    public V get(Object key) {
        int i = indexOf(maskNull(key));
        return (i < 0) ? null : (V) table[i + 1];
    }

    public boolean containsKey(Object key) {
        return indexOf(maskNull(key)) >= 0;
    }

    public boolean containsValue(Object value) {
        Object[] tab = table;
        for (int i = 1; i < tab.length; i += 2) {
            if (tab[i] == value && tab[i - 1] != null) {
                return true;
            }
        }
        return false;
    }

    private boolean containsMapping(Object key, Object value) {
        int i = indexOf(maskNull(key));
        return i >= 0 && table[i + 1] == value;
    }

    @SuppressWarnings("unchecked")
    public V put(K key, V value) {
        Object k = maskNull(key);
        while (true) {
            Object[] tab = table;
            int len = tab.length;
            int i = hash(k, len);
            for (Object item; (item = tab[i]) != null; i = nextKeyIndex(i, len)) {
                if (item == k) {
                    V oldValue = (V) tab[i + 1];
                    tab[i + 1] = value;
                    return oldValue;
                }
            }
            int s = size + 1;
            // Keep the table at most 2/3 full (3 * s > slots means too full).
            if (s + (s << 1) > len && resize(len)) {
                continue;
            }
            modCount++;
            tab[i] = k;
            tab[i + 1] = value;
            size = s;
            return null;
        }
    }

    /** Doubles the table; returns false when it is already at its maximum. */
    private boolean resize(int newCapacity) {
        int newLength = newCapacity * 2;
        Object[] oldTable = table;
        int oldLength = oldTable.length;
        if (oldLength == 2 * MAXIMUM_CAPACITY) {
            if (size == MAXIMUM_CAPACITY - 1) {
                throw new IllegalStateException("Capacity exhausted.");
            }
            return false;
        }
        if (oldLength >= newLength) {
            return false;
        }
        Object[] newTable = new Object[newLength];
        for (int j = 0; j < oldLength; j += 2) {
            Object key = oldTable[j];
            if (key != null) {
                int i = hash(key, newLength);
                while (newTable[i] != null) {
                    i = nextKeyIndex(i, newLength);
                }
                newTable[i] = key;
                newTable[i + 1] = oldTable[j + 1];
            }
        }
        table = newTable;
        return true;
    }

    public void putAll(Map<? extends K, ? extends V> m) {
        int n = m.size();
        if (n == 0) {
            return;
        }
        if (n > size) {
            resize(capacity(n));
        }
        for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) {
            put(e.getKey(), e.getValue());
        }
    }

    @SuppressWarnings("unchecked")
    public V remove(Object key) {
        int i = indexOf(maskNull(key));
        if (i < 0) {
            return null;
        }
        V oldValue = (V) table[i + 1];
        removeAt(i);
        return oldValue;
    }

    private boolean removeMapping(Object key, Object value) {
        int i = indexOf(maskNull(key));
        if (i < 0 || table[i + 1] != value) {
            return false;
        }
        removeAt(i);
        return true;
    }

    private void removeAt(int d) {
        modCount++;
        size--;
        table[d] = null;
        table[d + 1] = null;
        closeDeletion(d);
    }

    /**
     * Re-packs the probe run after slot d was emptied: each later key whose home slot is not
     * cyclically between d and its current slot moves back into the gap.
     */
    private void closeDeletion(int d) {
        Object[] tab = table;
        int len = tab.length;
        Object item;
        for (int i = nextKeyIndex(d, len); (item = tab[i]) != null; i = nextKeyIndex(i, len)) {
            int r = hash(item, len);
            boolean canMove = (i < r && (r <= d || d <= i)) || (r <= d && d <= i);
            if (canMove) {
                tab[d] = item;
                tab[d + 1] = tab[i + 1];
                tab[i] = null;
                tab[i + 1] = null;
                d = i;
            }
        }
    }

    public void clear() {
        modCount++;
        Arrays.fill(table, null);
        size = 0;
    }

    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (o instanceof IdentityHashMap<?, ?> m) {
            if (m.size() != size) {
                return false;
            }
            Object[] tab = m.table;
            for (int i = 0; i < tab.length; i += 2) {
                Object k = tab[i];
                if (k != null && !containsMapping(unmaskNull(k), tab[i + 1])) {
                    return false;
                }
            }
            return true;
        }
        return super.equals(o);
    }

    public int hashCode() {
        int result = 0;
        Object[] tab = table;
        for (int i = 0; i < tab.length; i += 2) {
            Object key = tab[i];
            if (key != null) {
                result += System.identityHashCode(unmaskNull(key)) ^ System.identityHashCode(tab[i + 1]);
            }
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    public Object clone() {
        try {
            IdentityHashMap<K, V> m = (IdentityHashMap<K, V>) super.clone();
            m.table = table.clone();
            return m;
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    /**
     * Walks the table by slot. The first remove() switches the walk to a private copy of the
     * table, because closing the gap may move a not-yet-visited key behind the cursor.
     */
    private abstract class SlotIterator<T> implements Iterator<T> {
        int index = (size != 0 ? 0 : table.length);
        int expectedModCount = modCount;
        int lastReturnedIndex = -1;
        boolean indexValid;
        Object[] traversalTable = table;

        public boolean hasNext() {
            Object[] tab = traversalTable;
            for (int i = index; i < tab.length; i += 2) {
                if (tab[i] != null) {
                    index = i;
                    return indexValid = true;
                }
            }
            index = tab.length;
            return false;
        }

        protected int nextIndex() {
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            if (!indexValid && !hasNext()) {
                throw new NoSuchElementException();
            }
            indexValid = false;
            lastReturnedIndex = index;
            index += 2;
            return lastReturnedIndex;
        }

        public void remove() {
            if (lastReturnedIndex == -1) {
                throw new IllegalStateException();
            }
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            Object key = traversalTable[lastReturnedIndex];
            lastReturnedIndex = -1;
            if (traversalTable == table) {
                traversalTable = table.clone();
            }
            int i = indexOf(key);
            if (i >= 0) {
                removeAt(i);
            }
            expectedModCount = modCount;
        }

        @SuppressWarnings("unchecked")
        K keyAt(int slot) {
            return (K) unmaskNull(traversalTable[slot]);
        }

        @SuppressWarnings("unchecked")
        V valueAt(int slot) {
            if (traversalTable == table) {
                return (V) table[slot + 1];
            }
            int live = indexOf(traversalTable[slot]);
            return (live < 0) ? (V) traversalTable[slot + 1] : (V) table[live + 1];
        }
    }

    /** An entry bound to a key; reads and writes go to the live table. */
    private final class KeyEntry implements Map.Entry<K, V> {
        private final Object maskedKey;

        KeyEntry(Object maskedKey) {
            this.maskedKey = maskedKey;
        }

        @SuppressWarnings("unchecked")
        public K getKey() {
            return (K) unmaskNull(maskedKey);
        }

        @SuppressWarnings("unchecked")
        public V getValue() {
            int i = indexOf(maskedKey);
            if (i < 0) {
                throw new IllegalStateException("Entry was removed");
            }
            return (V) table[i + 1];
        }

        @SuppressWarnings("unchecked")
        public V setValue(V value) {
            int i = indexOf(maskedKey);
            if (i < 0) {
                throw new IllegalStateException("Entry was removed");
            }
            V old = (V) table[i + 1];
            table[i + 1] = value;
            return old;
        }

        public boolean equals(Object o) {
            return o instanceof Map.Entry<?, ?> e && e.getKey() == getKey() && e.getValue() == getValue();
        }

        public int hashCode() {
            return System.identityHashCode(getKey()) ^ System.identityHashCode(getValue());
        }

        public String toString() {
            return getKey() + "=" + getValue();
        }
    }

    public Set<K> keySet() {
        return new AbstractSet<K>() {
            public Iterator<K> iterator() {
                return new SlotIterator<K>() {
                    public K next() {
                        return keyAt(nextIndex());
                    }
                };
            }

            public int size() {
                return size;
            }

            public boolean contains(Object o) {
                return containsKey(o);
            }

            public boolean remove(Object o) {
                int oldSize = size;
                IdentityHashMap.this.remove(o);
                return size != oldSize;
            }

            public void clear() {
                IdentityHashMap.this.clear();
            }

            public int hashCode() {
                int result = 0;
                for (K key : this) {
                    result += System.identityHashCode(key);
                }
                return result;
            }
        };
    }

    public Collection<V> values() {
        return new AbstractCollection<V>() {
            public Iterator<V> iterator() {
                return new SlotIterator<V>() {
                    public V next() {
                        return valueAt(nextIndex());
                    }
                };
            }

            public int size() {
                return size;
            }

            public boolean contains(Object o) {
                return containsValue(o);
            }

            public boolean remove(Object o) {
                for (Iterator<V> i = iterator(); i.hasNext();) {
                    if (i.next() == o) {
                        i.remove();
                        return true;
                    }
                }
                return false;
            }

            public void clear() {
                IdentityHashMap.this.clear();
            }
        };
    }

    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<Map.Entry<K, V>>() {
            public Iterator<Map.Entry<K, V>> iterator() {
                return new SlotIterator<Map.Entry<K, V>>() {
                    public Map.Entry<K, V> next() {
                        int slot = nextIndex();
                        return new KeyEntry(traversalTable[slot]);
                    }
                };
            }

            public boolean contains(Object o) {
                return o instanceof Map.Entry<?, ?> entry && containsMapping(entry.getKey(), entry.getValue());
            }

            public boolean remove(Object o) {
                return o instanceof Map.Entry<?, ?> entry && removeMapping(entry.getKey(), entry.getValue());
            }

            public int size() {
                return size;
            }

            public void clear() {
                IdentityHashMap.this.clear();
            }
        };
    }

    @SuppressWarnings("unchecked")
    public void forEach(BiConsumer<? super K, ? super V> action) {
        Objects.requireNonNull(action);
        int expectedModCount = modCount;
        Object[] t = table;
        for (int index = 0; index < t.length; index += 2) {
            Object k = t[index];
            if (k != null) {
                action.accept((K) unmaskNull(k), (V) t[index + 1]);
            }
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
        }
    }

    @SuppressWarnings("unchecked")
    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        Objects.requireNonNull(function);
        int expectedModCount = modCount;
        Object[] t = table;
        for (int index = 0; index < t.length; index += 2) {
            Object k = t[index];
            if (k != null) {
                t[index + 1] = function.apply((K) unmaskNull(k), (V) t[index + 1]);
            }
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
        }
    }
}
