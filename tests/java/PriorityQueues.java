// PriorityQueue: the heap's array order (visible through toString and iteration) after offers,
// polls, removals, bulk removal, copies from other collections, and comparators.
import java.util.*;

public class PriorityQueues {
    static void tryRun(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e.getClass().getName() + " " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        PriorityQueue<Integer> pq = new PriorityQueue<>();
        int[] values = {50, 20, 80, 10, 30, 70, 90, 60, 40, 5, 25, 85, 15, 95, 1};
        for (int v : values) {
            pq.offer(v);
        }
        System.out.println("heap " + pq + " size " + pq.size() + " peek " + pq.peek());
        System.out.println("poll " + pq.poll() + " " + pq.poll() + " -> " + pq);
        System.out.println("remove(30) " + pq.remove(30) + " -> " + pq);
        System.out.println("remove(999) " + pq.remove(999) + " contains(85) " + pq.contains(85));
        StringBuilder sb = new StringBuilder();
        for (Iterator<Integer> it = pq.iterator(); it.hasNext();) {
            int v = it.next();
            if (v % 20 == 0) {
                it.remove();
            }
            sb.append(v).append(' ');
        }
        System.out.println("iter-remove saw " + sb + "-> " + pq);
        System.out.println("removeIf " + pq.removeIf(x -> x > 80) + " -> " + pq);
        System.out.println("retainAll " + pq.retainAll(List.of(5, 10, 15, 25, 50, 60, 70)) + " -> " + pq);
        System.out.println("toArray " + Arrays.toString(pq.toArray()));
        sb.setLength(0);
        while (!pq.isEmpty()) {
            sb.append(pq.poll()).append(' ');
        }
        System.out.println("drain " + sb);

        PriorityQueue<String> byLength = new PriorityQueue<>(
                Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder()));
        for (String s : new String[] {"the", "quick", "brown", "fox", "jumps", "over", "a", "lazy", "dog", "and", "keeps", "running"}) {
            byLength.add(s);
        }
        System.out.println("byLength " + byLength + " comparator? " + (byLength.comparator() != null));
        sb.setLength(0);
        while (byLength.size() > 0) {
            sb.append(byLength.remove()).append(' ');
        }
        System.out.println("drain " + sb);

        List<Integer> source = new ArrayList<>();
        Random rnd = new Random(7);
        for (int i = 0; i < 40; i++) {
            source.add(rnd.nextInt(1000));
        }
        PriorityQueue<Integer> heapified = new PriorityQueue<>(source);
        System.out.println("heapified " + heapified);
        PriorityQueue<Integer> fromPq = new PriorityQueue<>(heapified);
        System.out.println("copy equal layout " + fromPq.toString().equals(heapified.toString()));
        PriorityQueue<Integer> fromSorted = new PriorityQueue<>(new TreeSet<>(source));
        System.out.println("fromSorted " + fromSorted);
        PriorityQueue<Integer> reversed = new PriorityQueue<>(10, Collections.reverseOrder());
        reversed.addAll(source.subList(0, 12));
        System.out.println("maxheap " + reversed + " peek " + reversed.peek());
        PriorityQueue<Integer> small = new PriorityQueue<>(1);
        for (int i = 30; i > 0; i -= 3) {
            small.add(i);
        }
        System.out.println("small grown " + small);

        tryRun("offer null", () -> new PriorityQueue<Integer>().offer(null));
        tryRun("capacity 0", () -> new PriorityQueue<Integer>(0));
        tryRun("remove() empty", () -> new PriorityQueue<Integer>().remove());
        tryRun("element() empty", () -> new PriorityQueue<Integer>().element());
        tryRun("not comparable", () -> new PriorityQueue<Object>().add(new Object()));
        tryRun("mixed types", () -> {
            PriorityQueue<Object> p = new PriorityQueue<>();
            p.add("a");
            p.add(1);
        });
        tryRun("addAll self", () -> {
            PriorityQueue<Integer> p = new PriorityQueue<>(List.of(1));
            p.addAll(p);
        });
        tryRun("iterator cme", () -> {
            PriorityQueue<Integer> p = new PriorityQueue<>(List.of(3, 1, 2));
            for (Integer x : p) {
                p.add(x + 10);
            }
        });
        tryRun("iterator remove twice", () -> {
            Iterator<Integer> it = new PriorityQueue<>(List.of(3, 1, 2)).iterator();
            it.next();
            it.remove();
            it.remove();
        });
        tryRun("null from collection", () -> new PriorityQueue<>(Arrays.asList(1, null, 2)));
    }
}
