// IntStream: ranges, arithmetic terminals, conversions, builders and string streams.
import java.util.*;
import java.util.stream.*;

public class IntStreams {
    public static void main(String[] args) {
        System.out.println(Arrays.toString(IntStream.range(0, 5).toArray()));
        System.out.println(Arrays.toString(IntStream.rangeClosed(-2, 2).toArray()));
        System.out.println(IntStream.range(5, 5).count() + " " + IntStream.range(5, 1).count() + " " + IntStream.rangeClosed(3, 3).count());
        System.out.println(IntStream.rangeClosed(Integer.MAX_VALUE - 2, Integer.MAX_VALUE).count());
        System.out.println(Arrays.toString(IntStream.rangeClosed(Integer.MAX_VALUE - 2, Integer.MAX_VALUE).toArray()));
        System.out.println(IntStream.rangeClosed(Integer.MIN_VALUE, Integer.MAX_VALUE).count());
        System.out.println(IntStream.rangeClosed(1, 100).sum() + " " + IntStream.of(Integer.MAX_VALUE, 1).sum());
        System.out.println(IntStream.of(4, 8, 15, 16, 23, 42).average() + " " + IntStream.empty().average());
        System.out.println(IntStream.of(Integer.MAX_VALUE, Integer.MAX_VALUE).average());
        System.out.println(IntStream.of(3, -7, 12).min() + " " + IntStream.of(3, -7, 12).max() + " " + IntStream.empty().max());
        System.out.println(IntStream.of(1, 2, 3, 4).reduce(1, (a, b) -> a * b) + " " + IntStream.of(1, 2, 3, 4).reduce((a, b) -> a - b));
        System.out.println(IntStream.of(5, 3, 5, 1, 3).distinct().boxed().toList());
        System.out.println(Arrays.toString(IntStream.of(5, -3, 5, 0, Integer.MIN_VALUE).sorted().toArray()));
        System.out.println(IntStream.range(0, 5).mapToObj(i -> "#" + i).collect(Collectors.joining(" ")));
        System.out.println(IntStream.range(0, 3).asLongStream().map(l -> l * 5000000000L).boxed().toList());
        System.out.println(IntStream.range(0, 3).asDoubleStream().map(d -> d / 4).boxed().toList());
        System.out.println(IntStream.range(0, 4).mapToLong(i -> 1L << (i * 20)).sum());
        System.out.println(IntStream.range(1, 4).mapToDouble(i -> 1.0 / i).sum());
        System.out.println(IntStream.of(1, 2, 3).map(i -> i * i).filter(i -> i > 1).boxed().collect(Collectors.toList()));
        System.out.println(IntStream.iterate(1, i -> i * 2).limit(10).sum());
        System.out.println(Arrays.toString(IntStream.iterate(100, i -> i > 0, i -> i / 3).toArray()));
        int[] counter = {0};
        System.out.println(Arrays.toString(IntStream.generate(() -> counter[0]++).limit(4).toArray()));
        System.out.println(Arrays.toString(IntStream.concat(IntStream.of(1, 2), IntStream.range(7, 9)).toArray()));
        IntStream.Builder b = IntStream.builder();
        b.add(9).add(8).accept(7);
        System.out.println(b.build().summaryStatistics());
        System.out.println(IntStream.of(7, 3, 9).summaryStatistics());
        System.out.println(IntStream.of(1, 2, 3, 4, 5, 6).anyMatch(i -> i % 5 == 0) + " " + IntStream.of(2, 4).allMatch(i -> i % 2 == 0)
                + " " + IntStream.of(2, 4).noneMatch(i -> i > 3));
        System.out.println(IntStream.of(10, 20, 30).skip(1).findFirst() + " " + IntStream.empty().findAny());
        System.out.println(IntStream.range(0, 10).takeWhile(i -> i < 4).sum() + " " + IntStream.range(0, 10).dropWhile(i -> i < 4).sum());
        System.out.println(IntStream.of(3, 1, 2).flatMap(i -> IntStream.range(0, i)).boxed().toList());
        System.out.println(IntStream.of(1, 2).mapMulti((i, sink) -> { sink.accept(i); sink.accept(-i); }).boxed().toList());
        ArrayList<Integer> col = IntStream.range(0, 4).collect(ArrayList::new, ArrayList::add, ArrayList::addAll);
        System.out.println(col);
        PrimitiveIterator.OfInt it = IntStream.of(4, 5, 6).iterator();
        int total = 0;
        while (it.hasNext()) {
            total += it.nextInt();
        }
        System.out.println(total);
        System.out.println("hello".chars().mapToObj(c -> String.valueOf((char) (c + 1))).collect(Collectors.joining()));
        System.out.println("hello".chars().filter(c -> c == 'l').count());
        String smile = "a\uD83D\uDE00b";
        System.out.println(smile.chars().count() + " " + smile.codePoints().count() + " " + Arrays.toString(smile.codePoints().toArray()));
        StringBuilder sb = new StringBuilder("xyz");
        IntStream late = sb.chars();
        sb.append("w");
        System.out.println(late.count());
        System.out.println(new StringBuilder("ab\uD83D\uDE00").codePoints().boxed().toList());
        System.out.println(Arrays.stream(new int[] {5, 6, 7, 8}, 1, 3).sum());
        System.out.println(IntStream.of(2, 4, 6).boxed().map(i -> i / 2).toList());
        System.out.println(OptionalInt.of(5).stream().sum() + " " + OptionalInt.empty().stream().count());
        Spliterator.OfInt sp = IntStream.range(0, 3).spliterator();
        System.out.println(sp.estimateSize() + " " + sp.hasCharacteristics(Spliterator.SORTED) + " " + sp.hasCharacteristics(Spliterator.SIZED));
        sp.forEachRemaining((int i) -> System.out.print(i + ","));
        System.out.println();
    }
}
