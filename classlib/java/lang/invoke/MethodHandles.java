// Factories for method handles and the Lookup passed to bootstrap methods. Step 1: compile-time
// anchors for javac; the VM intrinsifies the bootstrap methods and never runs these bodies.
package java.lang.invoke;

public class MethodHandles {

    private MethodHandles() {}

    private static UnsupportedOperationException intrinsified() {
        return new UnsupportedOperationException("islet: intrinsified by the VM");
    }

    public static Lookup lookup() {
        throw intrinsified();
    }

    public static Lookup publicLookup() {
        throw intrinsified();
    }

    public static final class Lookup {

        public static final int PUBLIC = 0x00000001;
        public static final int PRIVATE = 0x00000002;
        public static final int PROTECTED = 0x00000004;
        public static final int PACKAGE = 0x00000008;
        public static final int MODULE = PACKAGE << 1;
        public static final int UNCONDITIONAL = PACKAGE << 2;
        public static final int ORIGINAL = PACKAGE << 3;

        private Lookup() {}

        public Class<?> lookupClass() {
            throw intrinsified();
        }

        public int lookupModes() {
            throw intrinsified();
        }

        public MethodHandle findStatic(Class<?> refc, String name, MethodType type)
                throws NoSuchMethodException, IllegalAccessException {
            throw intrinsified();
        }

        public MethodHandle findVirtual(Class<?> refc, String name, MethodType type)
                throws NoSuchMethodException, IllegalAccessException {
            throw intrinsified();
        }
    }
}
