// java.util.function: default and static combinators of the functional interfaces.
import java.util.*;
import java.util.function.*;

public class FunctionCombinators {
    public static void main(String[] args) {
        Function<Integer, Integer> inc = x -> x + 1;
        Function<Integer, Integer> dbl = x -> x * 2;
        System.out.println(inc.andThen(dbl).apply(5) + " " + inc.compose(dbl).apply(5) + " " + Function.<String>identity().apply("id"));
        BiFunction<Integer, Integer, Integer> add = Integer::sum;
        System.out.println(add.andThen(dbl).apply(3, 4));
        UnaryOperator<String> up = String::toUpperCase;
        System.out.println(up.apply("abc") + " " + UnaryOperator.<String>identity().apply("same"));
        BinaryOperator<String> longer = BinaryOperator.maxBy(Comparator.comparingInt(String::length));
        BinaryOperator<String> shorter = BinaryOperator.minBy(Comparator.comparingInt(String::length));
        System.out.println(longer.apply("aa", "bb") + " " + longer.apply("a", "bbb") + " " + shorter.apply("aa", "bb") + " " + shorter.apply("ccc", "d"));
        Predicate<String> empty = String::isEmpty;
        Predicate<String> longWord = s -> s.length() > 3;
        System.out.println(empty.negate().test("") + " " + empty.or(longWord).test("abcd") + " " + empty.and(longWord).test("") + " "
                + Predicate.not(empty).test("x") + " " + Predicate.isEqual("q").test("q") + " " + Predicate.isEqual(null).test(null)
                + " " + Predicate.isEqual(null).test("x"));
        BiPredicate<String, Integer> hasLength = (s, n) -> s.length() == n;
        System.out.println(hasLength.test("abc", 3) + " " + hasLength.negate().test("abc", 3) + " " + hasLength.and((s, n) -> n > 5).test("abc", 3)
                + " " + hasLength.or((s, n) -> n > 5).test("ab", 9));
        StringBuilder log = new StringBuilder();
        Consumer<String> first = s -> log.append("1").append(s);
        first.andThen(s -> log.append("2").append(s)).accept("x");
        BiConsumer<String, Integer> bc = (s, n) -> log.append(s.repeat(n));
        bc.andThen((s, n) -> log.append(n)).accept("y", 2);
        System.out.println(log);
        Supplier<List<String>> sup = ArrayList::new;
        System.out.println(sup.get().size());
        IntUnaryOperator twice = i -> i * 2;
        IntUnaryOperator plus3 = i -> i + 3;
        System.out.println(twice.andThen(plus3).applyAsInt(5) + " " + twice.compose(plus3).applyAsInt(5) + " " + IntUnaryOperator.identity().applyAsInt(9));
        LongUnaryOperator lneg = l -> -l;
        System.out.println(lneg.andThen(l -> l * 10).applyAsLong(4) + " " + lneg.compose(l -> l + 1).applyAsLong(4) + " " + LongUnaryOperator.identity().applyAsLong(3));
        DoubleUnaryOperator half = d -> d / 2;
        System.out.println(half.andThen(d -> d + 1).applyAsDouble(3) + " " + half.compose(d -> d + 1).applyAsDouble(3) + " " + DoubleUnaryOperator.identity().applyAsDouble(2.5));
        IntPredicate even = i -> i % 2 == 0;
        System.out.println(even.negate().test(3) + " " + even.and(i -> i > 2).test(2) + " " + even.or(i -> i > 2).test(3));
        LongPredicate big = l -> l > 100;
        System.out.println(big.negate().test(5) + " " + big.and(l -> l < 200).test(150) + " " + big.or(l -> l < 0).test(-1));
        DoublePredicate nan = Double::isNaN;
        System.out.println(nan.negate().test(1.0) + " " + nan.or(d -> d > 1).test(2) + " " + nan.and(d -> true).test(Double.NaN));
        IntConsumer ic = i -> log.append("[").append(i).append("]");
        ic.andThen(i -> log.append("{").append(i).append("}")).accept(7);
        LongConsumer lc = l -> log.append(l);
        lc.andThen(l -> log.append("L")).accept(8);
        DoubleConsumer dc = d -> log.append(d);
        dc.andThen(d -> log.append("D")).accept(0.5);
        System.out.println(log);
        System.out.println(((IntBinaryOperator) Math::max).applyAsInt(3, 9) + " " + ((LongBinaryOperator) Long::sum).applyAsLong(1, 2) + " "
                + ((DoubleBinaryOperator) Math::pow).applyAsDouble(2, 10));
        System.out.println(((ToIntFunction<String>) String::length).applyAsInt("four") + " " + ((ToLongBiFunction<Integer, Integer>) (a, b) -> (long) a * b).applyAsLong(100000, 100000)
                + " " + ((ToDoubleBiFunction<Integer, Integer>) (a, b) -> a / (double) b).applyAsDouble(1, 8));
        System.out.println(((IntFunction<String>) Integer::toBinaryString).apply(10) + " " + ((IntToLongFunction) i -> i * 3L).applyAsLong(4)
                + " " + ((IntToDoubleFunction) i -> i / 4.0).applyAsDouble(3) + " " + ((LongToIntFunction) l -> (int) (l % 7)).applyAsInt(100)
                + " " + ((DoubleToIntFunction) d -> (int) Math.floor(d)).applyAsInt(-1.5) + " " + ((DoubleToLongFunction) Math::round).applyAsLong(2.5));
        System.out.println(((BooleanSupplier) () -> true).getAsBoolean() + " " + ((IntSupplier) () -> 4).getAsInt() + " "
                + ((LongSupplier) () -> 5L).getAsLong() + " " + ((DoubleSupplier) () -> 6.5).getAsDouble());
        ObjIntConsumer<StringBuilder> oic = (sb, i) -> sb.append(i);
        StringBuilder target = new StringBuilder();
        oic.accept(target, 1);
        ((ObjLongConsumer<StringBuilder>) (sb, l) -> sb.append(l)).accept(target, 2L);
        ((ObjDoubleConsumer<StringBuilder>) (sb, d) -> sb.append(d)).accept(target, 3.0);
        System.out.println(target);
        System.out.println(((ToLongFunction<String>) Long::parseLong).applyAsLong("12") + " " + ((ToDoubleFunction<String>) Double::parseDouble).applyAsDouble("1.5")
                + " " + ((ToIntBiFunction<String, String>) String::compareTo).applyAsInt("a", "b") + " " + ((LongFunction<String>) Long::toString).apply(9L)
                + " " + ((DoubleFunction<String>) Double::toString).apply(0.1) + " " + ((LongToDoubleFunction) l -> l / 2.0).applyAsDouble(3));
        try {
            inc.andThen(null);
        } catch (NullPointerException e) {
            System.out.println("andThen(null) NPE");
        }
        try {
            empty.and(null);
        } catch (NullPointerException e) {
            System.out.println("and(null) NPE");
        }
        try {
            Predicate.not(null);
        } catch (NullPointerException e) {
            System.out.println("not(null) NPE");
        }
        try {
            BinaryOperator.minBy(null);
        } catch (NullPointerException e) {
            System.out.println("minBy(null) NPE");
        }
    }
}
