// One intermediate operation: how it changes the stream's flags and known size, and how it wraps
// the sink of the stage after it. The sinks mirror the JDK's sequential semantics, including
// which upstream elements get evaluated when a later stage short-circuits.
package java.util.stream;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Objects;
import java.util.Spliterator;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;
import java.util.function.Predicate;

final class StageOp {

    interface SinkWrapper {
        /** Returns the sink this stage's upstream pushes into; upstreamFlags are the input's flags. */
        Sink wrap(Sink downstream, int upstreamFlags);
    }

    final int setFlags;
    final int clearFlags;
    final SinkWrapper wrapper;
    /** For skip/limit: elements skipped and the limit (-1: none); they adjust a known size. */
    final long skip;
    final long limit;
    final boolean adjustsSize;

    private StageOp(int setFlags, int clearFlags, SinkWrapper wrapper) {
        this(setFlags, clearFlags, wrapper, 0, -1, false);
    }

    private StageOp(int setFlags, int clearFlags, SinkWrapper wrapper, long skip, long limit, boolean adjustsSize) {
        this.setFlags = setFlags;
        this.clearFlags = clearFlags;
        this.wrapper = wrapper;
        this.skip = skip;
        this.limit = limit;
        this.adjustsSize = adjustsSize;
    }

    /** The number of elements this stage passes on from an input of known size. */
    long outputSize(long inputSize) {
        if (!adjustsSize || inputSize < 0) {
            return inputSize;
        }
        long max = limit >= 0 ? limit : Long.MAX_VALUE;
        return Math.max(0, Math.min(inputSize - skip, max));
    }

    // ---- Stateless operations ----

    static StageOp filter(Predicate<Object> predicate) {
        return new StageOp(0, StreamFlags.SIZED, (downstream, flags) -> new Sink.Chained(downstream) {
            @Override
            void begin(long size) {
                downstream.begin(-1);
            }

            @Override
            public void accept(Object value) {
                if (predicate.test(value)) {
                    downstream.accept(value);
                }
            }
        });
    }

    /** A one-to-one mapping; keepsOrderFlags is true for boxing/widening, which keep SORTED. */
    static StageOp map(Function<Object, Object> mapper, boolean keepsOrderFlags) {
        int clear = keepsOrderFlags ? 0 : StreamFlags.SORTED | StreamFlags.DISTINCT;
        return new StageOp(0, clear, (downstream, flags) -> new Sink.Chained(downstream) {
            @Override
            public void accept(Object value) {
                downstream.accept(mapper.apply(value));
            }
        });
    }

    static StageOp peek(Consumer<Object> action) {
        return new StageOp(0, 0, (downstream, flags) -> new Sink.Chained(downstream) {
            @Override
            public void accept(Object value) {
                action.accept(value);
                downstream.accept(value);
            }
        });
    }

    /**
     * Pushes whatever elements the mapper hands to the downstream sink (mapMulti), without
     * looking at cancellation: like the JDK, later stages simply drop what they do not need.
     */
    static StageOp mapMulti(BiConsumer<Object, Sink> pusher) {
        return new StageOp(0, StreamFlags.SORTED | StreamFlags.DISTINCT | StreamFlags.SIZED,
                (downstream, flags) -> new Sink.Chained(downstream) {
                    @Override
                    void begin(long size) {
                        downstream.begin(-1);
                    }

                    @Override
                    public void accept(Object value) {
                        pusher.accept(value, downstream);
                    }
                });
    }

    /**
     * Replaces each element by the contents of a stream, closing it afterwards. Once a later
     * stage has been asked about cancellation, the inner stream is pulled one element at a time
     * so that nothing beyond what is needed is evaluated.
     */
    static StageOp flatMap(Function<Object, ? extends BaseStream<?, ?>> mapper) {
        return new StageOp(0, StreamFlags.SORTED | StreamFlags.DISTINCT | StreamFlags.SIZED,
                (downstream, flags) -> new Sink.Chained(downstream) {
                    private boolean cancellationRequestedCalled;

                    @Override
                    void begin(long size) {
                        downstream.begin(-1);
                    }

                    @Override
                    boolean cancellationRequested() {
                        cancellationRequestedCalled = true;
                        return downstream.cancellationRequested();
                    }

                    @Override
                    public void accept(Object value) {
                        try (BaseStream<?, ?> result = mapper.apply(value)) {
                            if (result != null) {
                                if (!cancellationRequestedCalled) {
                                    pushAll(result.sequential(), downstream);
                                } else {
                                    Spliterator<?> s = result.sequential().spliterator();
                                    do {
                                    } while (!downstream.cancellationRequested() && s.tryAdvance(downstream));
                                }
                            }
                        }
                    }
                });
    }

    /** Runs forEach of any kind of stream into a sink. */
    @SuppressWarnings("unchecked")
    static void pushAll(BaseStream<?, ?> stream, Sink sink) {
        if (stream instanceof Stream) {
            ((Stream<Object>) stream).forEach((Consumer<Object>) sink);
        } else if (stream instanceof IntStream) {
            ((IntStream) stream).forEach((IntConsumer) sink);
        } else if (stream instanceof LongStream) {
            ((LongStream) stream).forEach((LongConsumer) sink);
        } else {
            ((DoubleStream) stream).forEach((DoubleConsumer) sink);
        }
    }

