// The bootstrap methods javac uses for indified string concatenation. The VM intrinsifies
// both; these bodies exist only so that user code can be compiled against this library.
package java.lang.invoke;

public final class StringConcatFactory {

    private StringConcatFactory() {}

    public static CallSite makeConcat(MethodHandles.Lookup lookup, String name, MethodType concatType)
            throws StringConcatException {
        throw new UnsupportedOperationException("islet: intrinsified by the VM");
    }

    public static CallSite makeConcatWithConstants(MethodHandles.Lookup lookup, String name,
            MethodType concatType, String recipe, Object... constants) throws StringConcatException {
        throw new UnsupportedOperationException("islet: intrinsified by the VM");
    }
}
