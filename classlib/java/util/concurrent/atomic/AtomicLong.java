// A long updated atomically: a volatile field driven by jdk.internal.misc.Unsafe.
package java.util.concurrent.atomic;

import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;
import jdk.internal.misc.Unsafe;

public class AtomicLong extends Number implements java.io.Serializable {

    private static final long serialVersionUID = 1927816293512124184L;
    private static final long VALUE = Unsafe.objectFieldOffset(AtomicLong.class, "value");

    private volatile long value;

    public AtomicLong(long initialValue) {
        value = initialValue;
    }

    public AtomicLong() {}

    public final long get() {
        return value;
    }

    public final void set(long newValue) {
        value = newValue;
    }

    public final void lazySet(long newValue) {
        value = newValue;
    }

    public final long getAndSet(long newValue) {
        return Unsafe.getAndSetLong(this, VALUE, newValue);
    }

    public final boolean compareAndSet(long expectedValue, long newValue) {
        return Unsafe.compareAndSetLong(this, VALUE, expectedValue, newValue);
    }

    @Deprecated(since = "9")
    public final boolean weakCompareAndSet(long expectedValue, long newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    public final boolean weakCompareAndSetPlain(long expectedValue, long newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    public final long getAndIncrement() {
        return Unsafe.getAndAddLong(this, VALUE, 1);
    }

    public final long getAndDecrement() {
        return Unsafe.getAndAddLong(this, VALUE, -1);
    }

    public final long getAndAdd(long delta) {
        return Unsafe.getAndAddLong(this, VALUE, delta);
    }

    public final long incrementAndGet() {
        return Unsafe.getAndAddLong(this, VALUE, 1) + 1;
    }

    public final long decrementAndGet() {
        return Unsafe.getAndAddLong(this, VALUE, -1) - 1;
    }

    public final long addAndGet(long delta) {
        return Unsafe.getAndAddLong(this, VALUE, delta) + delta;
    }

    public final long getAndUpdate(LongUnaryOperator updateFunction) {
        long prev = get();
        while (true) {
            long next = updateFunction.applyAsLong(prev);
            long witness = Unsafe.compareAndExchangeLong(this, VALUE, prev, next);
            if (witness == prev) {
                return prev;
            }
            prev = witness;
        }
    }

    public final long updateAndGet(LongUnaryOperator updateFunction) {
        long prev = get();
        while (true) {
            long next = updateFunction.applyAsLong(prev);
            long witness = Unsafe.compareAndExchangeLong(this, VALUE, prev, next);
            if (witness == prev) {
                return next;
            }
            prev = witness;
        }
    }

    public final long getAndAccumulate(long x, LongBinaryOperator accumulatorFunction) {
        long prev = get();
        while (true) {
            long next = accumulatorFunction.applyAsLong(prev, x);
            long witness = Unsafe.compareAndExchangeLong(this, VALUE, prev, next);
            if (witness == prev) {
                return prev;
            }
            prev = witness;
        }
    }

    public final long accumulateAndGet(long x, LongBinaryOperator accumulatorFunction) {
        long prev = get();
        while (true) {
            long next = accumulatorFunction.applyAsLong(prev, x);
            long witness = Unsafe.compareAndExchangeLong(this, VALUE, prev, next);
            if (witness == prev) {
                return next;
            }
            prev = witness;
        }
    }

    public String toString() {
        return Long.toString(get());
    }

    public int intValue() {
        return (int) get();
    }

    public long longValue() {
        return get();
    }

    public float floatValue() {
        return get();
    }

    public double doubleValue() {
        return get();
    }

    // ---- Memory-order variants: every access here is sequentially consistent ----

    public final long getPlain() {
        return value;
    }

    public final void setPlain(long newValue) {
        value = newValue;
    }

    public final long getOpaque() {
        return value;
    }

    public final void setOpaque(long newValue) {
        value = newValue;
    }

    public final long getAcquire() {
        return value;
    }

    public final void setRelease(long newValue) {
        value = newValue;
    }

    public final long compareAndExchange(long expectedValue, long newValue) {
        return Unsafe.compareAndExchangeLong(this, VALUE, expectedValue, newValue);
    }

    public final long compareAndExchangeAcquire(long expectedValue, long newValue) {
        return compareAndExchange(expectedValue, newValue);
    }

    public final long compareAndExchangeRelease(long expectedValue, long newValue) {
        return compareAndExchange(expectedValue, newValue);
    }

    public final boolean weakCompareAndSetVolatile(long expectedValue, long newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    public final boolean weakCompareAndSetAcquire(long expectedValue, long newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    public final boolean weakCompareAndSetRelease(long expectedValue, long newValue) {
        return compareAndSet(expectedValue, newValue);
    }
}
