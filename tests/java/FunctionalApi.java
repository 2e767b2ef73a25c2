// java.util.function and Comparator combinators: Function.andThen/compose/identity,
// Predicate.and/or/negate/not, BiFunction.andThen, UnaryOperator, BinaryOperator.minBy/maxBy,
// primitive specializations, Supplier/Consumer chaining, Comparator.comparing/thenComparing/
// reversed/nullsFirst/naturalOrder/reverseOrder, used with List.sort.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import java.util.function.LongBinaryOperator;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;

public class FunctionalApi {
    static class Person {
        final String name;
        final int age;
        final String city;

        Person(String name, int age, String city) {
            this.name = name;
            this.age = age;
            this.city = city;
        }

        String getName() { return name; }
        int getAge() { return age; }
        String getCity() { return city; }

        public String toString() {
            return name + "/" + age + "/" + city;
        }
    }

    public static void main(String[] args) {
        Function<Integer, Integer> plus1 = x -> x + 1;
        Function<Integer, Integer> times2 = x -> x * 2;
        System.out.println("andThen " + plus1.andThen(times2).apply(5) + " compose " + plus1.compose(times2).apply(5)
                + " identity " + Function.<String>identity().apply("id"));
        Predicate<String> empty = String::isEmpty;
        Predicate<String> longer3 = s -> s.length() > 3;
        for (String s : new String[] {"", "ab", "abcd"}) {
            System.out.print("[" + s + "] " + empty.negate().test(s) + " " + empty.or(longer3).test(s) + " "
                    + empty.negate().and(longer3.negate()).test(s) + " " + Predicate.not(longer3).test(s) + " "
                    + Predicate.isEqual("ab").test(s) + "; ");
        }
        System.out.println();
        BiFunction<Integer, Integer, Integer> mul = (a, b) -> a * b;
        System.out.println("BiFunction.andThen " + mul.andThen(x -> "=" + x).apply(6, 7));
        UnaryOperator<String> up = String::toUpperCase;
        System.out.println("UnaryOperator " + up.apply("up") + " " + UnaryOperator.identity().apply("same"));
        BinaryOperator<String> shorter = BinaryOperator.minBy(Comparator.comparingInt(String::length));
        BinaryOperator<String> longer = BinaryOperator.maxBy(Comparator.comparingInt(String::length));
        System.out.println("minBy " + shorter.apply("aaa", "b") + " maxBy " + longer.apply("aaa", "b"));
        IntUnaryOperator inc = x -> x + 1;
        IntUnaryOperator sq = x -> x * x;
        System.out.println("IntUnaryOperator " + inc.andThen(sq).applyAsInt(3) + " " + inc.compose(sq).applyAsInt(3));
        IntPredicate odd = x -> (x & 1) == 1;
        System.out.println("IntPredicate " + odd.test(3) + " " + odd.negate().test(3) + " " + odd.and(x -> x > 5).test(7));
        LongBinaryOperator lmax = Math::max;
        DoubleUnaryOperator half = d -> d / 2;
        System.out.println("long/double ops " + lmax.applyAsLong(-5L, 3L) + " " + half.andThen(d -> d + 0.25).applyAsDouble(3));
        BooleanSupplier yes = () -> true;
        ToDoubleFunction<String> toD = Double::parseDouble;
        System.out.println("BooleanSupplier " + yes.getAsBoolean() + " ToDouble " + toD.applyAsDouble("2.5"));
        StringBuilder sb = new StringBuilder();
        Consumer<String> c1 = s -> sb.append("1:").append(s).append(' ');
        Consumer<String> c2 = s -> sb.append("2:").append(s).append(' ');
        c1.andThen(c2).accept("x");
        BiConsumer<String, Integer> bc = (s, n) -> sb.append(s.repeat(n));
        bc.andThen((s, n) -> sb.append('|').append(n)).accept("ab", 2);
        System.out.println("Consumer chain " + sb);
        Supplier<List<String>> sup = ArrayList::new;
        List<String> fresh = sup.get();
        fresh.add("z");
        System.out.println("Supplier " + fresh);

        List<Person> people = new ArrayList<>(Arrays.asList(new Person("Carol", 35, "Oslo"), new Person("alice", 30, "Bergen"),
                new Person("Bob", 30, "Oslo"), new Person("Dave", 25, "Bergen"), new Person("Eve", 35, "Bergen"),
                new Person("bob", 41, "Trondheim")));
        people.sort(Comparator.comparing(Person::getName));
        System.out.println("by name: " + people);
        people.sort(Comparator.comparing(Person::getName, String.CASE_INSENSITIVE_ORDER));
        System.out.println("by name ignoring case: " + people);
        people.sort(Comparator.comparingInt(Person::getAge).thenComparing(Person::getName));
        System.out.println("by age, name: " + people);
        people.sort(Comparator.comparing(Person::getCity).reversed().thenComparing(Person::getAge, Comparator.reverseOrder()));
        System.out.println("by city desc, age desc: " + people);
        people.sort(Comparator.comparing(Person::getCity).thenComparingInt(Person::getAge).thenComparing(Person::getName,
                Comparator.reverseOrder()));
        System.out.println("by city, age, name desc: " + people);
        List<String> withNulls = new ArrayList<>(Arrays.asList("pear", null, "apple", null, "fig"));
        withNulls.sort(Comparator.nullsFirst(Comparator.naturalOrder()));
        System.out.println("nullsFirst " + withNulls);
        withNulls.sort(Comparator.nullsLast(Comparator.<String>reverseOrder()));
        System.out.println("nullsLast reverse " + withNulls);
        List<Integer> nums = new ArrayList<>(Arrays.asList(5, -3, 12, 0, -3, 7, Integer.MIN_VALUE, Integer.MAX_VALUE));
        nums.sort(null);
        System.out.println("natural " + nums);
        nums.sort(Comparator.comparing(Math::abs));
        System.out.println("by abs (MIN stays negative) " + nums);
        nums.sort((a, b) -> Integer.compare(b, a));
        System.out.println("descending " + nums);
        Comparator<String> byLen = Comparator.comparingInt(String::length);
        List<String> words = new ArrayList<>(List.of("ccc", "a", "bb", "aa", "c", "bbb"));
        words.sort(byLen.thenComparing(Comparator.naturalOrder()));
        System.out.println("by length then alpha " + words);
        words.sort(byLen.reversed());
        System.out.println("by length desc (stable) " + words);
    }
}
