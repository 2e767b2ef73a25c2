// Method references: static, bound instance, unbound instance, constructor refs (class, generic,
// array), super::method, this::method, varargs, references to overloaded methods, interface
// default methods, and primitive adaptation by the metafactory.
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;

public class MethodRefs {
    static class Base {
        String greet(String who) {
            return "Base greets " + who;
        }
    }

    static class Derived extends Base {
        @Override
        String greet(String who) {
            return "Derived greets " + who;
        }

        Function<String, String> viaSuper() {
            return super::greet;
        }

        Function<String, String> viaThis() {
            return this::greet;
        }
    }

    static class Point {
        final int x, y;

        Point() {
            this(0, 0);
        }

        Point(int x, int y) {
            this.x = x;
            this.y = y;
        }

        int sum() {
            return x + y;
        }

        public String toString() {
            return "Point(" + x + "," + y + ")";
        }
    }

    interface Shape {
        default String describe() {
            return "shape with " + sides() + " sides";
        }

        int sides();
    }

    static int twice(int x) {
        return 2 * x;
    }

    static String join(String... parts) {
        return String.join("+", parts);
    }

    static long widen(int x) {
        return x * 1000L;
    }

    interface Joiner3 {
        String join(String a, String b, String c);
    }

    interface IntToLongFn {
        long apply(int x);
    }

    interface BoxingFn {
        Integer apply(int x);
    }

    public static void main(String[] args) {
        IntUnaryOperator t = MethodRefs::twice;
        System.out.println("static: " + t.applyAsInt(21));
        Function<Integer, Integer> boxedStatic = MethodRefs::twice;
        System.out.println("static boxed: " + boxedStatic.apply(5));
        String prefix = "pre-";
        Function<String, String> bound = prefix::concat;
        System.out.println("bound: " + bound.apply("fix"));
        Function<String, String> unbound = String::toUpperCase;
        System.out.println("unbound: " + unbound.apply("shout"));
        BiFunction<String, Integer, Character> charAt = String::charAt;
        System.out.println("unbound 2 args: " + charAt.apply("hello", 1));
        Supplier<Point> ctor0 = Point::new;
        BiFunction<Integer, Integer, Point> ctor2 = Point::new;
        System.out.println("ctor: " + ctor0.get() + " " + ctor2.apply(3, 4));
        ToIntFunction<Point> sum = Point::sum;
        System.out.println("unbound int: " + sum.applyAsInt(new Point(5, 6)));
        Supplier<List<String>> listCtor = ArrayList::new;
        List<String> list = listCtor.get();
        list.add("a");
        System.out.println("generic ctor: " + list);
        IntFunction<int[]> arrCtor = int[]::new;
        IntFunction<String[]> sArrCtor = String[]::new;
        System.out.println("array ctor: " + arrCtor.apply(4).length + " " + sArrCtor.apply(2).getClass().getSimpleName());
        Derived d = new Derived();
        System.out.println("super:: " + d.viaSuper().apply("x") + " | this:: " + d.viaThis().apply("y"));
        Function<String, String> virt = new Base()::greet;
        Function<String, String> virt2 = ((Base) d)::greet;
        System.out.println("virtual dispatch: " + virt.apply("a") + " | " + virt2.apply("b"));
        Joiner3 j3 = MethodRefs::join;
        System.out.println("varargs: " + j3.join("a", "b", "c"));
        IntToLongFn widen = MethodRefs::widen;
        IntToLongFn widenInt = MethodRefs::twice;
        System.out.println("widening: " + widen.apply(7) + " " + widenInt.apply(8));
        BoxingFn box = MethodRefs::twice;
        System.out.println("boxing: " + box.apply(9));
        Shape tri = () -> 3;
        Supplier<String> dflt = tri::describe;
        System.out.println("default via ref: " + dflt.get());
        UnaryOperator<String> trim = String::trim;
        System.out.println("unary: [" + trim.apply("  t  ") + "]");
        Function<Object, String> valueOf = String::valueOf;
        System.out.println("overloaded valueOf(Object): " + valueOf.apply(null) + " " + valueOf.apply(12));
        IntFunction<String> toStr = Integer::toString;
        System.out.println("Integer::toString static: " + toStr.apply(77));
        BiFunction<Integer, Integer, Integer> max = Math::max;
        System.out.println("Math::max " + max.apply(3, 9));
        Runnable println = System.out::println;
        println.run();
        Function<String, Integer> parse = Integer::parseInt;
        System.out.println("parse " + (parse.apply("123") + 1));
        String target = null;
        try {
            Supplier<Integer> npe = target::length;
            System.out.println("not reached " + npe);
        } catch (NullPointerException e) {
            System.out.println("bound null receiver: " + e.getClass().getName());
        }
    }
}
