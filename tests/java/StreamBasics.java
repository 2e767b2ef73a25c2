// Basic Stream operations: sources, map/filter, terminal operations and their results.
import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class StreamBasics {
    public static void main(String[] args) {
        List<String> words = List.of("delta", "alpha", "charlie", "bravo", "echo", "alpha");
        System.out.println(words.stream().map(String::toUpperCase).collect(Collectors.toList()));
        System.out.println(words.stream().filter(w -> w.length() > 4).count());
        System.out.println(words.stream().mapToInt(String::length).sum());
        System.out.println(Stream.of(1, 2, 3, 4, 5).map(x -> x * x).toList());
        System.out.println(Stream.empty().count());
        System.out.println(Stream.ofNullable(null).count() + " " + Stream.ofNullable("x").toList());
        System.out.println(Stream.of("single").toList());
        System.out.println(Arrays.toString(Stream.of("b", "a", "c").toArray()));
        String[] typed = Stream.of("b", "a", "c").sorted().toArray(String[]::new);
        System.out.println(typed.getClass().getSimpleName() + " " + Arrays.toString(typed));
        System.out.println(Stream.of(3, 1, 4, 1, 5, 9, 2, 6).reduce(0, Integer::sum));
        System.out.println(Stream.of(3, 1, 4, 1, 5, 9, 2, 6).reduce(Integer::max));
        System.out.println(Stream.<Integer>empty().reduce(Integer::max));
        System.out.println(Stream.of("a", "bb", "ccc").reduce(0, (acc, s) -> acc + s.length(), Integer::sum));
        System.out.println(Stream.of(3, 1, 4).min(Comparator.naturalOrder()) + " " + Stream.of(3, 1, 4).max(Comparator.naturalOrder()));
        System.out.println(words.stream().max(Comparator.comparing(String::length)));
        System.out.println(words.stream().min(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder())));
        System.out.println(words.stream().anyMatch(w -> w.startsWith("c")) + " " + words.stream().allMatch(w -> w.length() >= 4)
                + " " + words.stream().noneMatch(String::isEmpty));
        System.out.println(words.stream().filter(w -> w.contains("r")).findFirst() + " " + words.stream().filter(w -> w.contains("z")).findAny());
        System.out.println(words.stream().distinct().toList());
        System.out.println(words.stream().skip(2).limit(3).toList());
        StringBuilder sb = new StringBuilder();
        words.stream().forEach(w -> sb.append(w.charAt(0)));
        words.stream().forEachOrdered(w -> sb.append(w.length()));
        System.out.println(sb);
        Iterator<String> it = words.stream().filter(w -> w.length() == 5).iterator();
        while (it.hasNext()) {
            System.out.print(it.next() + ";");
        }
        System.out.println();
        ArrayList<String> collected = Stream.of("x", "y", "z").collect(ArrayList::new, ArrayList::add, ArrayList::addAll);
        System.out.println(collected);
        StringBuilder joined = Stream.of("p", "q").collect(StringBuilder::new, StringBuilder::append, StringBuilder::append);
        System.out.println(joined);
        List<Integer> list = Stream.of(1, null, 3).toList();
        System.out.println(list + " " + list.size() + " " + list.contains(null));
        try {
            list.add(4);
        } catch (UnsupportedOperationException e) {
            System.out.println("toList is unmodifiable");
        }
        Stream.Builder<String> builder = Stream.builder();
        builder.add("one").add("two").accept("three");
        System.out.println(builder.build().map(s -> s + "!").collect(Collectors.joining(",")));
        System.out.println(Stream.concat(Stream.of(1, 2), Stream.of(3)).toList());
        System.out.println(Stream.of(1, 2, 3).mapToLong(i -> i * 10000000000L).sum());
        System.out.println(Stream.of(1, 2, 3).mapToDouble(i -> i / 2.0).sum());
        Object[] objs = Stream.of(1, "two", 3.0).toArray();
        System.out.println(objs.length + " " + objs[1]);
        System.out.println(Stream.of("a", "b").isParallel() + " " + Stream.of("a").parallel().isParallel());
    }
}
