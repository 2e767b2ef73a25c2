// A hash map for concurrent use whose single-threaded layout, and so its iteration order, is
// HotSpot 17's: the same spread function, table sizing (constructors, putAll presizing, resize when
// the count reaches 3/4 of the table), list bins that append, resize splitting with the "last run"
// reused and the nodes before it prepended, and bins of 8+ colliding keys that presize small
// tables or become tree bins (whose new nodes go first) on tables of 64+.
//
// Concurrency design (islet's own): readers never lock; they read the volatile table, bins
// (Unsafe volatile array loads) and volatile node links. Writers serialize on one monitor and
// publish every change with volatile stores; a resize builds a new table (sharing only the node
// tails whose links do not change) and publishes it at once, so a reader always sees a well-formed
// table. Tree bins keep their nodes as a list (lookups in them are linear); islet turns a tree bin
// back into a list when a removal leaves 6 or fewer nodes, where HotSpot decides by the red-black
// tree's shape. Iterators are weakly consistent and never throw ConcurrentModificationException.
package java.util.concurrent;

import java.util.AbstractMap;
import java.util.Arrays;
import java.util.Collection;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntBiFunction;
import java.util.function.ToLongBiFunction;
import jdk.internal.misc.Unsafe;

public class ConcurrentHashMap<K, V> extends AbstractMap<K, V> implements ConcurrentMap<K, V>, java.io.Serializable {

    private static final long serialVersionUID = 7249069246763182397L;

    private static final int MAXIMUM_CAPACITY = 1 << 30;
    private static final int DEFAULT_CAPACITY = 16;
    private static final float LOAD_FACTOR = 0.75f;
    static final int TREEIFY_THRESHOLD = 8;
    static final int UNTREEIFY_THRESHOLD = 6;
    static final int MIN_TREEIFY_CAPACITY = 64;

    static final int TREEBIN = -2;
    static final int RESERVED = -3;
    static final int HASH_BITS = 0x7fffffff;

    private static final int ELEMENT_SCALE = Unsafe.arrayIndexScale(Object[].class);

    // ---- Nodes ----

    static class Node<K, V> implements Map.Entry<K, V> {
        final int hash;
        final K key;
        volatile V val;
        volatile Node<K, V> next;

        Node(int hash, K key, V val) {
            this.hash = hash;
            this.key = key;
            this.val = val;
        }

        Node(int hash, K key, V val, Node<K, V> next) {
            this(hash, key, val);
            this.next = next;
        }

        public final K getKey() {
            return key;
        }

        public final V getValue() {
            return val;
        }

        public final int hashCode() {
            return key.hashCode() ^ val.hashCode();
        }

        public final String toString() {
            return key + "=" + val;
        }

        public final V setValue(V value) {
            throw new UnsupportedOperationException();
        }

        public final boolean equals(Object o) {
            Object k;
            Object v;
            Object u;
            Map.Entry<?, ?> e;
            return ((o instanceof Map.Entry) && (k = (e = (Map.Entry<?, ?>) o).getKey()) != null
                    && (v = e.getValue()) != null && (k == key || k.equals(key))
                    && (v == (u = val) || v.equals(u)));
        }

        boolean matches(int h, Object k) {
            K ek;
            return hash == h && ((ek = key) == k || (ek != null && k.equals(ek)));
        }
    }

    /** A bin that was a list of 8+ colliding keys on a large table; its nodes stay a list from first. */
    static final class TreeBin<K, V> extends Node<K, V> {
        volatile Node<K, V> first;

        TreeBin(Node<K, V> first) {
            super(TREEBIN, null, null);
            this.first = first;
        }

        Node<K, V> find(int h, Object k) {
            for (Node<K, V> e = first; e != null; e = e.next) {
                if (e.matches(h, k)) {
                    return e;
                }
            }
            return null;
        }

        int count() {
            int n = 0;
            for (Node<K, V> e = first; e != null; e = e.next) {
                n++;
            }
            return n;
        }

        /** New tree nodes go first, as in HotSpot's TreeBin. */
        void prepend(int h, K k, V v) {
            first = new Node<>(h, k, v, first);
        }

        void unlink(Node<K, V> target) {
            Node<K, V> pred = null;
            for (Node<K, V> e = first; e != null; pred = e, e = e.next) {
                if (e == target) {
                    if (pred == null) {
                        first = e.next;
                    } else {
                        pred.next = e.next;
                    }
                    return;
                }
            }
        }
    }

    /** Holds an empty bin while computeIfAbsent/compute run their function for it. */
    static final class ReservationNode<K, V> extends Node<K, V> {
        ReservationNode() {
            super(RESERVED, null, null);
        }
    }

    static int spread(int h) {
        return (h ^ (h >>> 16)) & HASH_BITS;
    }

    private static int tableSizeFor(int c) {
        int n = -1 >>> Integer.numberOfLeadingZeros(c - 1);
        return (n < 0) ? 1 : (n >= MAXIMUM_CAPACITY) ? MAXIMUM_CAPACITY : n + 1;
    }

    @SuppressWarnings("unchecked")
    static <K, V> Node<K, V> tabAt(Node<K, V>[] tab, int i) {
        return (Node<K, V>) Unsafe.getReferenceVolatile(tab, Unsafe.elementOffset(i, ELEMENT_SCALE));
    }

    static <K, V> void setTabAt(Node<K, V>[] tab, int i, Node<K, V> v) {
        Unsafe.putReferenceVolatile(tab, Unsafe.elementOffset(i, ELEMENT_SCALE), v);
    }

    // ---- Fields ----

    private transient volatile Node<K, V>[] table;
    /** Before the table exists: its initial length (0: default). After: the count that triggers a resize. */
    private transient volatile int sizeCtl;
    private transient volatile long count;
    private final transient Object writeLock = new Object();

    private transient KeySetView<K, V> keySet;
    private transient ValuesView<K, V> values;
    private transient EntrySetView<K, V> entrySet;

    // ---- Construction ----

    public ConcurrentHashMap() {}

