// Spliterators behind the stream factories: iterate, generate, ranges and concat, plus the
// adapters that present a boxed spliterator as Spliterator.OfInt/OfLong/OfDouble.
package java.util.stream;

import java.util.Comparator;
import java.util.Objects;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.DoublePredicate;
import java.util.function.DoubleSupplier;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;
import java.util.function.IntSupplier;
import java.util.function.IntUnaryOperator;
import java.util.function.LongConsumer;
import java.util.function.LongPredicate;
import java.util.function.LongSupplier;
import java.util.function.LongUnaryOperator;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

final class StreamSources {

    private StreamSources() {}

    // ---- iterate ----

    /** seed, f(seed), f(f(seed)), ...; with hasNext, up to the first element failing it. */
    static <T> Spliterator<T> iterate(T seed, Predicate<? super T> hasNext, UnaryOperator<T> next) {
        return new Spliterator<T>() {
            private T prev;
            private boolean started;
            private boolean finished;

            public boolean tryAdvance(Consumer<? super T> action) {
                Objects.requireNonNull(action);
                if (finished) {
                    return false;
                }
                T t;
                if (started) {
                    t = next.apply(prev);
                } else {
                    t = seed;
                    started = true;
                }
                if (hasNext != null && !hasNext.test(t)) {
                    prev = null;
                    finished = true;
                    return false;
                }
                action.accept(prev = t);
                return true;
            }

            public Spliterator<T> trySplit() {
                return null;
            }

            public long estimateSize() {
                return Long.MAX_VALUE;
            }

            public int characteristics() {
                return Spliterator.ORDERED | Spliterator.IMMUTABLE;
            }
        };
    }

    static Spliterator<Object> iterateInt(int seed, IntPredicate hasNext, IntUnaryOperator next) {
        return iterate((Object) seed, hasNext == null ? null : v -> hasNext.test((Integer) v),
                v -> next.applyAsInt((Integer) v));
    }

    static Spliterator<Object> iterateLong(long seed, LongPredicate hasNext, LongUnaryOperator next) {
        return iterate((Object) seed, hasNext == null ? null : v -> hasNext.test((Long) v),
                v -> next.applyAsLong((Long) v));
    }

    static Spliterator<Object> iterateDouble(double seed, DoublePredicate hasNext, DoubleUnaryOperator next) {
        return iterate((Object) seed, hasNext == null ? null : v -> hasNext.test((Double) v),
                v -> next.applyAsDouble((Double) v));
    }

    // ---- generate ----

    static <T> Spliterator<T> generate(Supplier<? extends T> supplier) {
        return new Spliterator<T>() {
            public boolean tryAdvance(Consumer<? super T> action) {
                Objects.requireNonNull(action);
                action.accept(supplier.get());
                return true;
            }

            public Spliterator<T> trySplit() {
                return null;
            }

            public long estimateSize() {
                return Long.MAX_VALUE;
            }

            public int characteristics() {
                return Spliterator.IMMUTABLE;
            }
        };
    }

    static Spliterator<Object> generateInt(IntSupplier s) {
        return generate(() -> (Object) s.getAsInt());
    }

    static Spliterator<Object> generateLong(LongSupplier s) {
        return generate(() -> (Object) s.getAsLong());
    }

    static Spliterator<Object> generateDouble(DoubleSupplier s) {
        return generate(() -> (Object) s.getAsDouble());
    }

    // ---- ranges ----

    private static final int RANGE_CHARACTERISTICS = Spliterator.ORDERED | Spliterator.SIZED | Spliterator.SUBSIZED
            | Spliterator.IMMUTABLE | Spliterator.NONNULL | Spliterator.DISTINCT | Spliterator.SORTED;

    /** first..last inclusive (first <= last, and the count fits in a long). */
    static Spliterator.OfInt intRange(int first, int last) {
        return new Spliterator.OfInt() {
            private long next = first;

            public boolean tryAdvance(IntConsumer action) {
                Objects.requireNonNull(action);
                if (next > last) {
                    return false;
                }
                action.accept((int) next++);
                return true;
            }

            public void forEachRemaining(IntConsumer action) {
                Objects.requireNonNull(action);
                long i = next;
                next = (long) last + 1;
                for (; i <= last; i++) {
                    action.accept((int) i);
                }
            }

            public Spliterator.OfInt trySplit() {
                return null;
            }

            public long estimateSize() {
                return (long) last + 1 - next;
            }

            public int characteristics() {
                return RANGE_CHARACTERISTICS;
            }

            public Comparator<? super Integer> getComparator() {
                return null;
            }
        };
    }

    static Spliterator.OfLong longRange(long first, long last) {
        return new Spliterator.OfLong() {
            private long next = first;
            private boolean finished;

            public boolean tryAdvance(LongConsumer action) {
                Objects.requireNonNull(action);
                if (finished) {
                    return false;
                }
                long value = next;
                if (value == last) {
                    finished = true;
                } else {
                    next++;
                }
                action.accept(value);
                return true;
            }

            public Spliterator.OfLong trySplit() {
                return null;
            }

            public long estimateSize() {
                return finished ? 0 : last - next + 1;
            }

            public int characteristics() {
                return RANGE_CHARACTERISTICS;
            }

            public Comparator<? super Long> getComparator() {
                return null;
            }
        };
    }

