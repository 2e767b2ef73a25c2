// Stream<T> as a pipeline stage: each operation adds a StageOp or runs a terminal sink (see
// AbstractPipeline for the execution model).
package java.util.stream;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

@SuppressWarnings({"unchecked", "rawtypes"})
final class ReferencePipeline<T> extends AbstractPipeline implements Stream<T> {

    ReferencePipeline(Spliterator<?> source, boolean parallel) {
        super(source, parallel);
    }

    ReferencePipeline(Supplier<? extends Spliterator<?>> supplier, int characteristics, boolean parallel) {
        super(supplier, characteristics, parallel);
    }

    ReferencePipeline(AbstractPipeline previous, StageOp op) {
        super(previous, op);
    }

    private <R> Stream<R> then(StageOp op) {
        return new ReferencePipeline<>(this, op);
    }

    // ---- Intermediate operations ----

    @Override
    public Stream<T> filter(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        return then(StageOp.filter((Predicate) predicate));
    }

    @Override
    public <R> Stream<R> map(Function<? super T, ? extends R> mapper) {
        Objects.requireNonNull(mapper);
        return then(StageOp.map((Function) mapper, false));
    }

    @Override
    public IntStream mapToInt(ToIntFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(this, StageOp.map(v -> mapper.applyAsInt((T) v), false));
    }

    @Override
    public LongStream mapToLong(ToLongFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(this, StageOp.map(v -> mapper.applyAsLong((T) v), false));
    }

    @Override
    public DoubleStream mapToDouble(ToDoubleFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(this, StageOp.map(v -> mapper.applyAsDouble((T) v), false));
    }

    @Override
    public <R> Stream<R> flatMap(Function<? super T, ? extends Stream<? extends R>> mapper) {
        Objects.requireNonNull(mapper);
        return then(StageOp.flatMap((Function) mapper));
    }

    @Override
    public IntStream flatMapToInt(Function<? super T, ? extends IntStream> mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(this, StageOp.flatMap((Function) mapper));
    }

    @Override
    public LongStream flatMapToLong(Function<? super T, ? extends LongStream> mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(this, StageOp.flatMap((Function) mapper));
    }

    @Override
    public DoubleStream flatMapToDouble(Function<? super T, ? extends DoubleStream> mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(this, StageOp.flatMap((Function) mapper));
    }

    @Override
    public <R> Stream<R> mapMulti(BiConsumer<? super T, ? super Consumer<R>> mapper) {
        Objects.requireNonNull(mapper);
        return then(StageOp.mapMulti((v, sink) -> mapper.accept((T) v, (Consumer<R>) (Consumer) sink)));
    }

    @Override
    public IntStream mapMultiToInt(BiConsumer<? super T, ? super IntConsumer> mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(this, StageOp.mapMulti((v, sink) -> mapper.accept((T) v, sink)));
    }

    @Override
    public LongStream mapMultiToLong(BiConsumer<? super T, ? super LongConsumer> mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(this, StageOp.mapMulti((v, sink) -> mapper.accept((T) v, sink)));
    }

    @Override
    public DoubleStream mapMultiToDouble(BiConsumer<? super T, ? super DoubleConsumer> mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(this, StageOp.mapMulti((v, sink) -> mapper.accept((T) v, sink)));
    }

    @Override
    public Stream<T> distinct() {
        return then(StageOp.distinct());
    }

    @Override
    public Stream<T> sorted() {
        return then(StageOp.sorted(null));
    }

    @Override
    public Stream<T> sorted(Comparator<? super T> comparator) {
        Objects.requireNonNull(comparator);
        return then(StageOp.sorted((Comparator) comparator));
    }

    @Override
    public Stream<T> peek(Consumer<? super T> action) {
        Objects.requireNonNull(action);
        return then(StageOp.peek((Consumer) action));
    }

    @Override
    public Stream<T> limit(long maxSize) {
        if (maxSize < 0) {
            throw new IllegalArgumentException(Long.toString(maxSize));
        }
        return then(StageOp.slice(0, maxSize));
    }

    @Override
    public Stream<T> skip(long n) {
        if (n < 0) {
            throw new IllegalArgumentException(Long.toString(n));
        }
        if (n == 0) {
            return this;
        }
        return then(StageOp.slice(n, -1));
    }