    public ConcurrentHashMap(int initialCapacity) {
        this(initialCapacity, LOAD_FACTOR, 1);
    }

    public ConcurrentHashMap(Map<? extends K, ? extends V> m) {
        this.sizeCtl = DEFAULT_CAPACITY;
        putAll(m);
    }

    public ConcurrentHashMap(int initialCapacity, float loadFactor) {
        this(initialCapacity, loadFactor, 1);
    }

    public ConcurrentHashMap(int initialCapacity, float loadFactor, int concurrencyLevel) {
        if (!(loadFactor > 0.0f) || initialCapacity < 0 || concurrencyLevel <= 0) {
            throw new IllegalArgumentException();
        }
        if (initialCapacity < concurrencyLevel) {
            initialCapacity = concurrencyLevel;
        }
        long size = (long) (1.0 + (long) initialCapacity / loadFactor);
        this.sizeCtl = (size >= (long) MAXIMUM_CAPACITY) ? MAXIMUM_CAPACITY : tableSizeFor((int) size);
    }

    // ---- Table maintenance (under writeLock) ----

    @SuppressWarnings("unchecked")
    private Node<K, V>[] initTable() {
        int sc = sizeCtl;
        int n = (sc > 0) ? sc : DEFAULT_CAPACITY;
        Node<K, V>[] tab = (Node<K, V>[]) new Node<?, ?>[n];
        table = tab;
        sizeCtl = n - (n >>> 2);
        return tab;
    }

    private void addCount(long x, int check) {
        long s = count + x;
        count = s;
        if (check >= 0) {
            Node<K, V>[] tab;
            while (s >= (long) sizeCtl && (tab = table) != null && tab.length < MAXIMUM_CAPACITY) {
                transfer(tab);
            }
        }
    }

    /** Grows the table for putAll of `size` mappings, or when a small table has a long bin. */
    @SuppressWarnings("unchecked")
    private void tryPresize(int size) {
        int c = (size >= (MAXIMUM_CAPACITY >>> 1)) ? MAXIMUM_CAPACITY : tableSizeFor(size + (size >>> 1) + 1);
        while (true) {
            int sc = sizeCtl;
            Node<K, V>[] tab = table;
            if (tab == null) {
                int n = (sc > c) ? sc : c;
                table = (Node<K, V>[]) new Node<?, ?>[n];
                sizeCtl = n - (n >>> 2);
                continue;
            }
            int n = tab.length;
            if (c <= sc || n >= MAXIMUM_CAPACITY) {
                return;
            }
            transfer(tab);
        }
    }

    /** Doubles the table. Bins split by the new hash bit; see the class comment for the order. */
    @SuppressWarnings("unchecked")
    private void transfer(Node<K, V>[] tab) {
        int n = tab.length;
        Node<K, V>[] nextTab = (Node<K, V>[]) new Node<?, ?>[n << 1];
        for (int i = n - 1; i >= 0; i--) {
            Node<K, V> f = tabAt(tab, i);
            if (f == null) {
                continue;
            }
            if (f.hash == RESERVED) {
                throw new IllegalStateException("Recursive update");
            }
            if (f instanceof TreeBin) {
                splitTreeBin((TreeBin<K, V>) f, nextTab, i, n);
            } else {
                splitList(f, nextTab, i, n);
            }
        }
        table = nextTab;
        sizeCtl = (n << 1) - (n >>> 1);
    }

    private static <K, V> void splitList(Node<K, V> f, Node<K, V>[] nextTab, int i, int n) {
        int runBit = f.hash & n;
        Node<K, V> lastRun = f;
        for (Node<K, V> p = f.next; p != null; p = p.next) {
            int b = p.hash & n;
            if (b != runBit) {
                runBit = b;
                lastRun = p;
            }
        }
        Node<K, V> ln = (runBit == 0) ? lastRun : null;
        Node<K, V> hn = (runBit == 0) ? null : lastRun;
        for (Node<K, V> p = f; p != lastRun; p = p.next) {
            if ((p.hash & n) == 0) {
                ln = new Node<>(p.hash, p.key, p.val, ln);
            } else {
                hn = new Node<>(p.hash, p.key, p.val, hn);
            }
        }
        setTabAt(nextTab, i, ln);
        setTabAt(nextTab, i + n, hn);
    }

    private static <K, V> void splitTreeBin(TreeBin<K, V> t, Node<K, V>[] nextTab, int i, int n) {
        Node<K, V> lo = null;
        Node<K, V> loTail = null;
        Node<K, V> hi = null;
        Node<K, V> hiTail = null;
        int lc = 0;
        int hc = 0;
        for (Node<K, V> e = t.first; e != null; e = e.next) {
            Node<K, V> p = new Node<>(e.hash, e.key, e.val);
            if ((e.hash & n) == 0) {
                if (loTail == null) {
                    lo = p;
                } else {
                    loTail.next = p;
                }
                loTail = p;
                ++lc;
            } else {
                if (hiTail == null) {
                    hi = p;
                } else {
                    hiTail.next = p;
                }
                hiTail = p;
                ++hc;
            }
        }
        Node<K, V> ln = (lc <= UNTREEIFY_THRESHOLD) ? lo : (hc != 0) ? new TreeBin<>(lo) : t;
        Node<K, V> hn = (hc <= UNTREEIFY_THRESHOLD) ? hi : (lc != 0) ? new TreeBin<>(hi) : t;
        setTabAt(nextTab, i, ln);
        setTabAt(nextTab, i + n, hn);
    }

    /** A list bin reached 8+ nodes: presize a small table, or turn the bin into a tree bin. */
    private void treeifyBin(Node<K, V>[] tab, int index) {
        int n = tab.length;
        if (n < MIN_TREEIFY_CAPACITY) {
            tryPresize(n << 1);
            return;
        }
        Node<K, V> b = tabAt(tab, index);
        if (b != null && b.hash >= 0) {
            Node<K, V> hd = null;
            Node<K, V> tl = null;
            for (Node<K, V> e = b; e != null; e = e.next) {
                Node<K, V> p = new Node<>(e.hash, e.key, e.val);
                if (tl == null) {
                    hd = p;
                } else {
                    tl.next = p;
                }
                tl = p;
            }
            setTabAt(tab, index, new TreeBin<>(hd));
        }
    }

