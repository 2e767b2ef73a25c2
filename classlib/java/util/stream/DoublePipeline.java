// DoubleStream as a pipeline stage. Elements travel as boxed Double values through the shared
// machinery of AbstractPipeline; this class unboxes at the edges.
package java.util.stream;

import java.util.DoubleSummaryStatistics;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.PrimitiveIterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiConsumer;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleFunction;
import java.util.function.DoublePredicate;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ObjDoubleConsumer;
import java.util.function.Supplier;
import java.util.function.DoubleToIntFunction;
import java.util.function.DoubleToLongFunction;

final class DoublePipeline extends AbstractPipeline implements DoubleStream {

    DoublePipeline(Spliterator<?> source, boolean parallel) {
        super(source, parallel);
    }

    DoublePipeline(Supplier<? extends Spliterator<?>> supplier, int characteristics, boolean parallel) {
        super(supplier, characteristics, parallel);
    }

    DoublePipeline(AbstractPipeline previous, StageOp op) {
        super(previous, op);
    }

    private static double unbox(Object value) {
        return (Double) value;
    }

    private DoubleStream then(StageOp op) {
        return new DoublePipeline(this, op);
    }

    // ---- Intermediate operations ----

    @Override
    public DoubleStream filter(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        return then(StageOp.filter(v -> predicate.test(unbox(v))));
    }

    @Override
    public DoubleStream map(DoubleUnaryOperator mapper) {
        Objects.requireNonNull(mapper);
        return then(StageOp.map(v -> mapper.applyAsDouble(unbox(v)), false));
    }

    @Override
    public <U> Stream<U> mapToObj(DoubleFunction<? extends U> mapper) {
        Objects.requireNonNull(mapper);
        return new ReferencePipeline<>(this, StageOp.map(v -> mapper.apply(unbox(v)), false));
    }

    @Override
    public IntStream mapToInt(DoubleToIntFunction mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(this, StageOp.map(v -> mapper.applyAsInt(unbox(v)), false));
    }

    @Override
    public LongStream mapToLong(DoubleToLongFunction mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(this, StageOp.map(v -> mapper.applyAsLong(unbox(v)), false));
    }

    @Override
    public DoubleStream flatMap(DoubleFunction<? extends DoubleStream> mapper) {
        Objects.requireNonNull(mapper);
        return then(StageOp.flatMap(v -> mapper.apply(unbox(v))));
    }

    @Override
    public DoubleStream mapMulti(DoubleMapMultiConsumer mapper) {
        Objects.requireNonNull(mapper);
        return then(StageOp.mapMulti((v, sink) -> mapper.accept(unbox(v), sink)));
    }

    /** As in the JDK: boxed().distinct().mapToDouble(...), which forgets that the input was sorted. */
    @Override
    public DoubleStream distinct() {
        return boxed().distinct().mapToDouble(v -> v);
    }

    @Override
    public DoubleStream sorted() {
        return then(StageOp.sorted(null));
    }

    @Override
    public DoubleStream peek(DoubleConsumer action) {
        Objects.requireNonNull(action);
        return then(StageOp.peek(v -> action.accept(unbox(v))));
    }

    @Override
    public DoubleStream limit(long maxSize) {
        if (maxSize < 0) {
            throw new IllegalArgumentException(Long.toString(maxSize));
        }
        return then(StageOp.slice(0, maxSize));
    }

    @Override
    public DoubleStream skip(long n) {
        if (n < 0) {
            throw new IllegalArgumentException(Long.toString(n));
        }
        if (n == 0) {
            return this;
        }
        return then(StageOp.slice(n, -1));
    }

    @Override
    public DoubleStream takeWhile(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        return then(StageOp.takeWhile(v -> predicate.test(unbox(v))));
    }

    @Override
    public DoubleStream dropWhile(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        return then(StageOp.dropWhile(v -> predicate.test(unbox(v))));
    }

    @Override
    public Stream<Double> boxed() {
        return new ReferencePipeline<>(this, StageOp.map(v -> v, true));
    }

    // ---- Terminal operations ----

    @Override
    public void forEach(DoubleConsumer action) {
        Objects.requireNonNull(action);
        forEachBoxed(v -> action.accept(unbox(v)));
    }

    @Override
    public void forEachOrdered(DoubleConsumer action) {
        forEach(action);
    }