    @Override
    public Stream<T> takeWhile(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        return then(StageOp.takeWhile((Predicate) predicate));
    }

    @Override
    public Stream<T> dropWhile(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        return then(StageOp.dropWhile((Predicate) predicate));
    }

    // ---- Terminal operations ----

    @Override
    public void forEach(Consumer<? super T> action) {
        forEachBoxed((Consumer) action);
    }

    @Override
    public void forEachOrdered(Consumer<? super T> action) {
        forEachBoxed((Consumer) action);
    }

    @Override
    public Object[] toArray() {
        return toArrayBoxed(Object[]::new);
    }

    @Override
    public <A> A[] toArray(IntFunction<A[]> generator) {
        return (A[]) toArrayBoxed((IntFunction) generator);
    }

    @Override
    public T reduce(T identity, BinaryOperator<T> accumulator) {
        return (T) reduceBoxed(identity, (BinaryOperator) accumulator);
    }

    @Override
    public Optional<T> reduce(BinaryOperator<T> accumulator) {
        Object[] result = reduceOptionalBoxed((BinaryOperator) accumulator);
        return result == null ? Optional.empty() : Optional.of((T) result[0]);
    }

    @Override
    public <U> U reduce(U identity, BiFunction<U, ? super T, U> accumulator, BinaryOperator<U> combiner) {
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        return (U) reduceBoxed(identity, (a, v) -> accumulator.apply((U) a, (T) v));
    }

    @Override
    public <R> R collect(Supplier<R> supplier, BiConsumer<R, ? super T> accumulator, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        return (R) collectBoxed(supplier, (BiConsumer) accumulator);
    }

    @Override
    public <R, A> R collect(Collector<? super T, A, R> collector) {
        Supplier<A> supplier = Objects.requireNonNull(collector).supplier();
        BiConsumer<A, ? super T> accumulator = collector.accumulator();
        collector.combiner();
        Object container = collectBoxed(supplier, (BiConsumer) accumulator);
        return collector.characteristics().contains(Collector.Characteristics.IDENTITY_FINISH)
                ? (R) container
                : collector.finisher().apply((A) container);
    }

    @Override
    public List<T> toList() {
        return (List<T>) Collections.unmodifiableList(new ArrayList<>(Arrays.asList(toArray())));
    }

    @Override
    public Optional<T> min(Comparator<? super T> comparator) {
        return reduce(BinaryOperator.minBy(comparator));
    }

    @Override
    public Optional<T> max(Comparator<? super T> comparator) {
        return reduce(BinaryOperator.maxBy(comparator));
    }

    @Override
    public long count() {
        return countElements();
    }

    @Override
    public boolean anyMatch(Predicate<? super T> predicate) {
        return matchBoxed((Predicate) predicate, MatchKind.ANY);
    }

    @Override
    public boolean allMatch(Predicate<? super T> predicate) {
        return matchBoxed((Predicate) predicate, MatchKind.ALL);
    }

    @Override
    public boolean noneMatch(Predicate<? super T> predicate) {
        return matchBoxed((Predicate) predicate, MatchKind.NONE);
    }

    @Override
    public Optional<T> findFirst() {
        Object[] result = findFirstBoxed();
        return result == null ? Optional.empty() : Optional.of((T) result[0]);
    }

    @Override
    public Optional<T> findAny() {
        return findFirst();
    }

    // ---- BaseStream ----

    @Override
    public Iterator<T> iterator() {
        return Spliterators.iterator(spliterator());
    }

    @Override
    public Spliterator<T> spliterator() {
        return (Spliterator<T>) stageSpliterator();
    }

    @Override
    public boolean isParallel() {
        return isParallelStage();
    }

    @Override
    public Stream<T> sequential() {
        setParallel(false);
        return this;
    }

    @Override
    public Stream<T> parallel() {
        setParallel(true);
        return this;
    }

    @Override
    public Stream<T> unordered() {
        if (!isOrdered()) {
            return this;
        }
        return then(StageOp.unordered());
    }

    @Override
    public Stream<T> onClose(Runnable closeHandler) {
        addCloseHandler(closeHandler);
        return this;
    }
}
