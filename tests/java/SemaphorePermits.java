// A Semaphore bounding concurrency (the observed maximum never exceeds the permits), multi-permit
// acquisition, fair ordering of queued acquirers, and interrupted/timed acquires. Needs threads.
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicInteger;

public class SemaphorePermits {
    public static void main(String[] args) throws Exception {
        for (boolean fair : new boolean[] {false, true}) {
            Semaphore sem = new Semaphore(3, fair);
            AtomicInteger inside = new AtomicInteger();
            AtomicInteger maxInside = new AtomicInteger();
            AtomicInteger done = new AtomicInteger();
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                threads.add(new Thread(() -> {
                    for (int i = 0; i < 50; i++) {
                        sem.acquireUninterruptibly();
                        try {
                            int now = inside.incrementAndGet();
                            maxInside.accumulateAndGet(now, Math::max);
                            Thread.yield();
                            inside.decrementAndGet();
                            done.incrementAndGet();
                        } finally {
                            sem.release();
                        }
                    }
                }));
            }
            for (Thread t : threads) t.start();
            for (Thread t : threads) t.join();
            System.out.println("fair=" + fair + " done " + done.get() + " max inside <= 3: " + (maxInside.get() <= 3) + " permits back " + sem.availablePermits());
        }

        // Multi-permit: a thread needing 3 waits until three single releases happened.
        Semaphore pool = new Semaphore(0);
        String[] got = new String[1];
        Thread needsThree = new Thread(() -> {
            try {
                pool.acquire(3);
                got[0] = "acquired 3, left " + pool.availablePermits();
            } catch (InterruptedException e) {
                got[0] = "interrupted";
            }
        });
        needsThree.start();
        for (int i = 0; i < 3; i++) {
            Thread.sleep(10);
            pool.release();
        }
        needsThree.join();
        System.out.println(got[0]);

        // Fair semaphore: queued threads get permits in arrival order.
        Semaphore fairSem = new Semaphore(0, true);
        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
        List<Thread> queued = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int id = i;
            Thread t = new Thread(() -> {
                fairSem.acquireUninterruptibly();
                order.add(id);
                fairSem.release(0);
            });
            queued.add(t);
            t.start();
            while (fairSem.getQueueLength() < i + 1) Thread.sleep(2);
        }
        System.out.println("queued " + fairSem.getQueueLength() + " " + fairSem.hasQueuedThreads());
        for (int i = 0; i < 5; i++) {
            fairSem.release();
            while (order.size() < i + 1) Thread.sleep(2);
        }
        for (Thread t : queued) t.join();
        System.out.println("fair order " + order);

        // Interrupting a blocked acquire; a timed acquire that succeeds after a release.
        Semaphore empty = new Semaphore(0);
        String[] outcome = new String[2];
        Thread blocked = new Thread(() -> {
            try {
                empty.acquire();
                outcome[0] = "acquired";
            } catch (InterruptedException e) {
                outcome[0] = "interrupted, flag " + Thread.currentThread().isInterrupted();
            }
        });
        blocked.start();
        while (!empty.hasQueuedThreads()) Thread.sleep(2);
        blocked.interrupt();
        blocked.join();
        Thread timed = new Thread(() -> {
            try {
                outcome[1] = "timed " + empty.tryAcquire(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                outcome[1] = "interrupted";
            }
        });
        timed.start();
        Thread.sleep(30);
        empty.release();
        timed.join();
        System.out.println(outcome[0] + "; " + outcome[1] + "; queue " + empty.getQueueLength() + " permits " + empty.availablePermits());
    }
}
