// A red-black tree NavigableMap. The whole map's key/entry/value views and every sub-map,
// head/tail map and descending view are one range-restricted view class (TreeMapView).
// Removing a node with two children moves its successor's key and value into it, as the JDK
// does, so iterators and held entries behave the same way across removals.
package java.util;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

public class TreeMap<K, V> extends AbstractMap<K, V> implements NavigableMap<K, V>, Cloneable, java.io.Serializable {

    private static final long serialVersionUID = 919286545866124006L;

    private final Comparator<? super K> comparator;
    private transient Entry<K, V> root;
    private transient int size = 0;
    transient int modCount = 0;

    /** The unrestricted ascending view behind keySet(), values(), entrySet(). */
    private transient TreeMapView<K, V> wholeView;
    private transient TreeMapView<K, V> descendingView;

    public TreeMap() {
        comparator = null;
    }

    public TreeMap(Comparator<? super K> comparator) {
        this.comparator = comparator;
    }

    public TreeMap(Map<? extends K, ? extends V> m) {
        comparator = null;
        putAll(m);
    }

    @SuppressWarnings("unchecked")
    public TreeMap(SortedMap<K, ? extends V> m) {
        comparator = m.comparator();
        putAll(m);
    }

    // ---- nodes

    static final class Entry<K, V> implements Map.Entry<K, V> {
        K key;
        V value;
        Entry<K, V> left;
        Entry<K, V> right;
        Entry<K, V> parent;
        boolean red;

        Entry(K key, V value, Entry<K, V> parent) {
            this.key = key;
            this.value = value;
            this.parent = parent;
        }

        public K getKey() {
            return key;
        }

        public V getValue() {
            return value;
        }

        public V setValue(V value) {
            V old = this.value;
            this.value = value;
            return old;
        }

        public boolean equals(Object o) {
            return o instanceof Map.Entry<?, ?> e && Objects.equals(key, e.getKey())
                    && Objects.equals(value, e.getValue());
        }

        public int hashCode() {
            return Objects.hashCode(key) ^ Objects.hashCode(value);
        }

        public String toString() {
            return key + "=" + value;
        }
    }

    /**
     * Orders two keys. With natural ordering a null or non-Comparable first key fails on the
     * cast-and-call, whose helpful NPE message names the parameter "k1" as on HotSpot.
     */
    @SuppressWarnings("unchecked")
    final int compare(Object k1, Object k2) {
        return (comparator == null) ? ((Comparable<? super K>) k1).compareTo((K) k2)
                : comparator.compare((K) k1, (K) k2);
    }

    static <K> K keyOrNull(Entry<K, ?> e) {
        return (e == null) ? null : e.key;
    }

    /** The key of an entry that must exist. */
    static <K> K key(Entry<K, ?> e) {
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e.key;
    }

    /** An immutable snapshot of an entry, as the navigation methods hand out. */
    static <K, V> Map.Entry<K, V> exportEntry(Entry<K, V> e) {
        return (e == null) ? null : new AbstractMap.SimpleImmutableEntry<>(e);
    }

    // ---- queries

    public int size() {
        return size;
    }

    public boolean containsKey(Object key) {
        return getEntry(key) != null;
    }

    public boolean containsValue(Object value) {
        for (Entry<K, V> e = getFirstEntry(); e != null; e = successor(e)) {
            if (Objects.equals(value, e.value)) {
                return true;
            }
        }
        return false;
    }

    public V get(Object key) {
        Entry<K, V> p = getEntry(key);
        return (p == null) ? null : p.value;
    }

    public Comparator<? super K> comparator() {
        return comparator;
    }

    public K firstKey() {
        return key(getFirstEntry());
    }

    public K lastKey() {
        return key(getLastEntry());
    }

    @SuppressWarnings("unchecked")
    final Entry<K, V> getEntry(Object key) {
        if (comparator == null) {
            Objects.requireNonNull(key);
        }
        Entry<K, V> p = root;
        if (comparator == null) {
            Comparable<? super K> k = (Comparable<? super K>) key;
            while (p != null) {
                int cmp = k.compareTo(p.key);
                if (cmp == 0) {
                    return p;
                }
                p = (cmp < 0) ? p.left : p.right;
            }
            return null;
        }
        while (p != null) {
            int cmp = comparator.compare((K) key, p.key);
            if (cmp == 0) {
                return p;
            }
            p = (cmp < 0) ? p.left : p.right;
        }
        return null;
    }

    final Entry<K, V> getFirstEntry() {
        Entry<K, V> p = root;
        if (p != null) {
            while (p.left != null) {
                p = p.left;
            }
        }
        return p;
    }

