// Comparator combinators: comparing (with key comparators), thenComparing chains, reversed,
// nullsFirst/nullsLast, naturalOrder/reverseOrder, primitive-key comparators; sort stability.
import java.util.*;
import java.util.function.*;

public class ComparatorChains {
    record Person(String name, int age, double score, long id) {}

    static List<Person> people() {
        return new ArrayList<>(List.of(
                new Person("ann", 31, 7.5, 5L), new Person("bob", 25, 9.0, 3L), new Person("cid", 31, 6.0, 9L),
                new Person("dee", 25, 9.0, 1L), new Person("eve", 40, -0.0, 7L), new Person("fay", 31, 0.0, 2L),
                new Person("Bob", 25, Double.NaN, 4L)));
    }

    static String names(List<Person> ps) {
        StringBuilder sb = new StringBuilder();
        for (Person p : ps) {
            sb.append(p.name()).append(' ');
        }
        return sb.toString().trim();
    }

    static void sortAndShow(String label, Comparator<Person> c) {
        List<Person> ps = people();
        ps.sort(c);
        System.out.println(label + ": " + names(ps));
    }

    public static void main(String[] args) {
        sortAndShow("byAge", Comparator.comparingInt(Person::age));
        sortAndShow("byAge reversed", Comparator.comparingInt(Person::age).reversed());
        sortAndShow("byAge thenName", Comparator.comparingInt(Person::age).thenComparing(Person::name));
        sortAndShow("byAge thenName ci", Comparator.comparing(Person::age)
                .thenComparing(Person::name, String.CASE_INSENSITIVE_ORDER));
        sortAndShow("byScore", Comparator.comparingDouble(Person::score));
        sortAndShow("byScore desc thenId", Comparator.comparingDouble(Person::score).reversed()
                .thenComparingLong(Person::id));
        sortAndShow("byId", Comparator.comparingLong(Person::id));
        sortAndShow("byName reverseOrder", Comparator.comparing(Person::name, Comparator.reverseOrder()));
        sortAndShow("byAge then score then id", Comparator.comparingInt(Person::age)
                .thenComparingDouble(Person::score).thenComparingLong(Person::id));
        sortAndShow("reverse twice", Comparator.comparingInt(Person::age).reversed().reversed()
                .thenComparingInt(p -> -p.name().charAt(0)));
        sortAndShow("thenComparing(Comparator)", Comparator.comparingInt(Person::age)
                .thenComparing(Comparator.comparing(Person::name).reversed()));
        sortAndShow("name length then natural", Comparator.comparing((Person p) -> p.name().length())
                .thenComparing(Person::name, Comparator.naturalOrder()));

        List<String> withNulls = new ArrayList<>(Arrays.asList("pear", null, "apple", "fig", null, "banana"));
        withNulls.sort(Comparator.nullsFirst(Comparator.naturalOrder()));
        System.out.println("nullsFirst " + withNulls);
        withNulls.sort(Comparator.nullsLast(Comparator.<String>naturalOrder().reversed()));
        System.out.println("nullsLast reversed " + withNulls);
        withNulls.sort(Comparator.nullsFirst(Comparator.comparing(String::length)).reversed());
        System.out.println("nullsFirst(length).reversed " + withNulls);
        withNulls.sort(Comparator.nullsLast(Comparator.comparing(String::length)).thenComparing(Comparator.nullsFirst(
                Comparator.naturalOrder())));
        System.out.println("nullsLast then " + withNulls);
        Comparator<String> nullsOnly = Comparator.nullsFirst(null);
        List<String> keep = new ArrayList<>(Arrays.asList("b", null, "a"));
        keep.sort(nullsOnly);
        System.out.println("nullsFirst(null) keeps order of non-nulls " + keep);

        Comparator<Integer> nat = Comparator.naturalOrder();
        Comparator<Integer> rev = Comparator.reverseOrder();
        System.out.println("natural " + nat.compare(1, 2) + " " + nat.compare(2, 2) + " reverse " + rev.compare(1, 2)
                + " nat.reversed==rev " + (nat.reversed().compare(1, 2) == rev.compare(1, 2))
                + " rev.reversed " + rev.reversed().compare(1, 2));
        System.out.println("natural toString " + nat + " " + nat.reversed().getClass().getSimpleName().isEmpty());
        System.out.println("comparingInt extremes " + Comparator.<Integer>comparingInt(x -> x).compare(Integer.MIN_VALUE, 1)
                + " comparingDouble NaN " + Comparator.<Double>comparingDouble(x -> x).compare(Double.NaN, 1.0)
                + " -0.0 vs 0.0 " + Comparator.<Double>comparingDouble(x -> x).compare(-0.0, 0.0));
        try {
            Comparator.comparing((Function<String, String>) null);
        } catch (NullPointerException e) {
            System.out.println("comparing(null) " + e);
        }
        try {
            Comparator.comparingInt(Person::age).thenComparing((Comparator<Person>) null);
        } catch (NullPointerException e) {
            System.out.println("thenComparing(null) " + e);
        }
        try {
            List<String> ns = new ArrayList<>(Arrays.asList("x", null));
            ns.sort(Comparator.comparing(String::length));
        } catch (NullPointerException e) {
            System.out.println("null key sort NPE");
        }

        // Stability: equal keys keep their input order under every sort entry point.
        List<Person> stable = people();
        Collections.sort(stable, Comparator.comparingInt(Person::age));
        System.out.println("Collections.sort stable " + names(stable));
        Person[] arr = people().toArray(new Person[0]);
        Arrays.sort(arr, Comparator.comparingDouble(Person::score));
        System.out.println("Arrays.sort stable " + names(Arrays.asList(arr)));
        Person[] big = new Person[200];
        for (int i = 0; i < big.length; i++) {
            big[i] = new Person("p" + i, (i * 7919) % 13, 0, i);
        }
        Arrays.sort(big, Comparator.comparingInt(Person::age));
        boolean ok = true;
        for (int i = 1; i < big.length; i++) {
            if (big[i - 1].age() == big[i].age() && big[i - 1].id() > big[i].id()) {
                ok = false;
            }
        }
        System.out.println("large sort stable " + ok + " first " + big[0].name() + " last " + big[199].name());
        TreeMap<Person, String> tm = new TreeMap<>(Comparator.comparing(Person::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparingLong(Person::id));
        for (Person p : people()) {
            tm.put(p, p.name());
        }
        System.out.println("treemap by chain " + tm.values());
        BinaryOperator<Integer> minBy = BinaryOperator.minBy(Comparator.reverseOrder());
        BinaryOperator<Integer> maxBy = BinaryOperator.maxBy(Comparator.reverseOrder());
        System.out.println("minBy/maxBy " + minBy.apply(3, 5) + " " + maxBy.apply(3, 5));
    }
}