    /** After a removal from tree bin t at index i: back to a list when few nodes remain. */
    private void maybeUntreeify(Node<K, V>[] tab, int i, TreeBin<K, V> t) {
        if (t.count() <= UNTREEIFY_THRESHOLD) {
            Node<K, V> hd = null;
            Node<K, V> tl = null;
            for (Node<K, V> e = t.first; e != null; e = e.next) {
                Node<K, V> p = new Node<>(e.hash, e.key, e.val);
                if (tl == null) {
                    hd = p;
                } else {
                    tl.next = p;
                }
                tl = p;
            }
            setTabAt(tab, i, hd);
        }
    }

    private static IllegalStateException recursiveUpdate() {
        return new IllegalStateException("Recursive update");
    }

    // ---- Queries (lock-free) ----

    public int size() {
        long n = count;
        return (n < 0L) ? 0 : (n > (long) Integer.MAX_VALUE) ? Integer.MAX_VALUE : (int) n;
    }

    public long mappingCount() {
        long n = count;
        return (n < 0L) ? 0L : n;
    }

    public boolean isEmpty() {
        return count <= 0L;
    }

    private Node<K, V> findNode(Object key) {
        int h = spread(key.hashCode());
        Node<K, V>[] tab = table;
        if (tab == null) {
            return null;
        }
        Node<K, V> e = tabAt(tab, (tab.length - 1) & h);
        if (e == null) {
            return null;
        }
        if (e.hash < 0) {
            return (e instanceof TreeBin) ? ((TreeBin<K, V>) e).find(h, key) : null;
        }
        for (; e != null; e = e.next) {
            if (e.matches(h, key)) {
                return e;
            }
        }
        return null;
    }

    public V get(Object key) {
        Node<K, V> e = findNode(key);
        return e == null ? null : e.val;
    }

    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    public boolean containsValue(Object value) {
        if (value == null) {
            throw new NullPointerException();
        }
        for (Traverser<K, V> it = new Traverser<>(table); it.advance() != null;) {
            V v = it.current.val;
            if (v == value || (v != null && value.equals(v))) {
                return true;
            }
        }
        return false;
    }

    public boolean contains(Object value) {
        return containsValue(value);
    }

    public V getOrDefault(Object key, V defaultValue) {
        V v;
        return (v = get(key)) == null ? defaultValue : v;
    }

    // ---- Updates ----

    public V put(K key, V value) {
        return putVal(key, value, false);
    }

    public V putIfAbsent(K key, V value) {
        return putVal(key, value, true);
    }

    final V putVal(K key, V value, boolean onlyIfAbsent) {
        if (key == null || value == null) {
            throw new NullPointerException();
        }
        int hash = spread(key.hashCode());
        synchronized (writeLock) {
            Node<K, V>[] tab = table;
            if (tab == null) {
                tab = initTable();
            }
            int i = (tab.length - 1) & hash;
            Node<K, V> f = tabAt(tab, i);
            int binCount = 0;
            V oldVal = null;
            if (f == null) {
                setTabAt(tab, i, new Node<>(hash, key, value));
            } else if (f.hash == RESERVED) {
                throw recursiveUpdate();
            } else if (f instanceof TreeBin) {
                binCount = 2;
                TreeBin<K, V> t = (TreeBin<K, V>) f;
                Node<K, V> p = t.find(hash, key);
                if (p != null) {
                    oldVal = p.val;
                    if (!onlyIfAbsent) {
                        p.val = value;
                    }
                } else {
                    t.prepend(hash, key, value);
                }
            } else {
                binCount = 1;
                for (Node<K, V> e = f;; ++binCount) {
                    if (e.matches(hash, key)) {
                        oldVal = e.val;
                        if (!onlyIfAbsent) {
                            e.val = value;
                        }
                        break;
                    }
                    Node<K, V> pred = e;
                    if ((e = e.next) == null) {
                        pred.next = new Node<>(hash, key, value);
                        break;
                    }
                }
            }
            if (binCount != 0) {
                if (binCount >= TREEIFY_THRESHOLD) {
                    treeifyBin(tab, i);
                }
                if (oldVal != null) {
                    return oldVal;
                }
            }
            addCount(1L, binCount);
            return null;
        }
    }