    final Entry<K, V> getLastEntry() {
        Entry<K, V> p = root;
        if (p != null) {
            while (p.right != null) {
                p = p.right;
            }
        }
        return p;
    }

    /** The least entry whose key is >= key (or > key when strict), or null. */
    final Entry<K, V> getCeilingOrHigher(Object key, boolean strict) {
        Entry<K, V> p = root;
        Entry<K, V> best = null;
        while (p != null) {
            int cmp = compare(key, p.key);
            if (cmp < 0 || (cmp == 0 && !strict)) {
                if (cmp == 0) {
                    return p;
                }
                best = p;
                p = p.left;
            } else {
                p = p.right;
            }
        }
        return best;
    }

    /** The greatest entry whose key is <= key (or < key when strict), or null. */
    final Entry<K, V> getFloorOrLower(Object key, boolean strict) {
        Entry<K, V> p = root;
        Entry<K, V> best = null;
        while (p != null) {
            int cmp = compare(key, p.key);
            if (cmp > 0 || (cmp == 0 && !strict)) {
                if (cmp == 0) {
                    return p;
                }
                best = p;
                p = p.right;
            } else {
                p = p.left;
            }
        }
        return best;
    }

    final Entry<K, V> getCeilingEntry(Object key) {
        return getCeilingOrHigher(key, false);
    }

    final Entry<K, V> getHigherEntry(Object key) {
        return getCeilingOrHigher(key, true);
    }

    final Entry<K, V> getFloorEntry(Object key) {
        return getFloorOrLower(key, false);
    }

    final Entry<K, V> getLowerEntry(Object key) {
        return getFloorOrLower(key, true);
    }

    static <K, V> Entry<K, V> successor(Entry<K, V> t) {
        if (t == null) {
            return null;
        }
        if (t.right != null) {
            Entry<K, V> p = t.right;
            while (p.left != null) {
                p = p.left;
            }
            return p;
        }
        Entry<K, V> child = t;
        Entry<K, V> p = t.parent;
        while (p != null && child == p.right) {
            child = p;
            p = p.parent;
        }
        return p;
    }

    static <K, V> Entry<K, V> predecessor(Entry<K, V> t) {
        if (t == null) {
            return null;
        }
        if (t.left != null) {
            Entry<K, V> p = t.left;
            while (p.right != null) {
                p = p.right;
            }
            return p;
        }
        Entry<K, V> child = t;
        Entry<K, V> p = t.parent;
        while (p != null && child == p.left) {
            child = p;
            p = p.parent;
        }
        return p;
    }

    // ---- updates

    public void putAll(Map<? extends K, ? extends V> map) {
        for (Map.Entry<? extends K, ? extends V> e : map.entrySet()) {
            put(e.getKey(), e.getValue());
        }
    }

    public V put(K key, V value) {
        return put(key, value, true);
    }

    public V putIfAbsent(K key, V value) {
        return put(key, value, false);
    }

    /** Where a key is or would be inserted: the matching entry, or the parent and the side. */
    private static final class Slot<K, V> {
        Entry<K, V> found;
        Entry<K, V> parent;
        boolean goesLeft;
    }

    @SuppressWarnings("unchecked")
    private Slot<K, V> locate(K key) {
        Slot<K, V> slot = new Slot<>();
        Entry<K, V> p = root;
        if (comparator == null) {
            Objects.requireNonNull(key);
        }
        while (p != null) {
            slot.parent = p;
            int cmp = (comparator != null) ? comparator.compare(key, p.key)
                    : ((Comparable<? super K>) key).compareTo(p.key);
            if (cmp == 0) {
                slot.found = p;
                return slot;
            }
            slot.goesLeft = cmp < 0;
            p = slot.goesLeft ? p.left : p.right;
        }
        return slot;
    }

    private V put(K key, V value, boolean replaceOld) {
        if (root == null) {
            addEntryToEmptyMap(key, value);
            return null;
        }
        Slot<K, V> slot = locate(key);
        if (slot.found != null) {
            V old = slot.found.value;
            if (replaceOld || old == null) {
                slot.found.value = value;
            }
            return old;
        }
        addEntry(key, value, slot.parent, slot.goesLeft);
        return null;
    }

    private void addEntryToEmptyMap(K key, V value) {
        compare(key, key); // rejects a null or non-comparable first key
        root = new Entry<>(key, value, null);
        size = 1;
        modCount++;
    }

    private void addEntry(K key, V value, Entry<K, V> parent, boolean addToLeft) {
        Entry<K, V> e = new Entry<>(key, value, parent);
        if (addToLeft) {
            parent.left = e;
        } else {
            parent.right = e;
        }
        fixAfterInsertion(e);
        size++;
        modCount++;
    }

