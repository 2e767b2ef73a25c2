// A typed reference to a variable (field, static field or array element) with atomic access modes.
// The access methods are signature-polymorphic VM natives like MethodHandle.invoke: the VM boxes
// the call site's arguments and calls accessFromSite (src/natives/invoke_natives.cpp), which adapts
// the site's type to the access mode's type as MethodHandle.asType would (or demands it exactly,
// withInvokeExactBehavior) and runs the access through jdk.internal.misc.Unsafe. Every mode is
// sequentially consistent, which is at least as strong as each mode promises.
package java.lang.invoke;

import java.util.List;

public abstract class VarHandle {

    /** The variable's type as one character: Z B S C I J F D, or L for references. */
    final char kind;
    private final Class<?> varType;
    private final Class<?>[] coordinates;
    private final boolean readOnly;
    private final boolean exact;
    private final MethodType[] modeTypes = new MethodType[AccessMode.values().length];

    // The last call site seen: its interned descriptor and resolved type.
    private String lastSiteDescriptor;
    private MethodType lastSiteType;

    VarHandle(Class<?> varType, Class<?>[] coordinates, boolean readOnly, boolean exact) {
        this.varType = varType;
        this.kind = kindOf(varType);
        this.coordinates = coordinates;
        this.readOnly = readOnly;
        this.exact = exact;
    }

    static char kindOf(Class<?> type) {
        if (type == boolean.class) return 'Z';
        if (type == byte.class) return 'B';
        if (type == short.class) return 'S';
        if (type == char.class) return 'C';
        if (type == int.class) return 'I';
        if (type == long.class) return 'J';
        if (type == float.class) return 'F';
        if (type == double.class) return 'D';
        return 'L';
    }

    // ---- Signature-polymorphic access methods (JLS 15.12.3) ----

