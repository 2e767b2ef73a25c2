// parallel()/sequential()/unordered(): execution modes must not change any result.
import java.util.*;
import java.util.stream.*;

public class StreamParallel {
    public static void main(String[] args) {
        List<Integer> numbers = IntStream.rangeClosed(1, 200).boxed().toList();
        System.out.println(numbers.parallelStream().mapToLong(i -> (long) i * i).sum());
        System.out.println(numbers.stream().parallel().filter(i -> i % 7 == 0).toList());
        System.out.println(numbers.parallelStream().map(i -> i % 10).distinct().sorted().toList());
        System.out.println(numbers.parallelStream().reduce(0, Integer::sum, Integer::sum));
        System.out.println(numbers.parallelStream().collect(Collectors.groupingBy(i -> i % 3, Collectors.counting())));
        System.out.println(numbers.parallelStream().findFirst() + " " + numbers.parallelStream().skip(50).limit(3).toList());
        System.out.println(IntStream.range(0, 100).parallel().sum() + " " + IntStream.range(0, 100).parallel().isParallel());
        Stream<Integer> s = Stream.of(1, 2, 3).parallel();
        System.out.println(s.isParallel() + " " + s.sequential().isParallel());
        Stream<Integer> t = Stream.of(1, 2, 3).parallel().map(x -> x * 2).sequential();
        System.out.println(t.isParallel() + " " + t.toList());
        System.out.println(Stream.of(3, 1, 2).unordered().sorted().toList() + " " + Stream.of(3, 1, 2).parallel().unordered().count());
        System.out.println(new HashSet<>(List.of(1, 2)).stream().unordered().count());
        StringBuilder order = new StringBuilder();
        numbers.parallelStream().limit(10).forEachOrdered(order::append);
        System.out.println(order);
        System.out.println(LongStream.rangeClosed(1, 20).parallel().reduce(1, (a, b) -> a * b));
        System.out.println(DoubleStream.of(0.1, 0.2, 0.3).parallel().sum());
        System.out.println(Stream.of("a", "b", "c").parallel().collect(Collectors.joining()));
        System.out.println(Stream.of("a", "b", "c").parallel().reduce("", String::concat));
    }
}
