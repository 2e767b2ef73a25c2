// A call site whose target never changes. Step 1: a compile-time anchor only.
package java.lang.invoke;

public class ConstantCallSite extends CallSite {

    private final MethodHandle target;

    public ConstantCallSite(MethodHandle target) {
        if (target == null) {
            throw new NullPointerException();
        }
        this.target = target;
    }

    @Override
    public final MethodHandle getTarget() {
        return target;
    }

    @Override
    public final void setTarget(MethodHandle ignore) {
        throw new UnsupportedOperationException();
    }

    @Override
    public final MethodHandle dynamicInvoker() {
        return target;
    }
}
