// CountDownLatch as start/finish gates, CyclicBarrier over several generations with a barrier
// action, and barrier breakage by timeout/interrupt/reset seen by the other parties. Needs threads.
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicInteger;

public class LatchesBarriers {
    public static void main(String[] args) throws Exception {
        int workers = 5;
        CountDownLatch startGate = new CountDownLatch(1);
        CountDownLatch endGate = new CountDownLatch(workers);
        AtomicInteger before = new AtomicInteger();
        long[] partial = new long[workers];
        for (int w = 0; w < workers; w++) {
            int id = w;
            new Thread(() -> {
                try {
                    startGate.await();
                    for (int i = 0; i <= 1000; i++) partial[id] += (long) i * (id + 1);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                } finally {
                    endGate.countDown();
                }
            }).start();
        }
        Thread.sleep(20);
        before.set((int) endGate.getCount());
        startGate.countDown();
        endGate.await();
        System.out.println("gates: pending before start " + before.get() + ", after " + endGate.getCount() + ", total " + Arrays.stream(partial).sum());
        CountDownLatch never = new CountDownLatch(1);
        System.out.println("timed await " + never.await(30, TimeUnit.MILLISECONDS));

        int parties = 4;
        int rounds = 5;
        List<String> generations = Collections.synchronizedList(new ArrayList<>());
        int[] roundSums = new int[rounds];
        int[] values = new int[parties];
        int[] round = new int[1];
        CyclicBarrier barrier = new CyclicBarrier(parties, () -> {
            int s = 0;
            for (int v : values) s += v;
            roundSums[round[0]] = s;
            generations.add("round " + round[0] + " by " + (Thread.currentThread().getName().startsWith("party-") ? "a party" : "?"));
            round[0]++;
        });
        List<Thread> threads = new ArrayList<>();
        Set<Integer> arrivalIndexes = Collections.synchronizedSet(new TreeSet<>());
        for (int p = 0; p < parties; p++) {
            int id = p;
            Thread t = new Thread(() -> {
                try {
                    for (int r = 0; r < rounds; r++) {
                        values[id] = (r + 1) * (id + 1);
                        arrivalIndexes.add(barrier.await());
                    }
                } catch (InterruptedException | BrokenBarrierException e) {
                    throw new IllegalStateException(e);
                }
            }, "party-" + p);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) t.join();
        System.out.println(generations + " sums " + Arrays.toString(roundSums) + " arrival indexes " + arrivalIndexes + " broken " + barrier.isBroken());

        // One party times out: the others see BrokenBarrierException.
        CyclicBarrier three = new CyclicBarrier(3);
        List<String> outcomes = Collections.synchronizedList(new ArrayList<>());
        Thread waiter = new Thread(() -> {
            try {
                three.await();
                outcomes.add("waiter passed");
            } catch (BrokenBarrierException e) {
                outcomes.add("waiter broken");
            } catch (InterruptedException e) {
                outcomes.add("waiter interrupted");
            }
        });
        waiter.start();
        while (three.getNumberWaiting() < 1) Thread.sleep(5);
        try {
            three.await(50, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            outcomes.add("main timed out");
        }
        waiter.join();
        Collections.sort(outcomes);
        System.out.println(outcomes + " broken " + three.isBroken());
        three.reset();

        // An interrupted party breaks the barrier for the others.
        outcomes.clear();
        Thread victim = new Thread(() -> {
            try {
                three.await();
            } catch (InterruptedException e) {
                outcomes.add("victim interrupted");
            } catch (BrokenBarrierException e) {
                outcomes.add("victim broken");
            }
        });
        Thread other = new Thread(() -> {
            try {
                three.await();
            } catch (InterruptedException e) {
                outcomes.add("other interrupted");
            } catch (BrokenBarrierException e) {
                outcomes.add("other broken");
            }
        });
        victim.start();
        while (three.getNumberWaiting() < 1) Thread.sleep(5);
        other.start();
        while (three.getNumberWaiting() < 2) Thread.sleep(5);
        victim.interrupt();
        victim.join();
        other.join();
        Collections.sort(outcomes);
        System.out.println(outcomes + " broken " + three.isBroken());

        // reset() while a party waits.
        CyclicBarrier two = new CyclicBarrier(2);
        String[] result = new String[1];
        Thread resetVictim = new Thread(() -> {
            try {
                two.await();
                result[0] = "passed";
            } catch (BrokenBarrierException e) {
                result[0] = "broken by reset";
            } catch (InterruptedException e) {
                result[0] = "interrupted";
            }
        });
        resetVictim.start();
        while (two.getNumberWaiting() < 1) Thread.sleep(5);
        two.reset();
        resetVictim.join();
        System.out.println(result[0] + " broken now " + two.isBroken());
    }
}
