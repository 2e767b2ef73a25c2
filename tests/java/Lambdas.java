// Lambdas: capturing locals, parameters and `this`, returning primitives through functional
// interfaces (boxing, unboxing, widening), Runnable, generic functional interfaces, lambdas
// creating lambdas, recursion through a field, lambdas in static and instance initializers.
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.Supplier;

public class Lambdas {
    interface IntToLong {
        long apply(int x);
    }

    interface Widening {
        double apply(int a, long b);
    }

    interface Transformer<A, B> {
        B transform(A a);

        default <C> Transformer<A, C> then(Transformer<B, C> next) {
            return a -> next.transform(transform(a));
        }
    }

    interface ByteSupplier {
        byte get();
    }

    interface CharMaker {
        char make(int code);
    }

    interface BoolFn {
        boolean test(Integer boxed);
    }

    interface VoidWithArgs {
        void accept(String s, int n, double d, long l, char c);
    }

    static final Supplier<String> STATIC_LAMBDA;

    static {
        String prefix = "static";
        STATIC_LAMBDA = () -> prefix + "-init";
    }

    private final String name;
    private int counter;
    private final Supplier<String> instanceLambda = () -> "instance of " + this.toString();

    Lambdas(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return "Lambdas(" + name + ")";
    }

    Runnable incrementer(int by) {
        return () -> counter += by;
    }

    Supplier<String> describe() {
        return () -> name + ":" + counter;
    }

    static IntBinaryOperator FACT;

    public static void main(String[] args) {
        int base = 10;
        String label = "sum";
        BiFunction<Integer, Integer, String> add = (a, b) -> label + "=" + (a + b + base);
        System.out.println(add.apply(1, 2));
        IntToLong square = x -> (long) x * x;
        System.out.println("square " + square.apply(100000));
        Widening w = (a, b) -> a + b;
        System.out.println("widening " + w.apply(1, 2L));
        ByteSupplier bs = () -> (byte) 200;
        System.out.println("byte " + bs.get());
        CharMaker cm = code -> (char) code;
        System.out.println("char " + cm.make(65) + cm.make(0x3b1));
        BoolFn even = n -> n % 2 == 0;
        System.out.println("even " + even.test(4) + " " + even.test(7));
        Function<Integer, Integer> boxedFn = n -> n * 2;
        int unboxed = boxedFn.apply(21);
        System.out.println("boxed fn " + unboxed);
        Supplier<Long> longSupplier = () -> 5L;
        long l = longSupplier.get();
        System.out.println("long supplier " + l);
        VoidWithArgs many = (s, n, d, lg, c) -> System.out.println("many " + s + n + d + lg + c);
        many.accept("s", 1, 2.0, 3L, 'c');
        Runnable r = () -> System.out.println("runnable ran, base=" + base);
        r.run();
        Lambdas obj = new Lambdas("obj");
        Runnable inc = obj.incrementer(5);
        inc.run();
        inc.run();
        System.out.println(obj.describe().get() + " " + obj.instanceLambda.get());
        System.out.println(STATIC_LAMBDA.get());
        Transformer<String, Integer> len = String::length;
        Transformer<String, String> pipeline = len.then(n -> n * n).then(n -> "len^2=" + n);
        System.out.println(pipeline.transform("abcd"));
        Function<Integer, Function<Integer, Integer>> adder = x -> y -> x + y;
        System.out.println("curried " + adder.apply(3).apply(4));
        List<Runnable> actions = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            final int copy = i;
            actions.add(() -> System.out.print("action" + copy + " "));
        }
        for (Runnable a : actions) a.run();
        System.out.println();
        FACT = (n, unused) -> n <= 1 ? 1 : n * FACT.applyAsInt(n - 1, 0);
        System.out.println("fact(10) " + FACT.applyAsInt(10, 0));
        int[] counter = {0};
        Runnable bump = () -> counter[0]++;
        for (int i = 0; i < 7; i++) bump.run();
        System.out.println("array capture " + counter[0]);
        Supplier<Supplier<String>> nested = () -> () -> "nested " + label;
        System.out.println(nested.get().get());
        long bigCapture = Long.MAX_VALUE;
        double dCapture = 0.1;
        Supplier<String> wide = () -> bigCapture + "/" + dCapture;
        System.out.println("wide captures " + wide.get());
        Object o = (Runnable) () -> {};
        System.out.println("is Runnable: " + (o instanceof Runnable) + ", same lambda twice equal: " + o.equals(o));
        Comparable<String> cmp = s -> s.length() - 3;
        System.out.println("comparable lambda " + cmp.compareTo("abcde"));
    }
}
