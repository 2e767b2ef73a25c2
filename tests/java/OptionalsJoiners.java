// Optional, OptionalInt/Long/Double and StringJoiner: every accessor, combinator, equality,
// toString format and failure.
import java.util.*;
import java.util.function.*;

public class OptionalsJoiners {
    static void tryRun(String label, Supplier<Object> s) {
        try {
            System.out.println(label + ": " + s.get());
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e);
        }
    }

    public static void main(String[] args) {
        Optional<String> some = Optional.of("value");
        Optional<String> none = Optional.empty();
        System.out.println(some + " " + none + " " + Optional.ofNullable(null) + " " + Optional.ofNullable("x"));
        System.out.println("present " + some.isPresent() + " " + none.isPresent() + " empty " + some.isEmpty() + " "
                + none.isEmpty());
        System.out.println("map " + some.map(String::length) + " " + none.map(String::length) + " "
                + some.map(s -> null));
        System.out.println("flatMap " + some.flatMap(s -> Optional.of(s + "!")) + " " + some.flatMap(s -> Optional.empty()));
        System.out.println("filter " + some.filter(s -> s.startsWith("v")) + " " + some.filter(s -> s.isEmpty()));
        System.out.println("or " + none.or(() -> Optional.of("alt")) + " " + some.or(() -> Optional.of("alt")));
        System.out.println("orElse " + none.orElse("dflt") + " " + some.orElse("dflt") + " orElseGet "
                + none.orElseGet(() -> "gen") + " orElseThrow " + some.orElseThrow());
        StringBuilder sb = new StringBuilder();
        some.ifPresent(sb::append);
        none.ifPresent(sb::append);
        none.ifPresentOrElse(sb::append, () -> sb.append("|empty"));
        some.ifPresentOrElse(s -> sb.append("|").append(s.toUpperCase()), () -> sb.append("|no"));
        System.out.println("ifPresent " + sb);
        System.out.println("equals " + some.equals(Optional.of("value")) + " " + none.equals(Optional.empty()) + " "
                + some.equals("value") + " hash " + some.hashCode() + " " + none.hashCode());
        tryRun("get empty", none::get);
        tryRun("orElseThrow empty", none::orElseThrow);
        tryRun("orElseThrow supplier", () -> none.orElseThrow(() -> new IllegalStateException("custom")));
        tryRun("of null", () -> Optional.of(null));
        tryRun("map null fn", () -> some.map(null));
        tryRun("flatMap returns null", () -> some.flatMap(s -> null));
        tryRun("or returns null", () -> none.or(() -> null));

        OptionalInt oi = OptionalInt.of(7);
        OptionalLong ol = OptionalLong.of(-9L);
        OptionalDouble od = OptionalDouble.of(2.5);
        System.out.println(oi + " " + OptionalInt.empty() + " " + ol + " " + OptionalLong.empty() + " " + od + " "
                + OptionalDouble.empty());
        System.out.println("get " + oi.getAsInt() + " " + ol.getAsLong() + " " + od.getAsDouble() + " orElse "
                + OptionalInt.empty().orElse(1) + " " + OptionalLong.empty().orElse(2L) + " "
                + OptionalDouble.empty().orElse(3.5));
        System.out.println("orElseGet " + OptionalInt.empty().orElseGet(() -> 4) + " "
                + OptionalLong.empty().orElseGet(() -> 5L) + " " + OptionalDouble.empty().orElseGet(() -> 6.5));
        System.out.println("equals " + oi.equals(OptionalInt.of(7)) + " " + od.equals(OptionalDouble.of(2.5)) + " "
                + OptionalDouble.of(Double.NaN).equals(OptionalDouble.of(Double.NaN)) + " "
                + OptionalDouble.of(0.0).equals(OptionalDouble.of(-0.0)) + " hash " + oi.hashCode() + " " + ol.hashCode()
                + " " + od.hashCode() + " " + OptionalInt.empty().hashCode());
        StringBuilder p = new StringBuilder();
        oi.ifPresent(p::append);
        OptionalLong.empty().ifPresentOrElse(p::append, () -> p.append("-none"));
        od.ifPresentOrElse(d -> p.append("-").append(d), () -> p.append("-no"));
        System.out.println("ifPresent " + p + " isEmpty " + OptionalInt.empty().isEmpty() + " " + ol.isPresent());
        tryRun("getAsInt empty", () -> OptionalInt.empty().getAsInt());
        tryRun("getAsLong empty", () -> OptionalLong.empty().getAsLong());
        tryRun("getAsDouble empty", () -> OptionalDouble.empty().orElseThrow());
        tryRun("OptionalInt orElseThrow supplier", () -> OptionalInt.empty().orElseThrow(IllegalArgumentException::new));

        StringJoiner j = new StringJoiner(", ", "[", "]");
        System.out.println("empty joiner " + j + " length " + j.length());
        j.setEmptyValue("EMPTY");
        System.out.println("emptyValue " + j + " length " + j.length());
        j.add("a").add("b").add(null);
        System.out.println("joined " + j + " length " + j.length());
        StringJoiner k = new StringJoiner("-", "{", "}");
        k.add("x");
        k.add("");
        j.merge(k);
        System.out.println("merged " + j + " " + k);
        StringJoiner plain = new StringJoiner("/");
        plain.merge(new StringJoiner(","));
        System.out.println("merge empty " + plain + "|" + plain.length());
        plain.setEmptyValue("nothing");
        System.out.println("plain empty value " + plain);
        plain.add("");
        System.out.println("after adding empty string '" + plain + "' " + plain.length());
        StringJoiner self = new StringJoiner("+");
        self.add("1").add("2");
        self.merge(self);
        System.out.println("self merge " + self);
        tryRun("null delimiter", () -> new StringJoiner(null));
        tryRun("null prefix", () -> new StringJoiner(",", null, "]"));
        tryRun("null emptyValue", () -> new StringJoiner(",").setEmptyValue(null));
        tryRun("merge null", () -> new StringJoiner(",").merge(null));
        System.out.println("String.join " + String.join("|", List.of("p", "q")) + " " + String.join(",", "a", "b", "c"));
    }
}
