// The legacy synchronized hash map, laid out like the JDK's: unspread hash codes modulo an odd
// table length (11, then 2n+1), head insertion in buckets, rehash at the load factor, and
// enumeration/iteration from the last bucket down (forEach and replaceAll go up), so iteration
// order and toString match HotSpot. Neither keys nor values may be null.
package java.util;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

public class Hashtable<K, V> extends Dictionary<K, V> implements Map<K, V>, Cloneable, java.io.Serializable {

    private static final long serialVersionUID = 1421746759512286392L;
    private static final int MAX_ARRAY_SIZE = Integer.MAX_VALUE - 8;

    private transient Entry<?, ?>[] table;
    private transient int count;
    private int threshold;
    private float loadFactor;
    private transient int modCount = 0;

    public Hashtable(int initialCapacity, float loadFactor) {
        if (initialCapacity < 0) {
            throw new IllegalArgumentException("Illegal Capacity: " + initialCapacity);
        }
        if (loadFactor <= 0 || Float.isNaN(loadFactor)) {
            throw new IllegalArgumentException("Illegal Load: " + loadFactor);
        }
        if (initialCapacity == 0) {
            initialCapacity = 1;
        }
        this.loadFactor = loadFactor;
        table = new Entry<?, ?>[initialCapacity];
        threshold = (int) Math.min(initialCapacity * loadFactor, MAX_ARRAY_SIZE + 1);
    }

    public Hashtable(int initialCapacity) {
        this(initialCapacity, 0.75f);
    }

    public Hashtable() {
        this(11, 0.75f);
    }

    public Hashtable(Map<? extends K, ? extends V> t) {
        this(Math.max(2 * t.size(), 11), 0.75f);
        putAll(t);
    }

    private static int indexFor(int hash, int length) {
        return (hash & 0x7FFFFFFF) % length;
    }

    public synchronized int size() {
        return count;
    }

    public synchronized boolean isEmpty() {
        return count == 0;
    }

    public synchronized Enumeration<K> keys() {
        return (count == 0) ? Collections.emptyEnumeration() : new Enumerator<>(KEYS, false);
    }

    public synchronized Enumeration<V> elements() {
        return (count == 0) ? Collections.emptyEnumeration() : new Enumerator<>(VALUES, false);
    }

    /** An iterator over one kind of view element; the shared empty iterator when empty. */
    private <T> Iterator<T> iteratorOf(int type) {
        return (count == 0) ? Collections.emptyIterator() : new Enumerator<>(type, true);
    }

    public synchronized boolean contains(Object value) {
        if (value == null) {
            throw new NullPointerException();
        }
        Entry<?, ?>[] tab = table;
        for (int i = tab.length; i-- > 0;) {
            for (Entry<?, ?> e = tab[i]; e != null; e = e.next) {
                if (e.value.equals(value)) {
                    return true;
                }
            }
        }
        return false;
    }

    public boolean containsValue(Object value) {
        return contains(value);
    }

    /** The entry for key, or null; a null key fails on hashCode() as on HotSpot. */
    @SuppressWarnings("unchecked")
    private Entry<K, V> findEntry(Object key) {
        int hash = key.hashCode();
        for (Entry<?, ?> e = table[indexFor(hash, table.length)]; e != null; e = e.next) {
            if ((e.hash == hash) && e.key.equals(key)) {
                return (Entry<K, V>) e;
            }
        }
        return null;
    }

    public synchronized boolean containsKey(Object key) {
        return findEntry(key) != null;
    }

    public synchronized V get(Object key) {
        Entry<K, V> e = findEntry(key);
        return (e == null) ? null : e.value;
    }

