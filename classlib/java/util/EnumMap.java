// A Map keyed by one enum type: values sit in an array indexed by ordinal, so iteration is in
// ordinal order. Null values are stored as a private marker. Iterators never throw CME.
package java.util;

public class EnumMap<K extends Enum<K>, V> extends AbstractMap<K, V> implements java.io.Serializable, Cloneable {

    private static final long serialVersionUID = 458661240069192865L;

    private final Class<K> keyType;
    private transient K[] keyUniverse;
    /** vals[ordinal] is null when the key is absent, NULL when it maps to null. */
    private transient Object[] vals;
    private transient int size = 0;

    private static final Object NULL = new Object() {
        public int hashCode() {
            return 0;
        }

        public String toString() {
            return "java.util.EnumMap.NULL";
        }
    };

    private Object maskNull(Object value) {
        return (value == null) ? NULL : value;
    }

    @SuppressWarnings("unchecked")
    private V unmaskNull(Object value) {
        return (V) ((value == NULL) ? null : value);
    }

    public EnumMap(Class<K> keyType) {
        this.keyType = keyType;
        keyUniverse = keyType.getEnumConstants();
        vals = new Object[keyUniverse.length];
    }

    public EnumMap(EnumMap<K, ? extends V> m) {
        keyType = m.keyType;
        keyUniverse = m.keyUniverse;
        vals = m.vals.clone();
        size = m.size;
    }

    @SuppressWarnings("unchecked")
    public EnumMap(Map<K, ? extends V> m) {
        if (m instanceof EnumMap) {
            EnumMap<K, ? extends V> em = (EnumMap<K, ? extends V>) m;
            keyType = em.keyType;
            keyUniverse = em.keyUniverse;
            vals = em.vals.clone();
            size = em.size;
        } else {
            if (m.isEmpty()) {
                throw new IllegalArgumentException("Specified map is empty");
            }
            keyType = m.keySet().iterator().next().getDeclaringClass();
            keyUniverse = keyType.getEnumConstants();
            vals = new Object[keyUniverse.length];
            putAll(m);
        }
    }

    public int size() {
        return size;
    }

    public boolean containsValue(Object value) {
        value = maskNull(value);
        for (Object val : vals) {
            if (value.equals(val)) {
                return true;
            }
        }
        return false;
    }

    public boolean containsKey(Object key) {
        return isValidKey(key) && vals[((Enum<?>) key).ordinal()] != null;
    }

    private boolean containsMapping(Object key, Object value) {
        return isValidKey(key) && maskNull(value).equals(vals[((Enum<?>) key).ordinal()]);
    }

    public V get(Object key) {
        return isValidKey(key) ? unmaskNull(vals[((Enum<?>) key).ordinal()]) : null;
    }

    public V put(K key, V value) {
        typeCheck(key);
        int index = key.ordinal();
        Object oldValue = vals[index];
        vals[index] = maskNull(value);
        if (oldValue == null) {
            size++;
        }
        return unmaskNull(oldValue);
    }

    public V remove(Object key) {
        if (!isValidKey(key)) {
            return null;
        }
        int index = ((Enum<?>) key).ordinal();
        Object oldValue = vals[index];
        vals[index] = null;
        if (oldValue != null) {
            size--;
        }
        return unmaskNull(oldValue);
    }

    private boolean removeMapping(Object key, Object value) {
        if (!isValidKey(key)) {
            return false;
        }
        int index = ((Enum<?>) key).ordinal();
        if (maskNull(value).equals(vals[index])) {
            vals[index] = null;
            size--;
            return true;
        }
        return false;
    }

    /** Whether key is a constant of keyType (constants with bodies are its subclasses). */
    private boolean isValidKey(Object key) {
        if (key == null) {
            return false;
        }
        Class<?> keyClass = key.getClass();
        return keyClass == keyType || keyClass.getSuperclass() == keyType;
    }

    @SuppressWarnings("unchecked")
    public void putAll(Map<? extends K, ? extends V> m) {
        if (m instanceof EnumMap<?, ?> em) {
            if (em.keyType != keyType) {
                if (em.isEmpty()) {
                    return;
                }
                throw new ClassCastException(em.keyType + " != " + keyType);
            }
            for (int i = 0; i < keyUniverse.length; i++) {
                Object emValue = em.vals[i];
                if (emValue != null) {
                    if (vals[i] == null) {
                        size++;
                    }
                    vals[i] = emValue;
                }
            }
        } else {
            super.putAll(m);
        }
    }

    public void clear() {
        Arrays.fill(vals, null);
        size = 0;
    }

    /** A null key fails on getClass(); the helpful message names the parameter "key". */
    private void typeCheck(K key) {
        Class<?> keyClass = key.getClass();
        if (keyClass != keyType && keyClass.getSuperclass() != keyType) {
            throw new ClassCastException(keyClass + " != " + keyType);
        }
    }

    // ---- views

    private transient Set<K> keySetView;
    private transient Collection<V> valuesView;
    private transient Set<Map.Entry<K, V>> entrySetView;

