// HashMap/HashSet with String and Integer keys: iteration order (deterministic for these key
// types), growth through many resizes, collisions ("Aa"/"BB"), null keys and values, the
// Map API (getOrDefault, putIfAbsent, merge, compute*, remove(k,v), replace, entrySet/keySet/values
// views, iterator removal), equality and toString; Map.of lookups, and a word frequency count.
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

public class HashMaps {
    static String[] words(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ' ') {
                out.add(text.substring(start, i));
                start = i + 1;
            }
        }
        return out.toArray(new String[0]);
    }

    public static void main(String[] args) {
        Map<String, Integer> m = new HashMap<>();
        String[] words = {"banana", "apple", "cherry", "date", "elderberry", "fig", "grape", "Aa", "BB", "AaAa", "BBBB"};
        for (int i = 0; i < words.length; i++) m.put(words[i], i);
        System.out.println(m);
        System.out.println("keys " + m.keySet());
        System.out.println("values " + m.values());
        System.out.println("get " + m.get("fig") + " " + m.get("nope") + " " + m.getOrDefault("nope", -1) + " "
                + m.containsKey("Aa") + " " + m.containsValue(7) + " size " + m.size());
        System.out.println("put returns old " + m.put("fig", 100) + " putIfAbsent " + m.putIfAbsent("fig", 5) + " "
                + m.putIfAbsent("kiwi", 5));
        m.merge("kiwi", 10, Integer::sum);
        m.merge("lime", 1, Integer::sum);
        m.compute("apple", (k, v) -> v == null ? 0 : v + k.length());
        m.computeIfAbsent("mango", k -> k.length() * 100);
        m.computeIfPresent("banana", (k, v) -> null);
        System.out.println("after merge/compute " + m);
        System.out.println("remove(k,v) " + m.remove("date", 99) + " " + m.remove("date", 3) + " replace "
                + m.replace("grape", 66) + " " + m.replace("zzz", 1));
        m.put(null, -100);
        m.put("nullValue", null);
        System.out.println("nulls: " + m.get(null) + " " + m.containsKey("nullValue") + " " + m.get("nullValue"));
        m.remove(null);
        m.remove("nullValue");
        Iterator<Map.Entry<String, Integer>> it = m.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, Integer> e = it.next();
            if (e.getKey().length() == 2) it.remove();
            else if (e.getKey().startsWith("c")) e.setValue(e.getValue() * 1000);
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Integer> e : m.entrySet()) sb.append(e.getKey()).append('=').append(e.getValue()).append(';');
        System.out.println("entries " + sb);
        m.keySet().remove("mango");
        m.values().remove(5);
        System.out.println("view removal " + m);

        Map<Integer, String> ints = new HashMap<>();
        for (int i = 0; i < 2000; i++) ints.put(i * 7919 % 10007, "v" + i);
        System.out.println("int map size " + ints.size() + " get(0)=" + ints.get(0) + " get(7919)=" + ints.get(7919));
        int count = 0;
        long weighted = 0;
        for (Map.Entry<Integer, String> e : ints.entrySet()) {
            weighted += (long) e.getKey() * (count++ % 13);
        }
        System.out.println("iteration-order checksum " + weighted);
        StringBuilder first = new StringBuilder();
        int shown = 0;
        for (Integer k : ints.keySet()) {
            if (shown++ == 20) break;
            first.append(k).append(' ');
        }
        System.out.println("first keys " + first);
        Map<Integer, Integer> negatives = new HashMap<>();
        for (int i = -5; i <= 5; i++) negatives.put(i * 1000003, i);
        negatives.put(Integer.MIN_VALUE, 0);
        negatives.put(Integer.MAX_VALUE, 0);
        System.out.println("negative keys " + negatives);
        Map<Long, String> longs = new HashMap<>();
        longs.put(1L << 32, "2^32");
        longs.put(1L, "one");
        longs.put(-1L, "minus one");
        System.out.println("long keys " + longs);

        Set<String> set = new HashSet<>();
        for (String w : words("to be or not to be that is the question")) set.add(w);
        System.out.println("set " + set + " size " + set.size() + " add dup " + set.add("be") + " contains "
                + set.contains("question"));
        set.removeIf(w -> w.length() == 2);
        System.out.println("set after removeIf " + set);
        Set<Integer> intSet = new HashSet<>();
        for (int i = 100; i > 0; i -= 7) intSet.add(i);
        System.out.println("int set " + intSet);
        Set<Character> chars = new HashSet<>();
        for (char c : "mississippi".toCharArray()) chars.add(c);
        System.out.println("char set " + chars);

        Map<String, Integer> freq = new HashMap<>();
        String text = "it was the best of times it was the worst of times it was the age of wisdom";
        for (String w : words(text)) freq.merge(w, 1, Integer::sum);
        List<String> keys = new ArrayList<>(freq.keySet());
        Collections.sort(keys);
        StringBuilder fs = new StringBuilder();
        for (String k : keys) fs.append(k).append(':').append(freq.get(k)).append(' ');
        System.out.println("frequencies " + fs);
        Map<String, Integer> copy = new HashMap<>(freq);
        System.out.println("equals copy " + copy.equals(freq) + " hash equal " + (copy.hashCode() == freq.hashCode()) + " "
                + freq.hashCode());
        Map<String, Integer> small = Map.of("one", 1, "two", 2);
        System.out.println("Map.of get " + small.get("two") + " " + small.containsKey("three") + " size " + small.size());
        Map<String, List<Integer>> multi = new HashMap<>();
        for (int i = 0; i < 20; i++) multi.computeIfAbsent(i % 3 == 0 ? "fizz" : "other", k -> new ArrayList<>()).add(i);
        System.out.println("multimap " + multi);
        HashMap<String, String> big = new HashMap<>();
        for (int i = 0; i < 50000; i++) big.put("key" + i, "value" + i);
        int removedCount = 0;
        for (int i = 0; i < 50000; i += 2) {
            if (big.remove("key" + i) != null) removedCount++;
        }
        System.out.println("big map " + big.size() + " removed " + removedCount + " " + big.get("key49999") + " "
                + big.get("key0"));
        m.clear();
        System.out.println("cleared " + m + " " + m.isEmpty());
    }
}
