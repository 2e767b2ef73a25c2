// LinkedHashMap in access order with removeEldestEntry as an LRU cache, plus insertion order
// under re-insertion, views, and iteration failures.
import java.util.*;

public class LinkedHashMapLru {
    static final class Lru<K, V> extends LinkedHashMap<K, V> {
        private final int capacity;
        final List<K> evicted = new ArrayList<>();

        Lru(int capacity) {
            super(16, 0.75f, true);
            this.capacity = capacity;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            boolean evict = size() > capacity;
            if (evict) {
                evicted.add(eldest.getKey());
            }
            return evict;
        }
    }

    public static void main(String[] args) {
        Lru<String, Integer> cache = new Lru<>(3);
        cache.put("a", 1);
        cache.put("b", 2);
        cache.put("c", 3);
        System.out.println(cache);
        cache.get("a");
        System.out.println("after get(a) " + cache);
        cache.put("d", 4);
        System.out.println("after put(d) " + cache + " evicted " + cache.evicted);
        cache.put("c", 33);
        System.out.println("after put(c) " + cache);
        cache.getOrDefault("a", 0);
        System.out.println("after getOrDefault(a) " + cache);
        cache.get("missing");
        cache.putIfAbsent("e", 5);
        System.out.println("after putIfAbsent(e) " + cache + " evicted " + cache.evicted);
        cache.computeIfAbsent("f", k -> 6);
        cache.compute("a", (k, v) -> v == null ? 0 : v + 100);
        cache.merge("e", 50, Integer::sum);
        System.out.println("after compute/merge " + cache + " evicted " + cache.evicted);
        cache.replace("a", 7);
        System.out.println("after replace(a) " + cache);
        System.out.println("containsKey does not touch order " + cache.containsKey("e") + " " + cache);

        LinkedHashMap<Integer, String> access = new LinkedHashMap<>(8, 0.75f, true);
        for (int i = 0; i < 8; i++) {
            access.put(i, "v" + i);
        }
        access.get(3);
        access.get(0);
        access.put(5, "five");
        System.out.println("access order " + access.keySet() + " values " + access.values());
        try {
            for (Integer k : access.keySet()) {
                access.get(k);
            }
        } catch (ConcurrentModificationException e) {
            System.out.println("get during iteration in access order: " + e);
        }
        for (Map.Entry<Integer, String> e : access.entrySet()) {
            e.setValue(e.getValue() + "!");
        }
        System.out.println("setValue keeps order " + access);

        LinkedHashMap<String, Integer> ins = new LinkedHashMap<>();
        for (String s : new String[] {"x", "y", "z", "w"}) {
            ins.put(s, s.charAt(0) - 'a');
        }
        ins.put("x", 0);
        ins.get("y");
        ins.remove("z");
        ins.put("z", 1);
        System.out.println("insertion order " + ins + " entrySet " + ins.entrySet());
        ins.entrySet().removeIf(e -> e.getValue() == 0);
        ins.replaceAll((k, v) -> v * 2);
        System.out.println("after removeIf/replaceAll " + ins);
        Iterator<String> it = ins.keySet().iterator();
        it.next();
        it.remove();
        System.out.println("iterator remove " + ins);
        try {
            it.remove();
        } catch (IllegalStateException e) {
            System.out.println("remove twice: " + e);
        }
        LinkedHashMap<String, Integer> copy = new LinkedHashMap<>(ins);
        copy.put("a", 1);
        System.out.println("copy " + copy + " equals " + copy.equals(ins) + " " + ins.equals(new HashMap<>(ins)));
        copy.clear();
        System.out.println("cleared " + copy + " " + copy.isEmpty());

        Lru<Integer, Integer> squares = new Lru<>(5);
        for (int i = 0; i < 20; i++) {
            squares.put(i % 7, i * i);
            if (i % 3 == 0) {
                squares.get((i + 2) % 7);
            }
        }
        System.out.println("squares " + squares + " evicted " + squares.evicted);
    }
}
