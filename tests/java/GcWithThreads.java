// Garbage collection while several threads run: allocators build linked structures and arrays
// (some kept, most dropped) and verify checksums, while other threads sleep, wait on monitors,
// hold locks and contend for a shared counter. Nothing may be lost or corrupted.
public class GcWithThreads {

    static final class Node {
        final int value;
        final int[] payload;
        Node next;

        Node(int value, Node next) {
            this.value = value;
            this.payload = new int[(value % 7) + 1];
            for (int i = 0; i < payload.length; i++) {
                payload[i] = value * 31 + i;
            }
            this.next = next;
        }
    }

    static long checksum(Node head) {
        long sum = 0;
        for (Node n = head; n != null; n = n.next) {
            sum = sum * 31 + n.value;
            for (int p : n.payload) {
                sum += p;
            }
        }
        return sum;
    }

    static Node build(int seed, int length) {
        Node head = null;
        for (int i = 0; i < length; i++) {
            head = new Node(seed + i, head);
        }
        return head;
    }

    static final Object counterLock = new Object();
    static long sharedCounter;
    static volatile boolean finished;

    public static void main(String[] args) throws Exception {
        int allocators = 4;
        int rounds = 60;
        long[] mismatches = new long[allocators];
        long[] keptChecksums = new long[allocators];
        Thread[] workers = new Thread[allocators];
        for (int w = 0; w < allocators; w++) {
            final int id = w;
            workers[w] = new Thread(() -> {
                Node[] kept = new Node[8];
                long[] keptSums = new long[8];
                for (int round = 0; round < rounds; round++) {
                    // Garbage: a list built and checked, then dropped.
                    Node temp = build(id * 1000 + round, 60);
                    if (checksum(temp) != checksum(build(id * 1000 + round, 60))) {
                        mismatches[id]++;
                    }
                    // Strings and arrays of several sizes.
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < 20; i++) {
                        sb.append(i * round).append(',');
                    }
                    String text = sb.toString();
                    if (!text.startsWith("0,")) {
                        mismatches[id]++;
                    }
                    long[] big = new long[2000 + round];
                    big[big.length - 1] = round;
                    if (big[big.length - 1] != round) {
                        mismatches[id]++;
                    }
                    // Kept structures replace older ones and are re-verified every round.
                    int slot = round % kept.length;
                    kept[slot] = build(id * 7919 + round, 40);
                    keptSums[slot] = checksum(kept[slot]);
                    for (int k = 0; k < kept.length; k++) {
                        if (kept[k] != null && checksum(kept[k]) != keptSums[k]) {
                            mismatches[id]++;
                        }
                    }
                    synchronized (counterLock) {
                        sharedCounter += round;
                    }
                }
                long all = 0;
                for (long s : keptSums) {
                    all = all * 17 + s;
                }
                keptChecksums[id] = all;
            }, "allocator-" + w);
        }

        // Threads that block in every way while collections happen.
        Thread sleeper = new Thread(() -> {
            int naps = 0;
            while (!finished) {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
                naps++;
            }
        }, "sleeper");
        Object signal = new Object();
        int[] wakeups = new int[1];
        Thread waiter = new Thread(() -> {
            synchronized (signal) {
                while (!finished) {
                    try {
                        signal.wait(2);
                    } catch (InterruptedException e) {
                        return;
                    }
                    wakeups[0]++;
                }
            }
        }, "waiter");
        Object hogged = new Object();
        long[] hogSum = new long[1];
        Thread hog = new Thread(() -> {
            while (!finished) {
                synchronized (hogged) {
                    int[][] rows = new int[50][];
                    for (int i = 0; i < rows.length; i++) {
                        rows[i] = new int[]{i, i * i};
                    }
                    long s = 0;
                    for (int[] r : rows) {
                        s += r[0] + r[1];
                    }
                    hogSum[0] = s;
                }
            }
        }, "hog");
        Thread contender = new Thread(() -> {
            int entries = 0;
            while (!finished) {
                synchronized (hogged) {
                    entries++;
                }
                Thread.yield();
            }
        }, "contender");
        // Loops without calls or allocation: it stops for collections at its backward branch.
        long[] spins = new long[1];
        Thread spinner = new Thread(() -> {
            long n = 0;
            while (!finished) {
                n++;
            }
            spins[0] = n;
        }, "spinner");
        spinner.start();
        sleeper.start();
        waiter.start();
        hog.start();
        contender.start();
        for (Thread t : workers) {
            t.start();
        }
        for (Thread t : workers) {
            t.join();
        }
        finished = true;
        synchronized (signal) {
            signal.notifyAll();
        }
        sleeper.join();
        waiter.join();
        hog.join();
        contender.join();
        spinner.join();

        // Expected values computed again on this thread.
        for (int w = 0; w < allocators; w++) {
            long[] sums = new long[8];
            for (int round = 0; round < rounds; round++) {
                sums[round % 8] = checksum(build(w * 7919 + round, 40));
            }
            long all = 0;
            for (long s : sums) {
                all = all * 17 + s;
            }
            System.out.println("allocator " + w + ": mismatches " + mismatches[w] + ", kept structures "
                    + (all == keptChecksums[w] ? "intact" : "CORRUPT"));
        }
        long expectedCounter = (long) allocators * rounds * (rounds - 1) / 2;
        System.out.println("shared counter: " + sharedCounter + " expected " + expectedCounter);
        System.out.println("hog sum: " + hogSum[0] + ", spinner stopped: " + !spinner.isAlive());
        System.gc();
        System.out.println("done");
    }
}
