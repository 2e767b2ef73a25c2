// Infinite and conditional sources: iterate (2 and 3 arguments), generate, and their laziness.
import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class StreamIterateGenerate {
    public static void main(String[] args) {
        System.out.println(Stream.iterate(1, x -> x * 2).limit(10).toList());
        System.out.println(Stream.iterate(1, x -> x <= 100, x -> x * 3).toList());
        System.out.println(Stream.iterate("a", s -> s.length() < 5, s -> s + "b").collect(Collectors.joining(",")));
        System.out.println(Stream.iterate(10, x -> x < 0, x -> x + 1).count());
        System.out.println(Stream.iterate(new int[] {0, 1}, f -> new int[] {f[1], f[0] + f[1]}).limit(15).map(f -> f[0]).toList());
        int[] calls = {0};
        System.out.println(Stream.iterate(0, x -> { calls[0]++; return x + 1; }).limit(5).toList() + " calls=" + calls[0]);
        calls[0] = 0;
        System.out.println(Stream.iterate(0, x -> x < 3, x -> { calls[0]++; return x + 1; }).toList() + " calls=" + calls[0]);
        calls[0] = 0;
        System.out.println(Stream.iterate(0, x -> { calls[0]++; return x + 1; }).filter(x -> x % 4 == 3).findFirst() + " calls=" + calls[0]);
        int[] counter = {0};
        System.out.println(Stream.generate(() -> counter[0]++).limit(6).toList() + " " + counter[0]);
        System.out.println(Stream.generate(() -> "z").limit(3).collect(Collectors.joining()));
        Random random = new Random(3);
        System.out.println(Stream.generate(random::nextInt).limit(3).toList());
        System.out.println(Stream.generate(() -> 1).limit(0).count());
        System.out.println(Stream.iterate(1, x -> x + 1).takeWhile(x -> x * x < 50).toList());
        System.out.println(Stream.iterate(1, x -> x + 1).dropWhile(x -> x < 5).limit(3).toList());
        System.out.println(Stream.iterate(1, x -> x + 1).skip(100).findFirst());
        System.out.println(IntStream.iterate(0, i -> i + 2).limit(5).sum() + " " + LongStream.iterate(1, l -> l * 10).limit(12).max()
                + " " + DoubleStream.iterate(1, d -> d < 2, d -> d + 0.25).count());
        System.out.println(IntStream.generate(() -> 7).limit(3).boxed().toList() + " " + LongStream.generate(() -> 8L).limit(2).sum()
                + " " + DoubleStream.generate(() -> 0.5).limit(4).sum());
        Iterator<Integer> it = Stream.iterate(1, x -> x * 5).iterator();
        System.out.println(it.next() + " " + it.next() + " " + it.next());
        System.out.println(Stream.iterate(null, Objects::nonNull, x -> "never").count());
        System.out.println(Stream.iterate(5, x -> x - 1).map(x -> 10 / x).limit(5).toList());
        try {
            Stream.iterate(5, x -> x - 1).map(x -> 10 / x).limit(6).toList();
        } catch (ArithmeticException e) {
            System.out.println("ArithmeticException " + e.getMessage());
        }
        try {
            Stream.iterate(1, null);
        } catch (NullPointerException e) {
            System.out.println("null iterate function");
        }
        try {
            Stream.generate(null);
        } catch (NullPointerException e) {
            System.out.println("null supplier");
        }
    }
}
