// The IntStream implementation: each stage pulls elements one at a time from the stage before
// (so peek/filter/map interleave per element and limit stops pulling, as in the JDK), and a
// stage may be consumed only once. Sized pipelines answer count() without running, like the JDK.
package java.util.stream;

import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.IntBinaryOperator;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;
import java.util.function.IntSupplier;
import java.util.function.IntUnaryOperator;

final class IntPipeline implements IntStream {

    /** A pull source: offers its next element to the sink and returns true, or returns false. */
    interface Source {
        boolean next(Sink sink);
    }

    /** Receives one element. */
    static final class Sink {
        int value;
    }

    private final Source source;
    /** Exact element count when known without running the pipeline, else -1. */
    private final long knownSize;
    private boolean used;
    private Runnable closeHandler;

    private IntPipeline(Source source, long knownSize) {
        this.source = source;
        this.knownSize = knownSize;
    }

    static IntPipeline ofArray(int[] values) {
        return new IntPipeline(new Source() {
            private int i;

            public boolean next(Sink sink) {
                if (i >= values.length) {
                    return false;
                }
                sink.value = values[i++];
                return true;
            }
        }, values.length);
    }

    static IntPipeline ofRange(int first, int last) {
        return new IntPipeline(new Source() {
            private long i = first;

            public boolean next(Sink sink) {
                if (i > last) {
                    return false;
                }
                sink.value = (int) i++;
                return true;
            }
        }, (long) last - first + 1);
    }

    static IntPipeline iterate(int seed, IntPredicate hasNext, IntUnaryOperator f) {
        return new IntPipeline(new Source() {
            private boolean started;
            private boolean finished;
            private int prev;

            public boolean next(Sink sink) {
                if (finished) {
                    return false;
                }
                int t = started ? f.applyAsInt(prev) : seed;
                started = true;
                if (hasNext != null && !hasNext.test(t)) {
                    finished = true;
                    return false;
                }
                prev = t;
                sink.value = t;
                return true;
            }
        }, -1);
    }

    static IntPipeline generate(IntSupplier s) {
        return new IntPipeline(sink -> {
            sink.value = s.getAsInt();
            return true;
        }, -1);
    }

    static IntPipeline concat(IntPipeline a, IntPipeline b) {
        Source sa = a.take();
        Source sb = b.take();
        long size = (a.knownSize >= 0 && b.knownSize >= 0) ? a.knownSize + b.knownSize : -1;
        IntPipeline result = new IntPipeline(new Source() {
            private boolean first = true;

            public boolean next(Sink sink) {
                if (first) {
                    if (sa.next(sink)) {
                        return true;
                    }
                    first = false;
                }
                return sb.next(sink);
            }
        }, size);
        result.closeHandler = () -> {
            try {
                a.close();
            } finally {
                b.close();
            }
        };
        return result;
    }

    /** Marks this stage as consumed and returns its source. */
    private Source take() {
        if (used) {
            throw new IllegalStateException("stream has already been operated upon or closed");
        }
        used = true;
        return source;
    }

    private IntPipeline chain(Source next, long size) {
        IntPipeline p = new IntPipeline(next, size);
        p.closeHandler = closeHandler;
        return p;
    }

    // ---- Intermediate operations ----

    @Override
    public IntStream filter(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        Source up = take();
        return chain(sink -> {
            while (up.next(sink)) {
                if (predicate.test(sink.value)) {
                    return true;
                }
            }
            return false;
        }, -1);
    }

    @Override
    public IntStream map(IntUnaryOperator mapper) {
        Objects.requireNonNull(mapper);
        Source up = take();
        return chain(sink -> {
            if (!up.next(sink)) {
                return false;
            }
            sink.value = mapper.applyAsInt(sink.value);
            return true;
        }, knownSize);
    }

    @Override
    public IntStream peek(IntConsumer action) {
        Objects.requireNonNull(action);
        Source up = take();
        return chain(sink -> {
            if (!up.next(sink)) {
                return false;
            }
            action.accept(sink.value);
            return true;
        }, knownSize);
    }

    @Override
    public IntStream distinct() {
        Source up = take();
        java.util.HashSet<Integer> seen = new java.util.HashSet<>();
        return chain(sink -> {
            while (up.next(sink)) {
                if (seen.add(sink.value)) {
                    return true;
                }
            }
            return false;
        }, -1);
    }

    @Override
    public IntStream sorted() {
        Source up = take();
        return chain(new Source() {
            private int[] sorted;
            private int i;

            public boolean next(Sink sink) {
                if (sorted == null) {
                    sorted = drain(up);
                    Arrays.sort(sorted);
                }
                if (i >= sorted.length) {
                    return false;
                }
                sink.value = sorted[i++];
                return true;
            }
        }, knownSize);
    }

    @Override
    public IntStream limit(long maxSize) {
        if (maxSize < 0) {
            throw new IllegalArgumentException(Long.toString(maxSize));
        }
        Source up = take();
        return chain(new Source() {
            private long taken;

            public boolean next(Sink sink) {
                if (taken >= maxSize || !up.next(sink)) {
                    return false;
                }
                taken++;
                return true;
            }
        }, -1);
    }

