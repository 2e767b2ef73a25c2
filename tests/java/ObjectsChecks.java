// java.util.Objects: equality and hashing helpers, null checks with messages and suppliers,
// defaults, and the index checks whose messages the whole library shares.
import java.util.*;
import java.util.function.Supplier;

public class ObjectsChecks {
    static void tryRun(String label, Supplier<Object> s) {
        try {
            System.out.println(label + ": " + s.get());
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e);
        }
    }

    public static void main(String[] args) {
        System.out.println("equals " + Objects.equals(null, null) + " " + Objects.equals("a", null) + " "
                + Objects.equals(null, "a") + " " + Objects.equals("a", "a") + " " + Objects.equals(1, 1L));
        int[] a1 = {1, 2};
        int[] a2 = {1, 2};
        Object[] n1 = {a1, "x", new String[] {"y"}};
        Object[] n2 = {a2, "x", new String[] {"y"}};
        System.out.println("deepEquals " + Objects.deepEquals(a1, a2) + " " + Objects.deepEquals(n1, n2) + " "
                + Objects.deepEquals(null, null) + " " + Objects.deepEquals(a1, null) + " " + Objects.equals(a1, a2)
                + " " + Objects.deepEquals("s", "s") + " " + Objects.deepEquals(new long[] {1}, new int[] {1}));
        System.out.println("hashCode " + Objects.hashCode(null) + " " + Objects.hashCode("abc") + " hash "
                + Objects.hash() + " " + Objects.hash((Object) null) + " " + Objects.hash(1, "a", null, 2.5)
                + " " + Objects.hash(new Object[] {null}));
        System.out.println("toString " + Objects.toString(null) + " " + Objects.toString(null, "dflt") + " "
                + Objects.toString(42, "dflt") + " " + Objects.toString(List.of(1)));
        Comparator<String> byLen = Comparator.comparingInt(String::length);
        System.out.println("compare " + Objects.compare("aa", "b", byLen) + " " + Objects.compare(null, null, byLen)
                + " " + Objects.compare("x", "x", byLen));
        System.out.println("isNull/nonNull " + Objects.isNull(null) + " " + Objects.nonNull(null) + " "
                + Objects.isNull("") + " " + Objects.nonNull(""));

        tryRun("requireNonNull ok", () -> Objects.requireNonNull("v"));
        tryRun("requireNonNull", () -> Objects.requireNonNull(null));
        tryRun("requireNonNull msg", () -> Objects.requireNonNull(null, "value must not be null"));
        tryRun("requireNonNull null msg", () -> Objects.requireNonNull(null, (String) null));
        tryRun("requireNonNull supplier", () -> Objects.requireNonNull(null, () -> "from " + "supplier"));
        tryRun("requireNonNull null supplier", () -> Objects.requireNonNull(null, (Supplier<String>) null));
        tryRun("requireNonNullElse", () -> Objects.requireNonNullElse(null, "else"));
        tryRun("requireNonNullElse first", () -> Objects.requireNonNullElse("first", "else"));
        tryRun("requireNonNullElse both null", () -> Objects.requireNonNullElse(null, null));
        tryRun("requireNonNullElseGet", () -> Objects.requireNonNullElseGet(null, () -> "got"));
        tryRun("requireNonNullElseGet null supplier", () -> Objects.requireNonNullElseGet(null, null));
        tryRun("requireNonNullElseGet supplies null", () -> Objects.requireNonNullElseGet(null, () -> null));

        tryRun("checkIndex ok", () -> Objects.checkIndex(2, 3));
        tryRun("checkIndex high", () -> Objects.checkIndex(5, 3));
        tryRun("checkIndex negative", () -> Objects.checkIndex(-1, 3));
        tryRun("checkIndex length 0", () -> Objects.checkIndex(0, 0));
        tryRun("checkIndex negative length", () -> Objects.checkIndex(0, -2));
        tryRun("checkFromToIndex ok", () -> Objects.checkFromToIndex(1, 3, 3));
        tryRun("checkFromToIndex bad", () -> Objects.checkFromToIndex(2, 1, 3));
        tryRun("checkFromToIndex to>len", () -> Objects.checkFromToIndex(0, 4, 3));
        tryRun("checkFromToIndex negative", () -> Objects.checkFromToIndex(-1, 2, 3));
        tryRun("checkFromIndexSize ok", () -> Objects.checkFromIndexSize(1, 2, 3));
        tryRun("checkFromIndexSize bad", () -> Objects.checkFromIndexSize(2, 5, 3));
        tryRun("checkFromIndexSize negative size", () -> Objects.checkFromIndexSize(0, -1, 3));
        tryRun("checkFromIndexSize overflow", () -> Objects.checkFromIndexSize(Integer.MAX_VALUE, 1, 3));
        tryRun("checkIndex long", () -> Objects.checkIndex(10L, 5L));
        tryRun("checkFromToIndex long", () -> Objects.checkFromToIndex(3L, 9L, 5L));
        tryRun("checkFromIndexSize long", () -> Objects.checkFromIndexSize(4L, 3L, 5L));
        tryRun("list get out of range", () -> new ArrayList<>(List.of(1, 2, 3)).get(5));
        tryRun("List.of get", () -> List.of(1, 2, 3).get(3));
        tryRun("subList", () -> new ArrayList<>(List.of(1, 2, 3)).subList(2, 1));
        tryRun("Arrays.asList get", () -> Arrays.asList(1, 2).get(2));
        tryRun("String charAt", () -> "abc".charAt(3));
        tryRun("array index", () -> {
            int[] arr = new int[2];
            return arr[2];
        });
    }
}
