// List.of/Set.of/Map.of/Map.ofEntries/copyOf: contents, equality, nulls, duplicates and
// UnsupportedOperationException. Set.of and Map.of iteration order depends on a per-run salt
// on HotSpot, so only sorted copies of their contents are printed.
import java.util.*;

public class ImmutableColls {
    static void tryRun(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e);
        }
    }

    static <T extends Comparable<T>> String sorted(Collection<T> c) {
        return new TreeSet<>(c).toString();
    }

    public static void main(String[] args) {
        List<Integer> l0 = List.of();
        List<Integer> l2 = List.of(1, 2);
        List<Integer> l5 = List.of(5, 4, 3, 2, 1);
        List<Integer> l12 = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        System.out.println(l0 + " " + l2 + " " + l5 + " " + l12);
        System.out.println("get " + l5.get(0) + " indexOf " + l5.indexOf(3) + " " + l5.indexOf(9) + " lastIndexOf "
                + l12.lastIndexOf(12) + " contains " + l2.contains(2) + " " + l2.contains(7));
        System.out.println("equals " + l2.equals(Arrays.asList(1, 2)) + " " + new ArrayList<>(l5).equals(l5) + " hash "
                + l5.hashCode() + " " + Arrays.asList(5, 4, 3, 2, 1).hashCode());
        System.out.println("subList " + l12.subList(3, 7) + " " + l12.subList(3, 7).subList(1, 2));
        tryRun("List.of null", () -> List.of(1, null));
        tryRun("List.of varargs null", () -> List.of(new Integer[] {1, 2, 3, null}));
        tryRun("list add", () -> l2.add(3));
        tryRun("list set", () -> l5.set(0, 1));
        tryRun("list remove", () -> l5.remove(0));
        tryRun("list clear", () -> l0.clear());
        tryRun("list sort", () -> l5.sort(null));
        tryRun("list removeIf", () -> l5.removeIf(x -> x > 100));
        tryRun("list get(5)", () -> l5.get(5));
        tryRun("list get(-1)", () -> l2.get(-1));
        tryRun("empty get(0)", () -> l0.get(0));
        tryRun("contains(null)", () -> l5.contains(null));
        tryRun("indexOf(null)", () -> l5.indexOf(null));
        tryRun("subList bad", () -> l5.subList(2, 9));
        tryRun("listIterator set", () -> {
            ListIterator<Integer> it = l5.listIterator();
            it.next();
            it.set(0);
        });

        Set<String> s3 = Set.of("c", "a", "b");
        Set<Integer> s12 = Set.of(12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1);
        System.out.println("sets " + sorted(s3) + " " + sorted(s12) + " size " + s12.size() + " contains "
                + s3.contains("a") + " " + s3.contains("z"));
        System.out.println("set equals " + s3.equals(new HashSet<>(List.of("a", "b", "c"))) + " hash " + s3.hashCode()
                + " empty " + Set.of() + " " + Set.of("x") + " " + Set.of().isEmpty());
        tryRun("Set.of dup 2", () -> Set.of("a", "a"));
        tryRun("Set.of dup 3", () -> Set.of("a", "b", "a"));
        tryRun("Set.of dup varargs", () -> Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 5));
        tryRun("Set.of null", () -> Set.of("a", null));
        tryRun("Set contains null", () -> s3.contains(null));
        tryRun("set add", () -> s3.add("d"));
        tryRun("set remove", () -> s3.remove("a"));
        tryRun("set retainAll", () -> s3.retainAll(List.of()));

        Map<String, Integer> m3 = Map.of("one", 1, "two", 2, "three", 3);
        System.out.println("map " + new TreeMap<>(m3) + " get " + m3.get("two") + " " + m3.get("four") + " getOrDefault "
                + m3.getOrDefault("four", 4) + " containsKey " + m3.containsKey("one") + " containsValue "
                + m3.containsValue(3) + " size " + m3.size());
        System.out.println("map equals " + m3.equals(new HashMap<>(m3)) + " hash " + m3.hashCode() + " keys "
                + sorted(m3.keySet()) + " values " + sorted(m3.values()) + " empty " + Map.of() + " single "
                + Map.of("k", "v"));
        Map<Integer, String> m10 = Map.of(1, "a", 2, "b", 3, "c", 4, "d", 5, "e", 6, "f", 7, "g", 8, "h", 9, "i", 10, "j");
        System.out.println("map10 " + new TreeMap<>(m10));
        tryRun("Map.of dup", () -> Map.of("a", 1, "a", 2));
        tryRun("Map.of null key", () -> Map.of(null, 1));
        tryRun("Map.of null value", () -> Map.of("a", null));
        tryRun("map put", () -> m3.put("four", 4));
        tryRun("map remove", () -> m3.remove("one"));
        tryRun("map putAll", () -> m3.putAll(Map.of()));
        tryRun("map compute", () -> m3.compute("one", (k, v) -> v));
        tryRun("map merge", () -> m3.merge("one", 1, Integer::sum));
        tryRun("map computeIfAbsent", () -> m3.computeIfAbsent("one", k -> 1));
        tryRun("map replaceAll", () -> m3.replaceAll((k, v) -> v));
        tryRun("map get(null)", () -> m3.get(null));
        tryRun("map containsKey(null)", () -> m3.containsKey(null));
        tryRun("entry setValue", () -> m3.entrySet().iterator().next().setValue(0));
        tryRun("Map.of(k,v).get(null)", () -> Map.of("k", 1).get(null));
        tryRun("Map.of(k,v).containsKey(null)", () -> Map.of("k", 1).containsKey(null));
        tryRun("Map.of(k,v).containsValue(null)", () -> Map.of("k", 1).containsValue(null));
        tryRun("Map.of().get(null)", () -> Map.of().get(null));
        tryRun("Map.of(2).containsValue(null)", () -> Map.of("a", 1, "b", 2).containsValue(null));
        tryRun("Map.of(2).getOrDefault(null)", () -> Map.of("a", 1, "b", 2).getOrDefault(null, 0));
        tryRun("Set.of(a).contains(null)", () -> Set.of("a").contains(null));
        tryRun("Set.of(a,b).contains(null)", () -> Set.of("a", "b").contains(null));
        tryRun("Set.of().contains(null)", () -> Set.of().contains(null));

        Map.Entry<String, Integer> e = Map.entry("k", 7);
        System.out.println("entry " + e + " " + e.getKey() + " " + e.getValue() + " equals "
                + e.equals(new AbstractMap.SimpleEntry<>("k", 7)) + " hash " + e.hashCode());
        tryRun("entry null key", () -> Map.entry(null, 1));
        tryRun("entry null value", () -> Map.entry("k", null));
        tryRun("entry setValue", () -> e.setValue(1));
        @SuppressWarnings("unchecked")
        Map<String, Integer> fromEntries = Map.ofEntries(Map.entry("x", 1), Map.entry("y", 2));
        System.out.println("ofEntries " + new TreeMap<>(fromEntries));
        tryRun("ofEntries dup", () -> Map.ofEntries(Map.entry("x", 1), Map.entry("x", 2)));
        tryRun("ofEntries null", () -> Map.ofEntries(Map.entry("x", 1), null));

        List<Integer> src = new ArrayList<>(List.of(3, 1, 2));
        List<Integer> copy = List.copyOf(src);
        src.add(4);
        System.out.println("List.copyOf " + copy + " same instance " + (List.copyOf(copy) == copy));
        tryRun("List.copyOf null element", () -> List.copyOf(Arrays.asList(1, null)));
        Set<Integer> setCopy = Set.copyOf(List.of(3, 3, 1, 2, 1));
        System.out.println("Set.copyOf dedups " + sorted(setCopy) + " size " + setCopy.size());
        Map<String, Integer> mapCopy = Map.copyOf(new TreeMap<>(Map.of("b", 2, "a", 1)));
        System.out.println("Map.copyOf " + new TreeMap<>(mapCopy) + " same instance " + (Map.copyOf(mapCopy) == mapCopy));
        tryRun("Map.copyOf null value", () -> {
            Map<String, Integer> hm = new HashMap<>();
            hm.put("a", null);
            Map.copyOf(hm);
        });

        List<String> unmod = Collections.unmodifiableList(new ArrayList<>(List.of("u")));
        System.out.println("unmodifiable equals List.of " + unmod.equals(List.of("u")) + " "
                + List.of("u").equals(unmod));
        Object[] arr = l5.toArray();
        arr[0] = 99;
        System.out.println("toArray is a copy " + l5 + " " + Arrays.toString(l5.toArray(new Integer[0])));
    }
}
