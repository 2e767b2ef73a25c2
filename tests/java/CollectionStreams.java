// Streams from collections, maps, arrays and Optional; Iterable.forEach, Map.forEach, removeIf.
import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class CollectionStreams {
    public static void main(String[] args) {
        List<Integer> list = new ArrayList<>(List.of(5, 3, 8, 1, 9, 2));
        System.out.println(list.stream().filter(x -> x > 2).map(x -> x * 10).toList());
        Stream<Integer> late = list.stream();
        list.add(100);
        System.out.println(late.count() + " " + list.stream().mapToInt(x -> x).max());
        Set<String> set = new HashSet<>(List.of("kiwi", "apple", "fig", "banana"));
        System.out.println(set.stream().sorted().toList() + " " + set.stream().mapToInt(String::length).sum());
        Map<String, Integer> map = new HashMap<>();
        map.put("one", 1);
        map.put("two", 2);
        map.put("three", 3);
        System.out.println(map.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).sorted().toList());
        System.out.println(map.keySet().stream().collect(Collectors.joining(",")) + " " + map.values().stream().reduce(0, Integer::sum));
        StringBuilder sb = new StringBuilder();
        map.forEach((k, v) -> sb.append(k).append('=').append(v).append(';'));
        list.forEach(x -> sb.append(x).append(' '));
        System.out.println(sb);
        System.out.println(list.removeIf(x -> x % 2 == 0) + " " + list + " " + list.removeIf(x -> x > 1000));
        LinkedHashMap<String, Integer> linked = new LinkedHashMap<>();
        linked.put("z", 26);
        linked.put("a", 1);
        System.out.println(linked.entrySet().stream().map(Object::toString).toList());
        System.out.println(List.of(1, 2, 3).stream().map(String::valueOf).collect(Collectors.joining("")) + " " + Set.of(7).stream().findFirst());
        System.out.println(Collections.nCopies(3, "ab").stream().collect(Collectors.joining()) + " " + Collections.emptyList().stream().count());
        System.out.println(Arrays.asList("q", "r").stream().map(String::toUpperCase).toList());
        System.out.println(Arrays.stream(new String[] {"x", "y", "z"}, 1, 3).toList() + " " + Arrays.stream(new Integer[] {4, 5}).mapToInt(i -> i).sum());
        System.out.println(Arrays.stream(new int[] {1, 2, 3}).map(i -> i * i).sum() + " " + Arrays.stream(new long[] {1, 2}).sum() + " " + Arrays.stream(new double[] {0.5, 0.25}).sum());
        System.out.println(Optional.of("v").stream().toList() + " " + Optional.empty().stream().count());
        System.out.println(Stream.of(Optional.of(1), Optional.<Integer>empty(), Optional.of(3)).flatMap(Optional::stream).toList());
        Iterable<Integer> iterable = () -> List.of(10, 20, 30).iterator();
        List<Integer> collected = new ArrayList<>();
        iterable.forEach(collected::add);
        System.out.println(collected + " " + StreamSupport.stream(iterable.spliterator(), false).mapToInt(i -> i).sum());
        Spliterator<Integer> sp = list.spliterator();
        System.out.println(sp.hasCharacteristics(Spliterator.SIZED) + " " + sp.hasCharacteristics(Spliterator.ORDERED) + " " + sp.estimateSize());
        System.out.println(set.spliterator().hasCharacteristics(Spliterator.DISTINCT) + " " + iterable.spliterator().hasCharacteristics(Spliterator.SIZED));
        System.out.println(list.parallelStream().isParallel() + " " + list.parallelStream().map(x -> x + 1).toList());
        List<String> words = new ArrayList<>(List.of("b", "a", "c"));
        words.stream().sorted().forEach(w -> words.set(0, words.get(0) + w));
        System.out.println(words);
        Map<Integer, List<String>> multi = new HashMap<>();
        Stream.of("aa", "b", "cc", "d").forEach(w -> multi.computeIfAbsent(w.length(), k -> new ArrayList<>()).add(w));
        System.out.println(multi);
    }
}
