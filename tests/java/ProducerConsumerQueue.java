// Producers and consumers through bounded blocking queues (LinkedBlockingQueue, ArrayBlockingQueue,
// SynchronousQueue) with poison pills; totals and per-producer order are checked. Needs threads.
import java.util.*;
import java.util.concurrent.*;

public class ProducerConsumerQueue {
    static final int PRODUCERS = 3;
    static final int CONSUMERS = 2;
    static final int ITEMS = 2000;
    static final int POISON = -1;

    static void run(String name, BlockingQueue<Integer> queue) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        long[] sums = new long[CONSUMERS];
        int[] counts = new int[CONSUMERS];
        boolean[] ordered = new boolean[CONSUMERS];
        for (int p = 0; p < PRODUCERS; p++) {
            int id = p;
            threads.add(new Thread(() -> {
                try {
                    for (int i = 0; i < ITEMS; i++) {
                        queue.put(id * 1_000_000 + i);
                    }
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }, "producer-" + p));
        }
        for (int c = 0; c < CONSUMERS; c++) {
            int id = c;
            threads.add(new Thread(() -> {
                int[] last = new int[PRODUCERS];
                Arrays.fill(last, -1);
                boolean inOrder = true;
                try {
                    while (true) {
                        int v = queue.take();
                        if (v == POISON) {
                            break;
                        }
                        int producer = v / 1_000_000;
                        int seq = v % 1_000_000;
                        if (seq <= last[producer]) inOrder = false;
                        last[producer] = seq;
                        sums[id] += v;
                        counts[id]++;
                    }
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                ordered[id] = inOrder;
            }, "consumer-" + c));
        }
        for (Thread t : threads) t.start();
        for (int p = 0; p < PRODUCERS; p++) threads.get(p).join();
        for (int c = 0; c < CONSUMERS; c++) queue.put(POISON);
        for (Thread t : threads) t.join();
        long expected = 0;
        for (int p = 0; p < PRODUCERS; p++) {
            for (int i = 0; i < ITEMS; i++) expected += p * 1_000_000L + i;
        }
        System.out.println(name + ": items " + (counts[0] + counts[1]) + " sum ok " + (sums[0] + sums[1] == expected)
                + " per-producer order kept " + (ordered[0] && ordered[1]) + " queue empty " + queue.isEmpty());
    }

    public static void main(String[] args) throws Exception {
        run("LinkedBlockingQueue(10)", new LinkedBlockingQueue<>(10));
        run("ArrayBlockingQueue(4)", new ArrayBlockingQueue<>(4));
        run("ArrayBlockingQueue(1, fair)", new ArrayBlockingQueue<>(1, true));
        run("SynchronousQueue", new SynchronousQueue<>());
        run("LinkedBlockingQueue()", new LinkedBlockingQueue<>());

        // A consumer blocked in take() is released by a later put; timed poll sees a late element.
        BlockingQueue<String> handoff = new LinkedBlockingQueue<>();
        Thread late = new Thread(() -> {
            try {
                Thread.sleep(50);
                handoff.put("late");
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        late.start();
        System.out.println("timed poll " + handoff.poll(10, TimeUnit.SECONDS));
        late.join();

        // A producer blocked in put() on a full queue is interrupted.
        BlockingQueue<Integer> full = new ArrayBlockingQueue<>(1);
        full.put(1);
        String[] outcome = new String[1];
        Thread blocked = new Thread(() -> {
            try {
                full.put(2);
                outcome[0] = "put succeeded";
            } catch (InterruptedException e) {
                outcome[0] = "interrupted " + Thread.currentThread().isInterrupted();
            }
        });
        blocked.start();
        Thread.sleep(50);
        blocked.interrupt();
        blocked.join();
        System.out.println(outcome[0] + " " + full);

        // wait/notify producer-consumer on a plain monitor.
        Deque<Integer> box = new ArrayDeque<>();
        long[] consumed = new long[1];
        Thread consumer = new Thread(() -> {
            synchronized (box) {
                for (int got = 0; got < 500; got++) {
                    while (box.isEmpty()) {
                        try {
                            box.wait();
                        } catch (InterruptedException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                    consumed[0] += box.poll();
                    box.notifyAll();
                }
            }
        });
        consumer.start();
        for (int i = 1; i <= 500; i++) {
            synchronized (box) {
                while (box.size() >= 3) box.wait();
                box.add(i);
                box.notifyAll();
            }
        }
        consumer.join();
        System.out.println("wait/notify total " + consumed[0]);
    }
}