    @Override
    public double[] toArray() {
        Object[] boxed = toArrayBoxed(Object[]::new);
        double[] values = new double[boxed.length];
        for (int i = 0; i < boxed.length; i++) {
            values[i] = unbox(boxed[i]);
        }
        return values;
    }

    @Override
    public double reduce(double identity, DoubleBinaryOperator op) {
        Objects.requireNonNull(op);
        return unbox(reduceBoxed(identity, (a, b) -> op.applyAsDouble(unbox(a), unbox(b))));
    }

    @Override
    public OptionalDouble reduce(DoubleBinaryOperator op) {
        Objects.requireNonNull(op);
        Object[] result = reduceOptionalBoxed((a, b) -> op.applyAsDouble(unbox(a), unbox(b)));
        return result == null ? OptionalDouble.empty() : OptionalDouble.of(unbox(result[0]));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> R collect(Supplier<R> supplier, ObjDoubleConsumer<R> accumulator, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        return (R) collectBoxed(supplier, (r, v) -> accumulator.accept((R) r, unbox(v)));
    }

    /** Compensated (Kahan) summation, bit-for-bit as in the JDK; [2] holds the plain sum. */
    @Override
    public double sum() {
        double[] summation = collect(() -> new double[3], (ll, d) -> {
            Collectors.sumWithCompensation(ll, d);
            ll[2] += d;
        }, (ll, rr) -> {
            Collectors.sumWithCompensation(ll, rr[0]);
            Collectors.sumWithCompensation(ll, -rr[1]);
            ll[2] += rr[2];
        });
        return Collectors.computeFinalSum(summation);
    }

    @Override
    public OptionalDouble average() {
        // [0],[1]: compensated sum, [2]: count, [3]: plain sum
        double[] avg = collect(() -> new double[4], (ll, d) -> {
            ll[2]++;
            Collectors.sumWithCompensation(ll, d);
            ll[3] += d;
        }, (ll, rr) -> {
            Collectors.sumWithCompensation(ll, rr[0]);
            Collectors.sumWithCompensation(ll, -rr[1]);
            ll[2] += rr[2];
            ll[3] += rr[3];
        });
        return avg[2] > 0 ? OptionalDouble.of(Collectors.computeFinalSum(avg) / avg[2]) : OptionalDouble.empty();
    }

    @Override
    public OptionalDouble min() {
        return reduce(Math::min);
    }

    @Override
    public OptionalDouble max() {
        return reduce(Math::max);
    }

    @Override
    public long count() {
        return countElements();
    }

    @Override
    public DoubleSummaryStatistics summaryStatistics() {
        return collect(DoubleSummaryStatistics::new, DoubleSummaryStatistics::accept, DoubleSummaryStatistics::combine);
    }

    @Override
    public boolean anyMatch(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        return matchBoxed(v -> predicate.test(unbox(v)), MatchKind.ANY);
    }

    @Override
    public boolean allMatch(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        return matchBoxed(v -> predicate.test(unbox(v)), MatchKind.ALL);
    }

    @Override
    public boolean noneMatch(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        return matchBoxed(v -> predicate.test(unbox(v)), MatchKind.NONE);
    }

    @Override
    public OptionalDouble findFirst() {
        Object[] result = findFirstBoxed();
        return result == null ? OptionalDouble.empty() : OptionalDouble.of(unbox(result[0]));
    }

    @Override
    public OptionalDouble findAny() {
        return findFirst();
    }

    // ---- BaseStream ----

    @Override
    public PrimitiveIterator.OfDouble iterator() {
        return Spliterators.iterator(spliterator());
    }

    @Override
    public Spliterator.OfDouble spliterator() {
        return StreamSources.asDoubleSpliterator(stageSpliterator());
    }

    @Override
    public boolean isParallel() {
        return isParallelStage();
    }

    @Override
    public DoubleStream sequential() {
        setParallel(false);
        return this;
    }

    @Override
    public DoubleStream parallel() {
        setParallel(true);
        return this;
    }

    @Override
    public DoubleStream unordered() {
        if (!isOrdered()) {
            return this;
        }
        return then(StageOp.unordered());
    }

    @Override
    public DoubleStream onClose(Runnable closeHandler) {
        addCloseHandler(closeHandler);
        return this;
    }
}
