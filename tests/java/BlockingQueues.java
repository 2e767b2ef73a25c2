// Blocking queues used by one thread: capacity, offer/poll with timeouts, drainTo, iterators.
import java.util.*;
import java.util.concurrent.*;

public class BlockingQueues {
    public static void main(String[] args) throws InterruptedException {
        LinkedBlockingQueue<Integer> lbq = new LinkedBlockingQueue<>(3);
        System.out.println(lbq.offer(1) + " " + lbq.add(2) + " " + lbq.offer(3) + " " + lbq.offer(4) + " " + lbq + " " + lbq.size() + " " + lbq.remainingCapacity());
        System.out.println("timed offer " + lbq.offer(5, 20, TimeUnit.MILLISECONDS));
        try {
            lbq.add(6);
        } catch (IllegalStateException e) {
            System.out.println(e);
        }
        System.out.println(lbq.peek() + " " + lbq.poll() + " " + lbq.take() + " " + lbq + " " + lbq.contains(3) + " " + lbq.remove(3) + " " + lbq.isEmpty());
        System.out.println("timed poll " + lbq.poll(20, TimeUnit.MILLISECONDS) + " " + lbq.poll() + " " + lbq.peek());
        for (int i = 10; i < 13; i++) lbq.put(i);
        Iterator<Integer> it = lbq.iterator();
        System.out.println(it.next() + " polled " + lbq.poll());
        System.out.println(it.next() + " " + it.hasNext());
        it.remove();
        System.out.println(lbq + " " + it.hasNext() + " " + it.next() + " " + it.hasNext());
        List<Integer> sink = new ArrayList<>();
        lbq.put(20);
        System.out.println(lbq.drainTo(sink) + " " + sink + " " + lbq);
        for (int i = 0; i < 3; i++) lbq.offer(i);
        System.out.println(lbq.drainTo(sink, 2) + " " + sink + " " + lbq);
        try {
            lbq.drainTo(lbq);
        } catch (IllegalArgumentException e) {
            System.out.println("drain to self " + e);
        }
        try {
            lbq.offer(null);
        } catch (NullPointerException e) {
            System.out.println("null " + e);
        }
        try {
            new LinkedBlockingQueue<String>(0);
        } catch (IllegalArgumentException e) {
            System.out.println("capacity " + e);
        }
        LinkedBlockingQueue<String> unbounded = new LinkedBlockingQueue<>(List.of("x", "y"));
        System.out.println(unbounded.remainingCapacity() + " " + unbounded + " " + Arrays.toString(unbounded.toArray()));
        unbounded.clear();
        System.out.println(unbounded + " " + unbounded.size());

        ArrayBlockingQueue<String> abq = new ArrayBlockingQueue<>(3, true);
        abq.put("a");
        abq.put("b");
        abq.put("c");
        System.out.println(abq + " " + abq.offer("d") + " " + abq.offer("d", 10, TimeUnit.MILLISECONDS) + " " + abq.remainingCapacity());
        System.out.println(abq.take() + " " + abq.offer("d") + " " + abq + " " + abq.remove("c") + " " + abq + " " + abq.peek());
        abq.put("e");
        System.out.println(abq + " " + abq.size() + " " + abq.contains("e"));
        for (Iterator<String> ai = abq.iterator(); ai.hasNext();) {
            if (ai.next().equals("d")) ai.remove();
        }
        System.out.println(abq + " " + abq.poll() + " " + abq.poll() + " " + abq.poll() + " " + abq.poll(5, TimeUnit.MILLISECONDS));
        ArrayBlockingQueue<Integer> fromList = new ArrayBlockingQueue<>(5, false, List.of(5, 4, 3));
        System.out.println(fromList + " " + fromList.remainingCapacity());
        try {
            new ArrayBlockingQueue<>(2, false, List.of(1, 2, 3));
        } catch (IllegalArgumentException e) {
            System.out.println("too many " + e);
        }
        // Wrap around the circular array many times.
        ArrayBlockingQueue<Integer> ring = new ArrayBlockingQueue<>(4);
        int sum = 0;
        for (int i = 0; i < 100; i++) {
            ring.offer(i);
            if (ring.size() == 4) sum += ring.poll();
        }
        System.out.println("ring " + ring + " " + sum);

        PriorityBlockingQueue<Integer> pbq = new PriorityBlockingQueue<>();
        for (int v : new int[] {5, 1, 8, 3, 9, 2, 7}) pbq.put(v);
        System.out.println(pbq + " " + pbq.peek() + " " + pbq.take() + " " + pbq.poll() + " " + pbq);
        PriorityBlockingQueue<String> byLength = new PriorityBlockingQueue<>(4, Comparator.comparing(String::length).reversed());
        byLength.addAll(List.of("aa", "b", "cccc", "ddd"));
        List<String> ordered = new ArrayList<>();
        byLength.drainTo(ordered);
        System.out.println(ordered + " " + byLength.poll(5, TimeUnit.MILLISECONDS));

        SynchronousQueue<String> sq = new SynchronousQueue<>();
        System.out.println(sq.offer("x") + " " + sq.poll() + " " + sq.poll(10, TimeUnit.MILLISECONDS) + " " + sq.offer("y", 10, TimeUnit.MILLISECONDS) + " " + sq + " " + sq.size() + " " + sq.isEmpty() + " " + sq.remainingCapacity() + " " + sq.peek());

        ConcurrentLinkedQueue<String> clq = new ConcurrentLinkedQueue<>();
        clq.offer("one");
        clq.add("two");
        clq.addAll(List.of("three", "four"));
        System.out.println(clq + " " + clq.size() + " " + clq.peek() + " " + clq.poll() + " " + clq.remove("three") + " " + clq);
        Iterator<String> weak = clq.iterator();
        clq.offer("five");
        clq.poll();
        StringBuilder walked = new StringBuilder();
        while (weak.hasNext()) walked.append(weak.next()).append(' ');
        System.out.println("weakly consistent: " + walked + "| " + clq);
        ConcurrentLinkedDeque<Integer> deque = new ConcurrentLinkedDeque<>();
        deque.push(1);
        deque.addLast(2);
        deque.offerFirst(0);
        deque.add(3);
        System.out.println(deque + " " + deque.peekFirst() + " " + deque.peekLast() + " " + deque.pollLast() + " " + deque.pop() + " " + deque);
        Iterator<Integer> desc = deque.descendingIterator();
        System.out.println(desc.next() + " " + desc.next() + " " + desc.hasNext());
        try {
            deque.clear();
            deque.removeFirst();
        } catch (NoSuchElementException e) {
            System.out.println("empty deque " + e);
        }
    }
}
