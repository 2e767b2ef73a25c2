// Per-thread variables, kept in a map owned by each Thread.
package java.lang;

import java.util.Objects;
import java.util.function.Supplier;

public class ThreadLocal<T> {

    public ThreadLocal() {}

    protected T initialValue() {
        return null;
    }

    public static <S> ThreadLocal<S> withInitial(Supplier<? extends S> supplier) {
        return new SuppliedThreadLocal<>(supplier);
    }

    /** The map of the given thread that holds this variable. */
    java.util.HashMap<ThreadLocal<?>, Object> mapOf(Thread t, boolean create) {
        return t.threadLocals(create);
    }

    @SuppressWarnings("unchecked")
    public T get() {
        Thread t = Thread.currentThread();
        java.util.HashMap<ThreadLocal<?>, Object> map = mapOf(t, true);
        if (map.containsKey(this)) {
            return (T) map.get(this);
        }
        T value = initialValue();
        map.put(this, value);
        return value;
    }

    public void set(T value) {
        mapOf(Thread.currentThread(), true).put(this, value);
    }

    public void remove() {
        java.util.HashMap<ThreadLocal<?>, Object> map = mapOf(Thread.currentThread(), false);
        if (map != null) {
            map.remove(this);
        }
    }

    static final class SuppliedThreadLocal<T> extends ThreadLocal<T> {
        private final Supplier<? extends T> supplier;

        SuppliedThreadLocal(Supplier<? extends T> supplier) {
            this.supplier = Objects.requireNonNull(supplier);
        }

        @Override
        protected T initialValue() {
            return supplier.get();
        }
    }
}
