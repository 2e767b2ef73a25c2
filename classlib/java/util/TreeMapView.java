// A range of a TreeMap seen in ascending or descending order: backs subMap/headMap/tailMap,
// descendingMap, and the whole map's keySet/entrySet/values. Bounds are absolute (lo <= hi in
// the map's order); "lowest"/"highest" and friends are relative to the view's direction.
package java.util;

import java.util.function.BiFunction;
import java.util.function.Function;

final class TreeMapView<K, V> extends AbstractMap<K, V> implements NavigableMap<K, V>, java.io.Serializable {

    private static final long serialVersionUID = -2102997345730753016L;

    /** Fence key of an iterator that runs to the end of the map; never identical to a real key. */
    private static final Object UNBOUNDED = new Object();

    final TreeMap<K, V> m;
    final K lo;
    final K hi;
    final boolean fromStart;
    final boolean toEnd;
    final boolean loInclusive;
    final boolean hiInclusive;
    final boolean descending;

    private transient KeySet<K> keySetView;
    private transient EntrySetView entrySetView;
    private transient TreeMapView<K, V> descendingMapView;

    TreeMapView(TreeMap<K, V> m, boolean fromStart, K lo, boolean loInclusive,
            boolean toEnd, K hi, boolean hiInclusive, boolean descending) {
        if (!fromStart && !toEnd) {
            if (m.compare(lo, hi) > 0) {
                throw new IllegalArgumentException("fromKey > toKey");
            }
        } else {
            if (!fromStart) {
                m.compare(lo, lo); // type (and null) check
            }
            if (!toEnd) {
                m.compare(hi, hi);
            }
        }
        this.m = m;
        this.fromStart = fromStart;
        this.lo = lo;
        this.loInclusive = loInclusive;
        this.toEnd = toEnd;
        this.hi = hi;
        this.hiInclusive = hiInclusive;
        this.descending = descending;
    }

    private boolean isWholeMap() {
        return fromStart && toEnd;
    }

    // ---- range checks (absolute)

    boolean tooLow(Object key) {
        if (!fromStart) {
            int c = m.compare(key, lo);
            return c < 0 || (c == 0 && !loInclusive);
        }
        return false;
    }

    boolean tooHigh(Object key) {
        if (!toEnd) {
            int c = m.compare(key, hi);
            return c > 0 || (c == 0 && !hiInclusive);
        }
        return false;
    }

    boolean inRange(Object key) {
        return !tooLow(key) && !tooHigh(key);
    }

    /** In range when both bounds are taken as inclusive. */
    boolean inClosedRange(Object key) {
        return (fromStart || m.compare(key, lo) >= 0) && (toEnd || m.compare(hi, key) >= 0);
    }

    boolean inRange(Object key, boolean inclusive) {
        return inclusive ? inRange(key) : inClosedRange(key);
    }

    // ---- absolute navigation, clipped to the range

    TreeMap.Entry<K, V> absLowest() {
        TreeMap.Entry<K, V> e = fromStart ? m.getFirstEntry()
                : (loInclusive ? m.getCeilingEntry(lo) : m.getHigherEntry(lo));
        return (e == null || tooHigh(e.key)) ? null : e;
    }

    TreeMap.Entry<K, V> absHighest() {
        TreeMap.Entry<K, V> e = toEnd ? m.getLastEntry()
                : (hiInclusive ? m.getFloorEntry(hi) : m.getLowerEntry(hi));
        return (e == null || tooLow(e.key)) ? null : e;
    }

    TreeMap.Entry<K, V> absCeiling(K key) {
        if (tooLow(key)) {
            return absLowest();
        }
        TreeMap.Entry<K, V> e = m.getCeilingEntry(key);
        return (e == null || tooHigh(e.key)) ? null : e;
    }

    TreeMap.Entry<K, V> absHigher(K key) {
        if (tooLow(key)) {
            return absLowest();
        }
        TreeMap.Entry<K, V> e = m.getHigherEntry(key);
        return (e == null || tooHigh(e.key)) ? null : e;
    }

    TreeMap.Entry<K, V> absFloor(K key) {
        if (tooHigh(key)) {
            return absHighest();
        }
        TreeMap.Entry<K, V> e = m.getFloorEntry(key);
        return (e == null || tooLow(e.key)) ? null : e;
    }

    TreeMap.Entry<K, V> absLower(K key) {
        if (tooHigh(key)) {
            return absHighest();
        }
        TreeMap.Entry<K, V> e = m.getLowerEntry(key);
        return (e == null || tooLow(e.key)) ? null : e;
    }

