// VarHandle on instance fields, static fields and array elements: access modes, conversions, errors.
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

public class VarHandles {
    static class Point {
        volatile int x;
        long y;
        String label;
        byte b;
        short s;
        char c;
        float f;
        double d;
        boolean flag;
        final int fixed = 3;
    }

    static int counter;
    static String staticName = "init";
    static final long CONSTANT = 99L;

    static class Lazy {
        static int value = initValue();

        static int initValue() {
            System.out.println("Lazy initialized");
            return 5;
        }
    }

    public static void main(String[] args) throws Throwable {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        VarHandle X = lookup.findVarHandle(Point.class, "x", int.class);
        VarHandle Y = lookup.findVarHandle(Point.class, "y", long.class);
        VarHandle LABEL = lookup.findVarHandle(Point.class, "label", String.class);
        Point p = new Point();

        System.out.println(X + " " + X.varType() + " " + X.coordinateTypes());
        X.set(p, 10);
        System.out.println((int) X.get(p) + " " + (int) X.getVolatile(p) + " " + (int) X.getAcquire(p) + " " + (int) X.getOpaque(p));
        System.out.println(X.compareAndSet(p, 10, 11) + " " + X.compareAndSet(p, 10, 12) + " " + p.x);
        System.out.println((int) X.compareAndExchange(p, 11, 20) + " " + (int) X.compareAndExchange(p, 11, 30) + " " + p.x);
        System.out.println(X.weakCompareAndSet(p, 20, 21) + " " + X.weakCompareAndSetPlain(p, 21, 22) + " " + X.weakCompareAndSetAcquire(p, 22, 23) + " " + X.weakCompareAndSetRelease(p, 23, 24));
        System.out.println((int) X.getAndAdd(p, 6) + " " + (int) X.getAndSet(p, -1) + " " + (int) X.getAndBitwiseAnd(p, 0xF0) + " " + (int) X.getAndBitwiseOr(p, 3) + " " + (int) X.getAndBitwiseXor(p, 0xFF) + " " + p.x);
        X.setVolatile(p, 1); X.setRelease(p, X.getAndAddAcquire(p, 1)); X.setOpaque(p, (int) X.getAndAddRelease(p, 5) + 100);
        System.out.println("x=" + p.x);

        Y.set(p, Long.MAX_VALUE);
        System.out.println((long) Y.getAndAdd(p, 1L) + " " + p.y + " " + Y.compareAndSet(p, Long.MIN_VALUE, 7L) + " " + p.y);

        System.out.println(LABEL.compareAndSet(p, null, "a") + " " + (String) LABEL.getAndSet(p, "b") + " " + LABEL.get(p) + " " + p.label);
        String copy = new String("b");
        System.out.println("identity " + LABEL.compareAndSet(p, copy, "c") + " " + p.label);

        // Narrow and floating types.
        VarHandle B = lookup.findVarHandle(Point.class, "b", byte.class);
        B.set(p, (byte) 120);
        System.out.println((byte) B.getAndAdd(p, (byte) 10) + " " + p.b + " " + B.compareAndSet(p, (byte) -126, (byte) 1) + " " + p.b);
        VarHandle S = lookup.findVarHandle(Point.class, "s", short.class);
        S.set(p, (short) -1);
        System.out.println((short) S.getAndBitwiseAnd(p, (short) 0x0FF0) + " " + p.s + " " + S.compareAndExchange(p, (short) 0x0FF0, (short) 7) + " " + p.s);
        VarHandle C = lookup.findVarHandle(Point.class, "c", char.class);
        C.set(p, 'A');
        System.out.println((char) C.getAndAdd(p, (char) 2) + " " + p.c + " " + C.compareAndSet(p, 'C', '\uffff') + " " + (int) p.c + " " + C.compareAndSet(p, '\uffff', 'z') + " " + p.c);
        VarHandle F = lookup.findVarHandle(Point.class, "f", float.class);
        F.set(p, 1.5f);
        System.out.println((float) F.getAndAdd(p, 0.25f) + " " + p.f + " " + F.compareAndSet(p, 1.75f, Float.NaN) + " " + F.compareAndSet(p, Float.NaN, 2f) + " " + p.f);
        VarHandle D = lookup.findVarHandle(Point.class, "d", double.class);
        D.set(p, -0.0);
        System.out.println(D.compareAndSet(p, 0.0, 1.0) + " " + D.compareAndSet(p, -0.0, 1.0) + " " + (double) D.getAndAdd(p, 0.5) + " " + p.d);
        VarHandle FLAG = lookup.findVarHandle(Point.class, "flag", boolean.class);
        System.out.println((boolean) FLAG.getAndBitwiseOr(p, true) + " " + (boolean) FLAG.getAndBitwiseXor(p, true) + " " + p.flag + " " + FLAG.compareAndSet(p, false, true) + " " + p.flag);

        // Statics, including class initialization on first access.
        VarHandle COUNTER = lookup.findStaticVarHandle(VarHandles.class, "counter", int.class);
        VarHandle NAME = lookup.findStaticVarHandle(VarHandles.class, "staticName", String.class);
        for (int i = 0; i < 5; i++) COUNTER.getAndAdd(i);
        System.out.println(counter + " " + (int) COUNTER.get() + " " + NAME.compareAndSet("init", "next") + " " + staticName + " " + NAME.coordinateTypes());
        VarHandle LAZY = lookup.findStaticVarHandle(Lazy.class, "value", int.class);
        System.out.println("handle made");
        System.out.println((int) LAZY.getAndAdd(1) + " " + Lazy.value);

        // Arrays.
        VarHandle INTS = MethodHandles.arrayElementVarHandle(int[].class);
        int[] ints = new int[4];
        for (int i = 0; i < 4; i++) INTS.setVolatile(ints, i, i * 10);
        System.out.println(Arrays.toString(ints) + " " + (int) INTS.getAndAdd(ints, 3, 5) + " " + INTS.compareAndSet(ints, 0, 0, -1) + " " + Arrays.toString(ints) + " " + INTS);
        VarHandle STRS = MethodHandles.arrayElementVarHandle(String[].class);
        String[] strs = {"p", "q"};
        System.out.println((String) STRS.getAndSet(strs, 1, "r") + " " + Arrays.toString(strs) + " " + STRS.varType());
        VarHandle OBJS = MethodHandles.arrayElementVarHandle(Object[].class);
        Object[] covariant = new Integer[2];
        attempt("store String into Integer[]", () -> OBJS.set(covariant, 0, "no"));
        attempt("index 4", () -> INTS.get(ints, 4));
        attempt("index -1", () -> INTS.set(ints, -1, 0));
        attempt("null array get", () -> INTS.get((int[]) null, 0));
        attempt("null array set", () -> STRS.set((String[]) null, 0, "s"));
        attempt("null array cas", () -> INTS.compareAndSet((int[]) null, 0, 1, 2));
        attempt("not an array", () -> MethodHandles.arrayElementVarHandle(String.class));

        // Conversions at the call site, as MethodHandle.invoke would do.
        Object boxed = X.get(p);
        long widened = (long) X.get(p);
        X.set(p, (short) 7);
        System.out.println(boxed + " " + widened + " " + p.x);
        attempt("wrong value type", () -> X.set(p, "seven"));
        attempt("missing argument", () -> X.set(p));
        attempt("null receiver", () -> X.get((Point) null));
        attempt("wrong receiver", () -> X.get((Object) "string"));
        attempt("exact mismatch", () -> { int unused = (int) X.withInvokeExactBehavior().get(p, 1); });
        System.out.println(X.withInvokeExactBehavior().hasInvokeExactBehavior() + " " + X.hasInvokeExactBehavior());

        // Unsupported modes and read-only handles.
        VarHandle FIXED = lookup.findVarHandle(Point.class, "fixed", int.class);
        VarHandle CONST = lookup.findStaticVarHandle(VarHandles.class, "CONSTANT", long.class);
        System.out.println((int) FIXED.get(p) + " " + (long) CONST.get());
        attempt("set final", () -> FIXED.set(p, 4));
        attempt("cas final static", () -> CONST.compareAndSet(99L, 100L));
        attempt("add on reference", () -> LABEL.getAndAdd(p, "x"));
        attempt("bitwise on double", () -> D.getAndBitwiseOr(p, 1.0));
        for (VarHandle.AccessMode mode : new VarHandle.AccessMode[] {VarHandle.AccessMode.GET, VarHandle.AccessMode.SET,
                VarHandle.AccessMode.GET_AND_ADD, VarHandle.AccessMode.GET_AND_BITWISE_OR, VarHandle.AccessMode.COMPARE_AND_EXCHANGE}) {
            System.out.println(mode + " " + mode.methodName() + " label:" + LABEL.isAccessModeSupported(mode) + " fixed:" + FIXED.isAccessModeSupported(mode) + " " + X.accessModeType(mode));
        }
        System.out.println(VarHandle.AccessMode.valueFromMethodName("getAndAddAcquire"));
        attempt("bad mode name", () -> VarHandle.AccessMode.valueFromMethodName("frobnicate"));

        // Lookup failures.
        attempt("no such field", () -> lookup.findVarHandle(Point.class, "z", int.class));
        attempt("wrong type", () -> lookup.findVarHandle(Point.class, "x", long.class));
        attempt("static via instance", () -> lookup.findVarHandle(VarHandles.class, "counter", int.class));
        attempt("instance via static", () -> lookup.findStaticVarHandle(Point.class, "x", int.class));

        // toMethodHandle and unreflect.
        MethodHandle getAndAdd = X.toMethodHandle(VarHandle.AccessMode.GET_AND_ADD);
        System.out.println(getAndAdd.type() + " " + (int) getAndAdd.invokeExact(p, 100) + " " + p.x);
        VarHandle viaReflection = lookup.unreflectVarHandle(Point.class.getDeclaredField("y"));
        System.out.println((long) viaReflection.getAndSet(p, 5L) + " " + p.y);
        VarHandle.fullFence(); VarHandle.acquireFence(); VarHandle.releaseFence(); VarHandle.loadLoadFence(); VarHandle.storeStoreFence();
        System.out.println("fences ok");
    }

    interface Body { void run() throws Throwable; }

    static void attempt(String what, Body body) {
        try {
            body.run();
            System.out.println(what + ": no exception");
        } catch (Throwable e) {
            // IllegalAccessException messages end with the lookup's module identity hash.
            String text = e.toString();
            int from = text.indexOf(", from ");
            System.out.println(what + ": " + (from < 0 ? text : text.substring(0, from)));
        }
    }
}
