// The legacy synchronized map. Step 1 stores its entries in a HashMap; the JDK's own table
// layout (and with it the iteration order of Hashtable and Properties) arrives in step 2.
package java.util;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

public class Hashtable<K, V> extends Dictionary<K, V> implements Map<K, V>, Cloneable, java.io.Serializable {

    private HashMap<K, V> map;

    public Hashtable(int initialCapacity, float loadFactor) {
        if (initialCapacity < 0) {
            throw new IllegalArgumentException("Illegal Capacity: " + initialCapacity);
        }
        if (loadFactor <= 0 || Float.isNaN(loadFactor)) {
            throw new IllegalArgumentException("Illegal Load: " + loadFactor);
        }
        map = new HashMap<>();
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

    public synchronized int size() {
        return map.size();
    }

    public synchronized boolean isEmpty() {
        return map.isEmpty();
    }

    public synchronized Enumeration<K> keys() {
        return Collections.enumeration(new ArrayList<>(map.keySet()));
    }

    public synchronized Enumeration<V> elements() {
        return Collections.enumeration(new ArrayList<>(map.values()));
    }

    public synchronized boolean contains(Object value) {
        if (value == null) {
            throw new NullPointerException();
        }
        return map.containsValue(value);
    }

    public boolean containsValue(Object value) {
        return contains(value);
    }

    public synchronized boolean containsKey(Object key) {
        return map.containsKey(Objects.requireNonNull(key));
    }

    public synchronized V get(Object key) {
        return map.get(Objects.requireNonNull(key));
    }

    public synchronized V put(K key, V value) {
        if (value == null) {
            throw new NullPointerException();
        }
        return map.put(Objects.requireNonNull(key), value);
    }

    public synchronized V remove(Object key) {
        return map.remove(Objects.requireNonNull(key));
    }

    public synchronized void putAll(Map<? extends K, ? extends V> t) {
        for (Map.Entry<? extends K, ? extends V> e : t.entrySet()) {
            put(e.getKey(), e.getValue());
        }
    }

    public synchronized void clear() {
        map.clear();
    }

    @SuppressWarnings("unchecked")
    public synchronized Object clone() {
        try {
            Hashtable<K, V> t = (Hashtable<K, V>) super.clone();
            t.map = (HashMap<K, V>) map.clone();
            return t;
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    public synchronized String toString() {
        return map.toString();
    }

    public Set<K> keySet() {
        return map.keySet();
    }

    public Set<Map.Entry<K, V>> entrySet() {
        return map.entrySet();
    }

    public Collection<V> values() {
        return map.values();
    }

    public synchronized boolean equals(Object o) {
        return o == this || map.equals(o);
    }

    public synchronized int hashCode() {
        return map.hashCode();
    }

    @Override
    public synchronized V getOrDefault(Object key, V defaultValue) {
        V result = get(key);
        return (null == result) ? defaultValue : result;
    }

    @Override
    public synchronized void forEach(BiConsumer<? super K, ? super V> action) {
        map.forEach(action);
    }

    @Override
    public synchronized V putIfAbsent(K key, V value) {
        Objects.requireNonNull(value);
        return map.putIfAbsent(Objects.requireNonNull(key), value);
    }

    @Override
    public synchronized V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        Objects.requireNonNull(mappingFunction);
        return map.computeIfAbsent(Objects.requireNonNull(key), mappingFunction);
    }

    @Override
    public synchronized V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        return map.compute(Objects.requireNonNull(key), remappingFunction);
    }

    @Override
    public synchronized V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        return map.merge(Objects.requireNonNull(key), value, remappingFunction);
    }
}