    // ---- concat ----

    /** All of a, then all of b; sized if both are and the total fits. */
    @SuppressWarnings("unchecked")
    static Spliterator<Object> concat(Spliterator<?> first, Spliterator<?> second) {
        Spliterator<Object> a = (Spliterator<Object>) first;
        Spliterator<Object> b = (Spliterator<Object>) second;
        boolean unsized = a.estimateSize() + b.estimateSize() < 0;
        int characteristics = a.characteristics() & b.characteristics()
                & ~(Spliterator.DISTINCT | Spliterator.SORTED
                        | (unsized ? Spliterator.SIZED | Spliterator.SUBSIZED : 0));
        return new Spliterator<Object>() {
            private boolean inFirst = true;

            public boolean tryAdvance(Consumer<? super Object> action) {
                if (inFirst) {
                    if (a.tryAdvance(action)) {
                        return true;
                    }
                    inFirst = false;
                }
                return b.tryAdvance(action);
            }

            public void forEachRemaining(Consumer<? super Object> action) {
                if (inFirst) {
                    a.forEachRemaining(action);
                }
                b.forEachRemaining(action);
            }

            public Spliterator<Object> trySplit() {
                return null;
            }

            public long estimateSize() {
                if (inFirst) {
                    long size = a.estimateSize() + b.estimateSize();
                    return size >= 0 ? size : Long.MAX_VALUE;
                }
                return b.estimateSize();
            }

            public int characteristics() {
                return characteristics;
            }

            public Comparator<? super Object> getComparator() {
                throw new IllegalStateException();
            }
        };
    }

    // ---- Primitive views of boxed spliterators ----

    static Spliterator.OfInt asIntSpliterator(Spliterator<?> boxed) {
        if (boxed instanceof Spliterator.OfInt) {
            return (Spliterator.OfInt) boxed;
        }
        @SuppressWarnings("unchecked")
        Spliterator<Object> s = (Spliterator<Object>) boxed;
        return new Spliterator.OfInt() {
            public boolean tryAdvance(IntConsumer action) {
                Objects.requireNonNull(action);
                return s.tryAdvance(v -> action.accept((Integer) v));
            }

            public void forEachRemaining(IntConsumer action) {
                Objects.requireNonNull(action);
                s.forEachRemaining(v -> action.accept((Integer) v));
            }

            public Spliterator.OfInt trySplit() {
                return null;
            }

            public long estimateSize() {
                return s.estimateSize();
            }

            public long getExactSizeIfKnown() {
                return s.getExactSizeIfKnown();
            }

            public int characteristics() {
                return s.characteristics();
            }

            public Comparator<? super Integer> getComparator() {
                return s.getComparator();
            }
        };
    }

    static Spliterator.OfLong asLongSpliterator(Spliterator<?> boxed) {
        if (boxed instanceof Spliterator.OfLong) {
            return (Spliterator.OfLong) boxed;
        }
        @SuppressWarnings("unchecked")
        Spliterator<Object> s = (Spliterator<Object>) boxed;
        return new Spliterator.OfLong() {
            public boolean tryAdvance(LongConsumer action) {
                Objects.requireNonNull(action);
                return s.tryAdvance(v -> action.accept((Long) v));
            }

            public void forEachRemaining(LongConsumer action) {
                Objects.requireNonNull(action);
                s.forEachRemaining(v -> action.accept((Long) v));
            }

            public Spliterator.OfLong trySplit() {
                return null;
            }

            public long estimateSize() {
                return s.estimateSize();
            }

            public long getExactSizeIfKnown() {
                return s.getExactSizeIfKnown();
            }

            public int characteristics() {
                return s.characteristics();
            }

            public Comparator<? super Long> getComparator() {
                return s.getComparator();
            }
        };
    }

    static Spliterator.OfDouble asDoubleSpliterator(Spliterator<?> boxed) {
        if (boxed instanceof Spliterator.OfDouble) {
            return (Spliterator.OfDouble) boxed;
        }
        @SuppressWarnings("unchecked")
        Spliterator<Object> s = (Spliterator<Object>) boxed;
        return new Spliterator.OfDouble() {
            public boolean tryAdvance(DoubleConsumer action) {
                Objects.requireNonNull(action);
                return s.tryAdvance(v -> action.accept((Double) v));
            }

            public void forEachRemaining(DoubleConsumer action) {
                Objects.requireNonNull(action);
                s.forEachRemaining(v -> action.accept((Double) v));
            }

            public Spliterator.OfDouble trySplit() {
                return null;
            }

            public long estimateSize() {
                return s.estimateSize();
            }

            public long getExactSizeIfKnown() {
                return s.getExactSizeIfKnown();
            }

            public int characteristics() {
                return s.characteristics();
            }

            public Comparator<? super Double> getComparator() {
                return s.getComparator();
            }
        };
    }
}
