// A typed reference to an executable. Step 1: a compile-time anchor only (the VM intrinsifies
// the bootstrap methods javac emits); invocation arrives with java.lang.invoke support.
package java.lang.invoke;

public abstract class MethodHandle {

    private final MethodType type;

    MethodHandle(MethodType type) {
        this.type = type;
    }

    public MethodType type() {
        return type;
    }
}
