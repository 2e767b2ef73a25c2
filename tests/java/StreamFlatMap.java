// flatMap in all shapes, mapMulti, and the closing of the streams a flatMap consumed.
import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class StreamFlatMap {
    public static void main(String[] args) {
        List<List<Integer>> nested = List.of(List.of(1, 2), List.of(), List.of(3), List.of(4, 5, 6));
        System.out.println(nested.stream().flatMap(List::stream).toList());
        System.out.println(nested.stream().flatMap(List::stream).map(x -> x * x).reduce(0, Integer::sum));
        System.out.println(Stream.of("a,b", "c", "d,e,f").flatMap(s -> Arrays.stream(s.split(","))).collect(Collectors.joining("|")));
        System.out.println(Stream.of("ab", "cd").flatMapToInt(String::chars).sum());
        System.out.println(Stream.of(1, 2).flatMapToLong(i -> LongStream.of(i, i * 1000000000000L)).boxed().toList());
        System.out.println(Stream.of(1, 2).flatMapToDouble(i -> DoubleStream.of(i / 2.0)).sum());
        System.out.println(Stream.of(1, 2, 3).flatMap(i -> i == 2 ? null : Stream.of(i, -i)).toList());
        System.out.println(IntStream.range(1, 4).flatMap(i -> IntStream.rangeClosed(1, i)).boxed().toList());
        System.out.println(LongStream.of(2, 3).flatMap(l -> LongStream.range(0, l)).sum());
        System.out.println(Stream.of(Stream.of(1), Stream.of(2, 3)).flatMap(Function.identity()).count());
        System.out.println(Stream.of(1, 2, 3).flatMap(i -> Stream.of(i).flatMap(j -> Stream.of(j, j * 10))).toList());
        List<String> closed = new ArrayList<>();
        List<Integer> out = Stream.of(1, 2, 3).flatMap(i -> Stream.of(i, i).onClose(() -> closed.add("closed" + i))).toList();
        System.out.println(out + " " + closed);
        closed.clear();
        Optional<Integer> first = Stream.of(1, 2, 3).flatMap(i -> Stream.of(i * 7).onClose(() -> closed.add("c" + i))).findFirst();
        System.out.println(first + " " + closed);
        closed.clear();
        System.out.println(Stream.of(5, 6).flatMap(i -> Stream.of(i, i + 1).onClose(() -> closed.add("x" + i))).limit(3).toList() + " " + closed);
        System.out.println(Stream.of(1, 2, 3).<String>mapMulti((i, sink) -> {
            for (int k = 0; k < i; k++) {
                sink.accept(i + ":" + k);
            }
        }).toList());
        System.out.println(Stream.of("x", "yy").mapMultiToInt((s, sink) -> s.chars().forEach(sink)).boxed().toList());
        System.out.println(Stream.of(1, 2).mapMultiToLong((i, sink) -> sink.accept(i * 3L)).sum());
        System.out.println(Stream.of(1, 2).mapMultiToDouble((i, sink) -> { sink.accept(i); sink.accept(i / 10.0); }).boxed().toList());
        System.out.println(IntStream.of(3, 4).mapMulti((i, sink) -> { if (i % 2 == 0) sink.accept(i * i); }).sum());
        System.out.println(LongStream.of(3, 4).mapMulti((l, sink) -> sink.accept(-l)).boxed().toList());
        System.out.println(Stream.of(List.of("p", "q"), List.of("r")).<String>mapMulti(Iterable::forEach).toList());
        Map<String, List<String>> graph = new LinkedHashMap<>();
        graph.put("a", List.of("b", "c"));
        graph.put("b", List.of("d"));
        graph.put("c", List.of("d", "e"));
        System.out.println(graph.entrySet().stream().flatMap(e -> e.getValue().stream().map(v -> e.getKey() + "->" + v)).toList());
        System.out.println(graph.values().stream().flatMap(List::stream).distinct().sorted().toList());
        try {
            Stream.of(1).flatMap(null);
        } catch (NullPointerException e) {
            System.out.println("null mapper");
        }
    }
}
