// ConcurrentHashMap single-threaded: HotSpot's iteration order through resizes, presizing,
// colliding keys (tree bins), views, compute/merge family, bulk operations, null handling.
import java.util.*;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

public class ConcurrentHashMaps {
    /** A key with a chosen hash code, to force collisions. */
    static final class Key implements Comparable<Key> {
        final int hash;
        final String name;

        Key(int hash, String name) {
            this.hash = hash;
            this.name = name;
        }

        public int hashCode() {
            return hash;
        }

        public boolean equals(Object o) {
            return o instanceof Key && ((Key) o).name.equals(name);
        }

        public int compareTo(Key o) {
            return name.compareTo(o.name);
        }

        public String toString() {
            return name;
        }
    }

    public static void main(String[] args) {
        ConcurrentHashMap<String, Integer> words = new ConcurrentHashMap<>();
        String text = "it was the best of times it was the worst of times it was the age of wisdom it was the age of "
                + "foolishness it was the epoch of belief it was the epoch of incredulity it was the season of light";
        for (String w : text.split(" ")) {
            words.merge(w, 1, Integer::sum);
        }
        System.out.println(words);
        System.out.println(words.size() + " " + words.mappingCount() + " " + words.get("was") + " " + words.get("nope") + " " + words.getOrDefault("nope", -1));
        System.out.println(words.keySet());
        System.out.println(words.values());
        System.out.println(words.entrySet());

        // Growth: every size from 1 to 200 with integer keys spread over a wide range.
        ConcurrentHashMap<Integer, Integer> growing = new ConcurrentHashMap<>();
        StringBuilder checkpoints = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            growing.put(i * 7919 % 1000, i);
            if (i == 11 || i == 12 || i == 47 || i == 48 || i == 199) {
                checkpoints.append(i).append(':').append(growing.keySet()).append('\n');
            }
        }
        System.out.print(checkpoints);

        for (int cap : new int[] {0, 1, 3, 12, 13, 40}) {
            ConcurrentHashMap<Integer, String> sized = new ConcurrentHashMap<>(cap);
            for (int i = 0; i < 20; i++) {
                sized.put(i * 37, "v");
            }
            System.out.println("capacity " + cap + ": " + sized.keySet());
        }
        ConcurrentHashMap<Integer, String> lf = new ConcurrentHashMap<>(8, 0.5f, 4);
        for (int i = 0; i < 20; i++) lf.put(i * 131, "x");
        System.out.println("load factor: " + lf.keySet());

        HashMap<Integer, Integer> source = new HashMap<>();
        for (int i = 0; i < 30; i++) source.put(i * 101, i);
        System.out.println("copy: " + new ConcurrentHashMap<>(source));
        ConcurrentHashMap<Integer, Integer> bulk = new ConcurrentHashMap<>();
        bulk.put(5, 5);
        bulk.putAll(source);
        System.out.println("putAll: " + bulk.keySet());

        // Colliding keys: a long bin on a small table grows the table; on a large one it becomes a tree bin.
        ConcurrentHashMap<Key, Integer> colliding = new ConcurrentHashMap<>();
        for (int i = 0; i < 12; i++) colliding.put(new Key(i * 128, "k" + i), i);
        System.out.println("collide small: " + colliding);
        ConcurrentHashMap<Key, Integer> tree = new ConcurrentHashMap<>(256);
        for (int i = 0; i < 14; i++) tree.put(new Key(3, "t" + i), i);
        System.out.println("tree bin: " + tree.keySet());
        for (int i = 0; i < 14; i += 2) tree.remove(new Key(3, "t" + i));
        tree.put(new Key(3, "late"), 99);
        System.out.println("tree after removals: " + tree + " " + tree.get(new Key(3, "t5")) + " " + tree.containsKey(new Key(3, "t4")));

        // Conditional updates.
        ConcurrentHashMap<String, Integer> m = new ConcurrentHashMap<>();
        System.out.println(m.putIfAbsent("a", 1) + " " + m.putIfAbsent("a", 2) + " " + m.replace("a", 3) + " " + m.replace("b", 4) + " " + m.replace("a", 3, 30) + " " + m.replace("a", 3, 31) + " " + m);
        System.out.println(m.remove("a", 1) + " " + m.remove("a", 30) + " " + m.isEmpty());
        System.out.println(m.computeIfAbsent("x", k -> 10) + " " + m.computeIfAbsent("x", k -> 20) + " " + m.computeIfAbsent("y", k -> null) + " " + m);
        System.out.println(m.computeIfPresent("x", (k, v) -> v + 1) + " " + m.computeIfPresent("z", (k, v) -> 1) + " " + m.computeIfPresent("x", (k, v) -> null) + " " + m);
        System.out.println(m.compute("c", (k, v) -> v == null ? 1 : v + 1) + " " + m.compute("c", (k, v) -> v == null ? 1 : v + 1) + " " + m.compute("c", (k, v) -> null) + " " + m);
        System.out.println(m.merge("m", 5, Integer::sum) + " " + m.merge("m", 5, Integer::sum) + " " + m.merge("m", 5, (a, b) -> null) + " " + m);
        for (int i = 0; i < 10; i++) m.put("key" + i, i);
        m.replaceAll((k, v) -> v * v);
        System.out.println(m);
        try {
            m.computeIfAbsent("rec", k -> m.computeIfAbsent("rec", k2 -> 1));
        } catch (IllegalStateException e) {
            System.out.println("nested: " + e.getMessage());
        }

