// reduce in its three forms and collect with a supplier/accumulator/combiner.
import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class StreamReduceCollect {
    public static void main(String[] args) {
        List<String> words = List.of("alpha", "beta", "gamma", "delta");
        System.out.println(words.stream().reduce("", (a, b) -> a + b.charAt(0)));
        System.out.println(words.stream().reduce((a, b) -> b + "<" + a));
        System.out.println(words.stream().reduce(0, (sum, w) -> sum + w.length(), Integer::sum));
        System.out.println(Stream.<String>empty().reduce("identity", String::concat));
        System.out.println(Stream.of(1).reduce((a, b) -> { throw new AssertionError("not called"); }));
        System.out.println(IntStream.rangeClosed(1, 5).reduce(1, (a, b) -> a * b) + " " + LongStream.rangeClosed(1, 20).reduce(1L, (a, b) -> a * b));
        System.out.println(DoubleStream.of(1, 2, 4).reduce(0, (a, b) -> a + 1 / b) + " " + DoubleStream.empty().reduce(Double::max));
        List<String> order = new ArrayList<>();
        Stream.of(1, 2, 3).reduce(0, (a, b) -> { order.add(a + "+" + b); return a + b; });
        System.out.println(order);
        Map<Integer, String> collected = Stream.of("x", "yy", "zz").collect(HashMap::new, (m, s) -> m.merge(s.length(), s, String::concat), Map::putAll);
        System.out.println(collected);
        int[] histogram = IntStream.of(1, 3, 3, 0, 1, 3).collect(() -> new int[4], (h, i) -> h[i]++, (h1, h2) -> {});
        System.out.println(Arrays.toString(histogram));
        long[] minMax = LongStream.of(5, -2, 9).collect(() -> new long[] {Long.MAX_VALUE, Long.MIN_VALUE},
                (mm, l) -> { mm[0] = Math.min(mm[0], l); mm[1] = Math.max(mm[1], l); }, (x, y) -> {});
        System.out.println(minMax[0] + ".." + minMax[1]);
        StringBuilder sb = DoubleStream.of(1.5, 2.5).collect(StringBuilder::new, (b, d) -> b.append(d).append(';'), StringBuilder::append);
        System.out.println(sb);
        BigSum big = Stream.of(Long.MAX_VALUE, Long.MAX_VALUE, 2L).collect(BigSum::new, BigSum::add, BigSum::merge);
        System.out.println(big);
        System.out.println(Stream.of(1, 2, 3, 4).collect(Collectors.reducing(0, x -> x * x, Integer::sum)));
        Supplier<List<Integer>> supplierCalls = () -> {
            System.out.println("supplier called");
            return new ArrayList<>();
        };
        System.out.println(Stream.of(1, 2).filter(x -> x > 5).collect(supplierCalls, List::add, List::addAll));
        try {
            Stream.of(1).reduce(0, (a, b) -> a + b, null);
        } catch (NullPointerException e) {
            System.out.println("null combiner");
        }
        try {
            Stream.of(1).collect(ArrayList::new, ArrayList::add, null);
        } catch (NullPointerException e) {
            System.out.println("null collect combiner");
        }
    }

    /** A 128-bit-ish sum: overflow count plus remainder, so the result is deterministic text. */
    static final class BigSum {
        long low;
        int carries;

        void add(long value) {
            long sum = low + value;
            if (((low ^ sum) & (value ^ sum)) < 0) {
                carries += value > 0 ? 1 : -1;
            }
            low = sum;
        }

        void merge(BigSum other) {
            add(other.low);
            carries += other.carries;
        }

        @Override
        public String toString() {
            return "carries=" + carries + " low=" + low;
        }
    }
}
