// CopyOnWriteArrayList and CopyOnWriteArraySet: snapshot iterators, list operations, errors.
import java.util.*;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;

public class CopyOnWrite {
    public static void main(String[] args) {
        CopyOnWriteArrayList<String> list = new CopyOnWriteArrayList<>(new String[] {"b", "a", "c"});
        list.add("d");
        list.add(0, "z");
        list.addAll(Arrays.asList("a", "e"));
        list.addAll(2, List.of("x", "y"));
        System.out.println(list + " " + list.size() + " " + list.get(3) + " " + list.indexOf("a") + " " + list.lastIndexOf("a") + " " + list.indexOf("a", 5) + " " + list.lastIndexOf("a", 4));
        System.out.println(list.set(1, "B") + " " + list.remove(0) + " " + list.remove("a") + " " + list.remove("nope") + " " + list);
        System.out.println(list.addIfAbsent("c") + " " + list.addIfAbsent("q") + " " + list.addAllAbsent(List.of("q", "r", "r", "s")) + " " + list);

        // Iterators see the array as it was.
        Iterator<String> it = list.iterator();
        list.add("after");
        list.remove("B");
        StringBuilder seen = new StringBuilder();
        while (it.hasNext()) seen.append(it.next()).append(',');
        System.out.println("snapshot " + seen + " now " + list);
        for (String s : list) {
            if (s.length() == 1) list.remove(s); // no ConcurrentModificationException
        }
        System.out.println("removed singles " + list);
        try {
            list.iterator().remove();
        } catch (UnsupportedOperationException | IllegalStateException e) {
            System.out.println("iterator remove " + e);
        }
        ListIterator<String> li = list.listIterator(list.size());
        StringBuilder back = new StringBuilder();
        while (li.hasPrevious()) back.append(li.previous()).append(li.nextIndex());
        System.out.println(back);
        try {
            list.listIterator().set("x");
        } catch (UnsupportedOperationException e) {
            System.out.println("set " + e);
        }

        CopyOnWriteArrayList<Integer> nums = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 10; i++) nums.add(i * 3 % 10);
        nums.removeIf(n -> n % 4 == 0);
        nums.replaceAll(n -> n * 10);
        nums.sort(Comparator.reverseOrder());
        System.out.println(nums + " " + nums.hashCode() + " " + nums.equals(List.of(90, 70, 60, 50, 30, 10)) + " " + nums.contains(70) + " " + nums.containsAll(List.of(10, 30)));
        nums.retainAll(List.of(10, 30, 50, 99));
        System.out.println(nums + " " + Arrays.toString(nums.toArray()) + " " + Arrays.toString(nums.toArray(new Integer[5])));
        List<Integer> sub = nums.subList(1, 3);
        System.out.println("sub " + sub + " " + sub.get(0) + " " + sub.size());
        sub.set(0, 33);
        sub.add(44);
        System.out.println(sub + " " + nums);
        nums.add(1);
        try {
            sub.get(0);
        } catch (ConcurrentModificationException e) {
            System.out.println("stale sublist " + e);
        }
        Object clone = nums.clone();
        nums.clear();
        System.out.println(clone + " " + nums + " " + nums.isEmpty());

        String[] errs = {"get", "set", "add", "remove", "sublist", "listIterator"};
        for (String op : errs) {
            try {
                switch (op) {
                    case "get": list.get(list.size()); break;
                    case "set": list.set(-1, "x"); break;
                    case "add": list.add(list.size() + 1, "x"); break;
                    case "remove": list.remove(99); break;
                    case "sublist": list.subList(2, 1); break;
                    default: list.listIterator(99); break;
                }
                System.out.println(op + ": no exception");
            } catch (IndexOutOfBoundsException e) {
                System.out.println(op + ": " + e);
            }
        }

        CopyOnWriteArraySet<String> set = new CopyOnWriteArraySet<>(List.of("pear", "apple", "pear", "fig"));
        System.out.println(set + " " + set.add("apple") + " " + set.add("kiwi") + " " + set.remove("pear") + " " + set);
        Set<String> hs = new HashSet<>(List.of("apple", "fig", "kiwi"));
        System.out.println(set.equals(hs) + " " + hs.equals(set) + " " + set.containsAll(hs) + " " + (set.hashCode() == hs.hashCode()));
        set.addAll(List.of("fig", "lime", "date"));
        set.removeIf(s -> s.startsWith("d"));
        set.retainAll(List.of("fig", "lime", "apple"));
        for (String s : set) set.add(s + "!");
        System.out.println(set + " " + set.size() + " " + set.contains("fig!"));
        Iterator<String> sit = set.iterator();
        sit.next();
        try {
            sit.remove();
        } catch (UnsupportedOperationException e) {
            System.out.println("set iterator remove " + e);
        }
    }
}