    private V callMappingFunctionWithCheck(K key, Function<? super K, ? extends V> mappingFunction) {
        int mc = modCount;
        V newValue = mappingFunction.apply(key);
        if (mc != modCount) {
            throw new ConcurrentModificationException();
        }
        return newValue;
    }

    private V callRemappingFunctionWithCheck(K key, V oldValue,
            BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        int mc = modCount;
        V newValue = remappingFunction.apply(key, oldValue);
        if (mc != modCount) {
            throw new ConcurrentModificationException();
        }
        return newValue;
    }

    /** Applies a remapping result to an existing entry: null removes it. */
    private V applyRemapped(Entry<K, V> t, V newValue) {
        if (newValue == null) {
            deleteEntry(t);
            return null;
        }
        t.value = newValue;
        return newValue;
    }

    public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        Objects.requireNonNull(mappingFunction);
        if (root == null) {
            V newValue = callMappingFunctionWithCheck(key, mappingFunction);
            if (newValue != null) {
                addEntryToEmptyMap(key, newValue);
            }
            return newValue;
        }
        Slot<K, V> slot = locate(key);
        if (slot.found != null) {
            if (slot.found.value == null) {
                slot.found.value = callMappingFunctionWithCheck(key, mappingFunction);
            }
            return slot.found.value;
        }
        V newValue = callMappingFunctionWithCheck(key, mappingFunction);
        if (newValue != null) {
            addEntry(key, newValue, slot.parent, slot.goesLeft);
        }
        return newValue;
    }

    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        Entry<K, V> oldEntry = getEntry(key);
        if (oldEntry != null && oldEntry.value != null) {
            return applyRemapped(oldEntry, callRemappingFunctionWithCheck(key, oldEntry.value, remappingFunction));
        }
        return null;
    }

    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        if (root == null) {
            V newValue = callRemappingFunctionWithCheck(key, null, remappingFunction);
            if (newValue != null) {
                addEntryToEmptyMap(key, newValue);
            }
            return newValue;
        }
        Slot<K, V> slot = locate(key);
        if (slot.found != null) {
            return applyRemapped(slot.found, callRemappingFunctionWithCheck(key, slot.found.value, remappingFunction));
        }
        V newValue = callRemappingFunctionWithCheck(key, null, remappingFunction);
        if (newValue != null) {
            addEntry(key, newValue, slot.parent, slot.goesLeft);
        }
        return newValue;
    }

    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        Objects.requireNonNull(value);
        if (root == null) {
            addEntryToEmptyMap(key, value);
            return value;
        }
        Slot<K, V> slot = locate(key);
        if (slot.found == null) {
            addEntry(key, value, slot.parent, slot.goesLeft);
            return value;
        }
        Entry<K, V> t = slot.found;
        if (t.value == null) {
            t.value = value;
            return value;
        }
        int mc = modCount;
        V newValue = remappingFunction.apply(t.value, value);
        if (mc != modCount) {
            throw new ConcurrentModificationException();
        }
        return applyRemapped(t, newValue);
    }

    public V remove(Object key) {
        Entry<K, V> p = getEntry(key);
        if (p == null) {
            return null;
        }
        V old = p.value;
        deleteEntry(p);
        return old;
    }

    public void clear() {
        modCount++;
        size = 0;
        root = null;
    }

    public boolean replace(K key, V oldValue, V newValue) {
        Entry<K, V> p = getEntry(key);
        if (p != null && Objects.equals(oldValue, p.value)) {
            p.value = newValue;
            return true;
        }
        return false;
    }

    public V replace(K key, V value) {
        Entry<K, V> p = getEntry(key);
        if (p != null) {
            V old = p.value;
            p.value = value;
            return old;
        }
        return null;
    }

    public void forEach(BiConsumer<? super K, ? super V> action) {
        Objects.requireNonNull(action);
        int expectedModCount = modCount;
        for (Entry<K, V> e = getFirstEntry(); e != null; e = successor(e)) {
            action.accept(e.key, e.value);
            if (expectedModCount != modCount) {
                throw new ConcurrentModificationException();
            }
        }
    }

    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        Objects.requireNonNull(function);
        int expectedModCount = modCount;
        for (Entry<K, V> e = getFirstEntry(); e != null; e = successor(e)) {
            e.value = function.apply(e.key, e.value);
            if (expectedModCount != modCount) {
                throw new ConcurrentModificationException();
            }
        }
    }

    @SuppressWarnings("unchecked")
    public Object clone() {
        TreeMap<K, V> copy;
        try {
            copy = (TreeMap<K, V>) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
        copy.root = null;
        copy.size = 0;
        copy.modCount = 0;
        copy.wholeView = null;
        copy.descendingView = null;
        for (Entry<K, V> e = getFirstEntry(); e != null; e = successor(e)) {
            copy.put(e.key, e.value);
        }
        return copy;
    }

    // ---- navigation

    public Map.Entry<K, V> firstEntry() {
        return exportEntry(getFirstEntry());
    }

    public Map.Entry<K, V> lastEntry() {
        return exportEntry(getLastEntry());
    }

    public Map.Entry<K, V> pollFirstEntry() {
        Entry<K, V> p = getFirstEntry();
        Map.Entry<K, V> result = exportEntry(p);
        if (p != null) {
            deleteEntry(p);
        }
        return result;
    }

    public Map.Entry<K, V> pollLastEntry() {
        Entry<K, V> p = getLastEntry();
        Map.Entry<K, V> result = exportEntry(p);
        if (p != null) {
            deleteEntry(p);
        }
        return result;
    }

    public Map.Entry<K, V> lowerEntry(K key) {
        return exportEntry(getLowerEntry(key));
    }

    public K lowerKey(K key) {
        return keyOrNull(getLowerEntry(key));
    }

    public Map.Entry<K, V> floorEntry(K key) {
        return exportEntry(getFloorEntry(key));
    }

    public K floorKey(K key) {
        return keyOrNull(getFloorEntry(key));
    }

    public Map.Entry<K, V> ceilingEntry(K key) {
        return exportEntry(getCeilingEntry(key));
    }

    public K ceilingKey(K key) {
        return keyOrNull(getCeilingEntry(key));
    }

    public Map.Entry<K, V> higherEntry(K key) {
        return exportEntry(getHigherEntry(key));
    }

    public K higherKey(K key) {
        return keyOrNull(getHigherEntry(key));
    }

    // ---- views

    private TreeMapView<K, V> wholeView() {
        TreeMapView<K, V> view = wholeView;
        if (view == null) {
            view = wholeView = new TreeMapView<>(this, true, null, true, true, null, true, false);
        }
        return view;
    }

    public Set<K> keySet() {
        return navigableKeySet();
    }

    public NavigableSet<K> navigableKeySet() {
        return wholeView().navigableKeySet();
    }

    public NavigableSet<K> descendingKeySet() {
        return descendingMap().navigableKeySet();
    }

    public Collection<V> values() {
        return wholeView().values();
    }

    public Set<Map.Entry<K, V>> entrySet() {
        return wholeView().entrySet();
    }

    public NavigableMap<K, V> descendingMap() {
        TreeMapView<K, V> view = descendingView;
        if (view == null) {
            view = descendingView = new TreeMapView<>(this, true, null, true, true, null, true, true);
        }
        return view;
    }

    public NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
        return new TreeMapView<>(this, false, fromKey, fromInclusive, false, toKey, toInclusive, false);
    }

    public NavigableMap<K, V> headMap(K toKey, boolean inclusive) {
        return new TreeMapView<>(this, true, null, true, false, toKey, inclusive, false);
    }

    public NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
        return new TreeMapView<>(this, false, fromKey, inclusive, true, null, true, false);
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

    // ---- red-black balancing (null children count as black leaves)

    private static <K, V> boolean isRed(Entry<K, V> p) {
        return p != null && p.red;
    }

    private static <K, V> void paint(Entry<K, V> p, boolean red) {
        if (p != null) {
            p.red = red;
        }
    }

    private static <K, V> Entry<K, V> parentOf(Entry<K, V> p) {
        return (p == null) ? null : p.parent;
    }

    private static <K, V> Entry<K, V> leftOf(Entry<K, V> p) {
        return (p == null) ? null : p.left;
    }

    private static <K, V> Entry<K, V> rightOf(Entry<K, V> p) {
        return (p == null) ? null : p.right;
    }

    /** Replaces child `old` of old's parent (or the root) by `replacement`. */
    private void replaceChild(Entry<K, V> old, Entry<K, V> replacement) {
        Entry<K, V> parent = old.parent;
        if (replacement != null) {
            replacement.parent = parent;
        }
        if (parent == null) {
            root = replacement;
        } else if (parent.left == old) {
            parent.left = replacement;
        } else {
            parent.right = replacement;
        }
    }

    private void rotateLeft(Entry<K, V> p) {
        if (p == null) {
            return;
        }
        Entry<K, V> r = p.right;
        p.right = r.left;
        if (r.left != null) {
            r.left.parent = p;
        }
        replaceChild(p, r);
        r.left = p;
        p.parent = r;
    }

    private void rotateRight(Entry<K, V> p) {
        if (p == null) {
            return;
        }
        Entry<K, V> l = p.left;
        p.left = l.right;
        if (l.right != null) {
            l.right.parent = p;
        }
        replaceChild(p, l);
        l.right = p;
        p.parent = l;
    }

    /** Restores the red-black invariants after linking the red node x as a leaf. */
    private void fixAfterInsertion(Entry<K, V> x) {
        x.red = true;
        while (x != null && x != root && x.parent.red) {
            Entry<K, V> parent = parentOf(x);
            Entry<K, V> grand = parentOf(parent);
            if (parent == leftOf(grand)) {
                Entry<K, V> uncle = rightOf(grand);
                if (isRed(uncle)) {
                    paint(parent, false);
                    paint(uncle, false);
                    paint(grand, true);
                    x = grand;
                } else {
                    if (x == rightOf(parent)) {
                        x = parent;
                        rotateLeft(x);
                    }
                    paint(parentOf(x), false);
                    paint(parentOf(parentOf(x)), true);
                    rotateRight(parentOf(parentOf(x)));
                }
            } else {
                Entry<K, V> uncle = leftOf(grand);
                if (isRed(uncle)) {
                    paint(parent, false);
                    paint(uncle, false);
                    paint(grand, true);
                    x = grand;
                } else {
                    if (x == leftOf(parent)) {
                        x = parent;
                        rotateRight(x);
                    }
                    paint(parentOf(x), false);
                    paint(parentOf(parentOf(x)), true);
                    rotateLeft(parentOf(parentOf(x)));
                }
            }
        }
        root.red = false;
    }

    /**
     * Unlinks p. A node with two children takes over its successor's key and value and the
     * successor node is unlinked instead; iterators rely on this.
     */
    final void deleteEntry(Entry<K, V> p) {
        modCount++;
        size--;
        if (p.left != null && p.right != null) {
            Entry<K, V> s = successor(p);
            p.key = s.key;
            p.value = s.value;
            p = s;
        }
        Entry<K, V> replacement = (p.left != null) ? p.left : p.right;
        if (replacement != null) {
            replaceChild(p, replacement);
            p.left = p.right = p.parent = null;
            if (!p.red) {
                fixAfterDeletion(replacement);
            }
        } else if (p.parent == null) {
            root = null;
        } else {
            if (!p.red) {
                fixAfterDeletion(p); // p serves as the phantom leaf while rebalancing
            }
            if (p.parent != null) {
                replaceChild(p, null);
                p.parent = null;
            }
        }
    }

    /** Removes the extra black carried by x after a black node was unlinked above it. */
    private void fixAfterDeletion(Entry<K, V> x) {
        while (x != root && !isRed(x)) {
            if (x == leftOf(parentOf(x))) {
                Entry<K, V> sib = rightOf(parentOf(x));
                if (isRed(sib)) {
                    paint(sib, false);
                    paint(parentOf(x), true);
                    rotateLeft(parentOf(x));
                    sib = rightOf(parentOf(x));
                }
                if (!isRed(leftOf(sib)) && !isRed(rightOf(sib))) {
                    paint(sib, true);
                    x = parentOf(x);
                } else {
                    if (!isRed(rightOf(sib))) {
                        paint(leftOf(sib), false);
                        paint(sib, true);
                        rotateRight(sib);
                        sib = rightOf(parentOf(x));
                    }
                    paint(sib, isRed(parentOf(x)));
                    paint(parentOf(x), false);
                    paint(rightOf(sib), false);
                    rotateLeft(parentOf(x));
                    x = root;
                }
            } else {
                Entry<K, V> sib = leftOf(parentOf(x));
                if (isRed(sib)) {
                    paint(sib, false);
                    paint(parentOf(x), true);
                    rotateRight(parentOf(x));
                    sib = leftOf(parentOf(x));
                }
                if (!isRed(rightOf(sib)) && !isRed(leftOf(sib))) {
                    paint(sib, true);
                    x = parentOf(x);
                } else {
                    if (!isRed(leftOf(sib))) {
                        paint(rightOf(sib), false);
                        paint(sib, true);
                        rotateLeft(sib);
                        sib = leftOf(parentOf(x));
                    }
                    paint(sib, isRed(parentOf(x)));
                    paint(parentOf(x), false);
                    paint(leftOf(sib), false);
                    rotateRight(parentOf(x));
                    x = root;
                }
            }
        }
        paint(x, false);
    }
}
