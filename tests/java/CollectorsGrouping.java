// Collectors.groupingBy and partitioningBy with downstream collectors and map factories.
import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class CollectorsGrouping {
    record Person(String name, String city, int age) {}

    public static void main(String[] args) {
        List<Person> people = List.of(new Person("Ann", "Oslo", 31), new Person("Bob", "Rome", 25),
                new Person("Cid", "Oslo", 42), new Person("Dee", "Lima", 25), new Person("Eve", "Rome", 37),
                new Person("Fay", "Oslo", 25));
        Map<String, List<Person>> byCity = people.stream().collect(Collectors.groupingBy(Person::city));
        System.out.println(byCity.getClass().getSimpleName() + " " + byCity.keySet());
        byCity.forEach((city, list) -> System.out.println(city + " -> " + list.stream().map(Person::name).toList()));
        System.out.println(people.stream().collect(Collectors.groupingBy(Person::city, Collectors.counting())));
        System.out.println(people.stream().collect(Collectors.groupingBy(Person::age, Collectors.mapping(Person::name, Collectors.joining("+")))));
        Map<String, Double> avg = people.stream().collect(Collectors.groupingBy(Person::city, LinkedHashMap::new, Collectors.averagingInt(Person::age)));
        System.out.println(avg.getClass().getSimpleName() + " " + avg);
        System.out.println(people.stream().collect(Collectors.groupingBy(p -> p.name().charAt(0) < 'D', Collectors.summingInt(Person::age))));
        System.out.println(people.stream().collect(Collectors.groupingBy(Person::city, Collectors.maxBy(Comparator.comparingInt(Person::age))))
                .get("Oslo").map(Person::name));
        System.out.println(people.stream().collect(Collectors.groupingBy(Person::city,
                Collectors.groupingBy(Person::age, Collectors.mapping(Person::name, Collectors.toList())))));
        System.out.println(people.stream().collect(Collectors.groupingBy(Person::city, Collectors.filtering(p -> p.age() > 30, Collectors.counting()))));
        System.out.println(people.stream().collect(Collectors.groupingBy(Person::age,
                Collectors.flatMapping(p -> p.name().chars().mapToObj(c -> (char) c), Collectors.toSet()))));
        System.out.println(people.stream().collect(Collectors.groupingBy(Person::city, Collectors.collectingAndThen(Collectors.toList(), List::size))));
        System.out.println(Stream.of("apple", "avocado", "banana", "blueberry", "cherry")
                .collect(Collectors.groupingBy(s -> s.charAt(0), Collectors.toCollection(LinkedHashSet::new))).get('b'));

        Map<Boolean, List<Integer>> parts = IntStream.rangeClosed(1, 10).boxed().collect(Collectors.partitioningBy(i -> i % 3 == 0));
        System.out.println(parts);
        System.out.println(parts.get(true) + " " + parts.get(false).size() + " " + parts.get("x") + " " + parts.containsKey(false) + " " + parts.size());
        System.out.println(parts.keySet() + " " + parts.values() + " " + parts.entrySet());
        Map<Boolean, Long> none = Stream.<Integer>empty().collect(Collectors.partitioningBy(i -> i > 0, Collectors.counting()));
        System.out.println(none);
        System.out.println(people.stream().collect(Collectors.partitioningBy(p -> p.age() >= 30, Collectors.mapping(Person::name, Collectors.joining(",", "<", ">")))));
        System.out.println(parts.equals(Map.of(true, List.of(3, 6, 9), false, List.of(1, 2, 4, 5, 7, 8, 10))) + " " + parts.hashCode());
        try {
            Stream.of("a", "bb").collect(Collectors.groupingBy(s -> s.length() == 2 ? null : s));
        } catch (NullPointerException e) {
            System.out.println("NPE: " + e.getMessage());
        }
        Map<Integer, List<String>> lengths = Stream.of("one", "two", "three", "four", "five", "six")
                .collect(Collectors.groupingBy(String::length));
        System.out.println(lengths);
        System.out.println(Stream.of("x", "y", "x", "z", "x").collect(Collectors.groupingBy(Function.identity(), Collectors.counting())));
    }
}
