// TreeMap basics: ordering (natural and comparator), navigation queries, polling, compute and
// merge, null handling, exceptions, and a randomized run checked against a sorted reference.
import java.util.*;

public class TreeMaps {
    static void tryRun(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e);
        }
    }

    public static void main(String[] args) {
        TreeMap<String, Integer> m = new TreeMap<>();
        for (String s : new String[] {"pear", "apple", "fig", "kiwi", "banana", "cherry", "date", "grape"}) {
            m.put(s, s.length());
        }
        System.out.println(m + " size=" + m.size());
        System.out.println("first/last " + m.firstKey() + " " + m.lastKey() + " " + m.firstEntry() + " " + m.lastEntry());
        System.out.println("floor(c) " + m.floorKey("c") + " ceiling(c) " + m.ceilingKey("c") + " lower(fig) "
                + m.lowerKey("fig") + " higher(fig) " + m.higherKey("fig"));
        System.out.println("floorEntry(zzz) " + m.floorEntry("zzz") + " ceilingEntry(zzz) " + m.ceilingEntry("zzz")
                + " lowerEntry(a) " + m.lowerEntry("a") + " higherEntry(a) " + m.higherEntry("a"));
        System.out.println("get " + m.get("kiwi") + " " + m.get("nope") + " containsKey " + m.containsKey("date")
                + " containsValue(6) " + m.containsValue(6) + " containsValue(9) " + m.containsValue(9));
        System.out.println("put existing " + m.put("fig", 33) + " putIfAbsent " + m.putIfAbsent("fig", 44) + " "
                + m.putIfAbsent("lime", 4));
        System.out.println("remove " + m.remove("apple") + " " + m.remove("nothing") + " -> " + m);
        System.out.println("pollFirst " + m.pollFirstEntry() + " pollLast " + m.pollLastEntry() + " -> " + m);
        System.out.println("keySet " + m.keySet() + " values " + m.values());
        System.out.println("descendingMap " + m.descendingMap() + " descendingKeySet " + m.descendingKeySet());

        m.merge("fig", 100, Integer::sum);
        m.merge("melon", 5, Integer::sum);
        m.compute("kiwi", (k, v) -> v == null ? 1 : v * 10);
        m.compute("zucchini", (k, v) -> v == null ? 8 : v);
        m.computeIfAbsent("date", k -> 999);
        m.computeIfAbsent("onion", String::length);
        m.computeIfPresent("grape", (k, v) -> null);
        m.computeIfPresent("nope", (k, v) -> 1);
        m.compute("lime", (k, v) -> null);
        System.out.println("after compute/merge " + m);
        System.out.println("replace " + m.replace("onion", 55) + " " + m.replace("none", 1) + " "
                + m.replace("onion", 55, 56) + " " + m.replace("onion", 1, 2) + " -> " + m.get("onion"));
        m.replaceAll((k, v) -> v + k.length());
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(k.charAt(0)).append(v).append(' '));
        System.out.println("replaceAll+forEach " + sb);
        System.out.println("getOrDefault " + m.getOrDefault("x", -1) + " remove(k,v) " + m.remove("onion", 0) + " "
                + m.remove("onion", 10));

        // Entries from navigation are snapshots; entries from iteration write through.
        Map.Entry<String, Integer> snapshot = m.firstEntry();
        tryRun("snapshot setValue", () -> snapshot.setValue(0));
        for (Map.Entry<String, Integer> e : m.entrySet()) {
            e.setValue(e.getValue() * 2);
        }
        System.out.println("doubled " + m);
        System.out.println("entry equals/hash " + m.firstEntry().equals(Map.entry(m.firstKey(), m.get(m.firstKey())))
                + " " + (m.firstEntry().hashCode() == Map.entry(m.firstKey(), m.get(m.firstKey())).hashCode()));

        // Comparator order, including case-insensitive keys that collide.
        TreeMap<String, String> ci = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        ci.put("Beta", "1");
        ci.put("alpha", "2");
        ci.put("BETA", "3");
        ci.put("gamma", "4");
        System.out.println("case-insensitive " + ci + " get(GAMMA) " + ci.get("GAMMA") + " comparator same "
                + (ci.comparator() == String.CASE_INSENSITIVE_ORDER));
        TreeMap<Integer, String> rev = new TreeMap<>(Comparator.reverseOrder());
        for (int i = 0; i < 6; i++) {
            rev.put(i * 3, "v" + i);
        }
        System.out.println("reversed " + rev + " floorKey(7) " + rev.floorKey(7) + " ceilingKey(7) " + rev.ceilingKey(7));
        TreeMap<String, Integer> nullKeys = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        nullKeys.put("b", 1);
        nullKeys.put(null, 0);
        nullKeys.put("a", 2);
        System.out.println("nullsFirst " + nullKeys + " get(null) " + nullKeys.get(null));

        TreeMap<String, Integer> copy = new TreeMap<>(m);
        SortedMap<Integer, String> sortedCopy = new TreeMap<>(rev.headMap(6));
        System.out.println("copies " + copy.equals(m) + " " + sortedCopy + " " + (((TreeMap<Integer, String>) sortedCopy).comparator() != null));
        @SuppressWarnings("unchecked")
        TreeMap<String, Integer> cloned = (TreeMap<String, Integer>) m.clone();
        cloned.clear();
        System.out.println("clone independent " + m.size() + " " + cloned.size() + " hash eq "
                + (copy.hashCode() == m.hashCode()));

        TreeMap<String, Integer> empty = new TreeMap<>();
        tryRun("firstKey empty", empty::firstKey);
        tryRun("lastKey empty", empty::lastKey);
        System.out.println("empty nav " + empty.firstEntry() + " " + empty.pollFirstEntry() + " " + empty.floorKey("x")
                + " " + empty.ceilingKey(null));
        tryRun("put null into empty", () -> empty.put(null, 1));
        tryRun("put null into non-empty", () -> m.put(null, 1));
        tryRun("get null", () -> m.get(null));
        tryRun("containsKey null", () -> m.containsKey(null));
        tryRun("remove null", () -> m.remove(null));
        tryRun("floorKey null", () -> m.floorKey(null));
        tryRun("non-comparable key", () -> new TreeMap<Object, Integer>().put(new Object(), 1));
        tryRun("mixed key types", () -> {
            TreeMap<Object, Integer> t = new TreeMap<>();
            t.put("x", 1);
            t.put(2, 2);
        });
        tryRun("get of other type", () -> {
            TreeMap<Object, Integer> t = new TreeMap<>();
            t.put("x", 1);
            t.get(5);
        });
        tryRun("merge null value", () -> m.merge("a", null, (a, b) -> a));
        tryRun("computeIfAbsent modifies map", () -> {
            TreeMap<Integer, Integer> t = new TreeMap<>(Map.of(1, 1));
            t.computeIfAbsent(2, k -> t.put(3, 3));
        });

        // Randomized: insert and delete many keys, compare against a sorted reference list.
        Random rnd = new Random(12345);
        TreeMap<Integer, Integer> big = new TreeMap<>();
        List<Integer> reference = new ArrayList<>();
        for (int step = 0; step < 4000; step++) {
            int k = rnd.nextInt(700);
            if (rnd.nextInt(5) < 3) {
                if (big.put(k, step) == null) {
                    int pos = Collections.binarySearch(reference, k);
                    reference.add(-pos - 1, k);
                }
            } else if (big.remove(k) != null) {
                reference.remove((Integer) k);
            }
        }
        boolean same = new ArrayList<>(big.keySet()).equals(reference);
        long sum = 0;
        for (Map.Entry<Integer, Integer> e : big.entrySet()) {
            sum = sum * 31 + e.getKey() * 7 + e.getValue();
        }
        System.out.println("random size " + big.size() + " matches " + same + " checksum " + sum);
        int removed = 0;
        for (Iterator<Integer> it = big.keySet().iterator(); it.hasNext();) {
            if (it.next() % 3 == 0) {
                it.remove();
                removed++;
            }
        }
        boolean ordered = true;
        Integer prev = null;
        for (Integer k : big.keySet()) {
            if (k % 3 == 0 || (prev != null && prev >= k)) {
                ordered = false;
            }
            prev = k;
        }
        System.out.println("iterator removed " + removed + " left " + big.size() + " ordered " + ordered);
        System.out.println("values head " + new ArrayList<>(big.values()).subList(0, 5) + " removeIf "
                + big.values().removeIf(v -> v % 2 == 0) + " size " + big.size());
        System.out.println("entrySet removeIf " + big.entrySet().removeIf(e -> e.getKey() < 100) + " first "
                + big.firstKey());
    }
}
