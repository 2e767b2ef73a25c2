// join (with and without timeouts), sleep and their argument checks; a latch built from
// wait/notify keeps every interleaving deterministic.
public class ThreadJoinSleep {

    static final class Latch {
        private int count;

        Latch(int count) {
            this.count = count;
        }

        synchronized void countDown() {
            if (count > 0 && --count == 0) {
                notifyAll();
            }
        }

        synchronized void await() throws InterruptedException {
            while (count > 0) {
                wait();
            }
        }
    }

    public static void main(String[] args) throws Exception {
        // sleep lasts at least as long as asked.
        long start = System.nanoTime();
        Thread.sleep(30);
        long sleptMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("slept at least 30ms: " + (sleptMillis >= 29));
        start = System.nanoTime();
        Thread.sleep(5, 500_000);
        System.out.println("slept at least 5ms: " + ((System.nanoTime() - start) / 1_000_000 >= 5));
        Thread.sleep(0);
        Thread.sleep(0, 1);

        // Bad arguments.
        try {
            Thread.sleep(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("sleep(-1): " + e.getMessage());
        }
        try {
            Thread.sleep(1, 1_000_000);
        } catch (IllegalArgumentException e) {
            System.out.println("sleep(1, 1000000): " + e.getMessage());
        }
        try {
            Thread.sleep(1, -1);
        } catch (IllegalArgumentException e) {
            System.out.println("sleep(1, -1): " + e.getMessage());
        }
        Thread idle = new Thread(() -> {});
        try {
            idle.join(-5);
        } catch (IllegalArgumentException e) {
            System.out.println("join(-5): " + e.getMessage());
        }
        try {
            idle.join(1, 1_000_000);
        } catch (IllegalArgumentException e) {
            System.out.println("join(1, 1000000): " + e.getMessage());
        }

        // Joining a thread that was never started, or has ended, returns at once.
        idle.join();
        idle.join(1000);
        System.out.println("join of unstarted: alive=" + idle.isAlive());

        // A timed join gives up while the thread still runs; a plain join waits for its end.
        Latch release = new Latch(1);
        Latch started = new Latch(1);
        StringBuffer order = new StringBuffer();
        Thread blocked = new Thread(() -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                order.append("unexpected interrupt ");
            }
            order.append("worker-done ");
        });
        blocked.start();
        started.await();
        start = System.nanoTime();
        blocked.join(40);
        long waited = (System.nanoTime() - start) / 1_000_000;
        System.out.println("timed join: alive=" + blocked.isAlive() + " waited>=39ms=" + (waited >= 39));
        blocked.join(0, 500);
        System.out.println("join(0, 500) gave up: alive=" + blocked.isAlive());
        release.countDown();
        blocked.join();
        order.append("joined");
        System.out.println("order: " + order + " alive=" + blocked.isAlive());

        // A chain: each thread joins the previous one before adding its number. They start in
        // reverse order and join only once all have started (join of an unstarted thread
        // returns at once).
        StringBuffer chain = new StringBuffer();
        Thread previous = null;
        Thread[] links = new Thread[6];
        Latch allStarted = new Latch(links.length);
        for (int i = 0; i < links.length; i++) {
            final Thread before = previous;
            final int number = i;
            links[i] = new Thread(() -> {
                try {
                    allStarted.countDown();
                    allStarted.await();
                    if (before != null) {
                        before.join();
                    }
                } catch (InterruptedException e) {
                    return;
                }
                chain.append(number);
            });
            previous = links[i];
        }
        for (int i = links.length - 1; i >= 0; i--) {
            links[i].start();
        }
        links[links.length - 1].join();
        System.out.println("chain: " + chain);

        // Sleeping threads finish in the order of their sleeps only when far apart; the result
        // is collected per thread so that it does not depend on scheduling.
        int[] slept = new int[4];
        Thread[] sleepers = new Thread[4];
        for (int i = 0; i < sleepers.length; i++) {
            final int index = i;
            sleepers[i] = new Thread(() -> {
                try {
                    Thread.sleep(10 * index);
                    slept[index] = index + 1;
                } catch (InterruptedException e) {
                    slept[index] = -1;
                }
            });
            sleepers[i].start();
        }
        for (Thread s : sleepers) {
            s.join();
        }
        System.out.println("sleepers: " + java.util.Arrays.toString(slept));

        // A thread joining itself with a timeout simply waits that long.
        start = System.nanoTime();
        Thread.currentThread().join(20);
        System.out.println("self join waited: " + ((System.nanoTime() - start) / 1_000_000 >= 19));

        // Joining main from another thread: it waits until main ends (the program's end).
        Thread main = Thread.currentThread();
        Thread mainJoiner = new Thread(() -> {
            try {
                main.join();
                System.out.println("main has ended: state=" + main.getState());
            } catch (InterruptedException e) {
                System.out.println("interrupted");
            }
        });
        mainJoiner.start();
        System.out.println("main returns");
    }
}