    public void putAll(Map<? extends K, ? extends V> m) {
        synchronized (writeLock) {
            tryPresize(m.size());
        }
        for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) {
            putVal(e.getKey(), e.getValue(), false);
        }
    }

    public V remove(Object key) {
        return replaceNode(key, null, null);
    }

    /** Replaces (value != null) or removes the mapping of key if its value matches cv (null: any). */
    final V replaceNode(Object key, V value, Object cv) {
        int hash = spread(key.hashCode());
        synchronized (writeLock) {
            Node<K, V>[] tab = table;
            if (tab == null) {
                return null;
            }
            int i = (tab.length - 1) & hash;
            Node<K, V> f = tabAt(tab, i);
            if (f == null) {
                return null;
            }
            if (f.hash == RESERVED) {
                throw recursiveUpdate();
            }
            V oldVal = null;
            if (f instanceof TreeBin) {
                TreeBin<K, V> t = (TreeBin<K, V>) f;
                Node<K, V> p = t.find(hash, key);
                if (p != null) {
                    V pv = p.val;
                    if (cv == null || cv == pv || (pv != null && cv.equals(pv))) {
                        oldVal = pv;
                        if (value != null) {
                            p.val = value;
                        } else {
                            t.unlink(p);
                            maybeUntreeify(tab, i, t);
                        }
                    }
                }
            } else {
                for (Node<K, V> e = f, pred = null; e != null; pred = e, e = e.next) {
                    if (e.matches(hash, key)) {
                        V ev = e.val;
                        if (cv == null || cv == ev || (ev != null && cv.equals(ev))) {
                            oldVal = ev;
                            if (value != null) {
                                e.val = value;
                            } else if (pred != null) {
                                pred.next = e.next;
                            } else {
                                setTabAt(tab, i, e.next);
                            }
                        }
                        break;
                    }
                }
            }
            if (oldVal != null && value == null) {
                addCount(-1L, -1);
            }
            return oldVal;
        }
    }

    public boolean remove(Object key, Object value) {
        if (key == null) {
            throw new NullPointerException();
        }
        return value != null && replaceNode(key, null, value) != null;
    }

    public boolean replace(K key, V oldValue, V newValue) {
        if (key == null || oldValue == null || newValue == null) {
            throw new NullPointerException();
        }
        return replaceNode(key, newValue, oldValue) != null;
    }

    public V replace(K key, V value) {
        if (key == null || value == null) {
            throw new NullPointerException();
        }
        return replaceNode(key, value, null);
    }

    public void clear() {
        synchronized (writeLock) {
            Node<K, V>[] tab = table;
            if (tab == null) {
                return;
            }
            long removed = 0L;
            for (int i = 0; i < tab.length; i++) {
                Node<K, V> f = tabAt(tab, i);
                if (f == null) {
                    continue;
                }
                if (f.hash == RESERVED) {
                    throw recursiveUpdate();
                }
                Node<K, V> p = (f instanceof TreeBin) ? ((TreeBin<K, V>) f).first : f;
                for (; p != null; p = p.next) {
                    removed++;
                }
                setTabAt(tab, i, null);
            }
            if (removed != 0L) {
                addCount(-removed, -1);
            }
        }
    }

    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        if (function == null) {
            throw new NullPointerException();
        }
        for (Traverser<K, V> it = new Traverser<>(table); it.advance() != null;) {
            Node<K, V> p = it.current;
            V oldValue = p.val;
            for (K key = p.key;;) {
                V newValue = function.apply(key, oldValue);
                if (newValue == null) {
                    throw new NullPointerException();
                }
                if (replaceNode(key, newValue, oldValue) != null || (oldValue = get(key)) == null) {
                    break;
                }
            }
        }
    }

    public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        if (key == null || mappingFunction == null) {
            throw new NullPointerException();
        }
        int h = spread(key.hashCode());
        synchronized (writeLock) {
            Node<K, V>[] tab = table;
            if (tab == null) {
                tab = initTable();
            }
            int i = (tab.length - 1) & h;
            Node<K, V> f = tabAt(tab, i);
            V val = null;
            int binCount = 0;
            boolean added = false;
            if (f == null) {
                binCount = 1;
                setTabAt(tab, i, new ReservationNode<>());
                Node<K, V> node = null;
                try {
                    if ((val = mappingFunction.apply(key)) != null) {
                        node = new Node<>(h, key, val);
                    }
                } finally {
                    setTabAt(tab, i, node);
                }
                added = val != null;
            } else if (f.hash == RESERVED) {
                throw recursiveUpdate();
            } else if (f instanceof TreeBin) {
                binCount = 2;
                TreeBin<K, V> t = (TreeBin<K, V>) f;
                Node<K, V> p = t.find(h, key);
                if (p != null) {
                    val = p.val;
                } else if ((val = mappingFunction.apply(key)) != null) {
                    added = true;
                    t.prepend(h, key, val);
                }
            } else {
                binCount = 1;
                for (Node<K, V> e = f;; ++binCount) {
                    if (e.matches(h, key)) {
                        val = e.val;
                        break;
                    }
                    Node<K, V> pred = e;
                    if ((e = e.next) == null) {
                        if ((val = mappingFunction.apply(key)) != null) {
                            if (pred.next != null) {
                                throw recursiveUpdate();
                            }
                            added = true;
                            pred.next = new Node<>(h, key, val);
                        }
                        break;
                    }
                }
            }
            if (f != null && binCount >= TREEIFY_THRESHOLD) {
                treeifyBin(tab, i);
            }
            if (added) {
                addCount(1L, binCount);
            }
            return val;
        }
    }

    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (key == null || remappingFunction == null) {
            throw new NullPointerException();
        }
        int h = spread(key.hashCode());
        synchronized (writeLock) {
            Node<K, V>[] tab = table;
            if (tab == null) {
                return null;
            }
            int i = (tab.length - 1) & h;
            Node<K, V> f = tabAt(tab, i);
            if (f == null) {
                return null;
            }
            if (f.hash == RESERVED) {
                throw recursiveUpdate();
            }
            V val = null;
            int delta = 0;
            int binCount;
            if (f instanceof TreeBin) {
                binCount = 2;
                TreeBin<K, V> t = (TreeBin<K, V>) f;
                Node<K, V> p = t.find(h, key);
                if (p != null) {
                    val = remappingFunction.apply(key, p.val);
                    if (val != null) {
                        p.val = val;
                    } else {
                        delta = -1;
                        t.unlink(p);
                        maybeUntreeify(tab, i, t);
                    }
                }
            } else {
                binCount = 1;
                for (Node<K, V> e = f, pred = null;; ++binCount) {
                    if (e.matches(h, key)) {
                        val = remappingFunction.apply(key, e.val);
                        if (val != null) {
                            e.val = val;
                        } else {
                            delta = -1;
                            Node<K, V> en = e.next;
                            if (pred != null) {
                                pred.next = en;
                            } else {
                                setTabAt(tab, i, en);
                            }
                        }
                        break;
                    }
                    pred = e;
                    if ((e = e.next) == null) {
                        break;
                    }
                }
            }
            if (delta != 0) {
                addCount(delta, binCount);
            }
            return val;
        }
    }

    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (key == null || remappingFunction == null) {
            throw new NullPointerException();
        }
        int h = spread(key.hashCode());
        synchronized (writeLock) {
            Node<K, V>[] tab = table;
            if (tab == null) {
                tab = initTable();
            }
            int i = (tab.length - 1) & h;
            Node<K, V> f = tabAt(tab, i);
            V val = null;
            int delta = 0;
            int binCount = 0;
            if (f == null) {
                setTabAt(tab, i, new ReservationNode<>());
                Node<K, V> node = null;
                try {
                    if ((val = remappingFunction.apply(key, null)) != null) {
                        delta = 1;
                        node = new Node<>(h, key, val);
                    }
                } finally {
                    setTabAt(tab, i, node);
                }
                binCount = 1;
            } else if (f.hash == RESERVED) {
                throw recursiveUpdate();
            } else if (f instanceof TreeBin) {
                binCount = 1;
                TreeBin<K, V> t = (TreeBin<K, V>) f;
                Node<K, V> p = t.find(h, key);
                V pv = (p == null) ? null : p.val;
                val = remappingFunction.apply(key, pv);
                if (val != null) {
                    if (p != null) {
                        p.val = val;
                    } else {
                        delta = 1;
                        t.prepend(h, key, val);
                    }
                } else if (p != null) {
                    delta = -1;
                    t.unlink(p);
                    maybeUntreeify(tab, i, t);
                }
            } else {
                binCount = 1;
                for (Node<K, V> e = f, pred = null;; ++binCount) {
                    if (e.matches(h, key)) {
                        val = remappingFunction.apply(key, e.val);
                        if (val != null) {
                            e.val = val;
                        } else {
                            delta = -1;
                            Node<K, V> en = e.next;
                            if (pred != null) {
                                pred.next = en;
                            } else {
                                setTabAt(tab, i, en);
                            }
                        }
                        break;
                    }
                    pred = e;
                    if ((e = e.next) == null) {
                        val = remappingFunction.apply(key, null);
                        if (val != null) {
                            if (pred.next != null) {
                                throw recursiveUpdate();
                            }
                            delta = 1;
                            pred.next = new Node<>(h, key, val);
                        }
                        break;
                    }
                }
            }
            if (f != null && binCount >= TREEIFY_THRESHOLD) {
                treeifyBin(tab, i);
            }
            if (delta != 0) {
                addCount(delta, binCount);
            }
            return val;
        }
    }

    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        if (key == null || value == null || remappingFunction == null) {
            throw new NullPointerException();
        }
        int h = spread(key.hashCode());
        synchronized (writeLock) {
            Node<K, V>[] tab = table;
            if (tab == null) {
                tab = initTable();
            }
            int i = (tab.length - 1) & h;
            Node<K, V> f = tabAt(tab, i);
            V val = null;
            int delta = 0;
            int binCount = 0;
            if (f == null) {
                setTabAt(tab, i, new Node<>(h, key, value));
                delta = 1;
                val = value;
            } else if (f.hash == RESERVED) {
                throw recursiveUpdate();
            } else if (f instanceof TreeBin) {
                binCount = 2;
                TreeBin<K, V> t = (TreeBin<K, V>) f;
                Node<K, V> p = t.find(h, key);
                if (p == null) {
                    delta = 1;
                    val = value;
                    t.prepend(h, key, value);
                } else {
                    val = remappingFunction.apply(p.val, value);
                    if (val != null) {
                        p.val = val;
                    } else {
                        delta = -1;
                        t.unlink(p);
                        maybeUntreeify(tab, i, t);
                    }
                }
            } else {
                binCount = 1;
                for (Node<K, V> e = f, pred = null;; ++binCount) {
                    if (e.matches(h, key)) {
                        val = remappingFunction.apply(e.val, value);
                        if (val != null) {
                            e.val = val;
                        } else {
                            delta = -1;
                            Node<K, V> en = e.next;
                            if (pred != null) {
                                pred.next = en;
                            } else {
                                setTabAt(tab, i, en);
                            }
                        }
                        break;
                    }
                    pred = e;
                    if ((e = e.next) == null) {
                        delta = 1;
                        val = value;
                        pred.next = new Node<>(h, key, val);
                        break;
                    }
                }
            }
            if (binCount >= TREEIFY_THRESHOLD) {
                treeifyBin(tab, i);
            }
            if (delta != 0) {
                addCount(delta, binCount);
            }
            return val;
        }
    }

    // ---- Object methods ----

    public int hashCode() {
        int h = 0;
        for (Traverser<K, V> it = new Traverser<>(table); it.advance() != null;) {
            Node<K, V> p = it.current;
            h += p.key.hashCode() ^ p.val.hashCode();
        }
        return h;
    }

    public String toString() {
        Traverser<K, V> it = new Traverser<>(table);
        StringBuilder sb = new StringBuilder();
        sb.append('{');
        Node<K, V> p;
        if ((p = it.advance()) != null) {
            while (true) {
                K k = p.key;
                V v = p.val;
                sb.append(k == this ? "(this Map)" : k);
                sb.append('=');
                sb.append(v == this ? "(this Map)" : v);
                if ((p = it.advance()) == null) {
                    break;
                }
                sb.append(',').append(' ');
            }
        }
        return sb.append('}').toString();
    }

    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof Map)) {
            return false;
        }
        Map<?, ?> m = (Map<?, ?>) o;
        for (Traverser<K, V> it = new Traverser<>(table); it.advance() != null;) {
            Node<K, V> p = it.current;
            V val = p.val;
            Object v = m.get(p.key);
            if (v == null || (v != val && !v.equals(val))) {
                return false;
            }
        }
        for (Map.Entry<?, ?> e : m.entrySet()) {
            Object mk;
            Object mv;
            Object v;
            if ((mk = e.getKey()) == null || (mv = e.getValue()) == null || (v = get(mk)) == null
                    || (mv != v && !mv.equals(v))) {
                return false;
            }
        }
        return true;
    }

    // ---- Traversal ----

    /** Visits the nodes of a table snapshot bin by bin (tree bins through their list). */
    static final class Traverser<K, V> {
        private final Node<K, V>[] tab;
        private int index;
        Node<K, V> current;
        private Node<K, V> nextNode;

        Traverser(Node<K, V>[] tab) {
            this.tab = tab;
        }

        Node<K, V> advance() {
            Node<K, V> e = (current == null) ? null : current.next;
            while (e == null) {
                if (tab == null || index >= tab.length) {
                    current = null;
                    return null;
                }
                e = tabAt(tab, index++);
                if (e != null && e.hash < 0) {
                    e = (e instanceof TreeBin) ? ((TreeBin<K, V>) e).first : null;
                }
            }
            current = e;
            return e;
        }
    }

    abstract static class BaseIterator<K, V> {
        final ConcurrentHashMap<K, V> map;
        final Traverser<K, V> traverser;
        Node<K, V> next;
        Node<K, V> lastReturned;

        BaseIterator(ConcurrentHashMap<K, V> map) {
            this.map = map;
            this.traverser = new Traverser<>(map.table);
            this.next = traverser.advance();
        }

        public final boolean hasNext() {
            return next != null;
        }

        public final boolean hasMoreElements() {
            return next != null;
        }

        final Node<K, V> nextNode() {
            Node<K, V> p = next;
            if (p == null) {
                throw new NoSuchElementException();
            }
            lastReturned = p;
            next = traverser.advance();
            return p;
        }

        public final void remove() {
            Node<K, V> p = lastReturned;
            if (p == null) {
                throw new IllegalStateException();
            }
            lastReturned = null;
            map.replaceNode(p.key, null, null);
        }
    }

    static final class KeyIterator<K, V> extends BaseIterator<K, V> implements Iterator<K>, Enumeration<K> {
        KeyIterator(ConcurrentHashMap<K, V> map) {
            super(map);
        }

        public K next() {
            return nextNode().key;
        }

        public K nextElement() {
            return next();
        }
    }

    static final class ValueIterator<K, V> extends BaseIterator<K, V> implements Iterator<V>, Enumeration<V> {
        ValueIterator(ConcurrentHashMap<K, V> map) {
            super(map);
        }

        public V next() {
            return nextNode().val;
        }

        public V nextElement() {
            return next();
        }
    }

    static final class EntryIterator<K, V> extends BaseIterator<K, V> implements Iterator<Map.Entry<K, V>> {
        EntryIterator(ConcurrentHashMap<K, V> map) {
            super(map);
        }

        public Map.Entry<K, V> next() {
            Node<K, V> p = nextNode();
            return new MapEntry<>(p.key, p.val, map);
        }
    }

    /** An entry handed out by entry iterators: setValue writes through to the map. */
    static final class MapEntry<K, V> implements Map.Entry<K, V> {
        final K key;
        V val;
        final ConcurrentHashMap<K, V> map;

        MapEntry(K key, V val, ConcurrentHashMap<K, V> map) {
            this.key = key;
            this.val = val;
            this.map = map;
        }

        public K getKey() {
            return key;
        }

        public V getValue() {
            return val;
        }

        public int hashCode() {
            return key.hashCode() ^ val.hashCode();
        }

        public String toString() {
            return key + "=" + val;
        }

        public boolean equals(Object o) {
            Object k;
            Object v;
            Map.Entry<?, ?> e;
            return ((o instanceof Map.Entry) && (k = (e = (Map.Entry<?, ?>) o).getKey()) != null
                    && (v = e.getValue()) != null && (k == key || k.equals(key)) && (v == val || v.equals(val)));
        }

        public V setValue(V value) {
            if (value == null) {
                throw new NullPointerException();
            }
            V v = val;
            val = value;
            map.put(key, value);
            return v;
        }
    }

    public Enumeration<K> keys() {
        return new KeyIterator<>(this);
    }

    public Enumeration<V> elements() {
        return new ValueIterator<>(this);
    }

    // ---- Functional traversal ----

    public void forEach(BiConsumer<? super K, ? super V> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        for (Traverser<K, V> it = new Traverser<>(table); it.advance() != null;) {
            action.accept(it.current.key, it.current.val);
        }
    }

    // Bulk operations: islet runs them sequentially whatever the parallelism threshold.

    public void forEach(long parallelismThreshold, BiConsumer<? super K, ? super V> action) {
        forEach(action);
    }

    public <U> void forEach(long parallelismThreshold, BiFunction<? super K, ? super V, ? extends U> transformer,
            Consumer<? super U> action) {
        if (transformer == null || action == null) {
            throw new NullPointerException();
        }
        for (Traverser<K, V> it = new Traverser<>(table); it.advance() != null;) {
            U u = transformer.apply(it.current.key, it.current.val);
            if (u != null) {
                action.accept(u);
            }
        }
    }

    public <U> U search(long parallelismThreshold, BiFunction<? super K, ? super V, ? extends U> searchFunction) {
        if (searchFunction == null) {
            throw new NullPointerException();
        }
        for (Traverser<K, V> it = new Traverser<>(table); it.advance() != null;) {
            U u = searchFunction.apply(it.current.key, it.current.val);
            if (u != null) {
                return u;
            }
        }
        return null;
    }

    public <U> U reduce(long parallelismThreshold, BiFunction<? super K, ? super V, ? extends U> transformer,
            BiFunction<? super U, ? super U, ? extends U> reducer) {
        if (transformer == null || reducer == null) {
            throw new NullPointerException();
        }
        U r = null;
        for (Traverser<K, V> it = new Traverser<>(table); it.advance() != null;) {
            U u = transformer.apply(it.current.key, it.current.val);
            if (u != null) {
                r = (r == null) ? u : reducer.apply(r, u);
            }
        }
        return r;
    }

    public long reduceToLong(long parallelismThreshold, ToLongBiFunction<? super K, ? super V> transformer,
            long basis, java.util.function.LongBinaryOperator reducer) {
        if (transformer == null || reducer == null) {
            throw new NullPointerException();
        }
        long r = basis;
        for (Traverser<K, V> it = new Traverser<>(table); it.advance() != null;) {
            r = reducer.applyAsLong(r, transformer.applyAsLong(it.current.key, it.current.val));
        }
        return r;
    }

    public int reduceToInt(long parallelismThreshold, ToIntBiFunction<? super K, ? super V> transformer,
            int basis, java.util.function.IntBinaryOperator reducer) {
        if (transformer == null || reducer == null) {
            throw new NullPointerException();
        }
        int r = basis;
        for (Traverser<K, V> it = new Traverser<>(table); it.advance() != null;) {
            r = reducer.applyAsInt(r, transformer.applyAsInt(it.current.key, it.current.val));
        }
        return r;
    }

    public void forEachKey(long parallelismThreshold, Consumer<? super K> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        for (Traverser<K, V> it = new Traverser<>(table); it.advance() != null;) {
            action.accept(it.current.key);
        }
    }

    public void forEachValue(long parallelismThreshold, Consumer<? super V> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        for (Traverser<K, V> it = new Traverser<>(table); it.advance() != null;) {
            action.accept(it.current.val);
        }
    }

    public void forEachEntry(long parallelismThreshold, Consumer<? super Map.Entry<K, V>> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        for (Traverser<K, V> it = new Traverser<>(table); it.advance() != null;) {
            action.accept(it.current);
        }
    }

    public <U> U searchKeys(long parallelismThreshold, Function<? super K, ? extends U> searchFunction) {
        Objects.requireNonNull(searchFunction);
        return search(parallelismThreshold, (k, v) -> searchFunction.apply(k));
    }

    public <U> U searchValues(long parallelismThreshold, Function<? super V, ? extends U> searchFunction) {
        Objects.requireNonNull(searchFunction);
        return search(parallelismThreshold, (k, v) -> searchFunction.apply(v));
    }

    public K reduceKeys(long parallelismThreshold, BiFunction<? super K, ? super K, ? extends K> reducer) {
        Objects.requireNonNull(reducer);
        return reduce(parallelismThreshold, (k, v) -> k, reducer);
    }

    public V reduceValues(long parallelismThreshold, BiFunction<? super V, ? super V, ? extends V> reducer) {
        Objects.requireNonNull(reducer);
        return reduce(parallelismThreshold, (k, v) -> v, reducer);
    }

    public long reduceValuesToLong(long parallelismThreshold, java.util.function.ToLongFunction<? super V> transformer,
            long basis, java.util.function.LongBinaryOperator reducer) {
        Objects.requireNonNull(transformer);
        return reduceToLong(parallelismThreshold, (k, v) -> transformer.applyAsLong(v), basis, reducer);
    }

    public int reduceValuesToInt(long parallelismThreshold, java.util.function.ToIntFunction<? super V> transformer,
            int basis, java.util.function.IntBinaryOperator reducer) {
        Objects.requireNonNull(transformer);
        return reduceToInt(parallelismThreshold, (k, v) -> transformer.applyAsInt(v), basis, reducer);
    }

    // ---- Views ----

    public KeySetView<K, V> keySet() {
        KeySetView<K, V> ks = keySet;
        return (ks != null) ? ks : (keySet = new KeySetView<>(this, null));
    }

    public KeySetView<K, V> keySet(V mappedValue) {
        if (mappedValue == null) {
            throw new NullPointerException();
        }
        return new KeySetView<>(this, mappedValue);
    }

    public Collection<V> values() {
        ValuesView<K, V> vs = values;
        return (vs != null) ? vs : (values = new ValuesView<>(this));
    }

    public Set<Map.Entry<K, V>> entrySet() {
        EntrySetView<K, V> es = entrySet;
        return (es != null) ? es : (entrySet = new EntrySetView<>(this));
    }

    public static <K> KeySetView<K, Boolean> newKeySet() {
        return new KeySetView<>(new ConcurrentHashMap<K, Boolean>(), Boolean.TRUE);
    }

    public static <K> KeySetView<K, Boolean> newKeySet(int initialCapacity) {
        return new KeySetView<>(new ConcurrentHashMap<K, Boolean>(initialCapacity), Boolean.TRUE);
    }

    abstract static class CollectionView<K, V, E> implements Collection<E>, java.io.Serializable {
        private static final long serialVersionUID = 7249069246763182397L;
        final ConcurrentHashMap<K, V> map;

        CollectionView(ConcurrentHashMap<K, V> map) {
            this.map = map;
        }

        public ConcurrentHashMap<K, V> getMap() {
            return map;
        }

        public final void clear() {
            map.clear();
        }

        public final int size() {
            return map.size();
        }

        public final boolean isEmpty() {
            return map.isEmpty();
        }

        public abstract Iterator<E> iterator();

        public abstract boolean contains(Object o);

        public abstract boolean remove(Object o);

        public final Object[] toArray() {
            Object[] r = new Object[Math.max(map.size(), 0)];
            int i = 0;
            for (E e : this) {
                if (i == r.length) {
                    r = Arrays.copyOf(r, i + (i >>> 1) + 1);
                }
                r[i++] = e;
            }
            return (i == r.length) ? r : Arrays.copyOf(r, i);
        }

        @SuppressWarnings("unchecked")
        public final <T> T[] toArray(T[] a) {
            Object[] all = toArray();
            if (a.length < all.length) {
                a = (T[]) java.lang.reflect.Array.newInstance(a.getClass().getComponentType(), all.length);
            }
            System.arraycopy(all, 0, a, 0, all.length);
            if (a.length > all.length) {
                a[all.length] = null;
            }
            return a;
        }

        public final String toString() {
            StringBuilder sb = new StringBuilder();
            sb.append('[');
            Iterator<E> it = iterator();
            if (it.hasNext()) {
                while (true) {
                    Object e = it.next();
                    sb.append(e == this ? "(this Collection)" : e);
                    if (!it.hasNext()) {
                        break;
                    }
                    sb.append(',').append(' ');
                }
            }
            return sb.append(']').toString();
        }

        public final boolean containsAll(Collection<?> c) {
            if (c != this) {
                for (Object e : c) {
                    if (e == null || !contains(e)) {
                        return false;
                    }
                }
            }
            return true;
        }

        public boolean removeAll(Collection<?> c) {
            if (c == null) {
                throw new NullPointerException();
            }
            boolean modified = false;
            for (Iterator<E> it = iterator(); it.hasNext();) {
                if (c.contains(it.next())) {
                    it.remove();
                    modified = true;
                }
            }
            return modified;
        }

        public final boolean retainAll(Collection<?> c) {
            if (c == null) {
                throw new NullPointerException();
            }
            boolean modified = false;
            for (Iterator<E> it = iterator(); it.hasNext();) {
                if (!c.contains(it.next())) {
                    it.remove();
                    modified = true;
                }
            }
            return modified;
        }

        public boolean removeIf(Predicate<? super E> filter) {
            if (filter == null) {
                throw new NullPointerException();
            }
            boolean removed = false;
            for (Iterator<E> it = iterator(); it.hasNext();) {
                if (filter.test(it.next())) {
                    it.remove();
                    removed = true;
                }
            }
            return removed;
        }
    }

    public static final class KeySetView<K, V> extends CollectionView<K, V, K> implements Set<K>, java.io.Serializable {
        private static final long serialVersionUID = 7249069246763182397L;
        private final V value;

        KeySetView(ConcurrentHashMap<K, V> map, V value) {
            super(map);
            this.value = value;
        }

        public V getMappedValue() {
            return value;
        }

        public boolean contains(Object o) {
            return map.containsKey(o);
        }

        public boolean remove(Object o) {
            return map.remove(o) != null;
        }

        public Iterator<K> iterator() {
            return new KeyIterator<>(map);
        }

        public boolean add(K e) {
            V v = value;
            if (v == null) {
                throw new UnsupportedOperationException();
            }
            return map.putVal(e, v, true) == null;
        }

        public boolean addAll(Collection<? extends K> c) {
            boolean added = false;
            V v = value;
            if (v == null) {
                throw new UnsupportedOperationException();
            }
            for (K e : c) {
                if (map.putVal(e, v, true) == null) {
                    added = true;
                }
            }
            return added;
        }

        public int hashCode() {
            int h = 0;
            for (K e : this) {
                h += e.hashCode();
            }
            return h;
        }

        public boolean equals(Object o) {
            Set<?> c;
            return ((o instanceof Set) && ((c = (Set<?>) o) == this || (containsAll(c) && c.containsAll(this))));
        }

        public void forEach(Consumer<? super K> action) {
            if (action == null) {
                throw new NullPointerException();
            }
            for (Traverser<K, V> it = new Traverser<>(map.table); it.advance() != null;) {
                action.accept(it.current.key);
            }
        }
    }

    static final class ValuesView<K, V> extends CollectionView<K, V, V> implements Collection<V>, java.io.Serializable {
        private static final long serialVersionUID = 2249069246763182397L;

        ValuesView(ConcurrentHashMap<K, V> map) {
            super(map);
        }

        public boolean contains(Object o) {
            return map.containsValue(o);
        }

        public boolean remove(Object o) {
            if (o != null) {
                for (Iterator<V> it = iterator(); it.hasNext();) {
                    if (o.equals(it.next())) {
                        it.remove();
                        return true;
                    }
                }
            }
            return false;
        }

        public Iterator<V> iterator() {
            return new ValueIterator<>(map);
        }

        public boolean add(V e) {
            throw new UnsupportedOperationException();
        }

        public boolean addAll(Collection<? extends V> c) {
            throw new UnsupportedOperationException();
        }

        public void forEach(Consumer<? super V> action) {
            if (action == null) {
                throw new NullPointerException();
            }
            for (Traverser<K, V> it = new Traverser<>(map.table); it.advance() != null;) {
                action.accept(it.current.val);
            }
        }
    }

    static final class EntrySetView<K, V> extends CollectionView<K, V, Map.Entry<K, V>>
            implements Set<Map.Entry<K, V>>, java.io.Serializable {
        private static final long serialVersionUID = 2249069246763182397L;

        EntrySetView(ConcurrentHashMap<K, V> map) {
            super(map);
        }

        public boolean contains(Object o) {
            Object k;
            Object v;
            Object r;
            Map.Entry<?, ?> e;
            return ((o instanceof Map.Entry) && (k = (e = (Map.Entry<?, ?>) o).getKey()) != null
                    && (r = map.get(k)) != null && (v = e.getValue()) != null && (v == r || v.equals(r)));
        }

        public boolean remove(Object o) {
            Object k;
            Object v;
            Map.Entry<?, ?> e;
            return ((o instanceof Map.Entry) && (k = (e = (Map.Entry<?, ?>) o).getKey()) != null
                    && (v = e.getValue()) != null && map.remove(k, v));
        }

        public Iterator<Map.Entry<K, V>> iterator() {
            return new EntryIterator<>(map);
        }

        public boolean add(Map.Entry<K, V> e) {
            return map.putVal(e.getKey(), e.getValue(), false) == null;
        }

        public boolean addAll(Collection<? extends Map.Entry<K, V>> c) {
            boolean added = false;
            for (Map.Entry<K, V> e : c) {
                if (add(e)) {
                    added = true;
                }
            }
            return added;
        }

        public boolean removeIf(Predicate<? super Map.Entry<K, V>> filter) {
            return super.removeIf(filter);
        }

        public final int hashCode() {
            int h = 0;
            for (Traverser<K, V> it = new Traverser<>(map.table); it.advance() != null;) {
                h += it.current.hashCode();
            }
            return h;
        }

        public final boolean equals(Object o) {
            Set<?> c;
            return ((o instanceof Set) && ((c = (Set<?>) o) == this || (containsAll(c) && c.containsAll(this))));
        }

        public void forEach(Consumer<? super Map.Entry<K, V>> action) {
            if (action == null) {
                throw new NullPointerException();
            }
            for (Traverser<K, V> it = new Traverser<>(map.table); it.advance() != null;) {
                action.accept(new MapEntry<>(it.current.key, it.current.val, map));
            }
        }
    }
}
