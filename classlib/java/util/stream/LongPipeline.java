// LongStream as a pipeline stage. Elements travel as boxed Long values through the shared
// machinery of AbstractPipeline; this class unboxes at the edges.
package java.util.stream;

import java.util.LongSummaryStatistics;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.PrimitiveIterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiConsumer;
import java.util.function.LongBinaryOperator;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;
import java.util.function.LongUnaryOperator;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;
import java.util.function.LongToDoubleFunction;
import java.util.function.LongToIntFunction;

final class LongPipeline extends AbstractPipeline implements LongStream {

    LongPipeline(Spliterator<?> source, boolean parallel) {
        super(source, parallel);
    }

    LongPipeline(Supplier<? extends Spliterator<?>> supplier, int characteristics, boolean parallel) {
        super(supplier, characteristics, parallel);
    }

    LongPipeline(AbstractPipeline previous, StageOp op) {
        super(previous, op);
    }

    private static long unbox(Object value) {
        return (Long) value;
    }

    private LongStream then(StageOp op) {
        return new LongPipeline(this, op);
    }

    // ---- Intermediate operations ----

    @Override
    public LongStream filter(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        return then(StageOp.filter(v -> predicate.test(unbox(v))));
    }

    @Override
    public LongStream map(LongUnaryOperator mapper) {
        Objects.requireNonNull(mapper);
        return then(StageOp.map(v -> mapper.applyAsLong(unbox(v)), false));
    }

    @Override
    public <U> Stream<U> mapToObj(LongFunction<? extends U> mapper) {
        Objects.requireNonNull(mapper);
        return new ReferencePipeline<>(this, StageOp.map(v -> mapper.apply(unbox(v)), false));
    }

    @Override
    public IntStream mapToInt(LongToIntFunction mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(this, StageOp.map(v -> mapper.applyAsInt(unbox(v)), false));
    }

    @Override
    public DoubleStream mapToDouble(LongToDoubleFunction mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(this, StageOp.map(v -> mapper.applyAsDouble(unbox(v)), false));
    }

    @Override
    public LongStream flatMap(LongFunction<? extends LongStream> mapper) {
        Objects.requireNonNull(mapper);
        return then(StageOp.flatMap(v -> mapper.apply(unbox(v))));
    }

    @Override
    public LongStream mapMulti(LongMapMultiConsumer mapper) {
        Objects.requireNonNull(mapper);
        return then(StageOp.mapMulti((v, sink) -> mapper.accept(unbox(v), sink)));
    }

    /** As in the JDK: boxed().distinct().mapToLong(...), which forgets that the input was sorted. */
    @Override
    public LongStream distinct() {
        return boxed().distinct().mapToLong(v -> v);
    }

    @Override
    public LongStream sorted() {
        return then(StageOp.sorted(null));
    }

    @Override
    public LongStream peek(LongConsumer action) {
        Objects.requireNonNull(action);
        return then(StageOp.peek(v -> action.accept(unbox(v))));
    }

    @Override
    public LongStream limit(long maxSize) {
        if (maxSize < 0) {
            throw new IllegalArgumentException(Long.toString(maxSize));
        }
        return then(StageOp.slice(0, maxSize));
    }

    @Override
    public LongStream skip(long n) {
        if (n < 0) {
            throw new IllegalArgumentException(Long.toString(n));
        }
        if (n == 0) {
            return this;
        }
        return then(StageOp.slice(n, -1));
    }

    @Override
    public LongStream takeWhile(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        return then(StageOp.takeWhile(v -> predicate.test(unbox(v))));
    }

    @Override
    public LongStream dropWhile(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        return then(StageOp.dropWhile(v -> predicate.test(unbox(v))));
    }

    @Override
    public DoubleStream asDoubleStream() {
        return new DoublePipeline(this, StageOp.map(v -> (double) unbox(v), true));
    }

    @Override
    public Stream<Long> boxed() {
        return new ReferencePipeline<>(this, StageOp.map(v -> v, true));
    }

    // ---- Terminal operations ----

    @Override
    public void forEach(LongConsumer action) {
        Objects.requireNonNull(action);
        forEachBoxed(v -> action.accept(unbox(v)));
    }

    @Override
    public void forEachOrdered(LongConsumer action) {
        forEach(action);
    }

    @Override
    public long[] toArray() {
        Object[] boxed = toArrayBoxed(Object[]::new);
        long[] values = new long[boxed.length];
        for (int i = 0; i < boxed.length; i++) {
            values[i] = unbox(boxed[i]);
        }
        return values;
    }

    @Override
    public long reduce(long identity, LongBinaryOperator op) {
        Objects.requireNonNull(op);
        return unbox(reduceBoxed(identity, (a, b) -> op.applyAsLong(unbox(a), unbox(b))));
    }

    @Override
    public OptionalLong reduce(LongBinaryOperator op) {
        Objects.requireNonNull(op);
        Object[] result = reduceOptionalBoxed((a, b) -> op.applyAsLong(unbox(a), unbox(b)));
        return result == null ? OptionalLong.empty() : OptionalLong.of(unbox(result[0]));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> R collect(Supplier<R> supplier, ObjLongConsumer<R> accumulator, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        return (R) collectBoxed(supplier, (r, v) -> accumulator.accept((R) r, unbox(v)));
    }

    @Override
    public long sum() {
        return reduce(0, Long::sum);
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
    public OptionalLong min() {
        return reduce(Math::min);
    }

    @Override
    public OptionalLong max() {
        return reduce(Math::max);
    }

    @Override
    public long count() {
        return countElements();
    }

    @Override
    public LongSummaryStatistics summaryStatistics() {
        return collect(LongSummaryStatistics::new, LongSummaryStatistics::accept, LongSummaryStatistics::combine);
    }

    @Override
    public boolean anyMatch(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        return matchBoxed(v -> predicate.test(unbox(v)), MatchKind.ANY);
    }

    @Override
    public boolean allMatch(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        return matchBoxed(v -> predicate.test(unbox(v)), MatchKind.ALL);
    }

    @Override
    public boolean noneMatch(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        return matchBoxed(v -> predicate.test(unbox(v)), MatchKind.NONE);
    }

    @Override
    public OptionalLong findFirst() {
        Object[] result = findFirstBoxed();
        return result == null ? OptionalLong.empty() : OptionalLong.of(unbox(result[0]));
    }

    @Override
    public OptionalLong findAny() {
        return findFirst();
    }

    // ---- BaseStream ----

    @Override
    public PrimitiveIterator.OfLong iterator() {
        return Spliterators.iterator(spliterator());
    }

    @Override
    public Spliterator.OfLong spliterator() {
        return StreamSources.asLongSpliterator(stageSpliterator());
    }

    @Override
    public boolean isParallel() {
        return isParallelStage();
    }

    @Override
    public LongStream sequential() {
        setParallel(false);
        return this;
    }

    @Override
    public LongStream parallel() {
        setParallel(true);
        return this;
    }

    @Override
    public LongStream unordered() {
        if (!isOrdered()) {
            return this;
        }
        return then(StageOp.unordered());
    }

    @Override
    public LongStream onClose(Runnable closeHandler) {
        addCloseHandler(closeHandler);
        return this;
    }
}
