// A typed, directly executable reference to a method, constructor, field or adapter chain.
//
// islet's method handles run on boxed values: every handle implements invokeBoxed(Object[]),
// whose arguments are exactly of the handle's type with primitives in their wrappers. The
// signature-polymorphic invokeExact/invoke are VM natives (src/natives/invoke_natives.cpp): the
// VM boxes the call site's arguments and calls invokeFromSite, which checks the type exactly
// (invokeExact) or adapts it with asType (invoke), and unboxes the result for the call site.
package java.lang.invoke;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

public abstract class MethodHandle {

    /** Marks the signature-polymorphic methods for javac (JLS 15.12.3). */
    @Target({ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @interface PolymorphicSignature {
    }

    private final MethodType type;
    private MethodHandle asTypeCache;

    MethodHandle(MethodType type) {
        if (type == null) {
            throw new NullPointerException();
        }
        this.type = type;
    }

    public MethodType type() {
        return type;
    }

    @PolymorphicSignature
    public final native Object invokeExact(Object... args) throws Throwable;

    @PolymorphicSignature
    public final native Object invoke(Object... args) throws Throwable;

    /** Runs the handle; args match type() exactly (primitives boxed), the result likewise. */
    abstract Object invokeBoxed(Object[] args) throws Throwable;

    /** Called by the VM for invokeExact (exact) and invoke call sites with their descriptor. */
    private static Object invokeFromSite(MethodHandle handle, String descriptor, Class<?> caller, boolean exact,
            Object[] args) throws Throwable {
        MethodType site = MethodType.forSite(descriptor, caller);
        if (site.equals(handle.type)) {
            return handle.invokeBoxed(args);
        }
        if (exact) {
            throw new WrongMethodTypeException("expected " + handle.type + " but found " + site);
        }
        return handle.asType(site).invokeBoxed(args);
    }

    public Object invokeWithArguments(Object... arguments) throws Throwable {
        Object[] args = arguments == null ? new Object[0] : arguments.clone();
        return asType(MethodType.genericMethodType(args.length)).invokeBoxed(args);
    }

    public Object invokeWithArguments(List<?> arguments) throws Throwable {
        return invokeWithArguments(arguments.toArray());
    }

    // ---- Adapting ----

    public final MethodHandle asType(MethodType newType) {
        if (newType.equals(type)) {
            return this;
        }
        MethodHandle cached = asTypeCache;
        if (cached != null && cached.type.equals(newType)) {
            return cached;
        }
        MethodHandle adapted = asTypeUncached(newType);
        asTypeCache = adapted;
        return adapted;
    }

    MethodHandle asTypeUncached(MethodType newType) {
        if (!ValueConversions.canConvert(newType, type)) {
            throw new WrongMethodTypeException("cannot convert " + this + " to " + newType);
        }
        return new Adapters.Convert(this, newType, false);
    }

    public MethodHandle bindTo(Object x) {
        if (type.parameterCount() == 0 || type.parameterType(0).isPrimitive()) {
            throw new IllegalArgumentException("no leading reference parameter");
        }
        Object value = type.parameterType(0).cast(x);
        return new Adapters.Insert(this, 0, new Object[] {value});
    }

    public MethodHandle asSpreader(Class<?> arrayType, int arrayLength) {
        return asSpreader(type.parameterCount() - arrayLength, arrayType, arrayLength);
    }

    public MethodHandle asSpreader(int spreadArgPos, Class<?> arrayType, int arrayLength) {
        if (arrayType == null || !arrayType.isArray()) {
            throw new IllegalArgumentException("not an array type: " + arrayType);
        }
        if (arrayLength < 0 || spreadArgPos < 0 || spreadArgPos + arrayLength > type.parameterCount()) {
            throw new IllegalArgumentException("bad spread array length");
        }
        return new Adapters.Spread(this, spreadArgPos, arrayType, arrayLength);
    }

    public MethodHandle asCollector(Class<?> arrayType, int arrayLength) {
        return asCollector(type.parameterCount() - 1, arrayType, arrayLength);
    }

    public MethodHandle asCollector(int collectArgPos, Class<?> arrayType, int arrayLength) {
        if (collectArgPos < 0 || collectArgPos >= type.parameterCount()) {
            throw new IllegalArgumentException("bad collect position");
        }
        if (arrayType == null || !arrayType.isArray()
                || !type.parameterType(collectArgPos).isAssignableFrom(arrayType)) {
            throw new IllegalArgumentException("array type not assignable to argument: " + this + ", " + arrayType);
        }
        if (arrayLength < 0 || arrayLength > 254) {
            throw new IllegalArgumentException("bad collect array length " + arrayLength);
        }
        return new Adapters.Collect(this, collectArgPos, arrayType, arrayLength);
    }

    public MethodHandle asVarargsCollector(Class<?> arrayType) {
        if (arrayType == null || !arrayType.isArray()) {
            throw new IllegalArgumentException("not an array type: " + arrayType);
        }
        if (type.parameterCount() == 0 || !type.lastParameterType().isAssignableFrom(arrayType)) {
            throw new IllegalArgumentException("array type not assignable to trailing argument: " + this + ", "
                    + arrayType);
        }
        return new Adapters.VarargsCollector(asFixedArity(), arrayType);
    }

    public boolean isVarargsCollector() {
        return false;
    }

    public MethodHandle asFixedArity() {
        return this;
    }

    public MethodHandle withVarargs(boolean makeVarargs) {
        if (makeVarargs == isVarargsCollector()) {
            return this;
        }
        if (!makeVarargs) {
            return asFixedArity();
        }
        if (type.parameterCount() == 0 || !type.lastParameterType().isArray()) {
            throw new IllegalArgumentException("not an array type: " + type.lastParameterType());
        }
        return asVarargsCollector(type.lastParameterType());
    }

    /** A varargs collector over this handle when `member` is a varargs method or constructor. */
    MethodHandle setVarargs(boolean isVarargs) {
        return isVarargs ? asVarargsCollector(type.lastParameterType()) : this;
    }

    public String toString() {
        return "MethodHandle" + type;
    }
}
