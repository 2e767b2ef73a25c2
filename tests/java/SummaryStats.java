// Int/Long/DoubleSummaryStatistics: accumulation, combine, constructors and toString format.
import java.util.*;
import java.util.stream.*;

public class SummaryStats {
    public static void main(String[] args) {
        System.out.println(IntStream.of(1, 2, 3).summaryStatistics());
        System.out.println(new IntSummaryStatistics());
        System.out.println(new LongSummaryStatistics());
        System.out.println(new DoubleSummaryStatistics());
        System.out.println(IntStream.of(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE).summaryStatistics());
        System.out.println(LongStream.of(Long.MAX_VALUE, 1).summaryStatistics());
        System.out.println(IntStream.of(1, 2).summaryStatistics().getAverage() + " " + IntStream.of(2, 2, 3).summaryStatistics());
        System.out.println(DoubleStream.of(0.1, 0.2, 0.3).summaryStatistics());
        System.out.println(DoubleStream.of(1e20, 2.5e-7, -3.75).summaryStatistics());
        System.out.println(DoubleStream.of(0.0000005, 0.0000015, 0.0000025).summaryStatistics());
        System.out.println(DoubleStream.of(-0.0).summaryStatistics());
        System.out.println(DoubleStream.of(Double.NaN, 1).summaryStatistics());
        System.out.println(DoubleStream.of(Double.POSITIVE_INFINITY, 1).summaryStatistics());
        System.out.println(DoubleStream.of(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY).summaryStatistics());
        System.out.println(DoubleStream.of(123456789.987654321, 2.0 / 3, 999999.9999995).summaryStatistics());
        System.out.println(DoubleStream.of(1e300, 1e300).summaryStatistics().getAverage());
        IntSummaryStatistics a = new IntSummaryStatistics();
        a.accept(5);
        a.accept(-2);
        IntSummaryStatistics b = new IntSummaryStatistics();
        b.accept(11);
        a.combine(b);
        System.out.println(a + " " + a.getCount() + " " + a.getSum() + " " + a.getMin() + " " + a.getMax() + " " + a.getAverage());
        LongSummaryStatistics l = new LongSummaryStatistics();
        l.accept(3);
        l.accept(4L);
        l.combine(new LongSummaryStatistics(2, -10, 10, 1));
        System.out.println(l);
        DoubleSummaryStatistics d = new DoubleSummaryStatistics();
        d.accept(0.1);
        DoubleSummaryStatistics e = new DoubleSummaryStatistics();
        e.accept(0.2);
        e.accept(0.3);
        d.combine(e);
        System.out.println(d + " " + d.getSum() + " " + d.getAverage());
        System.out.println(new IntSummaryStatistics(3, 1, 9, 12) + " " + new IntSummaryStatistics(0, 9, 1, 5));
        System.out.println(new DoubleSummaryStatistics(2, 1.5, 2.5, 4.0) + " " + new DoubleSummaryStatistics(1, Double.NaN, Double.NaN, Double.NaN));
        Random random = new Random(99);
        DoubleSummaryStatistics r = new DoubleSummaryStatistics();
        for (int i = 0; i < 1000; i++) {
            r.accept(random.nextGaussian() * 1000);
        }
        System.out.println(r);
        System.out.println(r.getSum() + " " + r.getAverage() + " " + r.getMin() + " " + r.getMax());
        System.out.println(Stream.of("a", "bb", "ccc").collect(Collectors.summarizingInt(String::length)).getAverage());
        System.out.println(Stream.of(1.25, 2.5).collect(Collectors.summarizingDouble(x -> x)));
    }
}
