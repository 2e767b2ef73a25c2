// MethodHandles combinators: constant, identity, zero, empty, insertArguments, dropArguments,
// filterArguments, filterReturnValue, foldArguments, permuteArguments, guardWithTest,
// catchException, throwException, array element access, spreaders, collectors and invokers,
// with the IllegalArgumentException messages of invalid combinations.
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Arrays;

public class MethodHandlesCombinators {
    static int sub(int a, int b) {
        return a - b;
    }

    static String greet(String greeting, String name, int times) {
        return (greeting + " " + name + " ").repeat(times).trim();
    }

    static boolean isPositive(int x) {
        return x > 0;
    }

    static String positive(int x) {
        return "positive " + x;
    }

    static String other(int x) {
        return "not positive " + x;
    }

    static int parse(String s) {
        return Integer.parseInt(s);
    }

    static int recover(NumberFormatException e, String s) {
        return -s.length();
    }

    static int sum(int... values) {
        return Arrays.stream(values).sum();
    }

    static void log(String message) {
        System.out.println("  log: " + message);
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
        MethodHandles.Lookup l = MethodHandles.lookup();
        Class<?> me = MethodHandlesCombinators.class;
        MethodHandle sub = l.findStatic(me, "sub", MethodType.methodType(int.class, int.class, int.class));
        MethodHandle greet = l.findStatic(me, "greet", MethodType.methodType(String.class, String.class, String.class, int.class));
        MethodHandle length = l.findVirtual(String.class, "length", MethodType.methodType(int.class));
        MethodHandle toUpper = l.findVirtual(String.class, "toUpperCase", MethodType.methodType(String.class));
        MethodHandle valueOf = l.findStatic(String.class, "valueOf", MethodType.methodType(String.class, int.class));

        MethodHandle constant = MethodHandles.constant(String.class, "fixed");
        System.out.println(constant + " -> " + (String) constant.invokeExact());
        MethodHandle intConstant = MethodHandles.constant(long.class, 5);
        System.out.println(intConstant + " -> " + (long) intConstant.invokeExact());
        MethodHandle identity = MethodHandles.identity(double.class);
        System.out.println(identity + " -> " + (double) identity.invokeExact(2.5));
        System.out.println("zero " + MethodHandles.zero(int.class) + " -> " + (int) MethodHandles.zero(int.class).invokeExact()
                + ", " + MethodHandles.zero(Object.class).invoke());
        MethodHandle empty = MethodHandles.empty(MethodType.methodType(boolean.class, String.class, int.class));
        System.out.println("empty " + empty + " -> " + (boolean) empty.invokeExact("x", 1));

        MethodHandle subFrom10 = MethodHandles.insertArguments(sub, 0, 10);
        System.out.println(subFrom10 + " -> " + (int) subFrom10.invokeExact(3));
        MethodHandle subtract3 = MethodHandles.insertArguments(sub, 1, (short) 3);
        System.out.println(subtract3 + " -> " + (int) subtract3.invokeExact(10));
        MethodHandle hello = MethodHandles.insertArguments(greet, 0, "hello", "bob");
        System.out.println(hello + " -> " + (String) hello.invokeExact(2));

        MethodHandle dropped = MethodHandles.dropArguments(sub, 1, String.class, long.class);
        System.out.println(dropped + " -> " + (int) dropped.invokeExact(9, "ignored", 5L, 4));
        MethodHandle droppedEnd = MethodHandles.dropArguments(sub, 2, Object.class);
        System.out.println(droppedEnd + " -> " + (int) droppedEnd.invokeExact(1, 2, (Object) "x"));

        MethodHandle lengths = MethodHandles.filterArguments(sub, 0, length, length);
        System.out.println(lengths + " -> " + (int) lengths.invokeExact("abcd", "a"));
        MethodHandle secondOnly = MethodHandles.filterArguments(sub, 1, length);
        System.out.println(secondOnly + " -> " + (int) secondOnly.invokeExact(10, "abc"));
        MethodHandle asText = MethodHandles.filterReturnValue(sub, valueOf);
        System.out.println(asText + " -> " + (String) asText.invokeExact(7, 2));
        MethodHandle shout = MethodHandles.filterReturnValue(MethodHandles.insertArguments(greet, 2, 1), toUpper);
        System.out.println(shout + " -> " + (String) shout.invokeExact("hi", "ann"));

        MethodHandle log = l.findStatic(me, "log", MethodType.methodType(void.class, String.class));
        MethodHandle loggedLength = MethodHandles.foldArguments(length, log);
        System.out.println(loggedLength + " -> " + (int) loggedLength.invokeExact("folded"));
        MethodHandle folded = MethodHandles.foldArguments(MethodHandles.dropArguments(sub, 1, String.class), length);
        System.out.println(folded + " -> " + (int) folded.invokeExact("hello", 3));
        attempt("fold mismatch", () -> MethodHandles.foldArguments(MethodHandles.dropArguments(sub, 2, String.class), length));

        MethodHandle swapped = MethodHandles.permuteArguments(sub, MethodType.methodType(int.class, int.class, int.class), 1, 0);
        System.out.println(swapped + " -> " + (int) swapped.invokeExact(10, 3));
        MethodHandle doubled = MethodHandles.permuteArguments(sub, MethodType.methodType(int.class, int.class), 0, 0);
        System.out.println(doubled + " -> " + (int) doubled.invokeExact(5));

        MethodHandle test = l.findStatic(me, "isPositive", MethodType.methodType(boolean.class, int.class));
        MethodHandle guard = MethodHandles.guardWithTest(test,
                l.findStatic(me, "positive", MethodType.methodType(String.class, int.class)),
                l.findStatic(me, "other", MethodType.methodType(String.class, int.class)));
        System.out.println(guard + " -> " + (String) guard.invokeExact(4) + " / " + (String) guard.invokeExact(-4));

        MethodHandle parse = l.findStatic(me, "parse", MethodType.methodType(int.class, String.class));
        MethodHandle safeParse = MethodHandles.catchException(parse, NumberFormatException.class,
                l.findStatic(me, "recover", MethodType.methodType(int.class, NumberFormatException.class, String.class)));
        System.out.println(safeParse + " -> " + (int) safeParse.invokeExact("12") + " / " + (int) safeParse.invokeExact("oops"));
        MethodHandle thrower = MethodHandles.throwException(String.class, IllegalStateException.class);
        attempt("throwException " + thrower, () -> { String s = (String) thrower.invokeExact(new IllegalStateException("thrown")); });

        MethodHandle getter = MethodHandles.arrayElementGetter(int[].class);
        MethodHandle setter = MethodHandles.arrayElementSetter(String[].class);
        MethodHandle arrayLength = MethodHandles.arrayLength(long[].class);
        MethodHandle newArray = MethodHandles.arrayConstructor(String[].class);
        int[] ints = {5, 6, 7};
        String[] strings = (String[]) newArray.invokeExact(2);
        setter.invokeExact(strings, 1, "set");
        System.out.println(getter + " " + setter + " " + arrayLength + " " + newArray);
        System.out.println("array ops " + (int) getter.invokeExact(ints, 2) + " " + Arrays.toString(strings) + " "
                + (int) arrayLength.invokeExact(new long[4]));
        attempt("array index", () -> { int x = (int) getter.invokeExact(ints, 3); });
        attempt("array store", () -> MethodHandles.arrayElementSetter(Object[].class).invoke(new String[1], 0, 5));

        MethodHandle spread = sub.asSpreader(int[].class, 2);
        System.out.println(spread + " -> " + (int) spread.invokeExact(new int[] {9, 4}));
        MethodHandle spreadObjects = greet.asSpreader(Object[].class, 2);
        System.out.println(spreadObjects + " -> " + (String) spreadObjects.invoke("hey", new Object[] {"you", 2}));
        attempt("spread wrong length", () -> { int x = (int) spread.invokeExact(new int[] {1}); });
        MethodHandle summer = l.findStatic(me, "sum", MethodType.methodType(int.class, int[].class));
        MethodHandle collect3 = summer.asCollector(int[].class, 3);
        System.out.println(collect3 + " -> " + (int) collect3.invokeExact(1, 2, 3) + " varargs " + summer.isVarargsCollector()
                + " " + (int) summer.invoke() + " " + (int) summer.invoke(4, 5));

        MethodHandle invoker = MethodHandles.invoker(MethodType.methodType(int.class, int.class, int.class));
        MethodHandle exact = MethodHandles.exactInvoker(MethodType.methodType(int.class, int.class, int.class));
        System.out.println(invoker + " -> " + (int) invoker.invokeExact(sub, 8, 1) + " / " + (int) exact.invokeExact(sub, 8, 2));
        attempt("exactInvoker mismatch", () -> { int x = (int) exact.invokeExact(length.asType(MethodType.methodType(int.class, Object.class)), 1, 2); });

        attempt("insert too many", () -> MethodHandles.insertArguments(sub, 0, 1, 2, 3));
        attempt("insert wrong type", () -> MethodHandles.insertArguments(sub, 0, "x"));
        attempt("bindTo primitive", () -> sub.bindTo(1));
        attempt("bindTo wrong type", () -> length.bindTo(5));
        attempt("drop out of range", () -> MethodHandles.dropArguments(sub, 3, int.class));
        attempt("filterReturn mismatch", () -> MethodHandles.filterReturnValue(sub, length));
        attempt("permute count", () -> MethodHandles.permuteArguments(sub, MethodType.methodType(int.class, int.class), 0, 1, 0));
        attempt("constant wrong type", () -> MethodHandles.constant(int.class, "s"));
        attempt("constant null primitive", () -> MethodHandles.constant(int.class, null));
        attempt("identity void", () -> MethodHandles.identity(void.class));
        attempt("not an array", () -> MethodHandles.arrayElementGetter(String.class));
    }
}