    /** The entry just past the high end, where an ascending iteration stops (null: map end). */
    TreeMap.Entry<K, V> absHighFence() {
        return toEnd ? null : (hiInclusive ? m.getHigherEntry(hi) : m.getCeilingEntry(hi));
    }

    /** The entry just before the low end, where a descending iteration stops. */
    TreeMap.Entry<K, V> absLowFence() {
        return fromStart ? null : (loInclusive ? m.getLowerEntry(lo) : m.getFloorEntry(lo));
    }

    // ---- navigation relative to the view's direction

    TreeMap.Entry<K, V> lowest() {
        return descending ? absHighest() : absLowest();
    }

    TreeMap.Entry<K, V> highest() {
        return descending ? absLowest() : absHighest();
    }

    TreeMap.Entry<K, V> ceiling(K key) {
        return descending ? absFloor(key) : absCeiling(key);
    }

    TreeMap.Entry<K, V> higher(K key) {
        return descending ? absLower(key) : absHigher(key);
    }

    TreeMap.Entry<K, V> floor(K key) {
        return descending ? absCeiling(key) : absFloor(key);
    }

    TreeMap.Entry<K, V> lower(K key) {
        return descending ? absHigher(key) : absLower(key);
    }

    // ---- Map

    public boolean isEmpty() {
        return isWholeMap() ? m.isEmpty() : absLowest() == null;
    }

    public int size() {
        if (isWholeMap()) {
            return m.size();
        }
        int count = 0;
        for (Iterator<?> it = entryIterator(); it.hasNext(); it.next()) {
            count++;
        }
        return count;
    }

    public boolean containsKey(Object key) {
        return inRange(key) && m.containsKey(key);
    }

    public V put(K key, V value) {
        checkKeyInRange(key);
        return m.put(key, value);
    }

