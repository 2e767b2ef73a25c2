// Error behaviour: reuse of consumed streams, null arguments, bad sizes, builders, iterators,
// and exceptions thrown from user lambdas.
import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class StreamErrors {
    static void attempt(String what, Runnable action) {
        try {
            action.run();
            System.out.println(what + ": ok");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        Stream<Integer> s = Stream.of(1, 2, 3);
        s.count();
        attempt("reuse after terminal", () -> s.count());
        attempt("map after terminal", () -> s.map(x -> x));
        attempt("null mapper after terminal", () -> s.map(null));
        Stream<Integer> linked = Stream.of(1, 2);
        Stream<Integer> next = linked.filter(x -> x > 0);
        attempt("second op on linked", () -> linked.filter(x -> x > 1));
        attempt("terminal on linked", () -> linked.forEach(x -> {}));
        attempt("iterator on linked", () -> linked.iterator());
        attempt("onClose on linked", () -> linked.onClose(() -> {}));
        attempt("parallel on linked", () -> linked.parallel());
        attempt("downstream still fine", () -> System.out.println(next.toList()));
        Stream<Integer> skipped = Stream.of(1, 2);
        skipped.skip(0);
        attempt("skip(0) does not link", () -> System.out.println(skipped.skip(0).toList()));
        Stream<Integer> source = Stream.of(1, 2);
        Stream<Integer> derived = source.map(x -> x * 2);
        source.close();
        attempt("closed source", () -> derived.toList());
        Stream<Integer> closed = Stream.of(5);
        closed.close();
        attempt("closed twice", () -> closed.close());
        attempt("use after close", () -> closed.findFirst());
        Stream<Integer> ordered = Stream.of(1, 2);
        ordered.unordered();
        attempt("after unordered", () -> ordered.map(x -> x));
        IntStream ints = IntStream.range(0, 3);
        ints.sum();
        attempt("IntStream reuse", () -> ints.sum());
        LongStream longs = LongStream.of(1);
        longs.boxed();
        attempt("LongStream linked", () -> longs.sum());
        DoubleStream doubles = DoubleStream.of(1);
        doubles.iterator();
        attempt("DoubleStream after iterator", () -> doubles.sum());

        attempt("limit(-1)", () -> Stream.of(1).limit(-1));
        attempt("skip(-2)", () -> Stream.of(1).skip(-2));
        attempt("IntStream limit(-5)", () -> IntStream.of(1).limit(-5));
        attempt("filter(null)", () -> Stream.of(1).filter(null));
        attempt("forEach(null)", () -> Stream.of(1).forEach(null));
        attempt("reduce(null)", () -> Stream.of(1).reduce(null));
        attempt("collect(null)", () -> Stream.of(1).collect(null));
        attempt("anyMatch(null)", () -> Stream.of(1).anyMatch(null));
        attempt("concat(null)", () -> Stream.concat(null, Stream.of(1)));
        attempt("findFirst null element", () -> Stream.of(null, "a").findFirst());
        attempt("min null result", () -> Stream.of((String) null).min(Comparator.nullsFirst(Comparator.naturalOrder())));
        attempt("reduce to null", () -> Stream.of(1, 2).reduce((a, b) -> null));
        attempt("toArray too big", () -> Stream.of(1, 2, 3).toArray(n -> new Integer[n + 1]));
        attempt("toArray too small", () -> Stream.of(1, 2, 3).filter(x -> true).toArray(n -> new Integer[n - 1]));
        attempt("toArray larger unsized", () -> System.out.println(Stream.of(1, 2, 3).filter(x -> true).toArray(n -> new Integer[n + 2]).length));
        attempt("arrays range", () -> Arrays.stream(new int[3], 2, 1));
        attempt("arrays negative", () -> Arrays.stream(new String[3], -1, 2));
        attempt("arrays past end", () -> Arrays.stream(new long[3], 0, 4));
        Stream.Builder<String> b = Stream.builder();
        b.add("x");
        b.build();
        attempt("builder add after build", () -> b.add("y"));
        attempt("builder build twice", () -> b.build());
        IntStream.Builder ib = IntStream.builder();
        ib.build();
        attempt("int builder accept after build", () -> ib.accept(1));
        attempt("empty iterator next", () -> Stream.empty().iterator().next());
        attempt("exhausted int iterator", () -> {
            PrimitiveIterator.OfInt it = IntStream.of(1).iterator();
            it.nextInt();
            it.nextInt();
        });
        attempt("optional get", () -> Stream.empty().findAny().get());
        attempt("lambda throws", () -> Stream.of("1", "x", "3").map(Integer::parseInt).toList());
        attempt("peek throws mid-way", () -> Stream.of(1, 2, 3).peek(x -> { if (x == 2) throw new IllegalArgumentException("boom " + x); }).count());
        attempt("peek throws filtered", () -> Stream.of(1, 2, 3).peek(x -> { if (x == 2) throw new IllegalArgumentException("boom " + x); }).filter(x -> true).count());
        attempt("class cast in sum", () -> Stream.of((Object) "s").map(o -> (Integer) o).mapToInt(Integer::intValue).sum());
        attempt("duplicate key", () -> Stream.of("a", "b", "a").collect(Collectors.toMap(k -> k, String::length)));
        attempt("duplicate key values", () -> Stream.of("a1", "a2").collect(Collectors.toMap(k -> k.charAt(0), k -> k.charAt(1))));
        attempt("null classifier key", () -> Stream.of(1).collect(Collectors.groupingBy(x -> null)));
        attempt("toList unmodifiable", () -> Stream.of(1).toList().add(2));
        attempt("summary stats bad", () -> new IntSummaryStatistics(-1, 0, 0, 0));
        attempt("summary stats min>max", () -> new LongSummaryStatistics(2, 5, 1, 6));
        attempt("double stats NaN mix", () -> new DoubleSummaryStatistics(2, Double.NaN, 1, 6));
    }
}
