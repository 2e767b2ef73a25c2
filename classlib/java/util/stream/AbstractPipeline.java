// The machinery shared by Stream, IntStream, LongStream and DoubleStream.
//
// Design: a pipeline is a linked list of stages; the first holds the source spliterator, each
// later one a StageOp. Nothing runs until a terminal operation: it wraps its own sink with every
// stage's sink, last stage first, and pushes the source into the head sink, either in bulk
// (forEachRemaining) or, when any stage or the terminal can short-circuit, one tryAdvance at a
// time after asking cancellationRequested(). This is the JDK's sequential model, so side effects
// seen through peek, flatMap or mapMulti happen in the same order and number as on HotSpot.
// Elements travel boxed; the primitive pipelines unbox at their edges. Every stage may be used
// once: linking or consuming it sets linkedOrConsumed. parallel() is recorded but everything
// runs sequentially, which gives the same results.
package java.util.stream;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Objects;
import java.util.Spliterator;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;

abstract class AbstractPipeline {

    static final String MSG_STREAM_LINKED = "stream has already been operated upon or closed";
    static final String MSG_CONSUMED = "source already consumed or closed";
    private static final int MAX_ARRAY_SIZE = Integer.MAX_VALUE - 8;

    final AbstractPipeline sourceStage;
    final AbstractPipeline previousStage;
    final StageOp op;
    final int flags;
    boolean linkedOrConsumed;

    // Meaningful on the source stage only.
    private Spliterator<?> sourceSpliterator;
    private Supplier<? extends Spliterator<?>> sourceSupplier;
    private Runnable sourceCloseAction;
    private boolean parallel;

    AbstractPipeline(Spliterator<?> source, boolean parallel) {
        this.sourceStage = this;
        this.previousStage = null;
        this.op = null;
        this.sourceSpliterator = Objects.requireNonNull(source);
        this.flags = StreamFlags.fromSpliterator(source);
        this.parallel = parallel;
    }

    AbstractPipeline(Supplier<? extends Spliterator<?>> supplier, int characteristics, boolean parallel) {
        this.sourceStage = this;
        this.previousStage = null;
        this.op = null;
        this.sourceSupplier = Objects.requireNonNull(supplier);
        int f = 0;
        f |= (characteristics & Spliterator.SIZED) != 0 ? StreamFlags.SIZED : 0;
        f |= (characteristics & Spliterator.ORDERED) != 0 ? StreamFlags.ORDERED : 0;
        f |= (characteristics & Spliterator.DISTINCT) != 0 ? StreamFlags.DISTINCT : 0;
        f |= (characteristics & Spliterator.SORTED) != 0 ? StreamFlags.SORTED : 0;
        this.flags = f;
        this.parallel = parallel;
    }

    AbstractPipeline(AbstractPipeline previous, StageOp op) {
        if (previous.linkedOrConsumed) {
            throw new IllegalStateException(MSG_STREAM_LINKED);
        }
        previous.linkedOrConsumed = true;
        this.sourceStage = previous.sourceStage;
        this.previousStage = previous;
        this.op = op;
        this.flags = (previous.flags & ~op.clearFlags) | op.setFlags;
    }

    // ---- Evaluation ----

    /** Marks this stage consumed and hands out the source, which may be taken only once. */
    final Spliterator<?> consume() {
        if (linkedOrConsumed) {
            throw new IllegalStateException(MSG_STREAM_LINKED);
        }
        linkedOrConsumed = true;
        return takeSource();
    }

    private Spliterator<?> takeSource() {
        AbstractPipeline source = sourceStage;
        Spliterator<?> s;
        if (source.sourceSpliterator != null) {
            s = source.sourceSpliterator;
            source.sourceSpliterator = null;
        } else if (source.sourceSupplier != null) {
            s = source.sourceSupplier.get();
            source.sourceSupplier = null;
        } else {
            throw new IllegalStateException(MSG_CONSUMED);
        }
        return s;
    }