    @MethodHandle.PolymorphicSignature
    public final native Object get(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native void set(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native Object getVolatile(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native void setVolatile(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native Object getOpaque(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native void setOpaque(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native Object getAcquire(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native void setRelease(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native boolean compareAndSet(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native Object compareAndExchange(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native Object compareAndExchangeAcquire(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native Object compareAndExchangeRelease(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native boolean weakCompareAndSetPlain(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native boolean weakCompareAndSet(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native boolean weakCompareAndSetAcquire(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native boolean weakCompareAndSetRelease(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native Object getAndSet(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native Object getAndSetAcquire(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native Object getAndSetRelease(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native Object getAndAdd(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native Object getAndAddAcquire(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native Object getAndAddRelease(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native Object getAndBitwiseOr(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native Object getAndBitwiseOrAcquire(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native Object getAndBitwiseOrRelease(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native Object getAndBitwiseAnd(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native Object getAndBitwiseAndAcquire(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native Object getAndBitwiseAndRelease(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native Object getAndBitwiseXor(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native Object getAndBitwiseXorAcquire(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native Object getAndBitwiseXorRelease(Object... args);

    /** Called by the VM for every access call site; args are boxed per the site's descriptor. */
    private static Object accessFromSite(VarHandle handle, String methodName, String descriptor, Class<?> caller,
            Object[] args) throws Throwable {
        AccessMode mode = AccessMode.valueFromMethodName(methodName);
        MethodType site = handle.siteType(descriptor, caller);
        return handle.invokeAdapted(mode, site, args);
    }

    private MethodType siteType(String descriptor, Class<?> caller) {
        if (descriptor == lastSiteDescriptor) {
            return lastSiteType;
        }
        MethodType type = MethodType.forSite(descriptor, caller);
        lastSiteType = type;
        lastSiteDescriptor = descriptor;
        return type;
    }

    /** Runs mode with arguments of type site, converting them and the result as asType would. */
    final Object invokeAdapted(AccessMode mode, MethodType site, Object[] args) {
        MethodType target = accessModeType(mode);
        if (site.equals(target)) {
            return access(mode, args);
        }
        if (exact) {
            throw new WrongMethodTypeException("expected " + target + " but found " + site);
        }
        if (!ValueConversions.canConvert(site, target)) {
            throw new WrongMethodTypeException("cannot convert MethodHandle" + withHandle(target) + " to " + withHandle(site));
        }
        for (int i = 0; i < args.length; i++) {
            args[i] = ValueConversions.convert(args[i], site.parameterType(i), target.parameterType(i));
        }
        Object result = access(mode, args);
        return ValueConversions.convert(result, target.returnType(), site.returnType());
    }

    private static MethodType withHandle(MethodType type) {
        return type.insertParameterTypes(0, VarHandle.class);
    }

    /** The access with arguments exactly of accessModeType(mode), primitives boxed. */
    final Object access(AccessMode mode, Object[] args) {
        if (!isAccessModeSupported(mode)) {
            throw new UnsupportedOperationException();
        }
        Object base = base(mode, args);
        long offset = offset(args);
        int v = coordinates.length;
        switch (mode.type) {
            case GET:
                return VarStorage.get(kind, base, offset);
            case SET:
                VarStorage.set(kind, base, offset, args[v]);
                return null;
            case COMPARE_AND_SET:
                return VarStorage.compareAndSet(kind, base, offset, args[v], args[v + 1]);
            case COMPARE_AND_EXCHANGE:
                return VarStorage.compareAndExchange(kind, base, offset, args[v], args[v + 1]);
            case GET_AND_SET:
                return VarStorage.getAndSet(kind, base, offset, args[v]);
            case GET_AND_ADD:
                return VarStorage.getAndAdd(kind, base, offset, args[v]);
            default:
                return VarStorage.getAndBitwise(mode.type, kind, base, offset, args[v]);
        }
    }

    /** The object holding the variable (checked: never null), from the coordinate arguments. */
    abstract Object base(AccessMode mode, Object[] args);

    /** The variable's offset in base (bounds checked), from the coordinate arguments. */
    abstract long offset(Object[] args);

    /** A handle like this one but with the other invocation behaviour. */
    abstract VarHandle withExact(boolean exact);

    // ---- Description ----

    public final Class<?> varType() {
        return varType;
    }

    public final List<Class<?>> coordinateTypes() {
        return List.of(coordinates);
    }

    public final MethodType accessModeType(AccessMode accessMode) {
        MethodType type = modeTypes[accessMode.ordinal()];
        if (type == null) {
            type = computeModeType(accessMode.type);
            modeTypes[accessMode.ordinal()] = type;
        }
        return type;
    }

    private MethodType computeModeType(AccessType type) {
        MethodType coords = MethodType.methodType(void.class, coordinates);
        switch (type) {
            case GET:
                return coords.changeReturnType(varType);
            case SET:
                return coords.appendParameterTypes(varType);
            case COMPARE_AND_SET:
                return coords.appendParameterTypes(varType, varType).changeReturnType(boolean.class);
            case COMPARE_AND_EXCHANGE:
                return coords.appendParameterTypes(varType, varType).changeReturnType(varType);
            default:
                return coords.appendParameterTypes(varType).changeReturnType(varType);
        }
    }

    public final boolean isAccessModeSupported(AccessMode accessMode) {
        AccessType type = accessMode.type;
        if (type == AccessType.GET) {
            return true;
        }
        if (readOnly) {
            return false;
        }
        if (type == AccessType.GET_AND_ADD) {
            return kind != 'L' && kind != 'Z';
        }
        if (type == AccessType.GET_AND_BITWISE_OR || type == AccessType.GET_AND_BITWISE_AND
                || type == AccessType.GET_AND_BITWISE_XOR) {
            return kind != 'L' && kind != 'F' && kind != 'D';
        }
        return true;
    }

    public boolean hasInvokeExactBehavior() {
        return exact;
    }

    public VarHandle withInvokeExactBehavior() {
        return exact ? this : withExact(true);
    }

    public VarHandle withInvokeBehavior() {
        return exact ? withExact(false) : this;
    }

    boolean isReadOnly() {
        return readOnly;
    }

    public MethodHandle toMethodHandle(AccessMode accessMode) {
        MethodType type = accessModeType(accessMode).insertParameterTypes(0, VarHandle.class);
        MethodHandle invoker = new AccessInvoker(type, accessMode);
        return invoker.bindTo(this);
    }

    @Override
    public final String toString() {
        return "VarHandle[varType=" + varType.getName() + ", coord=" + coordinateTypes() + "]";
    }

    /** An invoker of one access mode: (VarHandle, coordinates..., values...) -> result. */
    private static final class AccessInvoker extends MethodHandle {
        private final AccessMode mode;

        AccessInvoker(MethodType type, AccessMode mode) {
            super(type);
            this.mode = mode;
        }

        @Override
        Object invokeBoxed(Object[] args) {
            VarHandle handle = (VarHandle) args[0];
            Object[] rest = new Object[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            return handle.access(mode, rest);
        }
    }

    // ---- Fences ----

    public static void fullFence() {
        jdk.internal.misc.Unsafe.fullFence();
    }

    public static void acquireFence() {
        jdk.internal.misc.Unsafe.loadFence();
    }

    public static void releaseFence() {
        jdk.internal.misc.Unsafe.storeFence();
    }

    public static void loadLoadFence() {
        jdk.internal.misc.Unsafe.loadFence();
    }

    public static void storeStoreFence() {
        jdk.internal.misc.Unsafe.storeFence();
    }

    // ---- Access modes ----

    enum AccessType {
        GET, SET, COMPARE_AND_SET, COMPARE_AND_EXCHANGE, GET_AND_SET, GET_AND_ADD,
        GET_AND_BITWISE_OR, GET_AND_BITWISE_AND, GET_AND_BITWISE_XOR
    }

    public enum AccessMode {
        GET("get", AccessType.GET),
        SET("set", AccessType.SET),
        GET_VOLATILE("getVolatile", AccessType.GET),
        SET_VOLATILE("setVolatile", AccessType.SET),
        GET_ACQUIRE("getAcquire", AccessType.GET),
        SET_RELEASE("setRelease", AccessType.SET),
        GET_OPAQUE("getOpaque", AccessType.GET),
        SET_OPAQUE("setOpaque", AccessType.SET),
        COMPARE_AND_SET("compareAndSet", AccessType.COMPARE_AND_SET),
        COMPARE_AND_EXCHANGE("compareAndExchange", AccessType.COMPARE_AND_EXCHANGE),
        COMPARE_AND_EXCHANGE_ACQUIRE("compareAndExchangeAcquire", AccessType.COMPARE_AND_EXCHANGE),
        COMPARE_AND_EXCHANGE_RELEASE("compareAndExchangeRelease", AccessType.COMPARE_AND_EXCHANGE),
        WEAK_COMPARE_AND_SET_PLAIN("weakCompareAndSetPlain", AccessType.COMPARE_AND_SET),
        WEAK_COMPARE_AND_SET("weakCompareAndSet", AccessType.COMPARE_AND_SET),
        WEAK_COMPARE_AND_SET_ACQUIRE("weakCompareAndSetAcquire", AccessType.COMPARE_AND_SET),
        WEAK_COMPARE_AND_SET_RELEASE("weakCompareAndSetRelease", AccessType.COMPARE_AND_SET),
        GET_AND_SET("getAndSet", AccessType.GET_AND_SET),
        GET_AND_SET_ACQUIRE("getAndSetAcquire", AccessType.GET_AND_SET),
        GET_AND_SET_RELEASE("getAndSetRelease", AccessType.GET_AND_SET),
        GET_AND_ADD("getAndAdd", AccessType.GET_AND_ADD),
        GET_AND_ADD_ACQUIRE("getAndAddAcquire", AccessType.GET_AND_ADD),
        GET_AND_ADD_RELEASE("getAndAddRelease", AccessType.GET_AND_ADD),
        GET_AND_BITWISE_OR("getAndBitwiseOr", AccessType.GET_AND_BITWISE_OR),
        GET_AND_BITWISE_OR_RELEASE("getAndBitwiseOrRelease", AccessType.GET_AND_BITWISE_OR),
        GET_AND_BITWISE_OR_ACQUIRE("getAndBitwiseOrAcquire", AccessType.GET_AND_BITWISE_OR),
        GET_AND_BITWISE_AND("getAndBitwiseAnd", AccessType.GET_AND_BITWISE_AND),
        GET_AND_BITWISE_AND_RELEASE("getAndBitwiseAndRelease", AccessType.GET_AND_BITWISE_AND),
        GET_AND_BITWISE_AND_ACQUIRE("getAndBitwiseAndAcquire", AccessType.GET_AND_BITWISE_AND),
        GET_AND_BITWISE_XOR("getAndBitwiseXor", AccessType.GET_AND_BITWISE_XOR),
        GET_AND_BITWISE_XOR_RELEASE("getAndBitwiseXorRelease", AccessType.GET_AND_BITWISE_XOR),
        GET_AND_BITWISE_XOR_ACQUIRE("getAndBitwiseXorAcquire", AccessType.GET_AND_BITWISE_XOR);

        private final String methodName;
        final AccessType type;

        AccessMode(String methodName, AccessType type) {
            this.methodName = methodName;
            this.type = type;
        }

        public String methodName() {
            return methodName;
        }

        private static final AccessMode[] ALL = values();

        public static AccessMode valueFromMethodName(String methodName) {
            for (AccessMode mode : ALL) {
                if (mode.methodName == methodName) {
                    return mode; // the VM passes interned names
                }
            }
            for (AccessMode mode : ALL) {
                if (mode.methodName.equals(methodName)) {
                    return mode;
                }
            }
            throw new IllegalArgumentException("No AccessMode value for method name " + methodName);
        }
    }
}
