// ArrayDeque (and LinkedList, asLifoQueue) through the Deque/Queue API, including growth,
// wrap-around, removal from the middle, iterator removal and null rejection.
import java.util.*;

public class Deques {
    static void tryRun(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e);
        }
    }

    static void exercise(String name, Deque<Integer> d) {
        System.out.println("== " + name);
        for (int i = 0; i < 25; i++) {
            if (i % 3 == 0) {
                d.addFirst(i);
            } else {
                d.offerLast(i);
            }
        }
        System.out.println(d + " size=" + d.size());
        System.out.println("peek " + d.peekFirst() + " " + d.peekLast() + " get " + d.getFirst() + " " + d.getLast());
        System.out.println("poll " + d.pollFirst() + " " + d.pollLast() + " remove " + d.removeFirst() + " " + d.removeLast());
        d.push(100);
        System.out.println("pop " + d.pop() + " element " + d.element() + " peek " + d.peek());
        d.add(4);
        System.out.println("removeFirstOcc(4) " + d.removeFirstOccurrence(4) + " " + d);
        System.out.println("removeLastOcc(4) " + d.removeLastOccurrence(4) + " " + d);
        System.out.println("removeLastOcc(77) " + d.removeLastOccurrence(77));
        System.out.println("remove(13) " + d.remove((Object) 13) + " contains(13) " + d.contains(13));
        StringBuilder sb = new StringBuilder();
        for (Iterator<Integer> it = d.descendingIterator(); it.hasNext();) {
            int v = it.next();
            if (v % 2 == 0) {
                it.remove();
            }
            sb.append(v).append(' ');
        }
        System.out.println("descending " + sb + "-> " + d);
        sb.setLength(0);
        for (Iterator<Integer> it = d.iterator(); it.hasNext();) {
            int v = it.next();
            if (v > 10) {
                it.remove();
            }
            sb.append(v).append(' ');
        }
        System.out.println("ascending " + sb + "-> " + d);
        System.out.println("removeIf " + d.removeIf(x -> x == 1) + " " + d);
        System.out.println("toArray " + Arrays.toString(d.toArray()) + " " + Arrays.toString(d.toArray(new Integer[0])));
        d.clear();
        System.out.println("cleared " + d + " " + d.isEmpty() + " " + d.pollFirst() + " " + d.peekLast());
        tryRun("removeFirst empty", d::removeFirst);
        tryRun("removeLast empty", d::removeLast);
        tryRun("getFirst empty", d::getFirst);
        tryRun("getLast empty", d::getLast);
        tryRun("element empty", d::element);
        tryRun("pop empty", d::pop);
        tryRun("remove() empty", () -> d.remove());
        tryRun("iterator past end", () -> d.iterator().next());
        tryRun("iterator remove before next", () -> d.iterator().remove());
    }

    public static void main(String[] args) {
        exercise("ArrayDeque", new ArrayDeque<>());
        exercise("ArrayDeque(1)", new ArrayDeque<>(1));
        exercise("LinkedList", new LinkedList<>());

        ArrayDeque<String> ad = new ArrayDeque<>();
        tryRun("addFirst(null)", () -> ad.addFirst(null));
        tryRun("addLast(null)", () -> ad.addLast(null));
        tryRun("offer(null)", () -> ad.offer(null));
        tryRun("push(null)", () -> ad.push(null));
        System.out.println("contains(null) " + ad.contains(null) + " remove(null) " + ad.remove(null));

        // Wrap-around: rotate a small deque many times, then grow while wrapped.
        ArrayDeque<Integer> ring = new ArrayDeque<>(4);
        for (int i = 0; i < 4; i++) {
            ring.addLast(i);
        }
        for (int i = 0; i < 11; i++) {
            ring.addLast(ring.pollFirst() + 10);
        }
        System.out.println("ring " + ring);
        for (int i = 0; i < 30; i++) {
            ring.addFirst(-i);
        }
        System.out.println("grown " + ring + " size " + ring.size());
        ArrayDeque<Integer> copy = ring.clone();
        copy.pollFirst();
        System.out.println("clone " + copy.size() + " vs " + ring.size() + " " + new ArrayDeque<>(List.of(3, 1, 2)));
        ArrayDeque<Integer> big = new ArrayDeque<>();
        big.addAll(List.of(5, 6, 7));
        big.addAll(ring);
        System.out.println("addAll " + big.size() + " first " + big.peekFirst() + " last " + big.peekLast());
        // Deleting in the middle shifts the shorter side.
        ArrayDeque<Integer> mid = new ArrayDeque<>();
        for (int i = 0; i < 10; i++) {
            mid.add(i);
        }
        mid.remove((Object) 2);
        mid.remove((Object) 7);
        System.out.println("mid " + mid);

        // Iteration is weakly fail-fast: adding during for-each visits only the original count.
        ArrayDeque<Integer> grow = new ArrayDeque<>(List.of(1, 2, 3));
        StringBuilder seen = new StringBuilder();
        for (Integer x : grow) {
            seen.append(x);
            if (x == 1) {
                grow.addLast(4);
            }
        }
        System.out.println("seen " + seen + " now " + grow);
        tryRun("pollLast during iteration", () -> {
            ArrayDeque<Integer> dq = new ArrayDeque<>(List.of(1, 2, 3, 4));
            for (Integer x : dq) {
                if (x == 2) {
                    dq.pollLast();
                }
            }
        });

        Queue<String> lifo = Collections.asLifoQueue(new ArrayDeque<>());
        lifo.add("a");
        lifo.offer("b");
        lifo.add("c");
        System.out.println("lifo " + lifo + " peek " + lifo.peek() + " poll " + lifo.poll() + " remove " + lifo.remove()
                + " size " + lifo.size());

        Queue<Integer> q = new ArrayDeque<>();
        q.offer(3);
        q.add(1);
        q.offer(2);
        StringBuilder order = new StringBuilder();
        while (!q.isEmpty()) {
            order.append(q.poll());
        }
        System.out.println("fifo " + order);
    }
}
