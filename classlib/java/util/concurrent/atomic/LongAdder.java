// A long sum updated by many threads. islet keeps one CAS-updated cell (no striping), which gives
// the same results; contention costs retries instead of memory.
package java.util.concurrent.atomic;

public class LongAdder extends Number implements java.io.Serializable {

    private static final long serialVersionUID = 7249069246863182397L;

    private final AtomicLong sum = new AtomicLong();

    public LongAdder() {}

    public void add(long x) {
        sum.getAndAdd(x);
    }

    public void increment() {
        add(1L);
    }

    public void decrement() {
        add(-1L);
    }

    public long sum() {
        return sum.get();
    }

    public void reset() {
        sum.set(0L);
    }

    public long sumThenReset() {
        return sum.getAndSet(0L);
    }

    public String toString() {
        return Long.toString(sum());
    }

    public long longValue() {
        return sum();
    }

    public int intValue() {
        return (int) sum();
    }

    public float floatValue() {
        return (float) sum();
    }

    public double doubleValue() {
        return (double) sum();
    }
}
