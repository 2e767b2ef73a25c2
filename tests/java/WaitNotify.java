// wait/notify/notifyAll: a bounded buffer with several producers and consumers, notify waking
// exactly one waiter, notifyAll waking all, timed waits that time out, re-entrant monitors kept
// across wait, and the IllegalMonitorStateException / IllegalArgumentException cases.
public class WaitNotify {

    static final class BoundedBuffer {
        private final int[] items;
        private int head;
        private int size;

        BoundedBuffer(int capacity) {
            items = new int[capacity];
        }

        synchronized void put(int value) throws InterruptedException {
            while (size == items.length) {
                wait();
            }
            items[(head + size) % items.length] = value;
            size++;
            notifyAll();
        }

        synchronized int take() throws InterruptedException {
            while (size == 0) {
                wait();
            }
            int value = items[head];
            head = (head + 1) % items.length;
            size--;
            notifyAll();
            return value;
        }
    }

    static Thread.State awaitState(Thread t, Thread.State state) throws InterruptedException {
        for (int i = 0; i < 20000 && t.getState() != state; i++) {
            Thread.sleep(1);
        }
        return t.getState();
    }

    public static void main(String[] args) throws Exception {
        // Producers and consumers; -1 tells a consumer to stop.
        BoundedBuffer buffer = new BoundedBuffer(4);
        int producers = 3, consumers = 2, perProducer = 2000;
        long[] consumed = new long[consumers];
        int[] counts = new int[consumers];
        Thread[] consumerThreads = new Thread[consumers];
        for (int i = 0; i < consumers; i++) {
            final int index = i;
            consumerThreads[i] = new Thread(() -> {
                try {
                    for (int v; (v = buffer.take()) != -1; ) {
                        consumed[index] += v;
                        counts[index]++;
                    }
                } catch (InterruptedException e) {
                    System.out.println("consumer interrupted");
                }
            });
            consumerThreads[i].start();
        }
        Thread[] producerThreads = new Thread[producers];
        for (int i = 0; i < producers; i++) {
            final int base = i * 100000;
            producerThreads[i] = new Thread(() -> {
                try {
                    for (int k = 1; k <= perProducer; k++) {
                        buffer.put(base + k);
                    }
                } catch (InterruptedException e) {
                    System.out.println("producer interrupted");
                }
            });
            producerThreads[i].start();
        }
        for (Thread p : producerThreads) {
            p.join();
        }
        for (int i = 0; i < consumers; i++) {
            buffer.put(-1);
        }
        for (Thread c : consumerThreads) {
            c.join();
        }
        long expected = 0;
        for (int i = 0; i < producers; i++) {
            for (int k = 1; k <= perProducer; k++) {
                expected += i * 100000 + k;
            }
        }
        System.out.println("items: " + (counts[0] + counts[1]) + " sum ok: " + (consumed[0] + consumed[1] == expected)
                + " sum " + (consumed[0] + consumed[1]));

        // notify wakes one waiter at a time, notifyAll the rest.
        Object monitor = new Object();
        int[] woken = new int[1];
        Thread[] waiters = new Thread[4];
        for (int i = 0; i < waiters.length; i++) {
            waiters[i] = new Thread(() -> {
                synchronized (monitor) {
                    try {
                        monitor.wait();
                        woken[0]++;
                    } catch (InterruptedException e) {
                        System.out.println("waiter interrupted");
                    }
                }
            });
            waiters[i].start();
        }
        for (Thread w : waiters) {
            awaitState(w, Thread.State.WAITING);
        }
        synchronized (monitor) {
            monitor.notify();
        }
        while (true) {
            synchronized (monitor) {
                if (woken[0] == 1) {
                    break;
                }
            }
            Thread.sleep(1);
        }
        Thread.sleep(50);
        synchronized (monitor) {
            System.out.println("after notify: woken " + woken[0]);
            monitor.notifyAll();
        }
        for (Thread w : waiters) {
            w.join();
        }
        System.out.println("after notifyAll: woken " + woken[0]);

        // A notify with nobody waiting is lost; a later wait times out.
        synchronized (monitor) {
            monitor.notify();
            long start = System.nanoTime();
            monitor.wait(30);
            System.out.println("timed wait returned after >= 29ms: " + ((System.nanoTime() - start) / 1_000_000 >= 29));
            start = System.nanoTime();
            monitor.wait(5, 999_999);
            System.out.println("wait(5, 999999) timed out: " + ((System.nanoTime() - start) / 1_000_000 >= 5));
        }

        // A re-entered monitor is released completely by wait and restored afterwards.
        Object reentrant = new Object();
        boolean[] ready = new boolean[1];
        StringBuffer events = new StringBuffer();
        Thread deep = new Thread(() -> {
            synchronized (reentrant) {
                synchronized (reentrant) {
                    synchronized (reentrant) {
                        try {
                            while (!ready[0]) {
                                reentrant.wait();
                            }
                        } catch (InterruptedException e) {
                            return;
                        }
                        events.append("deep woke holding=").append(Thread.holdsLock(reentrant)).append(' ');
                    }
                    events.append("still holding=").append(Thread.holdsLock(reentrant)).append(' ');
                }
            }
            events.append("released=").append(!Thread.holdsLock(reentrant));
        });
        deep.start();
        awaitState(deep, Thread.State.WAITING);
        synchronized (reentrant) {
            events.append("main got the lock ");
            ready[0] = true;
            reentrant.notifyAll();
        }
        deep.join();
        System.out.println(events);

        // Ping-pong: two threads alternate strictly through wait/notify.
        Object table = new Object();
        int[] turn = new int[1];
        StringBuffer rally = new StringBuffer();
        Thread[] players = new Thread[2];
        for (int p = 0; p < 2; p++) {
            final int me = p;
            players[p] = new Thread(() -> {
                for (int i = 0; i < 10; i++) {
                    synchronized (table) {
                        while (turn[0] != me) {
                            try {
                                table.wait();
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                        rally.append(me == 0 ? "ping " : "pong ");
                        turn[0] = 1 - me;
                        table.notifyAll();
                    }
                }
            });
            players[p].start();
        }
        for (Thread p : players) {
            p.join();
        }
        System.out.println(rally.toString().trim());

        // Errors.
        Object free = new Object();
        try {
            free.wait();
        } catch (IllegalMonitorStateException e) {
            System.out.println("wait: " + e);
        }
        try {
            free.wait(10);
        } catch (IllegalMonitorStateException e) {
            System.out.println("wait(10): " + e);
        }
        try {
            free.notifyAll();
        } catch (IllegalMonitorStateException e) {
            System.out.println("notifyAll: " + e);
        }
        synchronized (free) {
            try {
                free.wait(-1);
            } catch (IllegalArgumentException e) {
                System.out.println("wait(-1): " + e.getMessage());
            }
            try {
                free.wait(1, 1_000_000);
            } catch (IllegalArgumentException e) {
                System.out.println("wait(1, 1000000): " + e.getMessage());
            }
        }
        // Another thread holding the lock does not make this thread an owner.
        Object held = new Object();
        boolean[] release = new boolean[1];
        Thread holder = new Thread(() -> {
            synchronized (held) {
                while (!release[0]) {
                    try {
                        held.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        });
        holder.start();
        awaitState(holder, Thread.State.WAITING);
        try {
            held.notify();
        } catch (IllegalMonitorStateException e) {
            System.out.println("notify of another's lock: " + e.getMessage());
        }
        synchronized (held) {
            release[0] = true;
            held.notify();
        }
        holder.join();
        System.out.println("done");
    }
}
