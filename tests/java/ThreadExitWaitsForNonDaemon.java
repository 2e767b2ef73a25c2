// DestroyJavaVM: after main returns the VM waits for every non-daemon thread (also ones started
// late by other threads, and ones started by daemons), then runs the shutdown hooks, each on its
// own thread, and exits with status 0. The threads order themselves with join, and sleep so that
// a VM that did not wait would exit before they print.
public class ThreadExitWaitsForNonDaemon {

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

    static final Latch published = new Latch(1);
    static volatile Thread fromDaemon;

    public static void main(String[] args) throws Exception {
        Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Thread self = Thread.currentThread();
            System.out.println("hook on " + self.getName() + " daemon=" + self.isDaemon() + " main state " + main.getState());
        }, "the-hook"));

        // Outlives main, then starts another non-daemon thread that outlives it in turn.
        Thread late = new Thread(() -> {
            try {
                main.join();
                System.out.println("late: main ended");
                Thread.sleep(100);
                Thread later = new Thread(() -> {
                    try {
                        published.await();
                        fromDaemon.join();
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        System.out.println("later interrupted");
                    }
                    System.out.println("later: done");
                }, "later");
                later.start();
                System.out.println("late: done");
            } catch (InterruptedException e) {
                System.out.println("late interrupted");
            }
        }, "late");
        late.start();

        // A daemon that starts a non-daemon thread after main ended: that one is waited for too.
        Thread daemon = new Thread(() -> {
            try {
                main.join();
            } catch (InterruptedException e) {
                return;
            }
            Thread t = new Thread(() -> {
                try {
                    late.join();
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
                System.out.println("non-daemon started by a daemon: done");
            }, "from-daemon");
            t.setDaemon(false);
            fromDaemon = t;
            t.start();
            published.countDown();
        }, "daemon");
        daemon.setDaemon(true);
        daemon.start();

        System.out.println("main returns");
    }
}
