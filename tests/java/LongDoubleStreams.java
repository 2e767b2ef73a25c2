// LongStream and DoubleStream: large ranges, compensated double sums, IEEE corner cases.
import java.util.*;
import java.util.stream.*;

public class LongDoubleStreams {
    public static void main(String[] args) {
        System.out.println(LongStream.range(0, 5).boxed().toList());
        System.out.println(LongStream.rangeClosed(1, 1000000).sum());
        System.out.println(LongStream.range(Long.MAX_VALUE - 3, Long.MAX_VALUE).boxed().toList());
        System.out.println(LongStream.rangeClosed(Long.MAX_VALUE - 2, Long.MAX_VALUE).boxed().toList());
        System.out.println(LongStream.range(Long.MIN_VALUE, Long.MAX_VALUE).limit(2).boxed().toList());
        System.out.println(LongStream.rangeClosed(Long.MIN_VALUE, Long.MIN_VALUE + 1).count());
        System.out.println(LongStream.range(-5, 5).filter(l -> l % 2 == 0).summaryStatistics());
        System.out.println(LongStream.of(Long.MAX_VALUE, 1).sum() + " " + LongStream.of(Long.MAX_VALUE, Long.MAX_VALUE).average());
        System.out.println(LongStream.of(9, 2, 7).sorted().boxed().toList() + " " + LongStream.of(9, 2, 9).distinct().count());
        System.out.println(LongStream.of(3, 4).mapToInt(l -> (int) l * 2).sum() + " " + LongStream.of(3, 4).mapToDouble(l -> l / 2.0).sum());
        System.out.println(LongStream.of(1, 2, 3).asDoubleStream().average() + " " + LongStream.empty().min());
        System.out.println(LongStream.iterate(1, l -> l <= 1000000000000L, l -> l * 10).count());
        System.out.println(Arrays.toString(LongStream.concat(LongStream.of(1), LongStream.of(2, 3)).toArray()));
        System.out.println(LongStream.of(5, 6).mapToObj(Long::toHexString).toList());

        System.out.println(DoubleStream.of(0.1, 0.2, 0.3).sum());
        double[] tenth = new double[10];
        Arrays.fill(tenth, 0.1);
        System.out.println(DoubleStream.of(tenth).sum() + " " + DoubleStream.of(tenth).average());
        System.out.println(DoubleStream.of(1e100, 1.0, -1e100).sum() + " " + DoubleStream.of(1.0, 1e100, 1.0, -1e100).sum());
        System.out.println(DoubleStream.of(Double.MAX_VALUE, Double.MAX_VALUE).sum() + " " + DoubleStream.of(Double.POSITIVE_INFINITY, 1).sum());
        System.out.println(DoubleStream.of(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY).sum() + " " + DoubleStream.of(Double.NaN, 1).sum());
        Random r = new Random(42);
        double[] values = new double[500];
        for (int i = 0; i < values.length; i++) {
            values[i] = r.nextDouble() * Math.pow(10, r.nextInt(24) - 12) * (r.nextBoolean() ? 1 : -1);
        }
        System.out.println(DoubleStream.of(values).sum());
        System.out.println(DoubleStream.of(values).average().getAsDouble());
        System.out.println(DoubleStream.of(values).summaryStatistics().getSum());
        System.out.println(DoubleStream.of(values).boxed().collect(Collectors.summingDouble(d -> d)));
        System.out.println(DoubleStream.of(values).boxed().collect(Collectors.averagingDouble(d -> d)));
        System.out.println(DoubleStream.of(values).reduce(0, Double::sum));
        System.out.println(DoubleStream.of(-0.0, 0.0).min() + " " + DoubleStream.of(0.0, -0.0).max() + " " + DoubleStream.of(1, Double.NaN, 3).max());
        System.out.println(Arrays.toString(DoubleStream.of(3.5, Double.NaN, -0.0, 0.0, -1, Double.NEGATIVE_INFINITY).sorted().toArray()));
        System.out.println(Arrays.toString(DoubleStream.of(0.0, -0.0, Double.NaN, Double.NaN, 0.0).distinct().toArray()));
        System.out.println(DoubleStream.of(1.5, 2.5, 3.5).mapToInt(d -> (int) d).sum() + " " + DoubleStream.of(1.5, 2.5).mapToLong(Math::round).sum());
        System.out.println(DoubleStream.iterate(1.0, d -> d / 2).limit(5).boxed().toList());
        System.out.println(DoubleStream.generate(() -> 0.25).limit(3).sum());
        System.out.println(DoubleStream.of(1, 2, 3, 4).filter(d -> d > 1.5).average() + " " + DoubleStream.empty().average());
        System.out.println(DoubleStream.of(2, 3).flatMap(d -> DoubleStream.of(d, d * d)).boxed().toList());
        System.out.println(DoubleStream.of(1, 2).mapMulti((d, sink) -> sink.accept(-d)).boxed().toList());
        System.out.println(DoubleStream.of(1, 9).mapToObj(Math::sqrt).toList());
        System.out.println(Arrays.stream(new double[] {1, 2, 3, 4}, 1, 4).sum() + " " + Arrays.stream(new long[] {7, 8, 9}, 0, 2).sum());
        System.out.println(OptionalDouble.of(2.5).stream().sum() + " " + OptionalLong.of(7).stream().sum());
        PrimitiveIterator.OfDouble it = DoubleStream.of(0.5, 0.25).iterator();
        System.out.println(it.nextDouble() + it.nextDouble() + " " + it.hasNext());
        PrimitiveIterator.OfLong lit = LongStream.of(10, 20).iterator();
        System.out.println(lit.next() + lit.nextLong());
        System.out.println(DoubleStream.builder().add(1).add(2).build().sum() + " " + LongStream.builder().add(1).add(2).build().sum());
    }
}
