// Iterator contracts across collections: ConcurrentModificationException, IllegalStateException
// from remove/set without next, NoSuchElementException past the end, and which modifications
// are (not) detected.
import java.util.*;

public class IteratorMisuse {
    interface Action {
        void run() throws Exception;
    }

    static void check(String label, Action a) {
        try {
            a.run();
            System.out.println(label + ": no exception");
        } catch (Exception e) {
            System.out.println(label + ": " + e.getClass().getName() + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
    }

    static List<Collection<Integer>> collections() {
        List<Collection<Integer>> all = new ArrayList<>();
        all.add(new ArrayList<>());
        all.add(new LinkedList<>());
        all.add(new Vector<>());
        all.add(new ArrayDeque<>());
        all.add(new PriorityQueue<>());
        all.add(new HashSet<>());
        all.add(new LinkedHashSet<>());
        all.add(new TreeSet<>());
        for (Collection<Integer> c : all) {
            for (int i = 1; i <= 5; i++) {
                c.add(i);
            }
        }
        return all;
    }

    public static void main(String[] args) {
        for (int round = 0; round < 8; round++) {
            Collection<Integer> c = collections().get(round);
            String name = c.getClass().getSimpleName();
            check(name + " add during foreach", () -> {
                for (Integer x : c) {
                    if (x == 2) {
                        c.add(10);
                    }
                }
            });
            Collection<Integer> c2 = collections().get(round);
            check(name + " remove during foreach", () -> {
                for (Integer x : c2) {
                    if (x == 1) {
                        c2.remove(3);
                    }
                }
            });
            Collection<Integer> c3 = collections().get(round);
            check(name + " remove second-last during foreach", () -> {
                for (Integer x : c3) {
                    if (x == 4) {
                        c3.remove(x);
                    }
                }
                System.out.println("  -> " + c3);
            });
            Collection<Integer> c4 = collections().get(round);
            check(name + " remove without next", () -> c4.iterator().remove());
            check(name + " double remove", () -> {
                Iterator<Integer> it = c4.iterator();
                it.next();
                it.remove();
                it.remove();
            });
            check(name + " next past end", () -> {
                Iterator<Integer> it = c4.iterator();
                while (true) {
                    it.next();
                }
            });
            Collection<Integer> c5 = collections().get(round);
            check(name + " iterator remove all", () -> {
                for (Iterator<Integer> it = c5.iterator(); it.hasNext();) {
                    it.next();
                    it.remove();
                }
                System.out.println("  -> " + c5 + " " + c5.size());
            });
            Collection<Integer> c6 = collections().get(round);
            check(name + " removeIf/forEach modifies", () -> c6.forEach(x -> {
                if (x == 3) {
                    c6.add(99);
                }
            }));
        }

        List<String> list = new ArrayList<>(List.of("a", "b", "c"));
        ListIterator<String> li = list.listIterator();
        check("ArrayList set before next", () -> li.set("z"));
        check("ArrayList previous at start", li::previous);
        li.next();
        li.add("x");
        check("ArrayList set after add", () -> li.set("z"));
        check("ArrayList remove after add", li::remove);
        System.out.println(list);
        List<String> sub = list.subList(1, 3);
        list.add("tail");
        check("subList after parent change", sub::size);
        check("subList get after parent change", () -> sub.get(0));

        Map<String, Integer> hm = new HashMap<>(Map.of("a", 1, "b", 2, "c", 3));
        check("HashMap put during entry iteration", () -> {
            for (Map.Entry<String, Integer> e : hm.entrySet()) {
                hm.put(e.getKey() + e.getKey(), 0);
            }
        });
        Map<String, Integer> hm2 = new HashMap<>(Map.of("a", 1, "b", 2, "c", 3));
        check("HashMap replace value during iteration", () -> {
            for (String k : hm2.keySet()) {
                hm2.put(k, 42);
            }
            System.out.println("  -> " + new TreeMap<>(hm2));
        });
        check("HashMap forEach modifies", () -> hm2.forEach((k, v) -> hm2.remove("a")));
        Map<Integer, Integer> tm = new TreeMap<>(Map.of(1, 1, 2, 2, 3, 3));
        check("TreeMap values iteration add", () -> {
            for (Integer v : tm.values()) {
                tm.put(v * 10, v);
            }
        });
        check("TreeMap forEach modifies", () -> tm.forEach((k, v) -> tm.remove(k)));
        check("TreeMap replaceAll modifies", () -> tm.replaceAll((k, v) -> {
            tm.put(-1, 0);
            return v;
        }));
        EnumMap<Thread.State, Integer> em = new EnumMap<>(Thread.State.class);
        em.put(Thread.State.NEW, 1);
        em.put(Thread.State.BLOCKED, 2);
        check("EnumMap put during iteration", () -> {
            for (Thread.State s : em.keySet()) {
                em.put(Thread.State.TERMINATED, 3);
            }
            System.out.println("  -> " + em);
        });
        check("Collections.emptyIterator next", () -> Collections.emptyIterator().next());
        check("List.of iterator remove", () -> {
            Iterator<Integer> it = List.of(1, 2).iterator();
            it.next();
            it.remove();
        });
        check("unmodifiable iterator remove", () -> {
            Iterator<Integer> it = Collections.unmodifiableList(new ArrayList<>(List.of(1))).iterator();
            it.next();
            it.remove();
        });
        check("Arrays.asList iterator remove", () -> {
            Iterator<Integer> it = Arrays.asList(1, 2).iterator();
            it.next();
            it.remove();
        });
        check("Arrays.asList add", () -> Arrays.asList(1, 2).add(3));
        check("singleton iterator past end", () -> {
            Iterator<Integer> it = Collections.singleton(1).iterator();
            it.next();
            it.next();
        });
        Vector<Integer> v = new Vector<>(List.of(1, 2, 3));
        Enumeration<Integer> en = v.elements();
        v.add(4);
        StringBuilder sb = new StringBuilder();
        while (en.hasMoreElements()) {
            sb.append(en.nextElement());
        }
        System.out.println("Vector enumeration sees additions " + sb);
        check("Vector enumeration past end", en::nextElement);
    }
}
