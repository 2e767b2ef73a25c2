// LinkedList as a List and a Deque: positional ops, iterators, error messages, equality.
import java.util.*;

public class LinkedLists {
    static void show(String label, Object o) {
        System.out.println(label + ": " + o);
    }

    static void tryRun(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e);
        }
    }

    public static void main(String[] args) {
        LinkedList<String> list = new LinkedList<>();
        show("empty", list + " size=" + list.size() + " peek=" + list.peek() + " poll=" + list.poll());
        list.add("b");
        list.addFirst("a");
        list.addLast("c");
        list.add(1, "x");
        list.add(list.size(), "end");
        show("built", list);
        show("get", list.get(0) + list.get(2) + list.get(4));
        show("set", list.set(1, "y") + " -> " + list);
        show("indexOf", list.indexOf("c") + " " + list.indexOf("zz") + " " + list.lastIndexOf("a"));
        list.add(null);
        list.add("a");
        show("with null", list + " idx(null)=" + list.indexOf(null) + " last(a)=" + list.lastIndexOf("a"));
        show("remove(Object)", list.remove(null) + " " + list.remove("zz") + " " + list);
        show("remove(int)", list.remove(0) + " " + list);
        show("first/last", list.getFirst() + " " + list.getLast() + " " + list.peekFirst() + " " + list.peekLast());
        show("removeFirstOcc", list.removeFirstOccurrence("a") + " " + list);
        list.push("p");
        show("push/pop", list.pop() + " " + list.pop() + " " + list);
        list.offer("o1");
        list.offerFirst("o0");
        list.offerLast("o2");
        show("offers", list + " element=" + list.element());
        show("pollLast", list.pollLast() + " pollFirst=" + list.pollFirst() + " " + list);
        show("contains", list.contains("c") + " " + list.contains("q"));

        tryRun("get(-1)", () -> list.get(-1));
        tryRun("get(size)", () -> list.get(list.size()));
        tryRun("add(99)", () -> list.add(99, "z"));
        tryRun("set(7)", () -> list.set(7, "z"));
        tryRun("remove(-2)", () -> list.remove(-2));
        tryRun("listIterator(9)", () -> list.listIterator(9));
        LinkedList<Integer> empty = new LinkedList<>();
        tryRun("getFirst empty", empty::getFirst);
        tryRun("getLast empty", empty::getLast);
        tryRun("removeFirst empty", empty::removeFirst);
        tryRun("removeLast empty", empty::removeLast);
        tryRun("element empty", empty::element);
        tryRun("pop empty", empty::pop);
        tryRun("remove() empty", () -> empty.remove());

        // ListIterator navigation and modification.
        LinkedList<Integer> nums = new LinkedList<>();
        for (int i = 0; i < 8; i++) {
            nums.add(i * 10);
        }
        ListIterator<Integer> it = nums.listIterator(3);
        show("li start", it.nextIndex() + " " + it.previousIndex() + " " + it.hasPrevious());
        show("li next", it.next() + " " + it.next() + " prev=" + it.previous());
        it.set(-1);
        show("li set", nums);
        it.remove();
        show("li remove after previous", nums + " next=" + it.nextIndex());
        it.add(99);
        it.add(98);
        show("li add", nums + " next=" + it.next());
        tryRun("li set after add", () -> {
            ListIterator<Integer> li = nums.listIterator();
            li.add(5);
            li.set(6);
        });
        tryRun("li remove twice", () -> {
            ListIterator<Integer> li = nums.listIterator();
            li.next();
            li.remove();
            li.remove();
        });
        ListIterator<Integer> back = nums.listIterator(nums.size());
        StringBuilder sb = new StringBuilder();
        while (back.hasPrevious()) {
            sb.append(back.previous()).append(' ');
        }
        show("backwards", sb);
        tryRun("previous at start", () -> nums.listIterator().previous());
        tryRun("next at end", () -> nums.listIterator(nums.size()).next());

        Iterator<Integer> desc = nums.descendingIterator();
        sb.setLength(0);
        while (desc.hasNext()) {
            int v = desc.next();
            if (v == 99) {
                desc.remove();
            }
            sb.append(v).append(',');
        }
        show("descending", sb + " -> " + nums);

        // Bulk operations.
        nums.addAll(2, List.of(7, 7, 7));
        show("addAll(2)", nums);
        nums.addAll(List.of());
        show("removeIf", nums.removeIf(x -> x == 7) + " " + nums);
        nums.removeAll(List.of(0, 10));
        show("removeAll", nums);
        nums.retainAll(List.of(20, 40, 50, 60, 98));
        show("retainAll", nums);
        nums.replaceAll(x -> x + 1);
        show("replaceAll", nums);
        nums.sort(Comparator.reverseOrder());
        show("sort desc", nums);
        show("subList", nums.subList(1, 3) + " hash=" + nums.hashCode());
        show("equals ArrayList", nums.equals(new ArrayList<>(nums)) + " " + new ArrayList<>(nums).equals(nums));
        show("toArray", Arrays.toString(nums.toArray()) + " " + Arrays.toString(nums.toArray(new Integer[6])));
        @SuppressWarnings("unchecked")
        LinkedList<Integer> copy = (LinkedList<Integer>) nums.clone();
        copy.add(1000);
        show("clone independent", nums + " vs " + copy);
        nums.clear();
        show("cleared", nums + " " + nums.isEmpty() + " " + nums.peekFirst());

        // Fail-fast iteration.
        LinkedList<String> ff = new LinkedList<>(List.of("a", "b", "c"));
        tryRun("cme add during foreach", () -> {
            for (String s : ff) {
                if (s.equals("a")) {
                    ff.add("d");
                }
            }
        });
        tryRun("remove second-to-last during foreach", () -> {
            LinkedList<String> l = new LinkedList<>(List.of("a", "b", "c"));
            for (String s : l) {
                if (s.equals("b")) {
                    l.remove(s);
                }
            }
            System.out.println("  left " + l);
        });
        tryRun("cme forEachRemaining", () -> {
            Iterator<String> i = ff.iterator();
            i.forEachRemaining(s -> ff.add("x"));
        });
    }
}
