// Thread basics: names and ids, currentThread inside a thread, toString, priorities, daemon
// inheritance, start twice, run() called directly, subclasses, groups and activeCount.
public class ThreadsBasic {

    static final StringBuffer log = new StringBuffer();

    static class Counter extends Thread {
        int count;

        Counter(String name) {
            super(name);
        }

        @Override
        public void run() {
            for (int i = 0; i < 1000; i++) {
                count += i;
            }
            log.append("counter ran on ").append(Thread.currentThread().getName()).append('\n');
        }
    }

    public static void main(String[] args) throws Exception {
        Thread main = Thread.currentThread();
        System.out.println("main: " + main + " id=" + main.getId() + " alive=" + main.isAlive()
                + " daemon=" + main.isDaemon() + " state=" + main.getState());
        System.out.println("group: " + main.getThreadGroup().getName() + " parent="
                + main.getThreadGroup().getParent().getName() + " max=" + main.getThreadGroup().getMaxPriority());

        Thread a = new Thread(() -> log.append("a runs as ").append(Thread.currentThread().getName()).append('\n'));
        Thread b = new Thread(() -> {});
        Thread named = new Thread(() -> {}, "worker");
        System.out.println(a.getName() + " " + b.getName() + " " + named.getName());
        System.out.println("ids: " + a.getId() + " " + b.getId() + " " + named.getId());
        System.out.println("before start: alive=" + a.isAlive() + " state=" + a.getState() + " " + a);

        a.start();
        a.join();
        System.out.print(log);
        log.setLength(0);
        System.out.println("after join: alive=" + a.isAlive() + " state=" + a.getState() + " " + a
                + " group=" + a.getThreadGroup());

        try {
            a.start();
            System.out.println("second start allowed");
        } catch (IllegalThreadStateException e) {
            System.out.println("second start: " + e);
        }

        // run() called directly runs on the caller.
        Thread direct = new Thread(() -> log.append("direct run on ").append(Thread.currentThread().getName()).append('\n'));
        direct.run();
        System.out.print(log);
        log.setLength(0);
        System.out.println("direct state: " + direct.getState());

        Counter c = new Counter("summer");
        c.start();
        c.join();
        System.out.print(log);
        log.setLength(0);
        System.out.println("counter: " + c.count);

        // Priorities are accepted and capped by the group.
        Thread p = new Thread(() -> {});
        System.out.println("default priority " + p.getPriority());
        p.setPriority(Thread.MAX_PRIORITY);
        System.out.println("max priority " + p.getPriority());
        try {
            p.setPriority(11);
        } catch (IllegalArgumentException e) {
            System.out.println("priority 11: " + e);
        }
        ThreadGroup low = new ThreadGroup("low");
        low.setMaxPriority(3);
        Thread inLow = new Thread(low, () -> {}, "lowly");
        inLow.setPriority(9);
        System.out.println("capped priority " + inLow.getPriority() + " " + inLow);

        // A thread inherits priority and daemon status from its creator.
        final Thread[] child = new Thread[1];
        Thread parent = new Thread(() -> {
            Thread.currentThread().setPriority(7);
            child[0] = new Thread(() -> {});
        });
        parent.setDaemon(true);
        parent.start();
        parent.join();
        System.out.println("child daemon=" + child[0].isDaemon() + " priority=" + child[0].getPriority());

        // Names can change; currentThread() inside sees the new one.
        Thread renamed = new Thread(() -> log.append("I am ").append(Thread.currentThread().getName()).append('\n'));
        renamed.setName("renamed");
        renamed.start();
        renamed.join();
        System.out.print(log);
        log.setLength(0);
        try {
            renamed.setName(null);
        } catch (NullPointerException e) {
            System.out.println("null name: " + e.getMessage());
        }

        // Many threads at once, results gathered by index.
        int n = 8;
        long[] results = new long[n];
        Thread[] workers = new Thread[n];
        for (int i = 0; i < n; i++) {
            final int index = i;
            workers[i] = new Thread(() -> {
                long sum = 0;
                for (int k = 0; k <= 10000 * (index + 1); k++) {
                    sum += k;
                }
                results[index] = sum;
            });
        }
        for (Thread w : workers) {
            w.start();
        }
        for (Thread w : workers) {
            w.join();
        }
        for (int i = 0; i < n; i++) {
            System.out.println("worker " + i + " " + workers[i].getName() + " sum=" + results[i]);
        }
        System.out.println("active after joins: " + Thread.activeCount());

        // A blocked thread is counted in its group while alive.
        Object gate = new Object();
        boolean[] open = new boolean[1];
        Thread waiter = new Thread(() -> {
            synchronized (gate) {
                while (!open[0]) {
                    try {
                        gate.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        });
        waiter.start();
        System.out.println("active with waiter: " + Thread.activeCount());
        Thread[] listed = new Thread[10];
        int count = Thread.enumerate(listed);
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < count; i++) {
            names.append(listed[i].getName()).append(' ');
        }
        System.out.println("enumerated: " + names.toString().trim());
        try {
            waiter.setDaemon(true);
        } catch (IllegalThreadStateException e) {
            System.out.println("setDaemon on live thread: " + e);
        }
        synchronized (gate) {
            open[0] = true;
            gate.notifyAll();
        }
        waiter.join();
        System.out.println("active at end: " + Thread.activeCount());

        System.out.println("holdsLock outside: " + Thread.holdsLock(gate));
        synchronized (gate) {
            System.out.println("holdsLock inside: " + Thread.holdsLock(gate));
        }
        try {
            Thread.holdsLock(null);
        } catch (NullPointerException e) {
            System.out.println("holdsLock(null): NPE");
        }
        Thread.yield();
        Thread.onSpinWait();
        System.out.println("done");
    }
}
