// An int array whose elements are updated atomically.
package java.util.concurrent.atomic;

import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;
import jdk.internal.misc.Unsafe;

public class AtomicIntegerArray implements java.io.Serializable {

    private static final long serialVersionUID = 2862133569453604235L;
    private static final int SCALE = Unsafe.arrayIndexScale(int[].class);

    private final int[] array;

    public AtomicIntegerArray(int length) {
        array = new int[length];
    }

    public AtomicIntegerArray(int[] array) {
        this.array = array.clone();
    }

    /** The element's offset; bounds are checked as an array access would (same exception text). */
    private long offset(int i) {
        if (i < 0 || i >= array.length) {
            throw new ArrayIndexOutOfBoundsException("Index " + i + " out of bounds for length " + array.length);
        }
        return Unsafe.elementOffset(i, SCALE);
    }

    public final int length() {
        return array.length;
    }

    public final int get(int i) {
        return Unsafe.getIntVolatile(array, offset(i));
    }

    public final void set(int i, int newValue) {
        Unsafe.putIntVolatile(array, offset(i), newValue);
    }

    public final void lazySet(int i, int newValue) {
        set(i, newValue);
    }

    public final int getAndSet(int i, int newValue) {
        return Unsafe.getAndSetInt(array, offset(i), newValue);
    }

    public final boolean compareAndSet(int i, int expectedValue, int newValue) {
        return Unsafe.compareAndSetInt(array, offset(i), expectedValue, newValue);
    }

    @Deprecated(since = "9")
    public final boolean weakCompareAndSet(int i, int expectedValue, int newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    public final boolean weakCompareAndSetPlain(int i, int expectedValue, int newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    public final int getAndIncrement(int i) {
        return getAndAdd(i, 1);
    }

    public final int getAndDecrement(int i) {
        return getAndAdd(i, -1);
    }

    public final int getAndAdd(int i, int delta) {
        return Unsafe.getAndAddInt(array, offset(i), delta);
    }

    public final int incrementAndGet(int i) {
        return getAndAdd(i, 1) + 1;
    }

    public final int decrementAndGet(int i) {
        return getAndAdd(i, -1) - 1;
    }

    public final int addAndGet(int i, int delta) {
        return getAndAdd(i, delta) + delta;
    }

    public final int getAndUpdate(int i, IntUnaryOperator updateFunction) {
        long offset = offset(i);
        int prev = Unsafe.getIntVolatile(array, offset);
        while (true) {
            int next = updateFunction.applyAsInt(prev);
            int witness = Unsafe.compareAndExchangeInt(array, offset, prev, next);
            if (witness == prev) {
                return prev;
            }
            prev = witness;
        }
    }

    public final int updateAndGet(int i, IntUnaryOperator updateFunction) {
        long offset = offset(i);
        int prev = Unsafe.getIntVolatile(array, offset);
        while (true) {
            int next = updateFunction.applyAsInt(prev);
            int witness = Unsafe.compareAndExchangeInt(array, offset, prev, next);
            if (witness == prev) {
                return next;
            }
            prev = witness;
        }
    }

    public final int getAndAccumulate(int i, int x, IntBinaryOperator accumulatorFunction) {
        long offset = offset(i);
        int prev = Unsafe.getIntVolatile(array, offset);
        while (true) {
            int next = accumulatorFunction.applyAsInt(prev, x);
            int witness = Unsafe.compareAndExchangeInt(array, offset, prev, next);
            if (witness == prev) {
                return prev;
            }
            prev = witness;
        }
    }

    public final int accumulateAndGet(int i, int x, IntBinaryOperator accumulatorFunction) {
        long offset = offset(i);
        int prev = Unsafe.getIntVolatile(array, offset);
        while (true) {
            int next = accumulatorFunction.applyAsInt(prev, x);
            int witness = Unsafe.compareAndExchangeInt(array, offset, prev, next);
            if (witness == prev) {
                return next;
            }
            prev = witness;
        }
    }

    public String toString() {
        int iMax = array.length - 1;
        if (iMax == -1) {
            return "[]";
        }
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0;; i++) {
            b.append(get(i));
            if (i == iMax) {
                return b.append(']').toString();
            }
            b.append(',').append(' ');
        }
    }

    public final int getPlain(int i) {
        return get(i);
    }

    public final void setPlain(int i, int newValue) {
        set(i, newValue);
    }

    public final int getOpaque(int i) {
        return get(i);
    }

    public final void setOpaque(int i, int newValue) {
        set(i, newValue);
    }

    public final int getAcquire(int i) {
        return get(i);
    }

    public final void setRelease(int i, int newValue) {
        set(i, newValue);
    }

    public final int compareAndExchange(int i, int expectedValue, int newValue) {
        return Unsafe.compareAndExchangeInt(array, offset(i), expectedValue, newValue);
    }

    public final int compareAndExchangeAcquire(int i, int expectedValue, int newValue) {
        return compareAndExchange(i, expectedValue, newValue);
    }

    public final int compareAndExchangeRelease(int i, int expectedValue, int newValue) {
        return compareAndExchange(i, expectedValue, newValue);
    }

    public final boolean weakCompareAndSetVolatile(int i, int expectedValue, int newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    public final boolean weakCompareAndSetAcquire(int i, int expectedValue, int newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    public final boolean weakCompareAndSetRelease(int i, int expectedValue, int newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }
}
