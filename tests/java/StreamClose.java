// onClose handlers: order, exceptions with suppression, try-with-resources and concat.
import java.util.*;
import java.util.stream.*;

public class StreamClose {
    public static void main(String[] args) {
        List<String> log = new ArrayList<>();
        try (Stream<Integer> s = Stream.of(1, 2, 3).onClose(() -> log.add("first")).onClose(() -> log.add("second"))) {
            log.add("sum=" + s.mapToInt(Integer::intValue).sum());
        }
        System.out.println(log);
        log.clear();
        Stream<Integer> mapped = Stream.of(1).onClose(() -> log.add("source"));
        Stream<Integer> downstream = mapped.map(x -> x + 1);
        downstream.close();
        downstream.close();
        System.out.println(log);
        log.clear();
        Stream<String> failing = Stream.of("x").onClose(() -> { throw new IllegalStateException("A"); })
                .onClose(() -> log.add("ran B")).onClose(() -> { throw new IllegalArgumentException("C"); });
        try {
            failing.close();
        } catch (RuntimeException e) {
            System.out.println(e + " suppressed=" + Arrays.toString(e.getSuppressed()) + " " + log);
        }
        log.clear();
        Stream<Integer> a = Stream.of(1, 2).onClose(() -> log.add("close a"));
        Stream<Integer> b = Stream.of(3).onClose(() -> log.add("close b"));
        Stream<Integer> both = Stream.concat(a, b).onClose(() -> log.add("close concat"));
        System.out.println(both.toList());
        both.close();
        System.out.println(log);
        log.clear();
        Stream<Integer> ea = Stream.of(1).onClose(() -> { throw new RuntimeException("a failed"); });
        Stream<Integer> eb = Stream.of(2).onClose(() -> { throw new RuntimeException("b failed"); });
        try {
            Stream.concat(ea, eb).close();
        } catch (RuntimeException e) {
            System.out.println(e.getMessage() + " suppressed=" + e.getSuppressed().length + " " + e.getSuppressed()[0].getMessage());
        }
        IntStream ints = IntStream.range(0, 3).onClose(() -> log.add("ints closed"));
        ints.close();
        LongStream.of(1).onClose(() -> log.add("longs closed")).close();
        DoubleStream.of(1).onClose(() -> log.add("doubles closed")).close();
        System.out.println(log);
        log.clear();
        Stream<Integer> noClose = Stream.of(1, 2).onClose(() -> log.add("never"));
        System.out.println(noClose.count() + " " + log);
        try {
            Stream.of(1).onClose(null);
        } catch (NullPointerException e) {
            System.out.println("null handler");
        }
        RuntimeException same = new RuntimeException("same");
        try {
            Stream.of(1).onClose(() -> { throw same; }).onClose(() -> { throw same; }).close();
        } catch (RuntimeException e) {
            System.out.println(e.getMessage() + " " + e.getSuppressed().length);
        }
    }
}
