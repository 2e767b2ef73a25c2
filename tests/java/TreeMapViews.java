// TreeMap range views: subMap/headMap/tailMap with inclusive flags, descending views, views of
// views, writes through views, range errors, and iterators that fail fast.
import java.util.*;

public class TreeMapViews {
    static void tryRun(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e);
        }
    }

    public static void main(String[] args) {
        TreeMap<Integer, String> m = new TreeMap<>();
        for (int i = 0; i <= 20; i += 2) {
            m.put(i, "v" + i);
        }
        System.out.println("map " + m);
        System.out.println("subMap(4,10) " + m.subMap(4, 10));
        System.out.println("subMap(4,f,10,t) " + m.subMap(4, false, 10, true));
        System.out.println("subMap(3,t,11,t) " + m.subMap(3, true, 11, true));
        System.out.println("headMap(8) " + m.headMap(8) + " headMap(8,t) " + m.headMap(8, true));
        System.out.println("tailMap(16) " + m.tailMap(16) + " tailMap(16,f) " + m.tailMap(16, false));
        System.out.println("empty range " + m.subMap(5, 6) + " " + m.subMap(5, 6).isEmpty() + " size "
                + m.subMap(5, 6).size());

        NavigableMap<Integer, String> sub = m.subMap(4, true, 14, false);
        System.out.println("sub size " + sub.size() + " first " + sub.firstKey() + " last " + sub.lastKey()
                + " firstEntry " + sub.firstEntry() + " lastEntry " + sub.lastEntry());
        System.out.println("sub nav floor(3) " + sub.floorKey(3) + " floor(5) " + sub.floorKey(5) + " ceiling(13) "
                + sub.ceilingKey(13) + " higher(12) " + sub.higherKey(12) + " lower(100) " + sub.lowerKey(100)
                + " higher(-5) " + sub.higherKey(-5));
        System.out.println("sub get " + sub.get(6) + " " + sub.get(2) + " " + sub.get(14) + " containsKey(14) "
                + sub.containsKey(14) + " containsKey(12) " + sub.containsKey(12));
        System.out.println("sub comparator " + sub.comparator());
        sub.put(5, "five");
        System.out.println("put through view " + m.get(5) + " " + sub);
        System.out.println("remove through view " + sub.remove(6) + " " + sub.remove(2) + " map " + m);
        tryRun("put out of range", () -> sub.put(14, "x"));
        tryRun("put below range", () -> sub.put(1, "x"));
        tryRun("putIfAbsent out of range", () -> sub.putIfAbsent(30, "x"));
        tryRun("merge out of range", () -> sub.merge(30, "x", String::concat));
        System.out.println("computeIfAbsent null out of range " + sub.computeIfAbsent(30, k -> null));
        tryRun("computeIfAbsent value out of range", () -> sub.computeIfAbsent(30, k -> "x"));
        System.out.println("compute null out of range " + sub.compute(31, (k, v) -> null) + " computeIfPresent "
                + sub.computeIfPresent(32, (k, v) -> "y"));
        tryRun("subMap from > to", () -> m.subMap(10, 4));
        tryRun("sub.subMap outside", () -> sub.subMap(2, 8));
        tryRun("sub.subMap to outside", () -> sub.subMap(6, 20));
        tryRun("sub.headMap outside", () -> sub.headMap(15));
        tryRun("sub.tailMap outside", () -> sub.tailMap(3));
        System.out.println("sub.headMap(14,false) " + sub.headMap(14, false) + " sub.tailMap(4) " + sub.tailMap(4)
                + " sub.subMap(5,true,12,true) " + sub.subMap(5, true, 12, true));
        tryRun("sub.headMap(14,true)", () -> sub.headMap(14, true));

        System.out.println("pollFirst " + sub.pollFirstEntry() + " pollLast " + sub.pollLastEntry() + " map " + m);

        NavigableMap<Integer, String> desc = m.descendingMap();
        System.out.println("desc " + desc + " first " + desc.firstKey() + " last " + desc.lastKey());
        System.out.println("desc nav floor(7) " + desc.floorKey(7) + " ceiling(7) " + desc.ceilingKey(7)
                + " higher(8) " + desc.higherKey(8) + " lower(8) " + desc.lowerKey(8));
        System.out.println("desc headMap(10) " + desc.headMap(10) + " tailMap(10) " + desc.tailMap(10)
                + " subMap(16,4) " + desc.subMap(16, 4) + " subMap(16,f,4,t) " + desc.subMap(16, false, 4, true));
        tryRun("desc subMap(4,16)", () -> desc.subMap(4, 16));
        System.out.println("desc comparator compare(1,2) " + desc.comparator().compare(1, 2) + " desc.desc "
                + desc.descendingMap());
        NavigableMap<Integer, String> descSub = m.subMap(4, true, 16, true).descendingMap();
        System.out.println("descSub " + descSub + " keys " + descSub.navigableKeySet() + " descKeys "
                + descSub.descendingKeySet());
        System.out.println("descSub poll " + descSub.pollFirstEntry() + " " + descSub.pollLastEntry() + " -> "
                + descSub);

        NavigableSet<Integer> keys = m.navigableKeySet();
        System.out.println("keys " + keys + " headSet(10) " + keys.headSet(10) + " tailSet(10,false) "
                + keys.tailSet(10, false) + " desc " + keys.descendingSet());
        System.out.println("keys nav " + keys.floor(9) + " " + keys.ceiling(9) + " " + keys.lower(10) + " "
                + keys.higher(10) + " first " + keys.first() + " last " + keys.last());
        System.out.println("keys remove " + keys.remove(10) + " " + keys.remove(11) + " pollFirst "
                + keys.pollFirst() + " pollLast " + keys.pollLast() + " map " + m);
        StringBuilder sb = new StringBuilder();
        for (Iterator<Integer> it = keys.descendingIterator(); it.hasNext();) {
            int k = it.next();
            if (k % 4 == 0) {
                it.remove();
            }
            sb.append(k).append(' ');
        }
        System.out.println("descending remove " + sb + "-> " + m);
        tryRun("keySet add", () -> keys.add(99));

        TreeMap<Integer, String> big = new TreeMap<>();
        for (int i = 0; i < 50; i++) {
            big.put(i, Integer.toString(i * i));
        }
        NavigableMap<Integer, String> window = big.subMap(10, true, 40, false);
        window.entrySet().removeIf(e -> e.getKey() % 3 != 0);
        System.out.println("window " + window.keySet() + " size " + window.size() + " big " + big.size());
        window.values().remove("144");
        window.keySet().removeAll(List.of(15, 18, 45));
        System.out.println("window " + window + " contains entry " + window.entrySet().contains(Map.entry(21, "441"))
                + " " + window.entrySet().contains(Map.entry(0, "0")));
        window.clear();
        System.out.println("cleared window, big " + big.keySet());
        System.out.println("equals " + big.headMap(3).equals(Map.of(0, "0", 1, "1", 2, "4")) + " hash "
                + big.headMap(3).hashCode());

        tryRun("view iterator cme", () -> {
            for (Integer k : big.tailMap(40).keySet()) {
                big.put(100 + k, "x");
            }
        });
        tryRun("entry iterator remove twice", () -> {
            Iterator<Map.Entry<Integer, String>> it = big.entrySet().iterator();
            it.next();
            it.remove();
            it.remove();
        });
        tryRun("iterator next past end", () -> {
            Iterator<Integer> it = big.headMap(1, true).keySet().iterator();
            it.next();
            it.next();
        });
        tryRun("remove last during foreach", () -> {
            TreeMap<Integer, Integer> t = new TreeMap<>(Map.of(1, 1, 2, 2, 3, 3));
            for (Integer k : t.keySet()) {
                if (k == 3) {
                    t.remove(k);
                }
            }
            System.out.println("  left " + t);
        });
        tryRun("remove middle during foreach", () -> {
            TreeMap<Integer, Integer> t = new TreeMap<>(Map.of(1, 1, 2, 2, 3, 3));
            for (Integer k : t.keySet()) {
                if (k == 2) {
                    t.remove(k);
                }
            }
        });
        TreeMap<Integer, String> nodes = new TreeMap<>();
        for (int i = 1; i <= 15; i++) {
            nodes.put(i, "n" + i);
        }
        Iterator<Map.Entry<Integer, String>> it = nodes.entrySet().iterator();
        sb.setLength(0);
        while (it.hasNext()) {
            Map.Entry<Integer, String> e = it.next();
            sb.append(e.getKey()).append(' ');
            if (e.getKey() % 2 == 0) {
                it.remove();
            }
        }
        System.out.println("interior removal visited " + sb + "-> " + nodes.keySet());
    }
}
