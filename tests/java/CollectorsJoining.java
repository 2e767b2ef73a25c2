// Collectors.joining in its three forms, with mapping and empty inputs.
import java.util.*;
import java.util.stream.*;

public class CollectorsJoining {
    public static void main(String[] args) {
        List<String> items = List.of("red", "green", "blue");
        System.out.println(items.stream().collect(Collectors.joining()));
        System.out.println(items.stream().collect(Collectors.joining(", ")));
        System.out.println(items.stream().collect(Collectors.joining(", ", "[", "]")));
        System.out.println("<" + Stream.<String>empty().collect(Collectors.joining()) + ">");
        System.out.println("<" + Stream.<String>empty().collect(Collectors.joining("-")) + ">");
        System.out.println(Stream.<String>empty().collect(Collectors.joining("-", "{", "}")));
        System.out.println(Stream.of("solo").collect(Collectors.joining("-", "{", "}")));
        System.out.println(IntStream.rangeClosed(1, 5).mapToObj(Integer::toString).collect(Collectors.joining(" + ", "", " = 15")));
        System.out.println(Stream.of(new StringBuilder("sb"), "str", new StringBuffer("buf")).collect(Collectors.joining("/")));
        System.out.println(items.stream().collect(Collectors.mapping(s -> s.substring(0, 1).toUpperCase(), Collectors.joining())));
        System.out.println(Stream.of("a", null, "c").map(String::valueOf).collect(Collectors.joining(",")));
        System.out.println(Stream.of("x", "y").collect(Collectors.joining("", "", "")).length());
        System.out.println("hello world".chars().mapToObj(c -> Character.toString((char) c)).filter(s -> !s.equals("o"))
                .collect(Collectors.joining("", "'", "'")));
        System.out.println(Collectors.joining().characteristics() + " " + Collectors.joining(",").characteristics());
        try {
            Stream.of("a", null).collect(Collectors.joining(","));
            System.out.println("null joined");
        } catch (NullPointerException e) {
            System.out.println("NPE");
        }
        System.out.println(Stream.of("a", null).collect(Collectors.joining()));
    }
}