    final boolean isSized() {
        return (flags & StreamFlags.SIZED) != 0;
    }

    /** The number of elements this stage yields from a source of the given exact size. */
    final long exactOutputSize(long sourceSize) {
        if (previousStage == null) {
            return sourceSize;
        }
        return op.outputSize(previousStage.exactOutputSize(sourceSize));
    }

    /** Wraps the terminal sink with the sinks of every stage from this one back to the source. */
    final Sink wrapSink(Sink terminal) {
        Sink sink = terminal;
        for (AbstractPipeline stage = this; stage.previousStage != null; stage = stage.previousStage) {
            sink = stage.op.wrapper.wrap(sink, stage.previousStage.flags);
        }
        return sink;
    }

    final void copyInto(Sink head, Spliterator<?> source, boolean terminalShortCircuits) {
        head.begin(source.getExactSizeIfKnown());
        if (!terminalShortCircuits && (flags & StreamFlags.SHORT_CIRCUIT) == 0) {
            source.forEachRemaining(head);
        } else {
            do {
            } while (!head.cancellationRequested() && source.tryAdvance(head));
        }
        head.end();
    }

    /** Runs the pipeline into a terminal sink and returns that sink. */
    final <S extends Sink> S evaluate(S terminal, boolean terminalShortCircuits) {
        Spliterator<?> source = consume();
        copyInto(wrapSink(terminal), source, terminalShortCircuits);
        return terminal;
    }

    // ---- Terminal operations on boxed elements ----

    final void forEachBoxed(Consumer<Object> action) {
        Objects.requireNonNull(action);
        evaluate(new Sink() {
            @Override
            public void accept(Object value) {
                action.accept(value);
            }
        }, false);
    }

    final Object reduceBoxed(Object identity, BinaryOperator<Object> accumulator) {
        Objects.requireNonNull(accumulator);
        class ReducingSink extends Sink {
            Object state;

            @Override
            void begin(long size) {
                state = identity;
            }

            @Override
            public void accept(Object value) {
                state = accumulator.apply(state, value);
            }
        }
        return evaluate(new ReducingSink(), false).state;
    }

    /** Reduction without identity: a one-element array holding the result, or null if empty. */
    final Object[] reduceOptionalBoxed(BinaryOperator<Object> accumulator) {
        Objects.requireNonNull(accumulator);
        class ReducingSink extends Sink {
            boolean empty;
            Object state;

            @Override
            void begin(long size) {
                empty = true;
                state = null;
            }

            @Override
            public void accept(Object value) {
                if (empty) {
                    empty = false;
                    state = value;
                } else {
                    state = accumulator.apply(state, value);
                }
            }
        }
        ReducingSink sink = evaluate(new ReducingSink(), false);
        return sink.empty ? null : new Object[] {sink.state};
    }

    final Object collectBoxed(Supplier<?> supplier, BiConsumer<Object, Object> accumulator) {
        class CollectingSink extends Sink {
            Object state;

            @Override
            void begin(long size) {
                state = supplier.get();
            }

            @Override
            public void accept(Object value) {
                accumulator.accept(state, value);
            }
        }
        return evaluate(new CollectingSink(), false).state;
    }

    /** findFirst/findAny: a one-element array with the first element, or null if none. */
    final Object[] findFirstBoxed() {
        class FindSink extends Sink {
            boolean hasValue;
            Object value;

            @Override
            public void accept(Object v) {
                if (!hasValue) {
                    hasValue = true;
                    value = v;
                }
            }

            @Override
            boolean cancellationRequested() {
                return hasValue;
            }
        }
        FindSink sink = evaluate(new FindSink(), true);
        return sink.hasValue ? new Object[] {sink.value} : null;
    }

    enum MatchKind {
        ANY(true, true), ALL(false, false), NONE(true, false);

        /** The predicate result that decides the answer, and the answer it then gives. */
        final boolean stopOnPredicateMatches;
        final boolean shortCircuitResult;

