// Numeric collectors: summing, averaging, summarizing, counting, min/max, reducing, teeing,
// collectingAndThen, and the characteristics each collector reports.
import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class CollectorsStats {
    public static void main(String[] args) {
        List<String> words = List.of("stream", "collector", "map", "reduce", "io", "lambda");
        System.out.println(words.stream().collect(Collectors.summingInt(String::length)));
        System.out.println(words.stream().collect(Collectors.summingLong(w -> w.length() * 1000000000L)));
        System.out.println(words.stream().collect(Collectors.summingDouble(w -> w.length() / 3.0)));
        System.out.println(words.stream().collect(Collectors.averagingInt(String::length)));
        System.out.println(words.stream().collect(Collectors.averagingLong(String::length)));
        System.out.println(words.stream().collect(Collectors.averagingDouble(w -> w.length() * 0.1)));
        System.out.println(Stream.<String>empty().collect(Collectors.averagingInt(String::length)) + " "
                + Stream.<String>empty().collect(Collectors.averagingDouble(String::length)) + " "
                + Stream.<String>empty().collect(Collectors.summingDouble(String::length)));
        System.out.println(words.stream().collect(Collectors.summarizingInt(String::length)));
        System.out.println(words.stream().collect(Collectors.summarizingLong(String::length)));
        System.out.println(words.stream().collect(Collectors.summarizingDouble(w -> w.length() / 4.0)));
        System.out.println(words.stream().collect(Collectors.counting()) + " " + Stream.empty().collect(Collectors.counting()));
        System.out.println(words.stream().collect(Collectors.minBy(Comparator.naturalOrder())) + " "
                + words.stream().collect(Collectors.maxBy(Comparator.comparingInt(String::length))));
        System.out.println(Stream.<String>empty().collect(Collectors.minBy(Comparator.naturalOrder())));
        System.out.println(Stream.of(1, 2, 3, 4).collect(Collectors.reducing(0, Integer::sum)));
        System.out.println(Stream.of(1, 2, 3, 4).collect(Collectors.reducing(Integer::max)));
        System.out.println(Stream.<Integer>empty().collect(Collectors.reducing(Integer::max)));
        System.out.println(words.stream().collect(Collectors.reducing(0, String::length, Integer::sum)));
        System.out.println(Stream.of(1, 2, 3).collect(Collectors.reducing((a, b) -> null)));
        System.out.println(words.stream().collect(Collectors.collectingAndThen(Collectors.toList(), Collections::unmodifiableList)).size());
        String tee1 = words.stream().collect(Collectors.teeing(Collectors.counting(), Collectors.summingInt(String::length),
                (count, sum) -> sum + "/" + count));
        System.out.println(tee1);
        List<List<Integer>> tee2 = IntStream.range(0, 10).boxed().collect(Collectors.teeing(
                Collectors.filtering(i -> i % 2 == 0, Collectors.toList()),
                Collectors.filtering(i -> i % 2 == 1, Collectors.toList()), List::of));
        System.out.println(tee2);
        Integer tee3 = Stream.of(5, 3, 8).collect(Collectors.teeing(Collectors.minBy(Integer::compare),
                Collectors.maxBy(Integer::compare), (mn, mx) -> mx.get() - mn.get()));
        System.out.println(tee3);
        // characteristics, in the JDK's declaration order
        System.out.println(Collectors.toList().characteristics() + " " + Collectors.toSet().characteristics() + " "
                + Collectors.toUnmodifiableList().characteristics() + " " + Collectors.toUnmodifiableSet().characteristics());
        System.out.println(Collectors.counting().characteristics() + " " + Collectors.summarizingInt(x -> 1).characteristics() + " "
                + Collectors.groupingBy(x -> x).characteristics() + " " + Collectors.groupingBy(x -> x, Collectors.counting()).characteristics());
        System.out.println(Collectors.collectingAndThen(Collectors.toSet(), s -> s).characteristics() + " "
                + Collectors.collectingAndThen(Collectors.toList(), s -> s).characteristics() + " "
                + Collectors.teeing(Collectors.toSet(), Collectors.toSet(), (a, b) -> a).characteristics() + " "
                + Collectors.teeing(Collectors.toSet(), Collectors.toUnmodifiableSet(), (a, b) -> a).characteristics());
        Collector<String, StringBuilder, String> custom = Collector.of(StringBuilder::new, StringBuilder::append,
                StringBuilder::append, StringBuilder::toString, Collector.Characteristics.UNORDERED);
        System.out.println(words.stream().collect(custom) + " " + custom.characteristics());
        Collector<Integer, List<Integer>, List<Integer>> identity = Collector.of(ArrayList::new, List::add,
                (a, b) -> { a.addAll(b); return a; }, Collector.Characteristics.CONCURRENT, Collector.Characteristics.UNORDERED);
        System.out.println(Stream.of(1, 2).collect(identity) + " " + identity.characteristics() + " "
                + Collector.of(ArrayList::new, List::add, (a, b) -> a).characteristics());
        System.out.println(Arrays.toString(Collector.Characteristics.values()) + " " + Collector.Characteristics.valueOf("UNORDERED").ordinal());
        Set<Integer> set = Stream.of(3, 1, 3, 2).collect(Collectors.toSet());
        System.out.println(set.getClass().getSimpleName() + " " + set);
        List<Integer> ul = Stream.of(3, 1).collect(Collectors.toUnmodifiableList());
        System.out.println(ul);
        try {
            ul.add(1);
        } catch (UnsupportedOperationException e) {
            System.out.println("unmodifiable list");
        }
        try {
            Stream.of(1, null).collect(Collectors.toUnmodifiableList());
        } catch (NullPointerException e) {
            System.out.println("toUnmodifiableList rejects null");
        }
        try {
            Stream.of(1, null).collect(Collectors.toUnmodifiableSet());
        } catch (NullPointerException e) {
            System.out.println("toUnmodifiableSet rejects null");
        }
        System.out.println(Stream.of(4, 4, 5).collect(Collectors.toUnmodifiableSet()).size());
        System.out.println(Stream.of("b", "a").collect(Collectors.toCollection(LinkedHashSet::new)).iterator().next());
    }
}
