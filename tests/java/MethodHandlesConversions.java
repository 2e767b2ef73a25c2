// The asType conversions of MethodHandle.invoke and asType: primitive widening, boxing, unboxing
// (from wrappers and from Object), reference casts, void results, and the failures: exact-type
// mismatches of invokeExact, impossible conversions, ClassCastException and NullPointerException
// at run time, with HotSpot's messages.
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.WrongMethodTypeException;

public class MethodHandlesConversions {
    static int twice(int x) {
        return 2 * x;
    }

    static double half(long x) {
        return x / 2.0;
    }

    static String describe(Object o) {
        return "describe(" + o + ")";
    }

    static void sink(Integer boxed) {
        System.out.println("  sink got " + boxed);
    }

    static Number number(int x) {
        return x;
    }

    static boolean flip(boolean b) {
        return !b;
    }

    static char next(char c) {
        return (char) (c + 1);
    }

    interface Step {
        void run() throws Throwable;
    }

    static void attempt(String label, Step step) {
        try {
            step.run();
        } catch (Throwable t) {
            System.out.println(label + ": " + t);
        }
    }

    public static void main(String[] args) throws Throwable {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        MethodHandle twice = lookup.findStatic(MethodHandlesConversions.class, "twice", MethodType.methodType(int.class, int.class));
        MethodHandle half = lookup.findStatic(MethodHandlesConversions.class, "half", MethodType.methodType(double.class, long.class));
        MethodHandle describe = lookup.findStatic(MethodHandlesConversions.class, "describe", MethodType.methodType(String.class, Object.class));
        MethodHandle sink = lookup.findStatic(MethodHandlesConversions.class, "sink", MethodType.methodType(void.class, Integer.class));
        MethodHandle number = lookup.findStatic(MethodHandlesConversions.class, "number", MethodType.methodType(Number.class, int.class));
        MethodHandle flip = lookup.findStatic(MethodHandlesConversions.class, "flip", MethodType.methodType(boolean.class, boolean.class));
        MethodHandle next = lookup.findStatic(MethodHandlesConversions.class, "next", MethodType.methodType(char.class, char.class));

        System.out.println("byte->int: " + (int) twice.invoke((byte) 4));
        System.out.println("char->int: " + (int) twice.invoke('A'));
        System.out.println("Integer->int: " + (int) twice.invoke(Integer.valueOf(6)));
        System.out.println("Short->int: " + (int) twice.invoke(Short.valueOf((short) 7)));
        System.out.println("Object(Integer)->int: " + (int) twice.invoke((Object) 8));
        System.out.println("Object(Character)->int: " + (int) twice.invoke((Object) 'a'));
        System.out.println("Number(Byte)->int: " + (int) twice.invoke((Number) Byte.valueOf((byte) 9)));
        System.out.println("int->long result: " + (long) twice.invoke(10));
        System.out.println("int->double result: " + (double) twice.invoke(11));
        System.out.println("int->Object result: " + (Object) twice.invoke(12));
        System.out.println("int->Integer result: " + (Integer) twice.invoke(13));
        System.out.println("int->Number result: " + (Number) twice.invoke(14));
        twice.invoke(15);
        System.out.println("void result dropped");
        System.out.println("int->long arg: " + (double) half.invoke(5));
        System.out.println("Integer->long arg: " + (double) half.invoke(Integer.valueOf(7)));
        System.out.println("double->Object: " + half.invoke(3L));
        System.out.println("int->Object arg: " + (String) describe.invoke(42));
        System.out.println("boolean->Object arg: " + (String) describe.invoke(true));
        System.out.println("String->Object arg: " + (String) describe.invoke("s"));
        System.out.println("String result as Object: " + describe.invoke((Object) null));
        sink.invoke(5);
        sink.invoke((Object) 6);
        sink.invoke((Integer) null);
        System.out.println("Number->int: " + (int) number.invoke(3));
        System.out.println("boolean: " + (boolean) flip.invoke(true) + " Boolean->boolean: " + (boolean) flip.invoke(Boolean.FALSE)
                + " Object->boolean: " + (boolean) flip.invoke((Object) true));
        System.out.println("char: " + (char) next.invoke('x') + " char->int result: " + (int) next.invoke('y'));

        MethodHandle asType = twice.asType(MethodType.methodType(Object.class, Object.class));
        System.out.println(asType + " -> " + asType.invoke((Object) 21));
        MethodHandle widenAll = twice.asType(MethodType.methodType(long.class, short.class));
        System.out.println(widenAll + " -> " + (long) widenAll.invokeExact((short) 33));
        MethodHandle toVoid = twice.asType(MethodType.methodType(void.class, int.class));
        toVoid.invokeExact(1);
        System.out.println(toVoid + " ok");
        MethodHandle fromVoid = lookup.findStatic(MethodHandlesConversions.class, "sink",
                MethodType.methodType(void.class, Integer.class)).asType(MethodType.methodType(int.class, Integer.class));
        System.out.println("void->int gives " + (int) fromVoid.invokeExact(Integer.valueOf(3)));
        System.out.println("asType same type returns same handle: " + (twice.asType(twice.type()) == twice));

        attempt("invokeExact Object result", () -> { Object o = twice.invokeExact(1); });
        attempt("invokeExact boxed arg", () -> { int r = (int) twice.invokeExact(Integer.valueOf(1)); });
        attempt("invokeExact long arg", () -> { int r = (int) twice.invokeExact(1L); });
        attempt("invokeExact missing arg", () -> { int r = (int) twice.invokeExact(); });
        attempt("invokeExact void", () -> twice.invokeExact(1));
        attempt("invoke long->int", () -> { int r = (int) twice.invoke(1L); });
        attempt("invoke String->int", () -> { int r = (int) twice.invoke("s"); });
        attempt("invoke int->String result", () -> { String r = (String) twice.invoke(1); });
        attempt("invoke too many args", () -> twice.invoke(1, 2));
        attempt("asType boolean->int", () -> twice.asType(MethodType.methodType(int.class, boolean.class)));
        attempt("asType int->short", () -> twice.asType(MethodType.methodType(short.class, int.class)));
        attempt("asType Long->int", () -> twice.asType(MethodType.methodType(int.class, Long.class)));
        attempt("Object(String)->int at run time", () -> { int r = (int) twice.invoke((Object) "text"); });
        attempt("Object(Long)->int at run time", () -> { int r = (int) twice.invoke((Object) 5L); });
        attempt("Object(Boolean)->int at run time", () -> { int r = (int) twice.invoke((Object) true); });
        attempt("Object(null)->int at run time", () -> { int r = (int) twice.invoke((Object) null); });
        attempt("Integer(null)->int at run time", () -> { int r = (int) twice.invoke((Integer) null); });
        attempt("Object(Integer)->Integer sink wrong", () -> sink.invoke((Object) "no"));
        attempt("Number result to Integer", () -> { Integer r = (Integer) number.asType(MethodType.methodType(Integer.class, int.class)).invoke(4); System.out.println("  " + r); });
        attempt("wrong exception type", () -> { throw new WrongMethodTypeException("custom"); });
        MethodHandle generic = MethodHandles.explicitCastArguments(twice, MethodType.methodType(byte.class, double.class));
        System.out.println("explicitCast " + generic + " -> " + (byte) generic.invokeExact(100.7));
    }
}
