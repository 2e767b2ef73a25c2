// Optional and Iterator/Iterable: Optional of/empty/ofNullable/map/flatMap/filter/orElse*/
// ifPresent/or, NoSuchElementException messages, a custom Iterable used in for-each, an
// Iterator with default remove (UnsupportedOperationException), forEachRemaining.
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

public class OptionalIter {
    static class Countdown implements Iterable<Integer> {
        final int from;

        Countdown(int from) {
            this.from = from;
        }

        public Iterator<Integer> iterator() {
            return new Iterator<>() {
                int current = from;

                public boolean hasNext() {
                    return current > 0;
                }

                public Integer next() {
                    if (current <= 0) throw new NoSuchElementException("countdown finished");
                    return current--;
                }
            };
        }
    }

    static Optional<String> find(List<String> items, String prefix) {
        for (String s : items) {
            if (s.startsWith(prefix)) return Optional.of(s);
        }
        return Optional.empty();
    }

    public static void main(String[] args) {
        List<String> items = List.of("alpha", "beta", "gamma");
        Optional<String> g = find(items, "g");
        Optional<String> z = find(items, "z");
        System.out.println(g + " " + z + " " + g.isPresent() + " " + z.isEmpty() + " " + g.get());
        System.out.println("map " + g.map(String::length) + " " + z.map(String::length) + " filter " + g.filter(s -> s.length() > 10)
                + " flatMap " + g.flatMap(s -> find(items, s.substring(0, 1))));
        System.out.println("orElse " + z.orElse("none") + " orElseGet " + z.orElseGet(() -> "computed") + " or "
                + z.or(() -> Optional.of("alt")).get());
        g.ifPresent(s -> System.out.println("ifPresent " + s));
        z.ifPresentOrElse(s -> System.out.println("not here"), () -> System.out.println("ifPresentOrElse empty"));
        try {
            z.get();
        } catch (NoSuchElementException e) {
            System.out.println("get on empty: " + e.getMessage());
        }
        try {
            z.orElseThrow();
        } catch (NoSuchElementException e) {
            System.out.println("orElseThrow: " + e.getMessage());
        }
        try {
            z.orElseThrow(() -> new IllegalStateException("custom supplier"));
        } catch (IllegalStateException e) {
            System.out.println("orElseThrow supplier: " + e.getMessage());
        }
        try {
            Optional.of(null);
        } catch (NullPointerException e) {
            System.out.println("Optional.of(null): " + e.getClass().getName());
        }
        System.out.println("ofNullable " + Optional.ofNullable(null) + " " + Optional.ofNullable("x") + " equals "
                + Optional.of("a").equals(Optional.of("a")) + " " + Optional.empty().equals(Optional.empty()) + " hash "
                + Optional.of("a").hashCode() + " " + Optional.empty().hashCode());
        StringBuilder sb = new StringBuilder();
        for (int v : new Countdown(5)) sb.append(v).append(' ');
        System.out.println("countdown " + sb);
        Iterator<Integer> it = new Countdown(1).iterator();
        it.next();
        try {
            it.next();
        } catch (NoSuchElementException e) {
            System.out.println("exhausted: " + e.getMessage());
        }
        try {
            new Countdown(2).iterator().remove();
        } catch (UnsupportedOperationException e) {
            System.out.println("default remove: " + e);
        }
        List<Integer> rest = new ArrayList<>();
        Iterator<Integer> it2 = new Countdown(6).iterator();
        it2.next();
        it2.forEachRemaining(rest::add);
        System.out.println("forEachRemaining " + rest);
        new Countdown(3).forEach(v -> System.out.print("each" + v + " "));
        System.out.println();
    }
}
