// Laziness and short-circuiting as observable through peek and side effects: exactly which
// upstream elements are evaluated must match HotSpot.
import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class StreamShortCircuit {
    static StringBuilder log = new StringBuilder();

    static <T> Consumer<T> note(String tag) {
        return x -> log.append(tag).append(x).append(' ');
    }

    static IntConsumer noteInt(String tag) {
        return x -> log.append(tag).append(x).append(' ');
    }

    static LongConsumer noteLong(String tag) {
        return x -> log.append(tag).append(x).append(' ');
    }

    static DoubleConsumer noteDouble(String tag) {
        return x -> log.append(tag).append(x).append(' ');
    }

    static void show(String what, Object result) {
        System.out.println(what + " -> " + result + " | " + log.toString().trim());
        log.setLength(0);
    }

    public static void main(String[] args) {
        show("findFirst", Stream.of(1, 2, 3, 4).peek(note("p")).filter(x -> x > 1).findFirst());
        show("anyMatch", Stream.of(1, 2, 3, 4).peek(note("p")).anyMatch(x -> x == 2));
        show("allMatch", Stream.of(1, 2, 3, 4).peek(note("p")).allMatch(x -> x < 3));
        show("noneMatch", Stream.of(1, 2, 3, 4).peek(note("p")).noneMatch(x -> x == 3));
        show("limit", Stream.of(1, 2, 3, 4, 5).peek(note("p")).limit(2).toList());
        show("limit0", Stream.of(1, 2, 3).peek(note("p")).limit(0).toList());
        show("skip+limit", Stream.of(1, 2, 3, 4, 5, 6).peek(note("p")).skip(2).limit(2).toList());
        show("map-limit", Stream.of(1, 2, 3, 4).map(x -> { log.append("m").append(x).append(' '); return x * 10; }).limit(2).toList());
        show("sorted barrier", Stream.of(3, 1, 2).peek(note("a")).sorted().peek(note("b")).findFirst());
        show("sorted all", Stream.of(3, 1, 2).peek(note("a")).sorted().peek(note("b")).toList());
        show("sorted limit", Stream.of(5, 4, 3, 2, 1).peek(note("a")).sorted().peek(note("b")).limit(2).toList());
        show("takeWhile", Stream.of(1, 2, 3, 4, 1).peek(note("p")).takeWhile(x -> x < 3).toList());
        show("dropWhile", Stream.of(1, 2, 3, 4, 1).peek(note("p")).dropWhile(x -> x < 3).toList());
        show("takeWhile+find", Stream.of(1, 2, 3, 4).peek(note("p")).takeWhile(x -> x < 10).filter(x -> x > 1).findFirst());
        // count() on sized pipelines answers from the size without running the stages
        show("count sized", Stream.of(1, 2, 3).peek(note("p")).count());
        show("count map", Stream.of(1, 2, 3).peek(note("p")).map(x -> x + 1).count());
        show("count limit", Stream.of(1, 2, 3, 4).peek(note("p")).limit(2).count());
        show("count skip", Stream.of(1, 2, 3, 4).peek(note("p")).skip(3).count());
        show("count skip past end", Stream.of(1, 2).peek(note("p")).skip(5).count());
        show("count filter", Stream.of(1, 2, 3).peek(note("p")).filter(x -> x != 2).count());
        show("count list", new ArrayList<>(List.of(1, 2, 3)).stream().peek(note("p")).count());
        show("count range", IntStream.range(0, 4).peek(noteInt("p")).count());
        show("count flatMap", Stream.of(1, 2).flatMap(x -> Stream.of(x, x)).peek(note("p")).count());
        show("count distinct", Stream.of(1, 1, 2).peek(note("p")).distinct().count());
        show("count iterate", Stream.iterate(1, x -> x + 1).peek(note("p")).limit(3).count());
        // a natural sort of input already known to be sorted is skipped
        show("range sorted", IntStream.range(0, 5).peek(noteInt("p")).sorted().findFirst());
        show("range boxed sorted", IntStream.range(0, 5).boxed().peek(note("p")).sorted().findFirst());
        show("range map sorted", IntStream.range(0, 5).map(x -> x).peek(noteInt("p")).sorted().findFirst());
        show("range distinct sorted", IntStream.range(0, 5).distinct().peek(noteInt("p")).sorted().findFirst());
        show("sorted twice", Stream.of(2, 1, 3).sorted().peek(note("p")).sorted().findFirst());
        show("cmp sorted twice", Stream.of(2, 1, 3).sorted(Comparator.reverseOrder()).peek(note("p")).sorted(Comparator.reverseOrder()).findFirst());
        // flatMap pulls inner streams lazily once something downstream can cancel
        show("flatMap limit", Stream.of(1, 2, 3).flatMap(x -> Stream.of(x, x * 10).peek(note("i"))).limit(3).toList());
        show("flatMap find", Stream.of(1, 2).peek(note("o")).flatMap(x -> Stream.of(x, x + 10).peek(note("i"))).findFirst());
        show("flatMap all", Stream.of(1, 2).flatMap(x -> Stream.of(x, x + 10).peek(note("i"))).toList());
        // mapMulti pushes everything the mapper gives, even past a limit
        show("mapMulti limit", Stream.of(1, 2).<Integer>mapMulti((x, sink) -> { sink.accept(x); sink.accept(x * 100); sink.accept(x * 1000); }).peek(note("p")).limit(2).toList());
        show("iterate limit", Stream.iterate(1, x -> { log.append("f").append(x).append(' '); return x * 2; }).limit(4).toList());
        show("iterate3", Stream.iterate(1, x -> { log.append("t").append(x).append(' '); return x < 20; }, x -> x * 3).toList());
        show("generate limit", Stream.generate(() -> { log.append("g "); return "x"; }).limit(3).count());
        // iterator pulls one source element at a time (a flatMap delivers a batch)
        Iterator<Integer> it = Stream.of(1, 2, 3).peek(note("p")).map(x -> x * 2).iterator();
        show("iterator first", it.next());
        show("iterator second", it.next());
        Iterator<Integer> fit = Stream.of(1, 2).flatMap(x -> Stream.of(x, x + 10).peek(note("i"))).iterator();
        show("flat iterator", fit.next());
        show("flat iterator more", fit.next() + "," + fit.next());
        Spliterator<Integer> sp = Stream.of(4, 5, 6).peek(note("p")).filter(x -> x % 2 == 0).spliterator();
        sp.tryAdvance(note("t"));
        show("spliterator tryAdvance", "");
        sp.forEachRemaining(note("r"));
        show("spliterator rest", "");
        show("IntStream find", IntStream.rangeClosed(1, 10).peek(noteInt("p")).filter(i -> i % 4 == 0).findFirst());
        show("LongStream limit", LongStream.iterate(1, l -> l * 3).peek(noteLong("p")).limit(3).sum());
        show("DoubleStream any", DoubleStream.of(0.5, 1.5, 2.5).peek(noteDouble("p")).anyMatch(d -> d > 1));
        show("concat find", Stream.concat(Stream.of(1, 2).peek(note("a")), Stream.of(3, 4).peek(note("b"))).filter(x -> x > 2).findFirst());
        show("distinct limit", Stream.of(1, 1, 2, 2, 3, 3).peek(note("p")).distinct().limit(2).toList());
    }
}
