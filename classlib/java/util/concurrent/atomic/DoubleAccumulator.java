// A double value combined by an associative function from many threads (one CAS-updated cell).
package java.util.concurrent.atomic;

import java.util.function.DoubleBinaryOperator;

public class DoubleAccumulator extends Number implements java.io.Serializable {

    private static final long serialVersionUID = 7249069246863182397L;

    private final DoubleBinaryOperator function;
    private final long identityBits;
    private final AtomicLong bits;

    public DoubleAccumulator(DoubleBinaryOperator accumulatorFunction, double identity) {
        this.function = accumulatorFunction;
        this.identityBits = Double.doubleToRawLongBits(identity);
        this.bits = new AtomicLong(identityBits);
    }

    public void accumulate(double x) {
        long prev;
        long next;
        do {
            prev = bits.get();
            next = Double.doubleToRawLongBits(function.applyAsDouble(Double.longBitsToDouble(prev), x));
        } while (!bits.compareAndSet(prev, next));
    }

    public double get() {
        return Double.longBitsToDouble(bits.get());
    }

    public void reset() {
        bits.set(identityBits);
    }

    public double getThenReset() {
        return Double.longBitsToDouble(bits.getAndSet(identityBits));
    }

    public String toString() {
        return Double.toString(get());
    }

    public double doubleValue() {
        return get();
    }

    public long longValue() {
        return (long) get();
    }

    public int intValue() {
        return (int) get();
    }

    public float floatValue() {
        return (float) get();
    }
}