        MatchKind(boolean stopOnPredicateMatches, boolean shortCircuitResult) {
            this.stopOnPredicateMatches = stopOnPredicateMatches;
            this.shortCircuitResult = shortCircuitResult;
        }
    }

    final boolean matchBoxed(Predicate<Object> predicate, MatchKind kind) {
        Objects.requireNonNull(predicate);
        class MatchSink extends Sink {
            boolean stop;
            boolean value = !kind.shortCircuitResult;

            @Override
            public void accept(Object v) {
                if (!stop && predicate.test(v) == kind.stopOnPredicateMatches) {
                    stop = true;
                    value = kind.shortCircuitResult;
                }
            }

            @Override
            boolean cancellationRequested() {
                return stop;
            }
        }
        return evaluate(new MatchSink(), true).value;
    }

    /** count(): a known size answers without running any stage (so peek sees nothing). */
    final long countElements() {
        if (isSized()) {
            Spliterator<?> source = consume();
            return exactOutputSize(source.getExactSizeIfKnown());
        }
        class CountingSink extends Sink {
            long count;

            @Override
            public void accept(Object value) {
                count++;
            }
        }
        return evaluate(new CountingSink(), false).count;
    }

    final Object[] toArrayBoxed(IntFunction<? extends Object[]> generator) {
        Spliterator<?> source = consume();
        if (isSized()) {
            long size = exactOutputSize(source.getExactSizeIfKnown());
            if (size >= MAX_ARRAY_SIZE) {
                throw new IllegalArgumentException("Stream size exceeds max array size");
            }
            Object[] array = generator.apply((int) size);
            FixedArraySink sink = new FixedArraySink(array);
            copyInto(wrapSink(sink), source, false);
            return array;
        }
        ArrayList<Object> elements = new ArrayList<>();
        copyInto(wrapSink(new Sink() {
            @Override
            public void accept(Object value) {
                elements.add(value);
            }
        }), source, false);
        Object[] array = generator.apply(elements.size());
        if (elements.size() > array.length) {
            throw new IndexOutOfBoundsException("does not fit");
        }
        System.arraycopy(elements.toArray(), 0, array, 0, elements.size());
        return array;
    }

    /** Fills an array allocated up front for a sized pipeline; the size must then match. */
    private static final class FixedArraySink extends Sink {
        private final Object[] array;
        private int filled;

        FixedArraySink(Object[] array) {
            this.array = array;
        }

        @Override
        void begin(long size) {
            if (size != array.length) {
                throw new IllegalStateException("Begin size " + size + " is not equal to fixed size " + array.length);
            }
            filled = 0;
        }

        @Override
        public void accept(Object value) {
            if (filled >= array.length) {
                throw new IllegalStateException("Accept exceeded fixed size of " + array.length);
            }
            array[filled++] = value;
        }

        @Override
        void end() {
            if (filled < array.length) {
                throw new IllegalStateException("End size " + filled + " is less than fixed size " + array.length);
            }
        }
    }

    // ---- Spliterator/iterator views ----

    /** The source itself for a source stage, otherwise a lazy view pulling through the stages. */
    final Spliterator<?> stageSpliterator() {
        if (linkedOrConsumed) {
            throw new IllegalStateException(MSG_STREAM_LINKED);
        }
        linkedOrConsumed = true;
        if (this == sourceStage) {
            return takeSource();
        }
        return new WrappingSpliterator(this);
    }

    /**
     * Pulls elements through a pipeline: each tryAdvance pushes source elements through the
     * stages until at least one arrives in the buffer (a flatMap may deliver several at once).
     */
    private static final class WrappingSpliterator implements Spliterator<Object> {
        private final AbstractPipeline stage;
        private Spliterator<?> source;
        private Sink head;
        private ArrayList<Object> buffer;
        private int nextToConsume;
        private boolean finished;

        WrappingSpliterator(AbstractPipeline stage) {
            this.stage = stage;
        }

        private void init() {
            if (source == null) {
                source = stage.takeSource();
            }
        }