    public V putIfAbsent(K key, V value) {
        checkKeyInRange(key);
        return m.putIfAbsent(key, value);
    }

    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        checkKeyInRange(key);
        return m.merge(key, value, remappingFunction);
    }

    public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        if (!inRange(key)) {
            // Like Map's default: a function that yields null adds nothing, so nothing is wrong.
            if (mappingFunction.apply(key) == null) {
                return null;
            }
            throw new IllegalArgumentException("key out of range");
        }
        return m.computeIfAbsent(key, mappingFunction);
    }

    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (!inRange(key)) {
            if (remappingFunction.apply(key, null) == null) {
                return null;
            }
            throw new IllegalArgumentException("key out of range");
        }
        return m.compute(key, remappingFunction);
    }

    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        return !inRange(key) ? null : m.computeIfPresent(key, remappingFunction);
    }

    private void checkKeyInRange(K key) {
        if (!inRange(key)) {
            throw new IllegalArgumentException("key out of range");
        }
    }

    public V get(Object key) {
        return !inRange(key) ? null : m.get(key);
    }

    public V remove(Object key) {
        return !inRange(key) ? null : m.remove(key);
    }

    public void clear() {
        if (isWholeMap()) {
            m.clear();
            return;
        }
        for (Iterator<Map.Entry<K, V>> it = entryIterator(); it.hasNext();) {
            it.next();
            it.remove();
        }
    }

    // ---- SortedMap / NavigableMap

    public Comparator<? super K> comparator() {
        return descending ? Collections.reverseOrder(m.comparator()) : m.comparator();
    }

    public K firstKey() {
        return TreeMap.key(lowest());
    }

    public K lastKey() {
        return TreeMap.key(highest());
    }

    public Map.Entry<K, V> ceilingEntry(K key) {
        return TreeMap.exportEntry(ceiling(key));
    }

    public K ceilingKey(K key) {
        return TreeMap.keyOrNull(ceiling(key));
    }

    public Map.Entry<K, V> higherEntry(K key) {
        return TreeMap.exportEntry(higher(key));
    }

    public K higherKey(K key) {
        return TreeMap.keyOrNull(higher(key));
    }

    public Map.Entry<K, V> floorEntry(K key) {
        return TreeMap.exportEntry(floor(key));
    }

    public K floorKey(K key) {
        return TreeMap.keyOrNull(floor(key));
    }

    public Map.Entry<K, V> lowerEntry(K key) {
        return TreeMap.exportEntry(lower(key));
    }

    public K lowerKey(K key) {
        return TreeMap.keyOrNull(lower(key));
    }

    public Map.Entry<K, V> firstEntry() {
        return TreeMap.exportEntry(lowest());
    }

    public Map.Entry<K, V> lastEntry() {
        return TreeMap.exportEntry(highest());
    }

    public Map.Entry<K, V> pollFirstEntry() {
        return pollEntry(lowest());
    }

    public Map.Entry<K, V> pollLastEntry() {
        return pollEntry(highest());
    }

    private Map.Entry<K, V> pollEntry(TreeMap.Entry<K, V> e) {
        Map.Entry<K, V> result = TreeMap.exportEntry(e);
        if (e != null) {
            m.deleteEntry(e);
        }
        return result;
    }

    public NavigableMap<K, V> descendingMap() {
        TreeMapView<K, V> view = descendingMapView;
        if (view == null) {
            view = descendingMapView = new TreeMapView<>(m, fromStart, lo, loInclusive, toEnd, hi, hiInclusive,
                    !descending);
        }
        return view;
    }

    public NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
        if (!inRange(fromKey, fromInclusive)) {
            throw new IllegalArgumentException("fromKey out of range");
        }
        if (!inRange(toKey, toInclusive)) {
            throw new IllegalArgumentException("toKey out of range");
        }
        return descending
                ? new TreeMapView<>(m, false, toKey, toInclusive, false, fromKey, fromInclusive, true)
                : new TreeMapView<>(m, false, fromKey, fromInclusive, false, toKey, toInclusive, false);
    }

    public NavigableMap<K, V> headMap(K toKey, boolean inclusive) {
        if (!inRange(toKey, inclusive)) {
            throw new IllegalArgumentException("toKey out of range");
        }
        return descending
                ? new TreeMapView<>(m, false, toKey, inclusive, toEnd, hi, hiInclusive, true)
                : new TreeMapView<>(m, fromStart, lo, loInclusive, false, toKey, inclusive, false);
    }

    public NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
        if (!inRange(fromKey, inclusive)) {
            throw new IllegalArgumentException("fromKey out of range");
        }
        return descending
                ? new TreeMapView<>(m, fromStart, lo, loInclusive, false, fromKey, inclusive, true)
                : new TreeMapView<>(m, false, fromKey, inclusive, toEnd, hi, hiInclusive, false);
    }

    public SortedMap<K, V> subMap(K fromKey, K toKey) {
        return subMap(fromKey, true, toKey, false);
    }

    public SortedMap<K, V> headMap(K toKey) {
        return headMap(toKey, false);
    }

    public SortedMap<K, V> tailMap(K fromKey) {
        return tailMap(fromKey, true);
    }

    public NavigableSet<K> navigableKeySet() {
        KeySet<K> view = keySetView;
        if (view == null) {
            view = keySetView = new KeySet<>(this);
        }
        return view;
    }

    public Set<K> keySet() {
        return navigableKeySet();
    }

    public NavigableSet<K> descendingKeySet() {
        return descendingMap().navigableKeySet();
    }

    public Set<Map.Entry<K, V>> entrySet() {
        EntrySetView view = entrySetView;
        if (view == null) {
            view = entrySetView = new EntrySetView();
        }
        return view;
    }

    // ---- iteration

    Iterator<Map.Entry<K, V>> entryIterator() {
        return new ViewIterator<Map.Entry<K, V>>(descending) {
            Map.Entry<K, V> project(TreeMap.Entry<K, V> e) {
                return e;
            }
        };
    }

    Iterator<K> keyIterator() {
        return new ViewIterator<K>(descending) {
            K project(TreeMap.Entry<K, V> e) {
                return e.key;
            }
        };
    }

    Iterator<K> descendingKeyIterator() {
        return new ViewIterator<K>(!descending) {
            K project(TreeMap.Entry<K, V> e) {
                return e.key;
            }
        };
    }

    /**
     * Walks entries from one end of the range until the fence entry just outside the other end.
     * Fails fast on changes not made through this iterator.
     */
    private abstract class ViewIterator<T> implements Iterator<T> {
        private final boolean backwards;
        private final Object fenceKey;
        private TreeMap.Entry<K, V> lastReturned;
        private TreeMap.Entry<K, V> next;
        private int expectedModCount;

        ViewIterator(boolean backwards) {
            this.backwards = backwards;
            this.expectedModCount = m.modCount;
            this.next = backwards ? absHighest() : absLowest();
            TreeMap.Entry<K, V> fence = backwards ? absLowFence() : absHighFence();
            this.fenceKey = (fence == null) ? UNBOUNDED : fence.key;
        }

        abstract T project(TreeMap.Entry<K, V> e);

        public final boolean hasNext() {
            return next != null && next.key != fenceKey;
        }

        public final T next() {
            TreeMap.Entry<K, V> e = next;
            if (e == null || e.key == fenceKey) {
                throw new NoSuchElementException();
            }
            if (m.modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            next = backwards ? TreeMap.predecessor(e) : TreeMap.successor(e);
            lastReturned = e;
            return project(e);
        }

        public final void remove() {
            if (lastReturned == null) {
                throw new IllegalStateException();
            }
            if (m.modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            // A node with two children is refilled with its successor's mapping, which an
            // ascending walk has not visited yet.
            if (!backwards && lastReturned.left != null && lastReturned.right != null) {
                next = lastReturned;
            }
            m.deleteEntry(lastReturned);
            lastReturned = null;
            expectedModCount = m.modCount;
        }
    }

    private final class EntrySetView extends AbstractSet<Map.Entry<K, V>> {
        public Iterator<Map.Entry<K, V>> iterator() {
            return entryIterator();
        }

        public int size() {
            return TreeMapView.this.size();
        }

        public boolean isEmpty() {
            return TreeMapView.this.isEmpty();
        }

        public boolean contains(Object o) {
            return matchingNode(o) != null;
        }

        public boolean remove(Object o) {
            TreeMap.Entry<K, V> node = matchingNode(o);
            if (node == null) {
                return false;
            }
            m.deleteEntry(node);
            return true;
        }

        public void clear() {
            TreeMapView.this.clear();
        }

        /** The node holding the same key and value as the given entry, if it is in range. */
        private TreeMap.Entry<K, V> matchingNode(Object o) {
            if (!(o instanceof Map.Entry<?, ?> entry)) {
                return null;
            }
            Object key = entry.getKey();
            if (!inRange(key)) {
                return null;
            }
            TreeMap.Entry<K, V> node = m.getEntry(key);
            return (node != null && Objects.equals(node.getValue(), entry.getValue())) ? node : null;
        }
    }

    /** The keys of a view as a NavigableSet; shared by TreeMap and TreeSet. */
    static final class KeySet<E> extends AbstractSet<E> implements NavigableSet<E> {
        private final TreeMapView<E, ?> map;

        KeySet(TreeMapView<E, ?> map) {
            this.map = map;
        }

        public Iterator<E> iterator() {
            return map.keyIterator();
        }

        public Iterator<E> descendingIterator() {
            return map.descendingKeyIterator();
        }

        public int size() {
            return map.size();
        }

        public boolean isEmpty() {
            return map.isEmpty();
        }

        public boolean contains(Object o) {
            return map.containsKey(o);
        }

        public void clear() {
            map.clear();
        }

        public E lower(E e) {
            return map.lowerKey(e);
        }

        public E floor(E e) {
            return map.floorKey(e);
        }

        public E ceiling(E e) {
            return map.ceilingKey(e);
        }

        public E higher(E e) {
            return map.higherKey(e);
        }

        public E first() {
            return map.firstKey();
        }

        public E last() {
            return map.lastKey();
        }

        public Comparator<? super E> comparator() {
            return map.comparator();
        }

        public E pollFirst() {
            Map.Entry<E, ?> e = map.pollFirstEntry();
            return (e == null) ? null : e.getKey();
        }

        public E pollLast() {
            Map.Entry<E, ?> e = map.pollLastEntry();
            return (e == null) ? null : e.getKey();
        }

        public boolean remove(Object o) {
            int oldSize = size();
            map.remove(o);
            return size() != oldSize;
        }

        public NavigableSet<E> subSet(E fromElement, boolean fromInclusive, E toElement, boolean toInclusive) {
            return map.subMap(fromElement, fromInclusive, toElement, toInclusive).navigableKeySet();
        }

        public NavigableSet<E> headSet(E toElement, boolean inclusive) {
            return map.headMap(toElement, inclusive).navigableKeySet();
        }

        public NavigableSet<E> tailSet(E fromElement, boolean inclusive) {
            return map.tailMap(fromElement, inclusive).navigableKeySet();
        }

        public SortedSet<E> subSet(E fromElement, E toElement) {
            return subSet(fromElement, true, toElement, false);
        }

        public SortedSet<E> headSet(E toElement) {
            return headSet(toElement, false);
        }

        public SortedSet<E> tailSet(E fromElement) {
            return tailSet(fromElement, true);
        }

        public NavigableSet<E> descendingSet() {
            return map.descendingMap().navigableKeySet();
        }
    }
}
