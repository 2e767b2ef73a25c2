// A sequence of ints with lazy, single-use pipelines. Step 1 covers the int-only operations
// (what String.chars() and Arrays.stream(int[]) need); boxed/mapToObj and the other stream
// types arrive with java.util.stream in step 2.
package java.util.stream;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.IntBinaryOperator;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;
import java.util.function.IntSupplier;
import java.util.function.IntUnaryOperator;

public interface IntStream extends AutoCloseable {

    IntStream filter(IntPredicate predicate);

    IntStream map(IntUnaryOperator mapper);

    IntStream distinct();

    IntStream sorted();

    IntStream peek(IntConsumer action);

    IntStream limit(long maxSize);

    IntStream skip(long n);

    IntStream takeWhile(IntPredicate predicate);

    IntStream dropWhile(IntPredicate predicate);

    void forEach(IntConsumer action);

    void forEachOrdered(IntConsumer action);

    int[] toArray();

    int reduce(int identity, IntBinaryOperator op);

    OptionalInt reduce(IntBinaryOperator op);

    int sum();

    OptionalInt min();

    OptionalInt max();

    long count();

    OptionalDouble average();

    boolean anyMatch(IntPredicate predicate);

    boolean allMatch(IntPredicate predicate);

    boolean noneMatch(IntPredicate predicate);

    OptionalInt findFirst();

    OptionalInt findAny();

    boolean isParallel();

    IntStream sequential();

    IntStream parallel();

    IntStream unordered();

    IntStream onClose(Runnable closeHandler);

    @Override
    void close();

    public static IntStream empty() {
        return IntPipeline.ofArray(new int[0]);
    }

    public static IntStream of(int t) {
        return IntPipeline.ofArray(new int[] {t});
    }

    public static IntStream of(int... values) {
        return IntPipeline.ofArray(values);
    }

    public static IntStream range(int startInclusive, int endExclusive) {
        if (startInclusive >= endExclusive) {
            return empty();
        }
        return IntPipeline.ofRange(startInclusive, endExclusive - 1);
    }

    public static IntStream rangeClosed(int startInclusive, int endInclusive) {
        if (startInclusive > endInclusive) {
            return empty();
        }
        return IntPipeline.ofRange(startInclusive, endInclusive);
    }

    public static IntStream iterate(final int seed, final IntUnaryOperator f) {
        java.util.Objects.requireNonNull(f);
        return IntPipeline.iterate(seed, null, f);
    }

    public static IntStream iterate(int seed, IntPredicate hasNext, IntUnaryOperator next) {
        java.util.Objects.requireNonNull(next);
        java.util.Objects.requireNonNull(hasNext);
        return IntPipeline.iterate(seed, hasNext, next);
    }

    public static IntStream generate(IntSupplier s) {
        java.util.Objects.requireNonNull(s);
        return IntPipeline.generate(s);
    }

    public static IntStream concat(IntStream a, IntStream b) {
        java.util.Objects.requireNonNull(a);
        java.util.Objects.requireNonNull(b);
        return IntPipeline.concat((IntPipeline) a, (IntPipeline) b);
    }
}