        // Views write through and never throw ConcurrentModificationException.
        for (Iterator<String> it = m.keySet().iterator(); it.hasNext();) {
            String k = it.next();
            if (k.endsWith("3") || k.endsWith("7")) it.remove();
        }
        for (String k : m.keySet()) {
            if (k.endsWith("1")) m.remove(k);
            if (k.endsWith("5")) m.put("added", 0);
        }
        for (Map.Entry<String, Integer> e : m.entrySet()) {
            if (e.getKey().equals("key2")) e.setValue(-2);
        }
        m.values().remove(36);
        m.keySet().removeIf(k -> k.equals("key9"));
        m.entrySet().removeIf(e -> e.getValue() == 64);
        System.out.println(m + " " + m.size());
        System.out.println(m.keySet().contains("key2") + " " + m.values().contains(-2) + " " + m.entrySet().contains(Map.entry("key2", -2)) + " " + m.containsValue(16) + " " + m.contains(0));
        try {
            m.keySet().add("no");
        } catch (UnsupportedOperationException e) {
            System.out.println("keySet add: " + e);
        }
        ConcurrentHashMap.KeySetView<String, Integer> withDefault = m.keySet(7);
        withDefault.add("viaView");
        System.out.println(m.get("viaView") + " " + withDefault.getMappedValue());
        Set<String> set = ConcurrentHashMap.newKeySet();
        for (String w : "delta alpha charlie bravo alpha".split(" ")) set.add(w);
        System.out.println(set + " " + set.size() + " " + set.contains("alpha"));
        Enumeration<String> keys = words.keys();
        StringBuilder sb = new StringBuilder();
        while (keys.hasMoreElements()) sb.append(keys.nextElement().charAt(0));
        System.out.println(sb);

        // Bulk operations (sequential thresholds).
        System.out.println(words.reduceValues(Long.MAX_VALUE, Integer::sum) + " " + words.search(Long.MAX_VALUE, (k, v) -> v >= 5 ? k : null)
                + " " + words.reduce(Long.MAX_VALUE, (k, v) -> k.length(), Integer::max) + " " + words.reduceValuesToLong(Long.MAX_VALUE, Integer::longValue, 0L, Long::sum));
        StringBuilder each = new StringBuilder();
        words.forEach(Long.MAX_VALUE, (k, v) -> { if (v > 3) each.append(k).append(' '); });
        words.forEach((k, v) -> { if (v == 2) each.append('[').append(k).append(']'); });
        System.out.println(each);

        // Equality with other maps, hash codes, toString of self references.
        Map<String, Integer> copy = new HashMap<>(words);
        System.out.println(words.equals(copy) + " " + copy.equals(words) + " " + (words.hashCode() == copy.hashCode()));
        copy.put("it", 0);
        System.out.println(words.equals(copy));
        ConcurrentHashMap<Object, Object> self = new ConcurrentHashMap<>();
        self.put("me", self);
        System.out.println(self);

        // Nulls are rejected.
        ConcurrentMap<String, String> nulls = new ConcurrentHashMap<>();
        Runnable[] attempts = {
            () -> nulls.put(null, "v"), () -> nulls.put("k", null), () -> nulls.get(null),
            () -> nulls.containsKey(null), () -> nulls.remove(null), () -> nulls.containsValue(null),
            () -> nulls.putIfAbsent("k", null), () -> nulls.merge("k", null, (a, b) -> a),
            () -> nulls.computeIfAbsent(null, k -> "v"),
        };
        for (Runnable r : attempts) {
            try {
                r.run();
                System.out.println("no exception");
            } catch (NullPointerException e) {
                System.out.println("NPE " + e.getMessage());
            }
        }
        try {
            new ConcurrentHashMap<String, String>(-1);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }

        // Streams over the views, and the concurrent collectors.
        System.out.println(words.keySet().stream().filter(w -> w.length() > 4).collect(Collectors.toList()));
        ConcurrentMap<Integer, List<String>> byLength = Arrays.stream(text.split(" ")).distinct()
                .collect(Collectors.groupingByConcurrent(String::length));
        System.out.println(byLength + " " + byLength.getClass().getSimpleName());
        ConcurrentMap<Character, Long> byInitial = Arrays.stream(text.split(" "))
                .collect(Collectors.groupingByConcurrent(w -> w.charAt(0), Collectors.counting()));
        System.out.println(byInitial);
        ConcurrentMap<String, Integer> lengths = Arrays.stream(text.split(" ")).distinct()
                .collect(Collectors.toConcurrentMap(w -> w, String::length));
        System.out.println(lengths);
        ConcurrentMap<Integer, String> joined = Arrays.stream(text.split(" "))
                .collect(Collectors.toConcurrentMap(String::length, w -> w, (a, b) -> a.compareTo(b) <= 0 ? a : b));
        System.out.println(joined);
        try {
            Arrays.stream(new String[] {"a", "b", "a"}).collect(Collectors.toConcurrentMap(w -> w, w -> 1));
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        m.clear();
        System.out.println(m + " " + m.size() + " " + m.isEmpty());
    }
}
