// An int updated atomically: a volatile field driven by jdk.internal.misc.Unsafe.
package java.util.concurrent.atomic;

import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;
import jdk.internal.misc.Unsafe;

public class AtomicInteger extends Number implements java.io.Serializable {

    private static final long serialVersionUID = 6214790243416807050L;
    private static final long VALUE = Unsafe.objectFieldOffset(AtomicInteger.class, "value");

    private volatile int value;

    public AtomicInteger(int initialValue) {
        value = initialValue;
    }

    public AtomicInteger() {}

    public final int get() {
        return value;
    }

    public final void set(int newValue) {
        value = newValue;
    }

    public final void lazySet(int newValue) {
        value = newValue;
    }

    public final int getAndSet(int newValue) {
        return Unsafe.getAndSetInt(this, VALUE, newValue);
    }

    public final boolean compareAndSet(int expectedValue, int newValue) {
        return Unsafe.compareAndSetInt(this, VALUE, expectedValue, newValue);
    }

    @Deprecated(since = "9")
    public final boolean weakCompareAndSet(int expectedValue, int newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    public final boolean weakCompareAndSetPlain(int expectedValue, int newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    public final int getAndIncrement() {
        return Unsafe.getAndAddInt(this, VALUE, 1);
    }

    public final int getAndDecrement() {
        return Unsafe.getAndAddInt(this, VALUE, -1);
    }

    public final int getAndAdd(int delta) {
        return Unsafe.getAndAddInt(this, VALUE, delta);
    }

    public final int incrementAndGet() {
        return Unsafe.getAndAddInt(this, VALUE, 1) + 1;
    }

    public final int decrementAndGet() {
        return Unsafe.getAndAddInt(this, VALUE, -1) - 1;
    }

    public final int addAndGet(int delta) {
        return Unsafe.getAndAddInt(this, VALUE, delta) + delta;
    }

    public final int getAndUpdate(IntUnaryOperator updateFunction) {
        int prev = get();
        while (true) {
            int next = updateFunction.applyAsInt(prev);
            int witness = Unsafe.compareAndExchangeInt(this, VALUE, prev, next);
            if (witness == prev) {
                return prev;
            }
            prev = witness;
        }
    }

    public final int updateAndGet(IntUnaryOperator updateFunction) {
        int prev = get();
        while (true) {
            int next = updateFunction.applyAsInt(prev);
            int witness = Unsafe.compareAndExchangeInt(this, VALUE, prev, next);
            if (witness == prev) {
                return next;
            }
            prev = witness;
        }
    }

    public final int getAndAccumulate(int x, IntBinaryOperator accumulatorFunction) {
        int prev = get();
        while (true) {
            int next = accumulatorFunction.applyAsInt(prev, x);
            int witness = Unsafe.compareAndExchangeInt(this, VALUE, prev, next);
            if (witness == prev) {
                return prev;
            }
            prev = witness;
        }
    }

    public final int accumulateAndGet(int x, IntBinaryOperator accumulatorFunction) {
        int prev = get();
        while (true) {
            int next = accumulatorFunction.applyAsInt(prev, x);
            int witness = Unsafe.compareAndExchangeInt(this, VALUE, prev, next);
            if (witness == prev) {
                return next;
            }
            prev = witness;
        }
    }

    public String toString() {
        return Integer.toString(get());
    }

    public int intValue() {
        return get();
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

    public final int getPlain() {
        return value;
    }

    public final void setPlain(int newValue) {
        value = newValue;
    }

    public final int getOpaque() {
        return value;
    }

    public final void setOpaque(int newValue) {
        value = newValue;
    }

    public final int getAcquire() {
        return value;
    }

    public final void setRelease(int newValue) {
        value = newValue;
    }

    public final int compareAndExchange(int expectedValue, int newValue) {
        return Unsafe.compareAndExchangeInt(this, VALUE, expectedValue, newValue);
    }

    public final int compareAndExchangeAcquire(int expectedValue, int newValue) {
        return compareAndExchange(expectedValue, newValue);
    }

    public final int compareAndExchangeRelease(int expectedValue, int newValue) {
        return compareAndExchange(expectedValue, newValue);
    }

    public final boolean weakCompareAndSetVolatile(int expectedValue, int newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    public final boolean weakCompareAndSetAcquire(int expectedValue, int newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    public final boolean weakCompareAndSetRelease(int expectedValue, int newValue) {
        return compareAndSet(expectedValue, newValue);
    }
}
