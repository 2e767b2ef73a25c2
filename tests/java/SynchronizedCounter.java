// Many threads incrementing shared counters under contention: synchronized blocks, synchronized
// instance and static methods, nested and deeply recursive locking, identity hashes of locked
// objects. Every total must be exact.
public class SynchronizedCounter {

    static final int THREADS = 6;
    static final int ROUNDS = 20000;

    static long staticCount;
    long instanceCount;
    long blockCount;
    final Object lock = new Object();

    static synchronized void incrementStatic() {
        staticCount++;
    }

    synchronized void incrementInstance() {
        instanceCount++;
    }

    void incrementBlock() {
        synchronized (lock) {
            blockCount++;
        }
    }

    // Re-enters the same monitor `depth` times before incrementing.
    void nested(int depth) {
        synchronized (lock) {
            if (depth == 0) {
                blockCount++;
            } else {
                nested(depth - 1);
            }
        }
    }

    static void runAll(Runnable task) throws InterruptedException {
        Thread[] threads = new Thread[THREADS];
        for (int i = 0; i < THREADS; i++) {
            threads[i] = new Thread(task);
        }
        for (Thread t : threads) {
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    public static void main(String[] args) throws Exception {
        SynchronizedCounter c = new SynchronizedCounter();
        int hashBefore = System.identityHashCode(c.lock);

        runAll(() -> {
            for (int i = 0; i < ROUNDS; i++) {
                c.incrementBlock();
            }
        });
        System.out.println("block: " + c.blockCount);

        runAll(() -> {
            for (int i = 0; i < ROUNDS; i++) {
                c.incrementInstance();
            }
        });
        System.out.println("instance method: " + c.instanceCount);

        runAll(() -> {
            for (int i = 0; i < ROUNDS; i++) {
                incrementStatic();
            }
        });
        System.out.println("static method: " + staticCount);

        c.blockCount = 0;
        runAll(() -> {
            for (int i = 0; i < ROUNDS / 10; i++) {
                c.nested(i % 5);
            }
        });
        System.out.println("nested: " + c.blockCount);

        // Recursion deeper than a thin lock can count, with contention.
        c.blockCount = 0;
        runAll(() -> {
            for (int i = 0; i < 5; i++) {
                c.nested(3000);
            }
        });
        System.out.println("deep nested: " + c.blockCount);

        // Several locks, taken in one global order so that there is no deadlock.
        Object[] locks = new Object[4];
        long[] cells = new long[4];
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new Object();
        }
        runAll(() -> {
            for (int i = 0; i < ROUNDS / 4; i++) {
                int first = i % 4;
                int second = (i + 1) % 4;
                Object a = locks[Math.min(first, second)];
                Object b = locks[Math.max(first, second)];
                synchronized (a) {
                    synchronized (b) {
                        cells[first]++;
                        cells[second]++;
                    }
                }
            }
        });
        System.out.println("pairs: " + java.util.Arrays.toString(cells) + " sum "
                + (cells[0] + cells[1] + cells[2] + cells[3]));

        // A lock's identity hash survives locking and contention.
        System.out.println("hash stable: " + (hashBefore == System.identityHashCode(c.lock))
                + " hashCode agrees: " + (c.lock.hashCode() == hashBefore));

        // Unsynchronized work on private data gives exact results too.
        long[] privateSums = new long[THREADS];
        Thread[] threads = new Thread[THREADS];
        for (int i = 0; i < THREADS; i++) {
            final int index = i;
            threads[i] = new Thread(() -> {
                long sum = 0;
                for (int k = 0; k < ROUNDS; k++) {
                    sum += k ^ index;
                }
                privateSums[index] = sum;
            });
            threads[i].start();
        }
        long total = 0;
        for (int i = 0; i < THREADS; i++) {
            threads[i].join();
            total += privateSums[i];
        }
        System.out.println("private sums: " + total);

        // StringBuffer is synchronized: appends from many threads all arrive.
        StringBuffer shared = new StringBuffer();
        runAll(() -> {
            for (int i = 0; i < 500; i++) {
                shared.append('x');
            }
        });
        System.out.println("string buffer length: " + shared.length());

        // Leaving a monitor one does not own.
        try {
            c.lock.notify();
        } catch (IllegalMonitorStateException e) {
            System.out.println("notify without lock: " + e.getMessage());
        }
    }
}