    // ---- Stateful and short-circuiting operations ----

    static StageOp distinct() {
        return new StageOp(StreamFlags.DISTINCT, StreamFlags.SIZED, (downstream, flags) -> {
            if ((flags & StreamFlags.DISTINCT) != 0) {
                return downstream;
            }
            if ((flags & StreamFlags.SORTED) != 0) {
                return new Sink.Chained(downstream) {
                    private boolean seenNull;
                    private Object lastSeen;

                    @Override
                    void begin(long size) {
                        seenNull = false;
                        lastSeen = null;
                        downstream.begin(-1);
                    }

                    @Override
                    void end() {
                        lastSeen = null;
                        downstream.end();
                    }

                    @Override
                    public void accept(Object value) {
                        if (value == null) {
                            if (!seenNull) {
                                seenNull = true;
                                downstream.accept(lastSeen = null);
                            }
                        } else if (lastSeen == null || !value.equals(lastSeen)) {
                            downstream.accept(lastSeen = value);
                        }
                    }
                };
            }
            return new Sink.Chained(downstream) {
                private HashSet<Object> seen;

                @Override
                void begin(long size) {
                    seen = new HashSet<>();
                    downstream.begin(-1);
                }

                @Override
                void end() {
                    seen = null;
                    downstream.end();
                }

                @Override
                public void accept(Object value) {
                    if (!seen.contains(value)) {
                        seen.add(value);
                        downstream.accept(value);
                    }
                }
            };
        });
    }

    /**
     * A barrier: collects everything, sorts stably, then pushes. A natural-order sort of input
     * already known to be sorted is skipped entirely, as in the JDK.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static StageOp sorted(Comparator<Object> comparator) {
        boolean natural = comparator == null;
        Comparator<Object> order = natural ? (Comparator) Comparator.naturalOrder() : comparator;
        int set = natural ? StreamFlags.ORDERED | StreamFlags.SORTED : StreamFlags.ORDERED;
        int clear = natural ? 0 : StreamFlags.SORTED;
        return new StageOp(set, clear, (downstream, flags) -> {
            if (natural && (flags & StreamFlags.SORTED) != 0) {
                return downstream;
            }
            return new Sink.Chained(downstream) {
                private ArrayList<Object> elements;
                private boolean cancellationRequestedCalled;

                @Override
                void begin(long size) {
                    if (size >= Integer.MAX_VALUE - 8) {
                        throw new IllegalArgumentException("Stream size exceeds max array size");
                    }
                    elements = size >= 0 ? new ArrayList<>((int) size) : new ArrayList<>();
                }

                @Override
                public void accept(Object value) {
                    elements.add(value);
                }

                @Override
                boolean cancellationRequested() {
                    cancellationRequestedCalled = true;
                    return false;
                }

                @Override
                void end() {
                    Object[] array = elements.toArray();
                    elements = null;
                    Arrays.sort(array, order);
                    downstream.begin(array.length);
                    for (Object value : array) {
                        if (cancellationRequestedCalled && downstream.cancellationRequested()) {
                            break;
                        }
                        downstream.accept(value);
                    }
                    downstream.end();
                }
            };
        });
    }

    /** skip(n) is slice(n, -1); limit(m) is slice(0, m). */
    static StageOp slice(long skip, long limit) {
        int set = limit >= 0 ? StreamFlags.SHORT_CIRCUIT : 0;
        StageOp[] self = new StageOp[1];
        self[0] = new StageOp(set, 0, (downstream, flags) -> new Sink.Chained(downstream) {
            private long toSkip = skip;
            private long remaining = limit >= 0 ? limit : Long.MAX_VALUE;

            @Override
            void begin(long size) {
                downstream.begin(self[0].outputSize(size));
            }

            @Override
            public void accept(Object value) {
                if (toSkip == 0) {
                    if (remaining > 0) {
                        remaining--;
                        downstream.accept(value);
                    }
                } else {
                    toSkip--;
                }
            }

            @Override
            boolean cancellationRequested() {
                return remaining == 0 || downstream.cancellationRequested();
            }
        }, skip, limit, true);
        return self[0];
    }

    static StageOp takeWhile(Predicate<Object> predicate) {
        return new StageOp(StreamFlags.SHORT_CIRCUIT, StreamFlags.SIZED,
                (downstream, flags) -> new Sink.Chained(downstream) {
                    private boolean take = true;

                    @Override
                    void begin(long size) {
                        downstream.begin(-1);
                    }

                    @Override
                    public void accept(Object value) {
                        if (take && (take = predicate.test(value))) {
                            downstream.accept(value);
                        }
                    }

                    @Override
                    boolean cancellationRequested() {
                        return !take || downstream.cancellationRequested();
                    }
                });
    }

    static StageOp dropWhile(Predicate<Object> predicate) {
        return new StageOp(0, StreamFlags.SIZED, (downstream, flags) -> new Sink.Chained(downstream) {
            private boolean take;

            @Override
            void begin(long size) {
                downstream.begin(-1);
            }

            @Override
            public void accept(Object value) {
                boolean takeElement = take || (take = !predicate.test(value));
                if (takeElement) {
                    downstream.accept(value);
                }
            }
        });
    }

    static StageOp unordered() {
        return new StageOp(0, StreamFlags.ORDERED, (downstream, flags) -> downstream);
    }
}
