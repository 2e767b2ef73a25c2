// Thread.getState through a thread's life: NEW, RUNNABLE, BLOCKED on a monitor, WAITING in
// wait()/join(), TIMED_WAITING in sleep/wait(ms)/join(ms), TERMINATED. Each blocked state is
// awaited by polling, so the output does not depend on scheduling.
public class ThreadStates {

    static Thread.State awaitState(Thread t, Thread.State state) throws InterruptedException {
        for (int i = 0; i < 20000 && t.getState() != state; i++) {
            Thread.sleep(1);
        }
        return t.getState();
    }

    static volatile boolean stop;

    public static void main(String[] args) throws Exception {
        Object lock = new Object();
        Thread t = new Thread(() -> {
            synchronized (lock) {
                // Entered after main released the lock; now wait until notified.
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    return;
                }
            }
            while (!stop) {
                Thread.onSpinWait();
            }
        });
        System.out.println("new: " + t.getState());
        synchronized (lock) {
            t.start();
            System.out.println("blocked on entry: " + awaitState(t, Thread.State.BLOCKED));
        }
        System.out.println("in wait(): " + awaitState(t, Thread.State.WAITING));
        synchronized (lock) {
            lock.notify();
            System.out.println("notified, lock still held: " + awaitState(t, Thread.State.BLOCKED));
        }
        System.out.println("spinning: " + awaitState(t, Thread.State.RUNNABLE));
        stop = true;
        t.join();
        System.out.println("after join: " + t.getState());

        Thread sleeper = new Thread(() -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                // done
            }
        });
        sleeper.start();
        System.out.println("sleeping: " + awaitState(sleeper, Thread.State.TIMED_WAITING));

        Thread timedWaiter = new Thread(() -> {
            synchronized (lock) {
                try {
                    lock.wait(60_000);
                } catch (InterruptedException e) {
                    // done
                }
            }
        });
        timedWaiter.start();
        System.out.println("in wait(ms): " + awaitState(timedWaiter, Thread.State.TIMED_WAITING));

        Thread joiner = new Thread(() -> {
            try {
                sleeper.join();
            } catch (InterruptedException e) {
                // done
            }
        });
        joiner.start();
        System.out.println("in join(): " + awaitState(joiner, Thread.State.WAITING));
        Thread timedJoiner = new Thread(() -> {
            try {
                sleeper.join(60_000);
            } catch (InterruptedException e) {
                // done
            }
        });
        timedJoiner.start();
        System.out.println("in join(ms): " + awaitState(timedJoiner, Thread.State.TIMED_WAITING));

        sleeper.interrupt();
        sleeper.join();
        joiner.join();
        timedJoiner.join();
        timedWaiter.interrupt();
        timedWaiter.join();
        System.out.println("all ended: " + sleeper.getState() + " " + joiner.getState() + " "
                + timedJoiner.getState() + " " + timedWaiter.getState());
        System.out.println("main: " + Thread.currentThread().getState());

        // Values of the enum itself.
        StringBuilder names = new StringBuilder();
        for (Thread.State s : Thread.State.values()) {
            names.append(s.ordinal()).append('=').append(s).append(' ');
        }
        System.out.println(names.toString().trim());
        System.out.println(Thread.State.valueOf("BLOCKED").compareTo(Thread.State.WAITING));
    }
}