    /** Grows the table to 2n+1 buckets and moves every entry, walking old buckets downwards. */
    @SuppressWarnings("unchecked")
    protected void rehash() {
        int oldCapacity = table.length;
        Entry<?, ?>[] oldMap = table;
        int newCapacity = (oldCapacity << 1) + 1;
        if (newCapacity - MAX_ARRAY_SIZE > 0) {
            if (oldCapacity == MAX_ARRAY_SIZE) {
                return;
            }
            newCapacity = MAX_ARRAY_SIZE;
        }
        Entry<?, ?>[] newMap = new Entry<?, ?>[newCapacity];
        modCount++;
        threshold = (int) Math.min(newCapacity * loadFactor, MAX_ARRAY_SIZE + 1);
        table = newMap;
        for (int i = oldCapacity; i-- > 0;) {
            for (Entry<K, V> old = (Entry<K, V>) oldMap[i]; old != null;) {
                Entry<K, V> e = old;
                old = old.next;
                int index = indexFor(e.hash, newCapacity);
                e.next = (Entry<K, V>) newMap[index];
                newMap[index] = e;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void addEntry(int hash, K key, V value, int index) {
        Entry<?, ?>[] tab = table;
        if (count >= threshold) {
            rehash();
            tab = table;
            hash = key.hashCode();
            index = indexFor(hash, tab.length);
        }
        Entry<K, V> e = (Entry<K, V>) tab[index];
        tab[index] = new Entry<>(hash, key, value, e);
        count++;
        modCount++;
    }

    public synchronized V put(K key, V value) {
        if (value == null) {
            throw new NullPointerException();
        }
        Entry<K, V> existing = findEntry(key);
        if (existing != null) {
            V old = existing.value;
            existing.value = value;
            return old;
        }
        int hash = key.hashCode();
        addEntry(hash, key, value, indexFor(hash, table.length));
        return null;
    }

    /** Unlinks the entry for key (optionally only if it holds value); returns it or null. */
    @SuppressWarnings("unchecked")
    private Entry<K, V> removeEntry(Object key, Object value) {
        Entry<?, ?>[] tab = table;
        int hash = key.hashCode();
        int index = indexFor(hash, tab.length);
        Entry<K, V> prev = null;
        for (Entry<K, V> e = (Entry<K, V>) tab[index]; e != null; prev = e, e = e.next) {
            if ((e.hash == hash) && e.key.equals(key) && (value == null || e.value.equals(value))) {
                if (prev != null) {
                    prev.next = e.next;
                } else {
                    tab[index] = e.next;
                }
                modCount++;
                count--;
                return e;
            }
        }
        return null;
    }

    public synchronized V remove(Object key) {
        Entry<K, V> e = removeEntry(key, null);
        if (e == null) {
            return null;
        }
        V old = e.value;
        e.value = null;
        return old;
    }

    public synchronized void putAll(Map<? extends K, ? extends V> t) {
        for (Map.Entry<? extends K, ? extends V> e : t.entrySet()) {
            put(e.getKey(), e.getValue());
        }
    }

    public synchronized void clear() {
        Entry<?, ?>[] tab = table;
        for (int index = tab.length; --index >= 0;) {
            tab[index] = null;
        }
        modCount++;
        count = 0;
    }

    @SuppressWarnings("unchecked")
    public synchronized Object clone() {
        try {
            Hashtable<K, V> t = (Hashtable<K, V>) super.clone();
            t.table = new Entry<?, ?>[table.length];
            for (int i = table.length; i-- > 0;) {
                t.table[i] = (table[i] != null) ? (Entry<?, ?>) table[i].copyChain() : null;
            }
            t.keySet = null;
            t.entrySet = null;
            t.values = null;
            t.modCount = 0;
            return t;
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    public synchronized String toString() {
        int max = size() - 1;
        if (max == -1) {
            return "{}";
        }
        StringBuilder sb = new StringBuilder();
        Iterator<Map.Entry<K, V>> it = entrySet().iterator();
        sb.append('{');
        for (int i = 0;; i++) {
            Map.Entry<K, V> e = it.next();
            K key = e.getKey();
            V value = e.getValue();
            sb.append(key == this ? "(this Map)" : key.toString());
            sb.append('=');
            sb.append(value == this ? "(this Map)" : value.toString());
            if (i == max) {
                return sb.append('}').toString();
            }
            sb.append(", ");
        }
    }

    // ---- views

    private static final int KEYS = 0;
    private static final int VALUES = 1;
    private static final int ENTRIES = 2;

    private transient volatile Set<K> keySet;
    private transient volatile Set<Map.Entry<K, V>> entrySet;
    private transient volatile Collection<V> values;

    public Set<K> keySet() {
        if (keySet == null) {
            keySet = new SynchronizedViews.SynchronizedSet<>(new AbstractSet<K>() {
                public Iterator<K> iterator() {
                    return iteratorOf(KEYS);
                }

                public int size() {
                    return count;
                }

                public boolean contains(Object o) {
                    return containsKey(o);
                }

                public boolean remove(Object o) {
                    return Hashtable.this.remove(o) != null;
                }

                public void clear() {
                    Hashtable.this.clear();
                }
            }, this);
        }
        return keySet;
    }

    public Set<Map.Entry<K, V>> entrySet() {
        if (entrySet == null) {
            entrySet = new SynchronizedViews.SynchronizedSet<>(new AbstractSet<Map.Entry<K, V>>() {
                public Iterator<Map.Entry<K, V>> iterator() {
                    return iteratorOf(ENTRIES);
                }

                public boolean add(Map.Entry<K, V> o) {
                    return super.add(o);
                }

                public boolean contains(Object o) {
                    if (!(o instanceof Map.Entry<?, ?> entry)) {
                        return false;
                    }
                    Entry<K, V> e = findEntry(entry.getKey());
                    return e != null && e.equals(entry);
                }

                public boolean remove(Object o) {
                    if (!(o instanceof Map.Entry<?, ?> entry)) {
                        return false;
                    }
                    Entry<K, V> e = findEntry(entry.getKey());
                    if (e == null || !e.equals(entry)) {
                        return false;
                    }
                    removeEntry(e.key, e.value);
                    e.value = null;
                    return true;
                }

                public int size() {
                    return count;
                }

                public void clear() {
                    Hashtable.this.clear();
                }
            }, this);
        }
        return entrySet;
    }

    public Collection<V> values() {
        if (values == null) {
            values = new SynchronizedViews.SynchronizedCollection<>(new AbstractCollection<V>() {
                public Iterator<V> iterator() {
                    return iteratorOf(VALUES);
                }

                public int size() {
                    return count;
                }

                public boolean contains(Object o) {
                    return containsValue(o);
                }

                public void clear() {
                    Hashtable.this.clear();
                }
            }, this);
        }
        return values;
    }

    // ---- comparison

    public synchronized boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof Map<?, ?> t)) {
            return false;
        }
        if (t.size() != size()) {
            return false;
        }
        try {
            for (Map.Entry<K, V> e : entrySet()) {
                K key = e.getKey();
                V value = e.getValue();
                if (value == null) {
                    if (!(t.get(key) == null && t.containsKey(key))) {
                        return false;
                    }
                } else if (!value.equals(t.get(key))) {
                    return false;
                }
            }
        } catch (ClassCastException | NullPointerException unused) {
            return false;
        }
        return true;
    }

    /** Sum of the entries' hash codes; a map containing itself contributes nothing for itself. */
    public synchronized int hashCode() {
        int h = 0;
        if (count == 0 || loadFactor < 0) {
            return h; // empty, or already being hashed further up the stack
        }
        loadFactor = -loadFactor;
        for (Entry<?, ?> entry : table) {
            for (; entry != null; entry = entry.next) {
                h += entry.hashCode();
            }
        }
        loadFactor = -loadFactor;
        return h;
    }

    // ---- Map defaults with Hashtable's null rules and fail-fast checks

    public synchronized V getOrDefault(Object key, V defaultValue) {
        V result = get(key);
        return (result == null) ? defaultValue : result;
    }

    @SuppressWarnings("unchecked")
    public synchronized void forEach(BiConsumer<? super K, ? super V> action) {
        Objects.requireNonNull(action);
        int expectedModCount = modCount;
        for (Entry<?, ?> entry : table) {
            while (entry != null) {
                action.accept((K) entry.key, (V) entry.value);
                entry = entry.next;
                if (expectedModCount != modCount) {
                    throw new ConcurrentModificationException();
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    public synchronized void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        Objects.requireNonNull(function);
        int expectedModCount = modCount;
        for (Entry<?, ?> e : table) {
            Entry<K, V> entry = (Entry<K, V>) e;
            while (entry != null) {
                entry.value = Objects.requireNonNull(function.apply(entry.key, entry.value));
                entry = entry.next;
                if (expectedModCount != modCount) {
                    throw new ConcurrentModificationException();
                }
            }
        }
    }

    public synchronized V putIfAbsent(K key, V value) {
        Objects.requireNonNull(value);
        Entry<K, V> e = findEntry(key);
        if (e != null) {
            V old = e.value;
            if (old == null) {
                e.value = value;
            }
            return old;
        }
        int hash = key.hashCode();
        addEntry(hash, key, value, indexFor(hash, table.length));
        return null;
    }

    public synchronized boolean remove(Object key, Object value) {
        Objects.requireNonNull(value);
        Entry<K, V> e = removeEntry(key, value);
        if (e == null) {
            return false;
        }
        e.value = null;
        return true;
    }

    public synchronized boolean replace(K key, V oldValue, V newValue) {
        Objects.requireNonNull(oldValue);
        Objects.requireNonNull(newValue);
        Entry<K, V> e = findEntry(key);
        if (e != null && e.value.equals(oldValue)) {
            e.value = newValue;
            return true;
        }
        return false;
    }

    public synchronized V replace(K key, V value) {
        Objects.requireNonNull(value);
        Entry<K, V> e = findEntry(key);
        if (e == null) {
            return null;
        }
        V old = e.value;
        e.value = value;
        return old;
    }

    public synchronized V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        Objects.requireNonNull(mappingFunction);
        Entry<K, V> e = findEntry(key);
        if (e != null) {
            return e.value;
        }
        int mc = modCount;
        V newValue = mappingFunction.apply(key);
        if (mc != modCount) {
            throw new ConcurrentModificationException();
        }
        if (newValue != null) {
            int hash = key.hashCode();
            addEntry(hash, key, newValue, indexFor(hash, table.length));
        }
        return newValue;
    }

    /** Applies a remapping result to an existing entry: null removes it. */
    private V remapExisting(Entry<K, V> e, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        int mc = modCount;
        V newValue = remappingFunction.apply(e.key, e.value);
        if (mc != modCount) {
            throw new ConcurrentModificationException();
        }
        if (newValue == null) {
            removeEntry(e.key, null);
        } else {
            e.value = newValue;
        }
        return newValue;
    }

    public synchronized V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        Entry<K, V> e = findEntry(key);
        return (e == null) ? null : remapExisting(e, remappingFunction);
    }

    public synchronized V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        Entry<K, V> e = findEntry(key);
        if (e != null) {
            return remapExisting(e, remappingFunction);
        }
        int mc = modCount;
        V newValue = remappingFunction.apply(key, null);
        if (mc != modCount) {
            throw new ConcurrentModificationException();
        }
        if (newValue != null) {
            int hash = key.hashCode();
            addEntry(hash, key, newValue, indexFor(hash, table.length));
        }
        return newValue;
    }

    public synchronized V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        Entry<K, V> e = findEntry(key);
        if (e != null) {
            int mc = modCount;
            V newValue = remappingFunction.apply(e.value, value);
            if (mc != modCount) {
                throw new ConcurrentModificationException();
            }
            if (newValue == null) {
                removeEntry(e.key, null);
            } else {
                e.value = newValue;
            }
            return newValue;
        }
        if (value != null) {
            int hash = key.hashCode();
            addEntry(hash, key, value, indexFor(hash, table.length));
        }
        return value;
    }

    // ---- entries and enumeration

    private static final class Entry<K, V> implements Map.Entry<K, V> {
        final int hash;
        final K key;
        V value;
        Entry<K, V> next;

        Entry(int hash, K key, V value, Entry<K, V> next) {
            this.hash = hash;
            this.key = key;
            this.value = value;
            this.next = next;
        }

        Entry<K, V> copyChain() {
            return new Entry<>(hash, key, value, (next == null) ? null : next.copyChain());
        }

        public K getKey() {
            return key;
        }

        public V getValue() {
            return value;
        }

        public V setValue(V value) {
            if (value == null) {
                throw new NullPointerException();
            }
            V old = this.value;
            this.value = value;
            return old;
        }

        public boolean equals(Object o) {
            return o instanceof Map.Entry<?, ?> e && (key == null ? e.getKey() == null : key.equals(e.getKey()))
                    && (value == null ? e.getValue() == null : value.equals(e.getValue()));
        }

        public int hashCode() {
            return hash ^ Objects.hashCode(value);
        }

        public String toString() {
            return key.toString() + "=" + value.toString();
        }
    }

    /**
     * Walks buckets from the last to the first. As an Enumeration it never fails; as an Iterator
     * it fails fast and supports remove().
     */
    private class Enumerator<T> implements Enumeration<T>, Iterator<T> {
        private final Entry<?, ?>[] tab = Hashtable.this.table;
        private int index = tab.length;
        private Entry<?, ?> entry;
        private Entry<?, ?> lastReturned;
        private final int type;
        private final boolean iterator;
        private int expectedModCount = Hashtable.this.modCount;

        Enumerator(int type, boolean iterator) {
            this.type = type;
            this.iterator = iterator;
        }

        public boolean hasMoreElements() {
            Entry<?, ?> e = entry;
            int i = index;
            while (e == null && i > 0) {
                e = tab[--i];
            }
            entry = e;
            index = i;
            return e != null;
        }

        @SuppressWarnings("unchecked")
        public T nextElement() {
            Entry<?, ?> et = entry;
            int i = index;
            while (et == null && i > 0) {
                et = tab[--i];
            }
            entry = et;
            index = i;
            if (et != null) {
                Entry<?, ?> e = lastReturned = entry;
                entry = e.next;
                return type == KEYS ? (T) e.key : (type == VALUES ? (T) e.value : (T) e);
            }
            throw new NoSuchElementException("Hashtable Enumerator");
        }

        public boolean hasNext() {
            return hasMoreElements();
        }

        public T next() {
            if (Hashtable.this.modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            return nextElement();
        }

        public void remove() {
            if (!iterator) {
                throw new UnsupportedOperationException();
            }
            if (lastReturned == null) {
                throw new IllegalStateException("Hashtable Enumerator");
            }
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            synchronized (Hashtable.this) {
                if (removeEntry(lastReturned.key, null) == null) {
                    throw new ConcurrentModificationException();
                }
                expectedModCount++;
                lastReturned = null;
            }
        }
    }
}
