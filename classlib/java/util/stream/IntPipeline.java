// IntStream as a pipeline stage. Elements travel as boxed Integer values through the shared
// machinery of AbstractPipeline; this class unboxes at the edges.
package java.util.stream;

import java.util.IntSummaryStatistics;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.PrimitiveIterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiConsumer;
import java.util.function.IntBinaryOperator;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;

final class IntPipeline extends AbstractPipeline implements IntStream {

    IntPipeline(Spliterator<?> source, boolean parallel) {
        super(source, parallel);
    }

    IntPipeline(Supplier<? extends Spliterator<?>> supplier, int characteristics, boolean parallel) {
        super(supplier, characteristics, parallel);
    }

    IntPipeline(AbstractPipeline previous, StageOp op) {
        super(previous, op);
    }

    private static int unbox(Object value) {
        return (Integer) value;
    }

    private IntStream then(StageOp op) {
        return new IntPipeline(this, op);
    }

    // ---- Intermediate operations ----

    @Override
    public IntStream filter(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return then(StageOp.filter(v -> predicate.test(unbox(v))));
    }

    @Override
    public IntStream map(IntUnaryOperator mapper) {
        Objects.requireNonNull(mapper);
        return then(StageOp.map(v -> mapper.applyAsInt(unbox(v)), false));
    }

    @Override
    public <U> Stream<U> mapToObj(IntFunction<? extends U> mapper) {
        Objects.requireNonNull(mapper);
        return new ReferencePipeline<>(this, StageOp.map(v -> mapper.apply(unbox(v)), false));
    }

    @Override
    public LongStream mapToLong(IntToLongFunction mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(this, StageOp.map(v -> mapper.applyAsLong(unbox(v)), false));
    }

    @Override
    public DoubleStream mapToDouble(IntToDoubleFunction mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(this, StageOp.map(v -> mapper.applyAsDouble(unbox(v)), false));
    }

    @Override
    public IntStream flatMap(IntFunction<? extends IntStream> mapper) {
        Objects.requireNonNull(mapper);
        return then(StageOp.flatMap(v -> mapper.apply(unbox(v))));
    }

    @Override
    public IntStream mapMulti(IntMapMultiConsumer mapper) {
        Objects.requireNonNull(mapper);
        return then(StageOp.mapMulti((v, sink) -> mapper.accept(unbox(v), sink)));
    }

    /** As in the JDK: boxed().distinct().mapToInt(...), which forgets that the input was sorted. */
    @Override
    public IntStream distinct() {
        return boxed().distinct().mapToInt(v -> v);
    }

    @Override
    public IntStream sorted() {
        return then(StageOp.sorted(null));
    }

    @Override
    public IntStream peek(IntConsumer action) {
        Objects.requireNonNull(action);
        return then(StageOp.peek(v -> action.accept(unbox(v))));
    }

    @Override
    public IntStream limit(long maxSize) {
        if (maxSize < 0) {
            throw new IllegalArgumentException(Long.toString(maxSize));
        }
        return then(StageOp.slice(0, maxSize));
    }

    @Override
    public IntStream skip(long n) {
        if (n < 0) {
            throw new IllegalArgumentException(Long.toString(n));
        }
        if (n == 0) {
            return this;
        }
        return then(StageOp.slice(n, -1));
    }

    @Override
    public IntStream takeWhile(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return then(StageOp.takeWhile(v -> predicate.test(unbox(v))));
    }

    @Override
    public IntStream dropWhile(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return then(StageOp.dropWhile(v -> predicate.test(unbox(v))));
    }

    @Override
    public LongStream asLongStream() {
        return new LongPipeline(this, StageOp.map(v -> (long) unbox(v), true));
    }

    @Override
    public DoubleStream asDoubleStream() {
        return new DoublePipeline(this, StageOp.map(v -> (double) unbox(v), true));
    }

    @Override
    public Stream<Integer> boxed() {
        return new ReferencePipeline<>(this, StageOp.map(v -> v, true));
    }

    // ---- Terminal operations ----

    @Override
    public void forEach(IntConsumer action) {
        Objects.requireNonNull(action);
        forEachBoxed(v -> action.accept(unbox(v)));
    }

    @Override
    public void forEachOrdered(IntConsumer action) {
        forEach(action);
    }

    @Override
    public int[] toArray() {
        Object[] boxed = toArrayBoxed(Object[]::new);
        int[] values = new int[boxed.length];
        for (int i = 0; i < boxed.length; i++) {
            values[i] = unbox(boxed[i]);
        }
        return values;
    }

    @Override
    public int reduce(int identity, IntBinaryOperator op) {
        Objects.requireNonNull(op);
        return unbox(reduceBoxed(identity, (a, b) -> op.applyAsInt(unbox(a), unbox(b))));
    }

    @Override
    public OptionalInt reduce(IntBinaryOperator op) {
        Objects.requireNonNull(op);
        Object[] result = reduceOptionalBoxed((a, b) -> op.applyAsInt(unbox(a), unbox(b)));
        return result == null ? OptionalInt.empty() : OptionalInt.of(unbox(result[0]));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> R collect(Supplier<R> supplier, ObjIntConsumer<R> accumulator, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        return (R) collectBoxed(supplier, (r, v) -> accumulator.accept((R) r, unbox(v)));
    }

    @Override
    public int sum() {
        return reduce(0, Integer::sum);
    }

    @Override
    public OptionalDouble average() {
        long[] countAndSum = collect(() -> new long[2], (ll, i) -> {
            ll[0]++;
            ll[1] += i;
        }, (ll, rr) -> {
            ll[0] += rr[0];
            ll[1] += rr[1];
        });
        return countAndSum[0] > 0 ? OptionalDouble.of((double) countAndSum[1] / countAndSum[0]) : OptionalDouble.empty();
    }

    @Override
    public OptionalInt min() {
        return reduce(Math::min);
    }

    @Override
    public OptionalInt max() {
        return reduce(Math::max);
    }

    @Override
    public long count() {
        return countElements();
    }

    @Override
    public IntSummaryStatistics summaryStatistics() {
        return collect(IntSummaryStatistics::new, IntSummaryStatistics::accept, IntSummaryStatistics::combine);
    }

    @Override
    public boolean anyMatch(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return matchBoxed(v -> predicate.test(unbox(v)), MatchKind.ANY);
    }

    @Override
    public boolean allMatch(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return matchBoxed(v -> predicate.test(unbox(v)), MatchKind.ALL);
    }

    @Override
    public boolean noneMatch(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return matchBoxed(v -> predicate.test(unbox(v)), MatchKind.NONE);
    }

    @Override
    public OptionalInt findFirst() {
        Object[] result = findFirstBoxed();
        return result == null ? OptionalInt.empty() : OptionalInt.of(unbox(result[0]));
    }

    @Override
    public OptionalInt findAny() {
        return findFirst();
    }

    // ---- BaseStream ----

    @Override
    public PrimitiveIterator.OfInt iterator() {
        return Spliterators.iterator(spliterator());
    }

    @Override
    public Spliterator.OfInt spliterator() {
        return StreamSources.asIntSpliterator(stageSpliterator());
    }

    @Override
    public boolean isParallel() {
        return isParallelStage();
    }

    @Override
    public IntStream sequential() {
        setParallel(false);
        return this;
    }

    @Override
    public IntStream parallel() {
        setParallel(true);
        return this;
    }

    @Override
    public IntStream unordered() {
        if (!isOrdered()) {
            return this;
        }
        return then(StageOp.unordered());
    }

    @Override
    public IntStream onClose(Runnable closeHandler) {
        addCloseHandler(closeHandler);
        return this;
    }
}
