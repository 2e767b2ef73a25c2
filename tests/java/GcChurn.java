// Allocates far more than the heap holds while keeping a changing live set: linked lists,
// arrays of every kind, strings and maps, checking every value after collections ran.
// islet-test: options=-Xmx32m
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class GcChurn {
    static final class Node {
        final Node next;
        final int[] payload;
        final String label;

        Node(Node next, int size, String label) {
            this.next = next;
            this.payload = new int[size];
            for (int i = 0; i < size; i++) payload[i] = size * 31 + i;
            this.label = label;
        }
    }

    static long checksum(Node head) {
        long sum = 0;
        for (Node n = head; n != null; n = n.next) {
            for (int v : n.payload) sum += v;
            sum += n.label.hashCode();
        }
        return sum;
    }

    public static void main(String[] args) {
        // 1. Short-lived lists: each round's list becomes garbage in the next one.
        long total = 0;
        for (int round = 0; round < 300; round++) {
            Node head = null;
            for (int i = 0; i < 1000; i++) head = new Node(head, i % 40, "n" + i);
            total += checksum(head);
        }
        System.out.println("rounds checksum " + total);

        // 2. A long-lived structure survives while garbage is made around it.
        Map<String, long[]> survivors = new HashMap<>();
        for (int i = 0; i < 2000; i++) survivors.put("k" + i, new long[] {i, (long) i * i});
        for (int round = 0; round < 200; round++) {
            List<Object> garbage = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                garbage.add(new double[i % 17]);
                garbage.add(new StringBuilder().append(round).append('/').append(i).toString());
                garbage.add(new Object[] {garbage.size(), "x"});
            }
            if (garbage.size() != 1500) throw new AssertionError();
        }
        long check = 0;
        for (int i = 0; i < 2000; i++) {
            long[] pair = survivors.get("k" + i);
            check += pair[0] + pair[1];
        }
        System.out.println("survivors " + survivors.size() + " checksum " + check);

        // 3. Large arrays (allocated outside the size classes) come and go.
        long big = 0;
        for (int i = 0; i < 100; i++) {
            byte[] chunk = new byte[1 << 20];
            chunk[i] = (byte) i;
            chunk[chunk.length - 1] = 7;
            big += chunk[i] + chunk[chunk.length - 1];
        }
        System.out.println("large arrays " + big);

        // 4. Deep structures: a 2-3 tree of arrays, many levels of references.
        Object[] tree = build(12);
        System.out.println("tree leaves " + count(tree));
        System.out.println("free <= total " + (Runtime.getRuntime().freeMemory() <= Runtime.getRuntime().totalMemory())
                + ", total <= max " + (Runtime.getRuntime().totalMemory() <= Runtime.getRuntime().maxMemory()));
    }

    static Object[] build(int depth) {
        if (depth == 0) return new Object[] {"leaf"};
        return new Object[] {build(depth - 1), build(depth - 1)};
    }

    static int count(Object[] node) {
        if (node.length == 1) return 1;
        return count((Object[]) node[0]) + count((Object[]) node[1]);
    }
}