    @Override
    public IntStream skip(long n) {
        if (n < 0) {
            throw new IllegalArgumentException(Long.toString(n));
        }
        Source up = take();
        return chain(new Source() {
            private boolean skipped;

            public boolean next(Sink sink) {
                if (!skipped) {
                    skipped = true;
                    for (long i = 0; i < n; i++) {
                        if (!up.next(sink)) {
                            return false;
                        }
                    }
                }
                return up.next(sink);
            }
        }, -1);
    }

    @Override
    public IntStream takeWhile(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        Source up = take();
        return chain(new Source() {
            private boolean done;

            public boolean next(Sink sink) {
                if (done || !up.next(sink)) {
                    return false;
                }
                if (!predicate.test(sink.value)) {
                    done = true;
                    return false;
                }
                return true;
            }
        }, -1);
    }

    @Override
    public IntStream dropWhile(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        Source up = take();
        return chain(new Source() {
            private boolean dropping = true;

            public boolean next(Sink sink) {
                while (up.next(sink)) {
                    if (dropping && predicate.test(sink.value)) {
                        continue;
                    }
                    dropping = false;
                    return true;
                }
                return false;
            }
        }, -1);
    }

    // ---- Terminal operations ----

    private static int[] drain(Source up) {
        int[] buf = new int[16];
        int n = 0;
        Sink sink = new Sink();
        while (up.next(sink)) {
            if (n == buf.length) {
                buf = Arrays.copyOf(buf, n * 2);
            }
            buf[n++] = sink.value;
        }
        return Arrays.copyOf(buf, n);
    }

    @Override
    public void forEach(IntConsumer action) {
        Objects.requireNonNull(action);
        Source up = take();
        Sink sink = new Sink();
        while (up.next(sink)) {
            action.accept(sink.value);
        }
    }

    @Override
    public void forEachOrdered(IntConsumer action) {
        forEach(action);
    }

    @Override
    public int[] toArray() {
        return drain(take());
    }

    @Override
    public int reduce(int identity, IntBinaryOperator op) {
        Objects.requireNonNull(op);
        Source up = take();
        Sink sink = new Sink();
        int result = identity;
        while (up.next(sink)) {
            result = op.applyAsInt(result, sink.value);
        }
        return result;
    }

    @Override
    public OptionalInt reduce(IntBinaryOperator op) {
        Objects.requireNonNull(op);
        Source up = take();
        Sink sink = new Sink();
        if (!up.next(sink)) {
            return OptionalInt.empty();
        }
        int result = sink.value;
        while (up.next(sink)) {
            result = op.applyAsInt(result, sink.value);
        }
        return OptionalInt.of(result);
    }

    @Override
    public int sum() {
        return reduce(0, Integer::sum);
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
        if (knownSize >= 0) {
            take();
            return knownSize;
        }
        Source up = take();
        Sink sink = new Sink();
        long n = 0;
        while (up.next(sink)) {
            n++;
        }
        return n;
    }

    @Override
    public OptionalDouble average() {
        Source up = take();
        Sink sink = new Sink();
        long n = 0;
        long sum = 0;
        while (up.next(sink)) {
            n++;
            sum += sink.value;
        }
        return n > 0 ? OptionalDouble.of((double) sum / n) : OptionalDouble.empty();
    }

    @Override
    public boolean anyMatch(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        Source up = take();
        Sink sink = new Sink();
        while (up.next(sink)) {
            if (predicate.test(sink.value)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean allMatch(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        Source up = take();
        Sink sink = new Sink();
        while (up.next(sink)) {
            if (!predicate.test(sink.value)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean noneMatch(IntPredicate predicate) {
        return !anyMatch(predicate);
    }

    @Override
    public OptionalInt findFirst() {
        Source up = take();
        Sink sink = new Sink();
        return up.next(sink) ? OptionalInt.of(sink.value) : OptionalInt.empty();
    }

    @Override
    public OptionalInt findAny() {
        return findFirst();
    }

    // ---- Stream plumbing ----

    @Override
    public boolean isParallel() {
        return false;
    }

    @Override
    public IntStream sequential() {
        return this;
    }

    @Override
    public IntStream parallel() {
        return this;
    }

    @Override
    public IntStream unordered() {
        return this;
    }

    @Override
    public IntStream onClose(Runnable handler) {
        Objects.requireNonNull(handler);
        if (used) {
            throw new IllegalStateException("stream has already been operated upon or closed");
        }
        Runnable existing = closeHandler;
        closeHandler = existing == null ? handler : () -> {
            try {
                existing.run();
            } finally {
                handler.run();
            }
        };
        return this;
    }

    @Override
    public void close() {
        used = true;
        Runnable handler = closeHandler;
        closeHandler = null;
        if (handler != null) {
            handler.run();
        }
    }
}
