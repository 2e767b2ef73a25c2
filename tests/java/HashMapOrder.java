// HashMap/HashSet/LinkedHashMap iteration order for Integer and String keys across resizes,
// colliding hashes (including tree bins), removal, and the bulk/default Map methods.
import java.util.*;

public class HashMapOrder {
    /** Keys with equal hash codes, so they share a bucket and eventually a tree bin. */
    static final class Collider implements Comparable<Collider> {
        final int id;
        final int hash;

        Collider(int id, int hash) {
            this.id = id;
            this.hash = hash;
        }

        public int hashCode() {
            return hash;
        }

        public boolean equals(Object o) {
            return o instanceof Collider c && c.id == id;
        }

        public int compareTo(Collider o) {
            return Integer.compare(id, o.id);
        }

        public String toString() {
            return "c" + id;
        }
    }

    public static void main(String[] args) {
        HashMap<Integer, Integer> ints = new HashMap<>();
        for (int i = 0; i < 40; i++) {
            int k = i * 37 - 500;
            ints.put(k, i);
            if (i == 11 || i == 12 || i == 13 || i == 24 || i == 25) {
                System.out.println("after " + (i + 1) + ": " + ints.keySet());
            }
        }
        System.out.println("ints " + ints);
        for (int i = 0; i < 40; i += 3) {
            ints.remove(i * 37 - 500);
        }
        System.out.println("after removals " + ints.keySet());

        HashMap<String, Integer> words = new HashMap<>();
        String[] ws = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
            "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi",
            "omega", "Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa"};
        for (String w : ws) {
            words.put(w, w.length());
        }
        System.out.println("words " + words);
        System.out.println("values " + words.values());
        HashSet<String> set = new HashSet<>(Arrays.asList(ws));
        System.out.println("set " + set);
        HashSet<Integer> big = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            big.add((i * 7919) % 1000 - 300);
        }
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (Integer x : big) {
            if (n++ < 40) {
                sb.append(x).append(' ');
            }
        }
        System.out.println("big set first 40: " + sb + "size " + big.size());
        HashMap<Long, String> longs = new HashMap<>();
        for (long v : new long[] {1L << 33, -1L, 0L, 1L << 40 | 5, Long.MIN_VALUE, 123456789012L, 7}) {
            longs.put(v, Long.toHexString(v));
        }
        System.out.println("longs " + longs.keySet());
        HashMap<Double, Boolean> doubles = new HashMap<>();
        for (double d : new double[] {0.0, -0.0, 1.5, Double.NaN, 1e100, -3.25}) {
            doubles.put(d, d > 0);
        }
        System.out.println("doubles " + doubles);
        HashMap<Character, Integer> chars = new HashMap<>();
        for (char c : "hello, world".toCharArray()) {
            chars.merge(c, 1, Integer::sum);
        }
        System.out.println("chars " + chars);

        HashMap<Collider, Integer> coll = new HashMap<>();
        for (int i = 20; i > 0; i--) {
            coll.put(new Collider(i, i % 2 == 0 ? 42 : 42 + 64), i);
        }
        System.out.println("colliding " + coll.keySet());
        for (int i = 1; i <= 20; i += 4) {
            coll.remove(new Collider(i, i % 2 == 0 ? 42 : 42 + 64));
        }
        System.out.println("colliding after remove " + coll.keySet() + " get " + coll.get(new Collider(6, 42)));

        LinkedHashMap<String, Integer> linked = new LinkedHashMap<>();
        for (String w : ws) {
            linked.put(w, w.length());
        }
        linked.put("alpha", 99);
        linked.remove("gamma");
        linked.put("gamma", 3);
        System.out.println("linked " + linked.keySet());
        LinkedHashSet<Integer> lset = new LinkedHashSet<>();
        for (int i = 10; i > 0; i--) {
            lset.add(i * i % 17);
        }
        System.out.println("linked set " + lset);

        // Default and bulk methods on HashMap.
        HashMap<String, Integer> m = new HashMap<>();
        m.put("a", 1);
        m.put("b", 2);
        m.put("c", null);
        System.out.println("getOrDefault " + m.getOrDefault("c", 7) + " " + m.getOrDefault("z", 7));
        System.out.println("putIfAbsent " + m.putIfAbsent("c", 3) + " " + m.putIfAbsent("a", 5) + " " + m);
        System.out.println("computeIfAbsent " + m.computeIfAbsent("d", String::length) + " "
                + m.computeIfAbsent("e", k -> null) + " " + m.containsKey("e"));
        System.out.println("computeIfPresent " + m.computeIfPresent("a", (k, v) -> v + 10) + " "
                + m.computeIfPresent("b", (k, v) -> null) + " " + m);
        System.out.println("compute " + m.compute("a", (k, v) -> v * 2) + " " + m.compute("q", (k, v) -> v == null ? 0 : 1)
                + " " + m.compute("q", (k, v) -> null) + " " + m);
        System.out.println("merge " + m.merge("a", 5, Integer::sum) + " " + m.merge("n", 5, Integer::sum) + " "
                + m.merge("n", 5, (x, y) -> null) + " " + m);
        System.out.println("replace " + m.replace("a", 0) + " " + m.replace("zz", 0) + " " + m.replace("a", 0, 1)
                + " remove(k,v) " + m.remove("a", 2) + " " + m.remove("a", 1) + " " + m);
        m.replaceAll((k, v) -> v == null ? -1 : v + 1);
        sb.setLength(0);
        m.forEach((k, v) -> sb.append(k).append(v));
        System.out.println("replaceAll/forEach " + sb);
        HashMap<Integer, Integer> filter = new HashMap<>();
        for (int i = 0; i < 30; i++) {
            filter.put(i, i * i);
        }
        filter.entrySet().removeIf(e -> e.getValue() % 3 == 0);
        filter.keySet().removeIf(k -> k > 20);
        filter.values().removeIf(v -> v == 1);
        System.out.println("removeIf " + filter);
        filter.keySet().retainAll(Set.of(2, 4, 5, 7, 8, 99));
        System.out.println("retainAll " + filter + " equals " + filter.equals(Map.of(2, 4, 4, 16, 5, 25, 7, 49, 8, 64))
                + " hash " + filter.hashCode());
        HashMap<Integer, Integer> copy = new HashMap<>(filter);
        copy.putAll(Map.of(100, 1));
        System.out.println("copy " + copy + " null key " + copy.put(null, 0) + " " + copy.get(null) + " " + copy);
        try {
            for (Integer k : copy.keySet()) {
                copy.put(k + 1000, 0);
            }
        } catch (ConcurrentModificationException e) {
            System.out.println("cme " + e);
        }
    }
}
