// The bootstrap methods javac uses for lambdas and method references. The VM intrinsifies
// both; these bodies exist only so that javac can compile against this library.
package java.lang.invoke;

public final class LambdaMetafactory {

    private LambdaMetafactory() {}

    public static final int FLAG_SERIALIZABLE = 1 << 0;
    public static final int FLAG_MARKERS = 1 << 1;
    public static final int FLAG_BRIDGES = 1 << 2;

    public static CallSite metafactory(MethodHandles.Lookup caller, String interfaceMethodName,
            MethodType factoryType, MethodType interfaceMethodType, MethodHandle implementation,
            MethodType dynamicMethodType) throws LambdaConversionException {
        throw new UnsupportedOperationException("islet: intrinsified by the VM");
    }

    public static CallSite altMetafactory(MethodHandles.Lookup caller, String interfaceMethodName,
            MethodType factoryType, Object... args) throws LambdaConversionException {
        throw new UnsupportedOperationException("islet: intrinsified by the VM");
    }
}
