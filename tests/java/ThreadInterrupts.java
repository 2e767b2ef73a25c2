// Interrupt semantics: the status flag (set, read, cleared by interrupted()), waking sleep,
// wait and join with InterruptedException, interrupts before blocking, interrupting threads
// that are not started or have ended, and ThreadGroup.interrupt.
public class ThreadInterrupts {

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

    // Waits until `t` is blocked in the given state, so that the interrupt reaches it there.
    static void awaitState(Thread t, Thread.State state) throws InterruptedException {
        for (int i = 0; i < 20000 && t.getState() != state; i++) {
            Thread.sleep(1);
        }
        if (t.getState() != state) {
            System.out.println("never reached " + state + ": " + t.getState());
        }
    }

    static volatile boolean interruptSent;

    public static void main(String[] args) throws Exception {
        Thread self = Thread.currentThread();
        System.out.println("initially: " + self.isInterrupted());
        self.interrupt();
        System.out.println("after interrupt: " + self.isInterrupted() + " " + self.isInterrupted());
        System.out.println("interrupted(): " + Thread.interrupted() + " then " + Thread.interrupted());

        // An interrupt pending before a blocking call makes it throw at once and clears it.
        self.interrupt();
        try {
            Thread.sleep(10_000);
            System.out.println("slept");
        } catch (InterruptedException e) {
            System.out.println("sleep: " + e + " flag now " + self.isInterrupted());
        }
        self.interrupt();
        Object lock = new Object();
        synchronized (lock) {
            try {
                lock.wait(10_000);
            } catch (InterruptedException e) {
                System.out.println("wait: " + e + " flag now " + self.isInterrupted()
                        + " still owner " + Thread.holdsLock(lock));
            }
        }
        Thread never = new Thread(() -> {});
        never.start();
        while (never.isAlive()) {
            Thread.sleep(1);
        }
        self.interrupt();
        never.join();
        System.out.println("join of ended thread with interrupt pending returns; flag " + Thread.interrupted());
        Thread alive = new Thread(() -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                // ends
            }
        });
        alive.start();
        self.interrupt();
        try {
            alive.join();
            System.out.println("joined");
        } catch (InterruptedException e) {
            System.out.println("join of live thread with interrupt pending: " + e + " flag " + self.isInterrupted());
        }
        alive.interrupt();
        alive.join();

        // Waking a sleeping thread.
        String[] outcome = new String[1];
        Thread sleeper = new Thread(() -> {
            try {
                Thread.sleep(60_000);
                outcome[0] = "slept a minute";
            } catch (InterruptedException e) {
                outcome[0] = e + ", flag " + Thread.currentThread().isInterrupted();
            }
        });
        sleeper.start();
        awaitState(sleeper, Thread.State.TIMED_WAITING);
        sleeper.interrupt();
        sleeper.join();
        System.out.println("sleeper: " + outcome[0]);

        // Waking a waiting thread: it re-acquires the monitor before throwing.
        Object monitor = new Object();
        Thread waiter = new Thread(() -> {
            synchronized (monitor) {
                try {
                    monitor.wait();
                    outcome[0] = "notified?";
                } catch (InterruptedException e) {
                    outcome[0] = e + ", holds lock " + Thread.holdsLock(monitor);
                }
            }
        });
        waiter.start();
        awaitState(waiter, Thread.State.WAITING);
        synchronized (monitor) {
            waiter.interrupt();
            // It cannot finish while this thread holds the monitor.
            awaitState(waiter, Thread.State.BLOCKED);
            System.out.println("interrupted waiter is " + waiter.getState() + " while the monitor is held");
        }
        waiter.join();
        System.out.println("waiter: " + outcome[0]);

        // Timed wait interrupted.
        Thread timedWaiter = new Thread(() -> {
            synchronized (monitor) {
                try {
                    monitor.wait(60_000);
                    outcome[0] = "timed out?";
                } catch (InterruptedException e) {
                    outcome[0] = "timed wait: " + e;
                }
            }
        });
        timedWaiter.start();
        awaitState(timedWaiter, Thread.State.TIMED_WAITING);
        timedWaiter.interrupt();
        timedWaiter.join();
        System.out.println(outcome[0]);

        // Waking a joining thread.
        Latch forever = new Latch(1);
        Thread target = new Thread(() -> {
            try {
                forever.await();
            } catch (InterruptedException e) {
                // ends
            }
        });
        target.start();
        Thread joiner = new Thread(() -> {
            try {
                target.join();
                outcome[0] = "joined?";
            } catch (InterruptedException e) {
                outcome[0] = "join: " + e + ", target alive " + target.isAlive();
            }
        });
        joiner.start();
        awaitState(joiner, Thread.State.WAITING);
        joiner.interrupt();
        joiner.join();
        System.out.println(outcome[0]);
        forever.countDown();
        target.join();

        // A thread that checks its flag in a loop (no blocking).
        long[] spins = new long[1];
        Latch running = new Latch(1);
        Thread spinner = new Thread(() -> {
            running.countDown();
            while (!Thread.currentThread().isInterrupted()) {
                spins[0]++;
            }
            outcome[0] = "spinner saw its interrupt, flag stays " + Thread.currentThread().isInterrupted();
        });
        spinner.start();
        running.await();
        spinner.interrupt();
        spinner.join();
        System.out.println(outcome[0] + ", spun " + (spins[0] >= 0));

        // interrupted() inside a thread clears the flag; a later sleep is not disturbed. The
        // thread spins (a wait would end by the interrupt) until the interrupt was sent.
        Latch checked = new Latch(1);
        Thread clearer = new Thread(() -> {
            try {
                while (!interruptSent) {
                    Thread.onSpinWait();
                }
                boolean first = Thread.interrupted();
                boolean second = Thread.interrupted();
                Thread.sleep(20);
                outcome[0] = "clearer: " + first + " " + second + " then slept";
            } catch (InterruptedException e) {
                outcome[0] = "clearer: " + e;
            }
            checked.countDown();
        });
        clearer.start();
        clearer.interrupt();
        interruptSent = true;
        checked.await();
        clearer.join();
        System.out.println(outcome[0]);

        // Not started and ended threads keep the flag as set.
        Thread unstarted = new Thread(() -> outcome[0] = "started interrupted: " + Thread.currentThread().isInterrupted());
        unstarted.interrupt();
        System.out.println("unstarted: " + unstarted.isInterrupted());
        unstarted.start();
        unstarted.join();
        System.out.println(outcome[0]);
        Thread ended = new Thread(() -> {});
        ended.start();
        ended.join();
        ended.interrupt();
        System.out.println("ended: " + ended.isInterrupted());

        // ThreadGroup.interrupt reaches every thread of the group.
        ThreadGroup group = new ThreadGroup("sleepers");
        int[] woken = new int[3];
        Thread[] members = new Thread[3];
        for (int i = 0; i < members.length; i++) {
            final int index = i;
            members[i] = new Thread(group, () -> {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    woken[index] = 1;
                }
            }, "member-" + i);
            members[i].start();
        }
        for (Thread m : members) {
            awaitState(m, Thread.State.TIMED_WAITING);
        }
        System.out.println("group active: " + group.activeCount());
        group.interrupt();
        for (Thread m : members) {
            m.join();
        }
        System.out.println("group woken: " + java.util.Arrays.toString(woken) + " active now " + group.activeCount());
    }
}
