// The push protocol between pipeline stages: begin(size), accept per element, end, and
// cancellationRequested() which short-circuiting stages answer so the source stops early.
// Elements travel boxed (Integer/Long/Double for the primitive streams); the primitive accept
// overloads let a sink stand in for IntConsumer/LongConsumer/DoubleConsumer.
package java.util.stream;

import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

abstract class Sink implements Consumer<Object>, IntConsumer, LongConsumer, DoubleConsumer {

    /** Called once before any element; size is the exact count still to come, or -1. */
    void begin(long size) {}

    /** Called once after the last element. */
    void end() {}

    /** True once this sink (or one after it) wants no more elements. */
    boolean cancellationRequested() {
        return false;
    }

    @Override
    public abstract void accept(Object value);

    @Override
    public void accept(int value) {
        accept((Object) value);
    }

    @Override
    public void accept(long value) {
        accept((Object) value);
    }

    @Override
    public void accept(double value) {
        accept((Object) value);
    }

    /** A stage's sink that forwards the protocol to the next stage's sink. */
    abstract static class Chained extends Sink {
        final Sink downstream;

        Chained(Sink downstream) {
            this.downstream = java.util.Objects.requireNonNull(downstream);
        }

        @Override
        void begin(long size) {
            downstream.begin(size);
        }

        @Override
        void end() {
            downstream.end();
        }

        @Override
        boolean cancellationRequested() {
            return downstream.cancellationRequested();
        }
    }
}