    public Set<K> keySet() {
        Set<K> ks = keySetView;
        if (ks == null) {
            ks = keySetView = new AbstractSet<K>() {
                public Iterator<K> iterator() {
                    return new SlotIterator<K>() {
                        K project(int index) {
                            return keyUniverse[index];
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
                    EnumMap.this.remove(o);
                    return size != oldSize;
                }

                public void clear() {
                    EnumMap.this.clear();
                }
            };
        }
        return ks;
    }

    public Collection<V> values() {
        Collection<V> vs = valuesView;
        if (vs == null) {
            vs = valuesView = new AbstractCollection<V>() {
                public Iterator<V> iterator() {
                    return new SlotIterator<V>() {
                        V project(int index) {
                            return unmaskNull(vals[index]);
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
                    o = maskNull(o);
                    for (int i = 0; i < vals.length; i++) {
                        if (o.equals(vals[i])) {
                            vals[i] = null;
                            size--;
                            return true;
                        }
                    }
                    return false;
                }

                public void clear() {
                    EnumMap.this.clear();
                }
            };
        }
        return vs;
    }

    public Set<Map.Entry<K, V>> entrySet() {
        Set<Map.Entry<K, V>> es = entrySetView;
        if (es == null) {
            es = entrySetView = new AbstractSet<Map.Entry<K, V>>() {
                public Iterator<Map.Entry<K, V>> iterator() {
                    return new SlotIterator<Map.Entry<K, V>>() {
                        Map.Entry<K, V> project(int index) {
                            return lastReturnedEntry = new SlotEntry(index);
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
                    EnumMap.this.clear();
                }
            };
        }
        return es;
    }

    /** Visits the occupied slots in ordinal order, reading the live array as it goes. */
    private abstract class SlotIterator<T> implements Iterator<T> {
        int index = 0;
        int lastReturnedIndex = -1;
        /** Set by the entry iterator only, so remove() can retire the entry it handed out. */
        SlotEntry lastReturnedEntry;

        abstract T project(int index);

        public boolean hasNext() {
            while (index < vals.length && vals[index] == null) {
                index++;
            }
            return index != vals.length;
        }

        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            lastReturnedIndex = index++;
            return project(lastReturnedIndex);
        }

        public void remove() {
            if (lastReturnedIndex < 0) {
                throw new IllegalStateException();
            }
            if (vals[lastReturnedIndex] != null) {
                vals[lastReturnedIndex] = null;
                size--;
            }
            if (lastReturnedEntry != null) {
                lastReturnedEntry.index = -1; // the entry no longer refers to a mapping
                lastReturnedEntry = null;
            }
            lastReturnedIndex = -1;
        }
    }

    /** A live entry for one slot; it stops working once removed through its iterator. */
    private final class SlotEntry implements Map.Entry<K, V> {
        private int index;

        SlotEntry(int index) {
            this.index = index;
        }

        public K getKey() {
            checkIndexForEntryUse();
            return keyUniverse[index];
        }

        public V getValue() {
            checkIndexForEntryUse();
            return unmaskNull(vals[index]);
        }

        public V setValue(V value) {
            checkIndexForEntryUse();
            V oldValue = unmaskNull(vals[index]);
            vals[index] = maskNull(value);
            return oldValue;
        }

        public boolean equals(Object o) {
            if (index < 0) {
                return o == this;
            }
            if (!(o instanceof Map.Entry<?, ?> e)) {
                return false;
            }
            return keyUniverse[index] == e.getKey() && Objects.equals(unmaskNull(vals[index]), e.getValue());
        }

        public int hashCode() {
            if (index < 0) {
                return super.hashCode();
            }
            return keyUniverse[index].hashCode() ^ Objects.hashCode(unmaskNull(vals[index]));
        }

        public String toString() {
            if (index < 0) {
                return super.toString();
            }
            return keyUniverse[index] + "=" + unmaskNull(vals[index]);
        }

        private void checkIndexForEntryUse() {
            if (index < 0) {
                throw new IllegalStateException("Entry was removed");
            }
        }
    }

    // ---- comparison and copying

    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o instanceof EnumMap<?, ?> em) {
            if (em.keyType != keyType) {
                return size == 0 && em.size == 0;
            }
            for (int i = 0; i < keyUniverse.length; i++) {
                Object ours = vals[i];
                Object theirs = em.vals[i];
                if (theirs != ours && (theirs == null || !theirs.equals(ours))) {
                    return false;
                }
            }
            return true;
        }
        return super.equals(o);
    }

    public int hashCode() {
        int h = 0;
        for (int i = 0; i < keyUniverse.length; i++) {
            if (vals[i] != null) {
                h += keyUniverse[i].hashCode() ^ Objects.hashCode(unmaskNull(vals[i]));
            }
        }
        return h;
    }

    @SuppressWarnings("unchecked")
    public EnumMap<K, V> clone() {
        EnumMap<K, V> result;
        try {
            result = (EnumMap<K, V>) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError();
        }
        result.vals = result.vals.clone();
        result.keySetView = null;
        result.valuesView = null;
        result.entrySetView = null;
        return result;
    }
}
