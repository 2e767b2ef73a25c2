// sorted(): natural order, comparators, stability, and sorting as a barrier.
import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class StreamSorted {
    record Item(String name, int rank) {}

    public static void main(String[] args) {
        System.out.println(Stream.of(5, 3, 9, 1, 7).sorted().toList());
        System.out.println(Stream.of("pear", "Apple", "fig", "banana").sorted().toList());
        System.out.println(Stream.of("pear", "Apple", "fig", "banana").sorted(String.CASE_INSENSITIVE_ORDER).toList());
        System.out.println(Stream.of("pear", "Apple", "fig", "banana").sorted(Comparator.reverseOrder()).toList());
        System.out.println(Stream.of("pear", "Apple", "fig", "banana").sorted(Comparator.comparing(String::length).thenComparing(Comparator.naturalOrder())).toList());
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            items.add(new Item("i" + i, (i * 7) % 5));
        }
        // a stable sort keeps equal ranks in encounter order
        System.out.println(items.stream().sorted(Comparator.comparingInt(Item::rank)).map(Item::name).collect(Collectors.joining(" ")));
        System.out.println(items.stream().filter(it -> it.rank() > 2).sorted(Comparator.comparingInt(Item::rank).reversed()).map(Item::name).collect(Collectors.joining(" ")));
        System.out.println(Stream.of(3, 1, 2).sorted().sorted(Comparator.reverseOrder()).toList());
        System.out.println(Stream.of(3, 1, 2, 3, 1).sorted().distinct().toList());
        System.out.println(Stream.of("b", "a", "c").sorted().findFirst() + " " + Stream.of("b", "a", "c").sorted(Comparator.reverseOrder()).findFirst());
        System.out.println(Stream.<Integer>empty().sorted().toList() + " " + Stream.of(1).sorted().toList());
        Random random = new Random(7);
        List<Integer> big = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            big.add(random.nextInt(1000));
        }
        List<Integer> sorted = big.stream().sorted().toList();
        boolean ordered = IntStream.range(1, sorted.size()).allMatch(i -> sorted.get(i - 1) <= sorted.get(i));
        System.out.println(ordered + " " + sorted.get(0) + " " + sorted.get(299) + " " + sorted.size());
        System.out.println(big.stream().sorted(Comparator.reverseOrder()).limit(5).toList());
        System.out.println(Arrays.toString(IntStream.of(5, -1, 3).sorted().toArray()) + " " + Arrays.toString(LongStream.of(5, -1, 3).sorted().toArray()));
        System.out.println(Stream.of(Map.entry("b", 2), Map.entry("a", 2), Map.entry("c", 1))
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey())).toList());
        System.out.println(Stream.of("x", null, "a").sorted(Comparator.nullsFirst(Comparator.naturalOrder())).toList());
        try {
            Stream.of("x", null, "a").sorted().toList();
        } catch (NullPointerException e) {
            System.out.println("NPE sorting null");
        }
        try {
            Stream.of(1).sorted(null);
        } catch (NullPointerException e) {
            System.out.println("null comparator");
        }
        List<String> calls = new ArrayList<>();
        Stream.of(2, 1).sorted((a, b) -> { calls.add(a + "?" + b); return a - b; }).toList();
        System.out.println(calls);
    }
}
