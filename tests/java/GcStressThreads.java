// The collector under load from several threads: 4 threads each allocate linked structures and
// arrays, about 50 times the heap (-Xmx64m) in all, keep a rotating window of them alive and
// verify every structure's checksum when it leaves the window. Nothing may be lost or corrupted.
// islet-test: options=-Xmx64m
// islet-test: gcstress-interval=100000
import java.util.ArrayDeque;

public class GcStressThreads {
    static final int THREADS = 4;
    static final int ROUNDS = 900;
    static final int WINDOW = 6;

    static final class Node {
        final int value;
        final int[] payload = new int[14];
        final Node next;

        Node(int value, Node next) {
            this.value = value;
            this.next = next;
            for (int i = 0; i < payload.length; i++) payload[i] = value ^ (i * 0x9E3779B9);
        }
    }

    static final class Batch {
        final Node list;
        final long[][] arrays;
        final long expected;

        Batch(int seed) {
            Node head = null;
            long sum = 0;
            for (int i = 0; i < 2000; i++) {
                head = new Node(seed * 2000 + i, head);
                sum += checksumOf(head);
            }
            arrays = new long[12][];
            for (int a = 0; a < arrays.length; a++) {
                long[] array = new long[8192];
                for (int i = 0; i < array.length; i += 512) array[i] = (long) seed * a + i;
                arrays[a] = array;
                sum += sumOf(array);
            }
            list = head;
            expected = sum;
        }

        long actual() {
            long sum = 0;
            for (Node n = list; n != null; n = n.next) sum += checksumOf(n);
            for (long[] array : arrays) sum += sumOf(array);
            return sum;
        }
    }

    static long checksumOf(Node n) {
        long s = n.value;
        for (int p : n.payload) s = s * 31 + p;
        return s;
    }

    static long sumOf(long[] array) {
        long s = 0;
        for (int i = 0; i < array.length; i += 512) s += array[i] * (i + 1);
        return s;
    }

    public static void main(String[] args) throws InterruptedException {
        long[] verified = new long[THREADS];
        String[] failures = new String[THREADS];
        Thread[] threads = new Thread[THREADS];
        for (int t = 0; t < THREADS; t++) {
            final int id = t;
            threads[t] = new Thread(() -> {
                ArrayDeque<Batch> window = new ArrayDeque<>();
                for (int round = 0; round < ROUNDS; round++) {
                    window.addLast(new Batch(id * ROUNDS + round));
                    if (window.size() > WINDOW) check(window.removeFirst(), id, verified, failures);
                }
                while (!window.isEmpty()) check(window.removeFirst(), id, verified, failures);
            }, "allocator-" + t);
            threads[t].start();
        }
        for (Thread t : threads) t.join();
        for (int t = 0; t < THREADS; t++) {
            System.out.println("thread " + t + ": verified " + verified[t] + " batches"
                    + (failures[t] == null ? ", all intact" : ", FIRST CORRUPTION " + failures[t]));
        }
        long bytes = (long) THREADS * ROUNDS * (2000L * (16 + 16 + 16 + 14 * 4) + 12L * (16 + 8 * 8192));
        System.out.println("allocated more than 50 heaps of 64 MB: " + (bytes > 50L * 64 * 1024 * 1024));
    }

    static void check(Batch batch, int id, long[] verified, String[] failures) {
        long actual = batch.actual();
        if (actual != batch.expected && failures[id] == null) {
            failures[id] = "expected " + batch.expected + " got " + actual;
        }
        verified[id]++;
    }
}
