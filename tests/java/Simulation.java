// A realistic program: Conway's Game of Life on a torus, and a discrete-event bank queue
// simulation driven by a linear congruential generator (deterministic), with a priority
// queue written by hand (binary heap) over event objects.
import java.util.ArrayList;
import java.util.List;

public class Simulation {
    static final class Rng {
        private long state;

        Rng(long seed) {
            state = seed;
        }

        int next(int bound) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            return (int) ((state >>> 33) % bound);
        }
    }

    static boolean[][] step(boolean[][] g) {
        int h = g.length, w = g[0].length;
        boolean[][] next = new boolean[h][w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int n = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        if ((dy != 0 || dx != 0) && g[(y + dy + h) % h][(x + dx + w) % w]) n++;
                    }
                }
                next[y][x] = g[y][x] ? (n == 2 || n == 3) : n == 3;
            }
        }
        return next;
    }

    static String render(boolean[][] g) {
        StringBuilder sb = new StringBuilder();
        for (boolean[] row : g) {
            for (boolean c : row) sb.append(c ? '#' : '.');
            sb.append('\n');
        }
        return sb.toString();
    }

    static int population(boolean[][] g) {
        int p = 0;
        for (boolean[] row : g)
            for (boolean c : row)
                if (c) p++;
        return p;
    }

    static final class Event {
        final int time;
        final int kind; // 0 = arrival, 1 = departure
        final int customer;
        final int seq;

        Event(int time, int kind, int customer, int seq) {
            this.time = time;
            this.kind = kind;
            this.customer = customer;
            this.seq = seq;
        }

        boolean before(Event o) {
            return time != o.time ? time < o.time : seq < o.seq;
        }
    }

    static final class EventQueue {
        private Event[] heap = new Event[4];
        private int size;

        void add(Event e) {
            if (size == heap.length) {
                Event[] bigger = new Event[size * 2];
                System.arraycopy(heap, 0, bigger, 0, size);
                heap = bigger;
            }
            int i = size++;
            heap[i] = e;
            while (i > 0 && heap[i].before(heap[(i - 1) / 2])) {
                Event t = heap[i];
                heap[i] = heap[(i - 1) / 2];
                heap[(i - 1) / 2] = t;
                i = (i - 1) / 2;
            }
        }

        Event poll() {
            Event top = heap[0];
            heap[0] = heap[--size];
            heap[size] = null;
            int i = 0;
            while (true) {
                int l = 2 * i + 1, r = l + 1, m = i;
                if (l < size && heap[l].before(heap[m])) m = l;
                if (r < size && heap[r].before(heap[m])) m = r;
                if (m == i) break;
                Event t = heap[i];
                heap[i] = heap[m];
                heap[m] = t;
                i = m;
            }
            return top;
        }

        boolean isEmpty() {
            return size == 0;
        }
    }

    static String bank(int tellers, int customers, long seed) {
        Rng rng = new Rng(seed);
        EventQueue q = new EventQueue();
        int seq = 0;
        int t = 0;
        for (int c = 0; c < customers; c++) {
            t += 1 + rng.next(6);
            q.add(new Event(t, 0, c, seq++));
        }
        int busy = 0;
        List<Integer> waiting = new ArrayList<>();
        int[] arrival = new int[customers];
        long totalWait = 0;
        int maxQueue = 0;
        int lastTime = 0;
        while (!q.isEmpty()) {
            Event e = q.poll();
            lastTime = e.time;
            if (e.kind == 0) {
                arrival[e.customer] = e.time;
                if (busy < tellers) {
                    busy++;
                    q.add(new Event(e.time + 3 + rng.next(10), 1, e.customer, seq++));
                } else {
                    waiting.add(e.customer);
                    maxQueue = Math.max(maxQueue, waiting.size());
                }
            } else {
                if (!waiting.isEmpty()) {
                    int next = waiting.remove(0);
                    totalWait += e.time - arrival[next];
                    q.add(new Event(e.time + 3 + rng.next(10), 1, next, seq++));
                } else {
                    busy--;
                }
            }
        }
        return "tellers=" + tellers + " end=" + lastTime + " avgWait=" + (double) totalWait / customers + " maxQueue="
                + maxQueue;
    }

    public static void main(String[] args) {
        boolean[][] grid = new boolean[12][20];
        int[][] glider = {{0, 1}, {1, 2}, {2, 0}, {2, 1}, {2, 2}};
        for (int[] p : glider) grid[p[0]][p[1]] = true;
        int[][] blinker = {{6, 10}, {6, 11}, {6, 12}};
        for (int[] p : blinker) grid[p[0]][p[1]] = true;
        Rng rng = new Rng(42);
        for (int i = 0; i < 30; i++) grid[8 + rng.next(4)][rng.next(20)] = true;
        System.out.print(render(grid));
        for (int gen = 1; gen <= 60; gen++) {
            grid = step(grid);
            if (gen % 15 == 0) {
                System.out.println("generation " + gen + " population " + population(grid));
                System.out.print(render(grid));
            }
        }
        for (int tellers = 1; tellers <= 4; tellers++) System.out.println(bank(tellers, 500, 7));
    }
}
