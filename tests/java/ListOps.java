// ArrayList and the List/Collections API: add/insert/remove by index and value, set/get,
// indexOf/lastIndexOf, contains, subList views, iterator and ListIterator with remove/set,
// sort/reverse/shuffle-free Collections helpers, List.of immutability, equality, toString,
// ConcurrentModificationException and IndexOutOfBoundsException messages.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.NoSuchElementException;

public class ListOps {
    static String[] words(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ' ') {
                out.add(text.substring(start, i));
                start = i + 1;
            }
        }
        return out.toArray(new String[0]);
    }

    public static void main(String[] args) {
        List<String> list = new ArrayList<>();
        for (String s : words("the quick brown fox jumps over the lazy dog")) list.add(s);
        System.out.println(list + " size=" + list.size());
        list.add(0, "START");
        list.add(list.size(), "END");
        list.remove("the");
        String removed = list.remove(3);
        System.out.println(list + " removed=" + removed);
        list.set(1, "QUICK");
        System.out.println("get/indexOf: " + list.get(1) + " " + list.indexOf("the") + " " + list.lastIndexOf("END") + " "
                + list.indexOf("cat") + " " + list.contains("lazy") + " " + list.isEmpty());
        List<String> sub = list.subList(2, 5);
        System.out.println("subList: " + sub);
        sub.set(0, "SUB");
        sub.remove(1);
        System.out.println("after subList edits: " + list);
        Iterator<String> it = list.iterator();
        while (it.hasNext()) {
            if (it.next().length() <= 3) it.remove();
        }
        System.out.println("iterator remove short: " + list);
        ListIterator<String> li = list.listIterator();
        while (li.hasNext()) {
            int idx = li.nextIndex();
            String s = li.next();
            li.set(idx + ":" + s.toLowerCase());
            if (idx == 1) li.add("inserted");
        }
        System.out.println("listIterator set/add: " + list);
        StringBuilder back = new StringBuilder();
        while (li.hasPrevious()) back.append(li.previous()).append(' ');
        System.out.println("backwards: " + back);
        List<Integer> nums = new ArrayList<>();
        for (int i = 0; i < 100; i++) nums.add((i * 37) % 101);
        Collections.sort(nums);
        System.out.println("sorted head " + nums.subList(0, 10) + " max " + Collections.max(nums) + " min "
                + Collections.min(nums) + " bsearch " + Collections.binarySearch(nums, 37) + " " + Collections.binarySearch(nums, 1000));
        Collections.reverse(nums);
        System.out.println("reversed head " + nums.subList(0, 5));
        nums.removeIf(n -> n % 2 == 0);
        System.out.println("removeIf even: size " + nums.size() + " first " + nums.get(0));
        nums.replaceAll(n -> n * 10);
        System.out.println("replaceAll " + nums.subList(0, 3));
        Collections.swap(nums, 0, nums.size() - 1);
        System.out.println("swap " + nums.get(0) + " " + nums.get(nums.size() - 1));
        System.out.println("frequency " + Collections.frequency(Arrays.asList(1, 2, 1, 3, 1), 1) + " nCopies "
                + Collections.nCopies(3, "ab") + " emptyList " + Collections.emptyList() + " singleton "
                + Collections.singletonList(9));
        List<String> immutable = List.of("x", "y");
        try {
            immutable.add("z");
        } catch (UnsupportedOperationException e) {
            System.out.println("List.of add: " + e.getClass().getName());
        }
        List<String> unmod = Collections.unmodifiableList(new ArrayList<>(immutable));
        try {
            unmod.set(0, "z");
        } catch (UnsupportedOperationException e) {
            System.out.println("unmodifiable set: " + e.getClass().getName());
        }
        List<Integer> fixed = Arrays.asList(3, 1, 2);
        fixed.set(0, 9);
        try {
            fixed.add(4);
        } catch (UnsupportedOperationException e) {
            System.out.println("Arrays.asList add: " + e.getClass().getName() + " contents " + fixed);
        }
        System.out.println("equals across impls: " + fixed.equals(new ArrayList<>(List.of(9, 1, 2))) + " "
                + List.of(1, 2).equals(Arrays.asList(1, 2)) + " hash " + (List.of(1, 2).hashCode() == Arrays.asList(1, 2).hashCode()));
        List<Integer> cme = new ArrayList<>(List.of(1, 2, 3, 4));
        try {
            for (Integer n : cme) {
                if (n == 2) cme.remove(n);
            }
        } catch (ConcurrentModificationException e) {
            System.out.println("CME: " + e);
        }
        try {
            cme.get(10);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("get: " + e.getMessage());
        }
        try {
            new ArrayList<String>().remove(0);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("remove: " + e.getMessage());
        }
        try {
            new ArrayList<String>().add(2, "x");
        } catch (IndexOutOfBoundsException e) {
            System.out.println("add at: " + e.getMessage());
        }
        try {
            new ArrayList<String>().iterator().next();
        } catch (NoSuchElementException e) {
            System.out.println("iterator next: " + e.getClass().getName());
        }
        List<List<Integer>> nested = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            List<Integer> row = new ArrayList<>();
            for (int j = 0; j <= i; j++) row.add(i == 0 || j == 0 || j == i ? 1 : nested.get(i - 1).get(j - 1) + nested.get(i - 1).get(j));
            nested.add(row);
        }
        System.out.println("pascal " + nested);
        List<String> big = new ArrayList<>();
        for (int i = 0; i < 10000; i++) big.add("item" + i);
        big.subList(100, 9900).clear();
        System.out.println("big after clear " + big.size() + " " + big.get(99) + " " + big.get(100));
        Object[] arr = big.toArray();
        String[] sarr = big.toArray(new String[0]);
        System.out.println("toArray " + arr.length + " " + sarr.getClass().getSimpleName() + " " + sarr[199]);
        List<String> addAll = new ArrayList<>(List.of("a"));
        addAll.addAll(List.of("b", "c"));
        addAll.addAll(1, List.of("x", "y"));
        addAll.removeAll(List.of("y"));
        addAll.retainAll(List.of("a", "b", "x"));
        System.out.println("bulk " + addAll + " containsAll " + addAll.containsAll(List.of("a", "x")));
        addAll.clear();
        System.out.println("cleared " + addAll + " " + addAll.size());
        List<String> forEach = new ArrayList<>();
        List.of("p", "q").forEach(s -> forEach.add(s + s));
        System.out.println("forEach " + forEach + " copyOf " + List.copyOf(forEach));
    }
}
