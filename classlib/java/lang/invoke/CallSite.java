// The holder of an invokedynamic instruction's target. Step 1: a compile-time anchor only.
package java.lang.invoke;

public abstract class CallSite {

    CallSite() {}

    public abstract MethodHandle getTarget();

    public abstract void setTarget(MethodHandle newTarget);

    public MethodType type() {
        return getTarget().type();
    }

    public abstract MethodHandle dynamicInvoker();
}
