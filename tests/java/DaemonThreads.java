// Daemon threads: inherited daemon status, setDaemon rules, and the VM exiting when main returns
// while daemon threads still run, sleep, wait or hold locks (their later output never appears).
public class DaemonThreads {

    static final Object forever = new Object();

    public static void main(String[] args) throws Exception {
        Thread d = new Thread(() -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                // exit is not an interrupt
            }
            System.out.println("daemon woke up (must not be printed)");
        }, "sleepy-daemon");
        System.out.println("default daemon: " + d.isDaemon());
        d.setDaemon(true);
        System.out.println("after setDaemon: " + d.isDaemon());
        d.start();
        try {
            d.setDaemon(false);
        } catch (IllegalThreadStateException e) {
            System.out.println("setDaemon while alive: " + e);
        }

        // Threads made by a daemon are daemons.
        boolean[] childDaemon = new boolean[1];
        Thread maker = new Thread(() -> childDaemon[0] = new Thread(() -> {}).isDaemon());
        maker.setDaemon(true);
        maker.start();
        maker.join();
        System.out.println("child of daemon is daemon: " + childDaemon[0]);

        // A daemon waiting forever on a monitor and one spinning forever.
        Thread waiter = new Thread(() -> {
            synchronized (forever) {
                try {
                    forever.wait();
                } catch (InterruptedException e) {
                    // never
                }
            }
        });
        waiter.setDaemon(true);
        waiter.start();
        Thread spinner = new Thread(() -> {
            long n = 0;
            while (true) {
                n++;
                if (n == Long.MAX_VALUE) {
                    System.out.println("impossible");
                }
            }
        });
        spinner.setDaemon(true);
        spinner.start();

        // A daemon holding a lock forever.
        Object held = new Object();
        Thread holder = new Thread(() -> {
            synchronized (held) {
                while (true) {
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException e) {
                        // keep holding
                    }
                }
            }
        });
        holder.setDaemon(true);
        holder.start();

        // A daemon that allocates all the time (the exit must not wait for it either).
        Thread allocator = new Thread(() -> {
            java.util.ArrayList<int[]> keep = new java.util.ArrayList<>();
            while (true) {
                keep.add(new int[64]);
                if (keep.size() > 1000) {
                    keep.clear();
                }
            }
        });
        allocator.setDaemon(true);
        allocator.start();

        // A non-daemon that finishes quickly is waited for.
        Thread quick = new Thread(() -> System.out.println("non-daemon ran"));
        quick.start();
        quick.join();

        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("hook runs while daemons still exist")));
        System.out.println("main returns; alive daemons: " + d.isAlive() + " " + waiter.isAlive() + " "
                + spinner.isAlive() + " " + holder.isAlive());
    }
}