        private boolean fillBuffer() {
            while (buffer.size() == nextToConsume) {
                if (head.cancellationRequested() || !source.tryAdvance(head)) {
                    if (finished) {
                        return false;
                    }
                    head.end();
                    finished = true;
                }
            }
            return true;
        }

        @Override
        public boolean tryAdvance(Consumer<? super Object> action) {
            Objects.requireNonNull(action);
            if (buffer == null) {
                if (finished) {
                    return false;
                }
                init();
                buffer = new ArrayList<>();
                head = stage.wrapSink(new Sink() {
                    @Override
                    public void accept(Object value) {
                        buffer.add(value);
                    }
                });
                head.begin(source.getExactSizeIfKnown());
            }
            if (nextToConsume == buffer.size()) {
                buffer.clear();
                nextToConsume = 0;
                if (!fillBuffer()) {
                    return false;
                }
            }
            action.accept(buffer.get(nextToConsume++));
            return true;
        }

        @Override
        public void forEachRemaining(Consumer<? super Object> action) {
            Objects.requireNonNull(action);
            if (buffer == null && !finished) {
                init();
                stage.copyInto(stage.wrapSink(new Sink() {
                    @Override
                    public void accept(Object value) {
                        action.accept(value);
                    }
                }), source, false);
                finished = true;
            } else {
                do {
                } while (tryAdvance(action));
            }
        }

        @Override
        public Spliterator<Object> trySplit() {
            return null;
        }

        @Override
        public long estimateSize() {
            init();
            return stage.isSized() ? stage.exactOutputSize(source.getExactSizeIfKnown()) : source.estimateSize();
        }

        @Override
        public long getExactSizeIfKnown() {
            init();
            return stage.isSized() ? stage.exactOutputSize(source.getExactSizeIfKnown()) : -1;
        }

        @Override
        public int characteristics() {
            init();
            int c = StreamFlags.toCharacteristics(stage.flags);
            if ((c & Spliterator.SIZED) != 0) {
                c &= ~(Spliterator.SIZED | Spliterator.SUBSIZED);
                c |= source.characteristics() & (Spliterator.SIZED | Spliterator.SUBSIZED);
            }
            return c;
        }

        @Override
        public Comparator<? super Object> getComparator() {
            if (!hasCharacteristics(SORTED)) {
                throw new IllegalStateException();
            }
            return null;
        }
    }

    // ---- BaseStream plumbing ----

    final boolean isParallelStage() {
        return sourceStage.parallel;
    }

    final void setParallel(boolean value) {
        sourceStage.parallel = value;
    }

    final boolean isOrdered() {
        return (flags & StreamFlags.ORDERED) != 0;
    }

    final void addCloseHandler(Runnable handler) {
        Objects.requireNonNull(handler);
        if (linkedOrConsumed) {
            throw new IllegalStateException(MSG_STREAM_LINKED);
        }
        Runnable existing = sourceStage.sourceCloseAction;
        sourceStage.sourceCloseAction = existing == null ? handler : composeWithExceptions(existing, handler);
    }

    /** Runs both; if the first throws, the second still runs and its exception is suppressed. */
    static Runnable composeWithExceptions(Runnable first, Runnable second) {
        return () -> {
            try {
                first.run();
            } catch (Throwable e1) {
                try {
                    second.run();
                } catch (Throwable e2) {
                    try {
                        e1.addSuppressed(e2);
                    } catch (Throwable ignore) {
                        // self-suppression is not allowed; keep the first exception as it is
                    }
                }
                throw e1;
            }
            second.run();
        };
    }

    /** Closes both streams; the second still closes if the first throws. */
    static Runnable composedClose(BaseStream<?, ?> a, BaseStream<?, ?> b) {
        return composeWithExceptions(a::close, b::close);
    }

    public void close() {
        linkedOrConsumed = true;
        sourceSupplier = null;
        sourceSpliterator = null;
        Runnable action = sourceStage.sourceCloseAction;
        if (action != null) {
            sourceStage.sourceCloseAction = null;
            action.run();
        }
    }
}
