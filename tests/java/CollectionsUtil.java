// java.util.Collections algorithms: sort stability, reverse, shuffle with a seeded Random,
// swap, rotate, fill, copy, nCopies, frequency, min/max, binarySearch, indexOfSubList,
// disjoint, addAll, reverseOrder, list/enumeration, and their error cases.
import java.util.*;

public class CollectionsUtil {
    static void tryRun(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e);
        }
    }

    static List<Integer> range(int n) {
        List<Integer> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add(i);
        }
        return l;
    }

    public static void main(String[] args) {
        List<String> names = new ArrayList<>(List.of("bob", "Al", "carol", "dave", "Eve", "al", "Bob", "ed"));
        Collections.sort(names);
        System.out.println("sort " + names);
        Collections.sort(names, String.CASE_INSENSITIVE_ORDER);
        System.out.println("sort ci (stable) " + names);
        names.sort(Comparator.comparingInt(String::length));
        System.out.println("by length (stable) " + names);
        Collections.reverse(names);
        System.out.println("reverse " + names);

        for (int size : new int[] {4, 10, 30}) {
            List<Integer> arr = range(size);
            Collections.shuffle(arr, new Random(42));
            LinkedList<Integer> linked = new LinkedList<>(range(size));
            Collections.shuffle(linked, new Random(42));
            System.out.println("shuffle " + size + " " + arr + " linked same " + arr.equals(linked));
        }
        List<String> letters = new ArrayList<>(List.of("a", "b", "c", "d", "e", "f", "g"));
        Collections.shuffle(letters, new Random(-7L));
        System.out.println("shuffle letters " + letters);

        List<Integer> r = range(10);
        Collections.swap(r, 0, 9);
        System.out.println("swap " + r);
        tryRun("swap out of range", () -> Collections.swap(r, 0, 10));
        Collections.rotate(r, 3);
        System.out.println("rotate 3 " + r);
        Collections.rotate(r, -13);
        System.out.println("rotate -13 " + r);
        LinkedList<Integer> lr = new LinkedList<>(range(7));
        Collections.rotate(lr, 2);
        System.out.println("rotate linked " + lr);
        Collections.rotate(r.subList(2, 6), 1);
        System.out.println("rotate sublist " + r);
        Collections.fill(r.subList(0, 3), -1);
        System.out.println("fill " + r);
        List<Integer> dest = new ArrayList<>(Collections.nCopies(12, 0));
        Collections.copy(dest, r);
        System.out.println("copy " + dest);
        tryRun("copy too small", () -> Collections.copy(new ArrayList<>(List.of(1)), r));
        System.out.println("replaceAll " + Collections.replaceAll(dest, -1, 7) + " " + dest);

        List<String> copies = Collections.nCopies(3, "ab");
        System.out.println("nCopies " + copies + " size " + copies.size() + " contains " + copies.contains("ab")
                + " indexOf " + copies.indexOf("ab") + " lastIndexOf " + copies.lastIndexOf("ab") + " hash "
                + copies.hashCode() + " empty " + Collections.nCopies(0, "x"));
        tryRun("nCopies negative", () -> Collections.nCopies(-1, "x"));
        tryRun("nCopies set", () -> copies.set(0, "q"));

        List<Integer> freq = List.of(1, 2, 2, 3, 3, 3);
        List<String> withNull = Arrays.asList("a", null, "b", null);
        System.out.println("frequency " + Collections.frequency(freq, 3) + " " + Collections.frequency(freq, 9) + " "
                + Collections.frequency(withNull, null));
        System.out.println("min/max " + Collections.min(freq) + " " + Collections.max(freq) + " "
                + Collections.min(names, Comparator.comparing(String::length)) + " "
                + Collections.max(names, String.CASE_INSENSITIVE_ORDER));
        tryRun("min empty", () -> Collections.min(new ArrayList<Integer>()));
        tryRun("max empty", () -> Collections.max(new ArrayList<Integer>(), Comparator.naturalOrder()));

        List<Integer> sorted = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            sorted.add(i * 3);
        }
        System.out.println("binarySearch " + Collections.binarySearch(sorted, 27) + " " + Collections.binarySearch(sorted, 28)
                + " " + Collections.binarySearch(sorted, -5) + " " + Collections.binarySearch(sorted, 100));
        List<Integer> desc = new ArrayList<>(sorted);
        desc.sort(Collections.reverseOrder());
        System.out.println("binarySearch reverse " + Collections.binarySearch(desc, 27, Collections.reverseOrder()) + " "
                + Collections.binarySearch(new LinkedList<>(sorted), 30));

        List<Integer> src = List.of(1, 2, 3, 1, 2, 3, 4);
        System.out.println("indexOfSubList " + Collections.indexOfSubList(src, List.of(2, 3)) + " "
                + Collections.lastIndexOfSubList(src, List.of(2, 3)) + " " + Collections.indexOfSubList(src, List.of(3, 5))
                + " " + Collections.indexOfSubList(src, List.of()) + " " + Collections.lastIndexOfSubList(src, List.of()));
        System.out.println("disjoint " + Collections.disjoint(List.of(1, 2), Set.of(3, 4)) + " "
                + Collections.disjoint(List.of(1, 2), List.of(2)));
        List<String> target = new ArrayList<>();
        System.out.println("addAll " + Collections.addAll(target, "x", "y") + " " + Collections.addAll(target) + " " + target);
        Set<String> set = new HashSet<>(target);
        System.out.println("addAll set dup " + Collections.addAll(set, "x") + " " + Collections.addAll(set, "x", "z"));

        Comparator<String> rev = Collections.reverseOrder();
        Comparator<String> revCi = Collections.reverseOrder(String.CASE_INSENSITIVE_ORDER);
        List<String> sortMe = new ArrayList<>(List.of("b", "C", "a"));
        sortMe.sort(rev);
        System.out.println("reverseOrder " + sortMe + " " + (Collections.reverseOrder(rev) == Comparator.naturalOrder()
                || Collections.reverseOrder(rev).compare("a", "b") < 0));
        sortMe.sort(revCi);
        System.out.println("reverseOrder(ci) " + sortMe + " null arg " + Collections.reverseOrder(null).compare("a", "b")
                + " double reverse " + Collections.reverseOrder(revCi).compare("a", "B"));

        Vector<String> vec = new Vector<>(List.of("p", "q", "r"));
        Enumeration<String> en = Collections.enumeration(vec);
        ArrayList<String> back = Collections.list(vec.elements());
        StringBuilder sb = new StringBuilder();
        while (en.hasMoreElements()) {
            sb.append(en.nextElement());
        }
        System.out.println("enumeration " + sb + " list " + back);
        Enumeration<Object> emptyEn = Collections.emptyEnumeration();
        System.out.println("empty enumeration " + emptyEn.hasMoreElements());

        System.out.println("empties " + Collections.emptyList() + Collections.emptySet() + Collections.emptyMap()
                + Collections.emptySortedSet() + Collections.emptyNavigableMap() + " "
                + Collections.emptyList().equals(List.of()) + " " + Collections.emptyMap().hashCode());
        tryRun("emptyList add", () -> Collections.<String>emptyList().add("x"));
        tryRun("emptyList get", () -> Collections.emptyList().get(0));
        tryRun("emptySortedSet first", () -> Collections.emptySortedSet().first());
        tryRun("emptyNavigableSet add", () -> Collections.<Integer>emptyNavigableSet().add(1));
        System.out.println("singletons " + Collections.singleton("s") + Collections.singletonList(1)
                + Collections.singletonMap("k", "v") + " " + Collections.singletonList(1).equals(List.of(1)));
        tryRun("singletonList set", () -> Collections.singletonList(1).set(0, 2));
        tryRun("singleton remove", () -> Collections.singleton(1).remove(1));
        tryRun("singletonMap put", () -> Collections.singletonMap("k", "v").put("a", "b"));
        tryRun("sort unmodifiable", () -> Collections.sort(Arrays.asList(3, 1, 2)));
        tryRun("sort List.of", () -> Collections.sort(new ArrayList<>(List.of(3, 1, 2)).subList(0, 2)));
        tryRun("sort immutable", () -> Collections.sort(List.of(3, 1, 2)));
    }
}
