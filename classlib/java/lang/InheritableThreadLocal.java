// Thread-local variables whose values new threads inherit from the thread that creates them.
package java.lang;

public class InheritableThreadLocal<T> extends ThreadLocal<T> {

    public InheritableThreadLocal() {}

    protected T childValue(T parentValue) {
        return parentValue;
    }

    @Override
    java.util.HashMap<ThreadLocal<?>, Object> mapOf(Thread t, boolean create) {
        return t.inheritableThreadLocals(create);
    }

    @SuppressWarnings("unchecked")
    Object inheritedValue(Object parentValue) {
        return childValue((T) parentValue);
    }
}
