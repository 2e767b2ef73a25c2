// volatile fields across threads: a stop flag ends a spinning loop, a volatile long and double
// are never seen torn, publication through a volatile reference shows fully built objects,
// and Dekker-style flags never let both threads miss each other.
public class VolatileFlags {

    static volatile boolean stop;
    static volatile long wide;
    static volatile double wideDouble;
    static volatile int[] published;

    volatile boolean flagA;
    volatile boolean flagB;
    volatile int turn;

    static final class Box {
        final int a;
        int b;
        Box(int a, int b) {
            this.a = a;
            this.b = b;
        }
    }

    volatile Box box;

    public static void main(String[] args) throws Exception {
        // A stop flag read in a tight loop.
        long[] spins = new long[1];
        Thread spinner = new Thread(() -> {
            long n = 0;
            do {
                n++;
            } while (!stop);
            spins[0] = n;
        });
        spinner.start();
        Thread.sleep(20);
        stop = true;
        spinner.join();
        System.out.println("spinner stopped: " + !spinner.isAlive() + " spun: " + (spins[0] > 0));

        // 64-bit volatiles: the writer alternates between two values whose halves differ; a torn
        // read would show a mix.
        final long patternA = 0x0000_0000_FFFF_FFFFL;
        final long patternB = 0xFFFF_FFFF_0000_0000L;
        wide = patternA;
        wideDouble = 1.0;
        stop = false;
        Thread writer = new Thread(() -> {
            for (int i = 0; !stop; i++) {
                wide = (i & 1) == 0 ? patternA : patternB;
                wideDouble = (i & 1) == 0 ? 1.0 : -3.5e300;
            }
        });
        writer.start();
        int torn = 0;
        int seenA = 0, seenB = 0;
        for (int i = 0; i < 200000; i++) {
            long v = wide;
            if (v == patternA) {
                seenA++;
            } else if (v == patternB) {
                seenB++;
            } else {
                torn++;
            }
            double d = wideDouble;
            if (d != 1.0 && d != -3.5e300) {
                torn++;
            }
        }
        stop = true;
        writer.join();
        System.out.println("torn reads: " + torn + " saw both: " + (seenA + seenB == 200000));

        // Publication: a reader that sees the volatile reference sees the array's contents.
        int bad = 0;
        for (int round = 0; round < 200; round++) {
            published = null;
            final int size = 16 + round;
            Thread publisher = new Thread(() -> {
                int[] data = new int[size];
                for (int i = 0; i < size; i++) {
                    data[i] = i + 1;
                }
                published = data;
            });
            publisher.start();
            int[] seen;
            while ((seen = published) == null) {
                Thread.onSpinWait();
            }
            for (int i = 0; i < seen.length; i++) {
                if (seen[i] != i + 1) {
                    bad++;
                }
            }
            publisher.join();
        }
        System.out.println("bad published elements: " + bad);

        VolatileFlags shared = new VolatileFlags();
        Thread boxer = new Thread(() -> shared.box = new Box(6, 7));
        boxer.start();
        Box b;
        while ((b = shared.box) == null) {
            Thread.onSpinWait();
        }
        System.out.println("box: " + b.a + " " + b.b);
        boxer.join();

        // Peterson's mutual exclusion works only with sequentially consistent volatiles.
        int[] counter = new int[1];
        int rounds = 20000;
        Thread[] contenders = new Thread[2];
        for (int id = 0; id < 2; id++) {
            final int me = id;
            contenders[id] = new Thread(() -> {
                for (int i = 0; i < rounds; i++) {
                    if (me == 0) {
                        shared.flagA = true;
                        shared.turn = 1;
                        while (shared.flagB && shared.turn == 1) {
                            Thread.onSpinWait();
                        }
                        counter[0]++;
                        shared.flagA = false;
                    } else {
                        shared.flagB = true;
                        shared.turn = 0;
                        while (shared.flagA && shared.turn == 0) {
                            Thread.onSpinWait();
                        }
                        counter[0]++;
                        shared.flagB = false;
                    }
                }
            });
        }
        for (Thread t : contenders) {
            t.start();
        }
        for (Thread t : contenders) {
            t.join();
        }
        System.out.println("peterson counter: " + counter[0]);
    }
}
