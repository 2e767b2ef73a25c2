// Spliterator and Spliterators basics: characteristics, sizes, splitting, iterator views.
import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class StreamSpliterators {
    public static void main(String[] args) {
        Spliterator<String> arr = Arrays.spliterator(new String[] {"a", "b", "c", "d", "e"});
        System.out.println(arr.characteristics() + " " + arr.estimateSize() + " " + arr.getExactSizeIfKnown());
        Spliterator<String> half = arr.trySplit();
        System.out.println(half.estimateSize() + " " + arr.estimateSize());
        half.forEachRemaining(s -> System.out.print(s));
        System.out.print(" | ");
        arr.tryAdvance(s -> System.out.print(s));
        arr.forEachRemaining(s -> System.out.print(s));
        System.out.println(" " + arr.tryAdvance(s -> System.out.print("never")));
        System.out.println(Stream.of(1, 2, 3).spliterator().characteristics() + " " + Stream.of(1, 2, 3).map(x -> x).spliterator().characteristics()
                + " " + Stream.of(1, 2, 3).filter(x -> true).spliterator().characteristics() + " " + Stream.of(1, 2, 3).sorted().spliterator().characteristics());
        System.out.println(IntStream.range(0, 9).spliterator().characteristics() + " " + Stream.iterate(1, x -> x).spliterator().characteristics()
                + " " + Stream.generate(() -> 1).spliterator().characteristics() + " " + Stream.empty().spliterator().characteristics());
        System.out.println(Stream.of(1, 2, 3, 4).skip(1).spliterator().getExactSizeIfKnown() + " " + Stream.of(1, 2).filter(x -> true).spliterator().getExactSizeIfKnown());
        System.out.println(Spliterators.emptySpliterator().estimateSize() + " " + Spliterators.emptyIntSpliterator().tryAdvance((int i) -> {}));
        Spliterator.OfInt ints = Spliterators.spliterator(new int[] {1, 2, 3, 4}, 1, 4, Spliterator.ORDERED);
        int[] sum = {0};
        ints.forEachRemaining((int i) -> sum[0] += i);
        System.out.println(sum[0] + " " + ints.estimateSize());
        Spliterator.OfLong longs = Spliterators.spliterator(new long[] {7, 8}, 0);
        longs.tryAdvance((Long l) -> System.out.print("boxed " + l + " "));
        longs.tryAdvance((long l) -> System.out.println("prim " + l));
        Spliterator.OfDouble doubles = Spliterators.spliterator(new double[] {0.5}, Spliterator.SORTED);
        System.out.println(doubles.getComparator() + " " + doubles.hasCharacteristics(Spliterator.SORTED));
        try {
            Arrays.spliterator(new String[] {"x"}).getComparator();
        } catch (IllegalStateException e) {
            System.out.println("no comparator");
        }
        Iterator<String> it = Spliterators.iterator(Arrays.spliterator(new String[] {"p", "q"}));
        System.out.println(it.hasNext() + " " + it.next() + " " + it.next() + " " + it.hasNext());
        PrimitiveIterator.OfInt pit = Spliterators.iterator(Spliterators.spliterator(new int[] {3, 4}, 0));
        pit.forEachRemaining((int i) -> System.out.print(i * 2 + " "));
        System.out.println();
        Spliterator<String> fromIterator = Spliterators.spliterator(List.of("m", "n").iterator(), 2, Spliterator.ORDERED);
        System.out.println(fromIterator.estimateSize() + " " + fromIterator.hasCharacteristics(Spliterator.SIZED | Spliterator.SUBSIZED));
        Spliterator<String> unknown = Spliterators.spliteratorUnknownSize(List.of("m").iterator(), Spliterator.SIZED);
        System.out.println(unknown.estimateSize() + " " + unknown.getExactSizeIfKnown() + " " + unknown.characteristics());
        Spliterator<Integer> custom = new Spliterators.AbstractSpliterator<Integer>(3, Spliterator.SIZED | Spliterator.ORDERED) {
            int next = 0;

            @Override
            public boolean tryAdvance(Consumer<? super Integer> action) {
                if (next >= 3) {
                    return false;
                }
                action.accept(next++ * 100);
                return true;
            }
        };
        System.out.println(custom.characteristics() + " " + StreamSupport.stream(custom, false).peek(x -> System.out.print("")).count());
        Spliterator.OfInt customInt = new Spliterators.AbstractIntSpliterator(Long.MAX_VALUE, 0) {
            int value = 1;

            @Override
            public boolean tryAdvance(IntConsumer action) {
                action.accept(value);
                value *= 3;
                return true;
            }
        };
        System.out.println(StreamSupport.intStream(customInt, false).limit(5).boxed().toList());
        Stream<String> supplied = StreamSupport.stream(() -> Arrays.spliterator(new String[] {"s1", "s2"}), Spliterator.SIZED | Spliterator.ORDERED, false);
        System.out.println(supplied.map(String::toUpperCase).toList());
        Spliterator<Integer> viaStream = Stream.of(5, 6, 7).map(x -> x + 1).spliterator();
        System.out.println(viaStream.estimateSize() + " " + viaStream.tryAdvance(x -> System.out.print(x + " ")) + " " + viaStream.estimateSize());
        viaStream.forEachRemaining(x -> System.out.print(x + " "));
        System.out.println();
        Spliterator<Integer> concat = Stream.concat(Stream.of(1), Stream.of(2, 3)).spliterator();
        System.out.println(concat.estimateSize() + " " + concat.characteristics());
    }
}
