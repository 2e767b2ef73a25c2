// A double sum updated by many threads: one CAS-updated cell holding the raw bits, so that a
// single thread's additions happen in program order exactly as with HotSpot's uncontended base.
package java.util.concurrent.atomic;

public class DoubleAdder extends Number implements java.io.Serializable {

    private static final long serialVersionUID = 7249069246863182397L;

    private final AtomicLong bits = new AtomicLong(Double.doubleToRawLongBits(0.0));

    public DoubleAdder() {}

    public void add(double x) {
        long prev;
        long next;
        do {
            prev = bits.get();
            next = Double.doubleToRawLongBits(Double.longBitsToDouble(prev) + x);
        } while (!bits.compareAndSet(prev, next));
    }

    public double sum() {
        return Double.longBitsToDouble(bits.get());
    }

    public void reset() {
        bits.set(Double.doubleToRawLongBits(0.0));
    }

    public double sumThenReset() {
        return Double.longBitsToDouble(bits.getAndSet(Double.doubleToRawLongBits(0.0)));
    }

    public String toString() {
        return Double.toString(sum());
    }

    public double doubleValue() {
        return sum();
    }

    public long longValue() {
        return (long) sum();
    }

    public int intValue() {
        return (int) sum();
    }

    public float floatValue() {
        return (float) sum();
    }
}
