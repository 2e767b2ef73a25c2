// Allocation-heavy multi-threaded benchmark: every thread builds short-lived linked lists and
// arrays while keeping a rotating window of them alive, so collections find both garbage and a
// live set spread over all threads. Prints a checksum (the same on every VM) so a lost or
// corrupted object shows. Usage: AllocThreads [threads] [rounds]
public class AllocThreads {
    static final class Node {
        final int value;
        final int[] payload;
        Node next;

        Node(int value, Node next) {
            this.value = value;
            this.payload = new int[(value & 15) + 1];
            this.payload[0] = value;
            this.next = next;
        }
    }

    static final int LIST_LENGTH = 1000;
    static final int WINDOW = 64;

    static Node build(int seed) {
        Node head = null;
        for (int i = 0; i < LIST_LENGTH; i++) {
            head = new Node(seed + i, head);
        }
        return head;
    }

    static long checksum(Node node) {
        long sum = 0;
        for (; node != null; node = node.next) {
            sum += node.value + node.payload[0] + node.payload.length;
        }
        return sum;
    }

    static long work(int thread, int rounds) {
        Node[] window = new Node[WINDOW];
        long total = 0;
        for (int round = 0; round < rounds; round++) {
            int slot = round % WINDOW;
            if (window[slot] != null) {
                total += checksum(window[slot]);
            }
            window[slot] = build(thread * 1_000_000 + round);
            String label = "t" + thread + "r" + round;
            total += label.length();
        }
        for (Node list : window) {
            if (list != null) {
                total += checksum(list);
            }
        }
        return total;
    }

    public static void main(String[] args) throws InterruptedException {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 4000;
        long[] results = new long[threads];
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int index = t;
            workers[t] = new Thread(() -> results[index] = work(index, rounds));
            workers[t].start();
        }
        long total = 0;
        for (int t = 0; t < threads; t++) {
            workers[t].join();
            total += results[t];
        }
        System.out.println("threads " + threads + " rounds " + rounds + " checksum " + total);
    }
}
