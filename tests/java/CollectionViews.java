// Wrapper views from Collections: unmodifiable (including sorted/navigable), synchronized and
// checked collections and maps: reads pass through, writes are refused or type-checked.
import java.util.*;

public class CollectionViews {
    static void tryRun(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void main(String[] args) {
        TreeSet<Integer> base = new TreeSet<>(List.of(5, 1, 9, 3, 7));
        NavigableSet<Integer> uns = Collections.unmodifiableNavigableSet(base);
        System.out.println("unmodifiable navigable " + uns + " first " + uns.first() + " floor(6) " + uns.floor(6)
                + " headSet(5,true) " + uns.headSet(5, true) + " desc " + uns.descendingSet());
        tryRun("uns add", () -> uns.add(2));
        tryRun("uns pollFirst", uns::pollFirst);
        tryRun("uns headSet add", () -> uns.headSet(5).add(2));
        tryRun("uns descendingSet remove", () -> uns.descendingSet().remove(1));
        tryRun("uns iterator remove", () -> {
            Iterator<Integer> it = uns.descendingIterator();
            it.next();
            it.remove();
        });
        base.add(4);
        System.out.println("view reflects base " + uns + " same view " + (Collections.unmodifiableNavigableSet(uns) == uns));
        SortedSet<Integer> unss = Collections.unmodifiableSortedSet(base);
        System.out.println("unmodifiable sorted " + unss.subSet(3, 8) + " " + unss.tailSet(7) + " last " + unss.last()
                + " comparator " + unss.comparator());
        tryRun("unss tailSet clear", () -> unss.tailSet(7).clear());

        TreeMap<String, Integer> tm = new TreeMap<>(Map.of("a", 1, "b", 2, "c", 3, "d", 4));
        NavigableMap<String, Integer> unm = Collections.unmodifiableNavigableMap(tm);
        System.out.println("unmodifiable navigable map " + unm + " firstEntry " + unm.firstEntry() + " ceilingEntry(bb) "
                + unm.ceilingEntry("bb") + " lowerEntry(a) " + unm.lowerEntry("a") + " headMap(c) " + unm.headMap("c")
                + " desc " + unm.descendingMap() + " keys " + unm.navigableKeySet() + " descKeys " + unm.descendingKeySet());
        tryRun("unm firstEntry setValue", () -> unm.firstEntry().setValue(0));
        tryRun("unm entrySet setValue", () -> unm.entrySet().iterator().next().setValue(0));
        tryRun("unm pollFirstEntry", unm::pollFirstEntry);
        tryRun("unm subMap put", () -> unm.subMap("a", true, "c", true).put("b", 5));
        tryRun("unm navigableKeySet remove", () -> unm.navigableKeySet().remove("a"));
        tryRun("unm put", () -> unm.put("e", 5));
        tryRun("unm merge", () -> unm.merge("a", 5, Integer::sum));
        SortedMap<String, Integer> unsm = Collections.unmodifiableSortedMap(tm);
        System.out.println("unmodifiable sorted map " + unsm.firstKey() + " " + unsm.lastKey() + " " + unsm.tailMap("c")
                + " " + unsm.equals(tm) + " " + (unsm.hashCode() == tm.hashCode()));
        tryRun("unsm tailMap remove", () -> unsm.tailMap("c").remove("d"));

        List<String> list = new ArrayList<>(List.of("x", "y"));
        List<String> unl = Collections.unmodifiableList(list);
        Collection<String> unc = Collections.unmodifiableCollection(list);
        Set<String> unset = Collections.unmodifiableSet(new LinkedHashSet<>(list));
        Map<String, Integer> unmap = Collections.unmodifiableMap(new LinkedHashMap<>(Map.of("k", 1)));
        System.out.println("unmodifiable basics " + unl + " " + unc + " " + unset + " " + unmap + " get " + unl.get(1)
                + " indexOf " + unl.indexOf("y") + " subList " + unl.subList(0, 1));
        tryRun("unl set", () -> unl.set(0, "z"));
        tryRun("unl listIterator add", () -> unl.listIterator().add("z"));
        tryRun("unl sort", () -> unl.sort(null));
        tryRun("unl replaceAll", () -> unl.replaceAll(s -> s));
        tryRun("unc removeIf", () -> unc.removeIf(s -> true));
        tryRun("unset clear", unset::clear);
        tryRun("unmap putIfAbsent", () -> unmap.putIfAbsent("q", 1));
        tryRun("unmap computeIfAbsent", () -> unmap.computeIfAbsent("q", k -> 1));
        tryRun("unmap entry setValue", () -> unmap.entrySet().iterator().next().setValue(2));
        tryRun("unmap keySet remove", () -> unmap.keySet().remove("k"));
        tryRun("unmap values clear", () -> unmap.values().clear());
        tryRun("unmodifiable of null", () -> Collections.unmodifiableList(null));

        List<Integer> sync = Collections.synchronizedList(new ArrayList<>());
        sync.add(3);
        sync.add(1);
        sync.addAll(List.of(2, 5));
        sync.sort(null);
        synchronized (sync) {
            StringBuilder sb = new StringBuilder();
            for (Integer x : sync) {
                sb.append(x);
            }
            System.out.println("synchronized list " + sync + " iterated " + sb + " subList " + sync.subList(1, 3));
        }
        Map<String, Integer> syncMap = Collections.synchronizedMap(new TreeMap<>());
        syncMap.put("b", 2);
        syncMap.put("a", 1);
        syncMap.merge("a", 10, Integer::sum);
        System.out.println("synchronized map " + syncMap + " keySet " + syncMap.keySet() + " " + syncMap.equals(Map.of("a", 11, "b", 2)));
        NavigableMap<Integer, String> syncNav = Collections.synchronizedNavigableMap(new TreeMap<>(Map.of(1, "a", 2, "b", 3, "c")));
        System.out.println("synchronized navigable " + syncNav.headMap(3) + " " + syncNav.descendingMap() + " "
                + syncNav.floorKey(2) + " " + syncNav.navigableKeySet().descendingSet() + " poll " + syncNav.pollFirstEntry()
                + " " + syncNav);
        NavigableSet<String> syncSet = Collections.synchronizedNavigableSet(new TreeSet<>(List.of("q", "p", "r")));
        System.out.println("synchronized navigable set " + syncSet + " " + syncSet.headSet("r") + " " + syncSet.higher("p")
                + " " + syncSet.descendingSet() + " " + Collections.synchronizedSortedSet(new TreeSet<>(syncSet)).first()
                + " " + Collections.synchronizedSortedMap(new TreeMap<>(Map.of(9, 9))).lastKey());
        Collection<String> syncColl = Collections.synchronizedCollection(new ArrayList<>(List.of("m")));
        Set<String> syncS = Collections.synchronizedSet(new HashSet<>(List.of("n")));
        System.out.println("synchronized collection/set " + syncColl + " " + syncS + " " + syncS.contains("n"));

        List<String> checked = Collections.checkedList(new ArrayList<>(List.of("a")), String.class);
        checked.add("b");
        List raw = checked;
        tryRun("checked add Integer", () -> raw.add(1));
        tryRun("checked add(index) Integer", () -> raw.add(0, 1));
        tryRun("checked set Integer", () -> raw.set(0, 1));
        tryRun("checked addAll mixed", () -> raw.addAll(Arrays.asList("c", 2)));
        tryRun("checked listIterator set", () -> {
            ListIterator it = raw.listIterator();
            it.next();
            it.set(3.5);
        });
        tryRun("checked add null", () -> raw.add(null));
        System.out.println("checked list " + checked + " subList " + checked.subList(0, 2));
        Map<String, Integer> checkedMap = Collections.checkedMap(new TreeMap<>(), String.class, Integer.class);
        checkedMap.put("one", 1);
        Map rawMap = checkedMap;
        tryRun("checked map bad key", () -> rawMap.put(1, 1));
        tryRun("checked map bad value", () -> rawMap.put("two", "2"));
        tryRun("checked map entry setValue", () -> ((Map.Entry) rawMap.entrySet().iterator().next()).setValue("x"));
        tryRun("checked map putAll", () -> rawMap.putAll(Map.of("ok", 1, "bad", 'c')));
        tryRun("checked map merge", () -> rawMap.merge("one", 1, (a, b) -> "bad"));
        tryRun("checked map compute", () -> rawMap.compute("one", (k, v) -> 3L));
        System.out.println("checked map " + checkedMap);
        Set<Integer> checkedSet = Collections.checkedSet(new TreeSet<>(List.of(2, 1)), Integer.class);
        tryRun("checked set add", () -> ((Set) checkedSet).add("s"));
        Queue<Integer> checkedQueue = Collections.checkedQueue(new ArrayDeque<>(), Integer.class);
        checkedQueue.offer(4);
        tryRun("checked queue offer", () -> ((Queue) checkedQueue).offer("s"));
        NavigableSet<Integer> checkedNav = Collections.checkedNavigableSet(new TreeSet<>(List.of(3, 6, 9)), Integer.class);
        tryRun("checked navigable headSet add", () -> ((Set) checkedNav.headSet(6)).add("s"));
        NavigableMap<String, Integer> checkedNavMap = Collections.checkedNavigableMap(new TreeMap<>(Map.of("a", 1)),
                String.class, Integer.class);
        tryRun("checked navigable firstEntry setValue", () -> ((Map.Entry) checkedNavMap.firstEntry()).setValue("s"));
        System.out.println("checked others " + checkedSet + " " + checkedQueue + " " + checkedNav.descendingSet() + " "
                + checkedNavMap.tailMap("a") + " " + Collections.checkedCollection(new ArrayList<>(List.of(1)), Integer.class)
                + " " + Collections.checkedSortedSet(new TreeSet<>(List.of("z")), String.class).first() + " "
                + Collections.checkedSortedMap(new TreeMap<>(Map.of(1, 2)), Integer.class, Integer.class).firstKey());
    }
}
