// TreeSet: ordering, navigation, range views (inclusive flags), descending sets, polling,
// comparator-based sets, copies, errors.
import java.util.*;

public class TreeSets {
    static void tryRun(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e);
        }
    }

    public static void main(String[] args) {
        TreeSet<Integer> s = new TreeSet<>(List.of(42, 7, 19, 3, 88, 61, 25, 14, 70, 33));
        System.out.println(s + " size " + s.size() + " first " + s.first() + " last " + s.last());
        System.out.println("add dup " + s.add(19) + " add new " + s.add(50) + " remove " + s.remove(3) + " "
                + s.remove(4) + " contains " + s.contains(88) + " " + s.contains(89));
        System.out.println("lower(25) " + s.lower(25) + " floor(25) " + s.floor(25) + " ceiling(26) " + s.ceiling(26)
                + " higher(88) " + s.higher(88) + " lower(7) " + s.lower(7));
        System.out.println("headSet(33) " + s.headSet(33) + " headSet(33,t) " + s.headSet(33, true));
        System.out.println("tailSet(50) " + s.tailSet(50) + " tailSet(50,f) " + s.tailSet(50, false));
        System.out.println("subSet(14,61) " + s.subSet(14, 61) + " subSet(14,f,61,t) " + s.subSet(14, false, 61, true));
        NavigableSet<Integer> desc = s.descendingSet();
        System.out.println("desc " + desc + " first " + desc.first() + " headSet(42) " + desc.headSet(42)
                + " tailSet(42) " + desc.tailSet(42) + " subSet(70,14) " + desc.subSet(70, 14));
        System.out.println("desc nav " + desc.lower(25) + " " + desc.higher(25) + " " + desc.floor(26) + " "
                + desc.ceiling(26) + " desc.desc " + desc.descendingSet());
        StringBuilder sb = new StringBuilder();
        for (Iterator<Integer> it = s.descendingIterator(); it.hasNext();) {
            sb.append(it.next()).append(' ');
        }
        System.out.println("descendingIterator " + sb);

        NavigableSet<Integer> range = s.subSet(10, true, 60, true);
        range.add(11);
        System.out.println("range add " + range + " set " + s);
        tryRun("range add out of bounds", () -> range.add(99));
        System.out.println("range pollFirst " + range.pollFirst() + " pollLast " + range.pollLast() + " set " + s);
        range.clear();
        System.out.println("range cleared " + s + " range " + range + " empty " + range.isEmpty());

        System.out.println("pollFirst " + s.pollFirst() + " pollLast " + s.pollLast() + " -> " + s);
        TreeSet<Integer> empty = new TreeSet<>();
        System.out.println("empty polls " + empty.pollFirst() + " " + empty.pollLast() + " " + empty.ceiling(1));
        tryRun("first empty", empty::first);
        tryRun("last empty", empty::last);
        tryRun("add null", () -> empty.add(null));
        tryRun("add null non-empty", () -> s.add(null));
        tryRun("contains null", () -> s.contains(null));
        tryRun("subSet reversed", () -> s.subSet(50, 10));

        TreeSet<String> words = new TreeSet<>(Comparator.comparing(String::length).thenComparing(Comparator.naturalOrder()));
        Collections.addAll(words, "kiwi", "fig", "banana", "apple", "date", "plum", "cherry", "fig");
        System.out.println("by length " + words + " ceiling(\"zzzz\") " + words.ceiling("zzzz") + " headSet(\"pear\") "
                + words.headSet("pear"));
        TreeSet<String> ci = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Collections.addAll(ci, "b", "A", "a", "C", "B");
        System.out.println("case-insensitive " + ci + " contains(\"c\") " + ci.contains("c"));
        TreeSet<String> sortedCopy = new TreeSet<>(words);
        sortedCopy.add("zz");
        System.out.println("sorted copy keeps comparator " + sortedCopy + " " + (sortedCopy.comparator() != null));
        @SuppressWarnings("unchecked")
        TreeSet<String> cloned = (TreeSet<String>) words.clone();
        cloned.pollFirst();
        System.out.println("clone " + cloned.size() + " vs " + words.size() + " equals HashSet "
                + words.equals(new HashSet<>(words)) + " hash " + (words.hashCode() == new HashSet<>(words).hashCode()));
        System.out.println("removeAll " + words.removeAll(List.of("fig", "nothing")) + " retainAll "
                + words.retainAll(List.of("kiwi", "plum", "apple")) + " -> " + words);
        System.out.println("toArray " + Arrays.toString(words.toArray()) + " " + Arrays.toString(words.toArray(new String[5])));

        TreeSet<Character> chars = new TreeSet<>();
        for (char c : "mississippi river".toCharArray()) {
            chars.add(c);
        }
        System.out.println("chars " + chars + " headSet('p') " + chars.headSet('p'));
        tryRun("cme", () -> {
            for (Character c : chars) {
                if (c == 'i') {
                    chars.add('z');
                }
            }
        });
    }
}
