// Collectors.toMap and toUnmodifiableMap: merge functions, map factories, duplicate keys, nulls.
import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class CollectorsToMap {
    public static void main(String[] args) {
        List<String> words = List.of("kiwi", "fig", "plum", "pear", "lime", "date", "apple");
        Map<String, Integer> lengths = words.stream().collect(Collectors.toMap(Function.identity(), String::length));
        System.out.println(lengths.getClass().getSimpleName() + " " + lengths);
        Map<Integer, String> byLength = words.stream().collect(Collectors.toMap(String::length, w -> w, (a, b) -> a + "|" + b));
        System.out.println(byLength);
        LinkedHashMap<Character, String> firstLetter = words.stream()
                .collect(Collectors.toMap(w -> w.charAt(0), w -> w, (a, b) -> b, LinkedHashMap::new));
        System.out.println(firstLetter.getClass().getSimpleName() + " " + firstLetter);
        Map<String, Integer> unmod = words.stream().collect(Collectors.toUnmodifiableMap(w -> w, String::length));
        System.out.println(unmod.get("apple") + " " + unmod.size() + " " + new TreeLike(unmod));
        try {
            unmod.put("x", 1);
        } catch (UnsupportedOperationException e) {
            System.out.println("unmodifiable");
        }
        Map<Integer, Integer> sums = IntStream.rangeClosed(1, 10).boxed().collect(Collectors.toUnmodifiableMap(i -> i % 3, i -> i, Integer::sum));
        System.out.println(sums.get(0) + " " + sums.get(1) + " " + sums.get(2));
        try {
            Stream.of("a", "b", "a").collect(Collectors.toMap(s -> s, s -> 1));
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        try {
            Stream.of("ab", "cd", "ae").collect(Collectors.toMap(s -> s.charAt(0), s -> s));
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        try {
            Stream.of("x", "x").collect(Collectors.toUnmodifiableMap(s -> s, String::length));
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        try {
            Stream.of("a").collect(Collectors.toMap(s -> s, s -> null));
        } catch (NullPointerException e) {
            System.out.println("null value rejected");
        }
        try {
            Stream.of("a").collect(Collectors.toMap(s -> s, s -> null, (x, y) -> x));
        } catch (NullPointerException e) {
            System.out.println("null value rejected by merge");
        }
        Map<String, String> nullKey = Stream.of("a").collect(Collectors.toMap(s -> null, s -> s));
        System.out.println(nullKey);
        try {
            Stream.of("a").collect(Collectors.toUnmodifiableMap(s -> null, s -> s));
        } catch (NullPointerException e) {
            System.out.println("null key rejected by unmodifiable map");
        }
        try {
            Collectors.toUnmodifiableMap(null, s -> s);
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
        try {
            Collectors.toUnmodifiableMap(s -> s, null, (a, b) -> a);
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
        try {
            Collectors.toUnmodifiableMap(s -> s, s -> s, null);
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
        Map<String, List<Integer>> merged = Stream.of("a1", "b2", "a3").collect(Collectors.toMap(s -> s.substring(0, 1),
                s -> new ArrayList<>(List.of(s.charAt(1) - '0')), (l, r) -> { l.addAll(r); return l; }));
        System.out.println(merged);
        System.out.println(Stream.<String>empty().collect(Collectors.toMap(s -> s, s -> s)));
        System.out.println(Collectors.toMap(x -> x, x -> x).characteristics() + " " + Collectors.toUnmodifiableMap(x -> x, x -> x).characteristics());
    }

    /** Prints a map's entries sorted by key (unmodifiable maps have no fixed iteration order). */
    static final class TreeLike {
        final Map<String, Integer> map;

        TreeLike(Map<String, Integer> map) {
            this.map = map;
        }

        @Override
        public String toString() {
            List<String> keys = new ArrayList<>(map.keySet());
            Collections.sort(keys);
            StringBuilder sb = new StringBuilder();
            for (String k : keys) {
                sb.append(k).append(':').append(map.get(k)).append(' ');
            }
            return sb.toString().trim();
        }
    }
}
