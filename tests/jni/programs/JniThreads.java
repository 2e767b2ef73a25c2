// Native methods called from four threads at once, many times each, with every result checked
// against the same computation in Java: arguments and results of all kinds, local references,
// strings both ways, calls back into Java, global references per thread, and a field updated
// under MonitorEnter/MonitorExit (its final value proves that no update was lost).
public class JniThreads {
    static { System.loadLibrary("JniThreads"); }

    static final int THREADS = 4;
    static final int CALLS = 20000;

    static class Counter {
        int value;
    }

    static native long mix(int thread, int i, long acc, double scale, int[] data);
    static native String echo(String s, int i);
    static native int callBack(int x);
    static native int sumThroughLocals(int count);
    static native void keepGlobal(int slot, Object o);
    static native Object takeGlobal(int slot);
    static native void increment(Counter counter);

    static int square(int x) {
        return x * x;
    }

    static long expectedMix(int thread, int i, long acc, double scale, int[] data) {
        long sum = acc * 31 + thread * 1000003L + i;
        for (int d : data) {
            sum = sum * 17 + d;
        }
        return sum + (long) (scale * i);
    }

    static String run(int thread, Counter counter) {
        int wrong = 0;
        long acc = thread;
        int[] data = {thread, 7, -3, 11};
        for (int i = 0; i < CALLS; i++) {
            data[1] = i;
            double scale = 0.5 + thread;
            long got = mix(thread, i, acc, scale, data);
            if (got != expectedMix(thread, i, acc, scale, data)) wrong++;
            acc = got;
            if (i % 4 == 0) {
                String s = "t" + thread + "-" + i + "-\u00e9\u4e2d";
                if (!echo(s, i).equals(s + "/" + i)) wrong++;
            }
            if (i % 8 == 1 && callBack(i % 1000) != square(i % 1000) + 1) wrong++;
            if (i % 64 == 2 && sumThroughLocals(100) != 4950) wrong++;
            if (i % 16 == 3) {
                Object mine = new int[] {thread, i};
                keepGlobal(thread, mine);
                if (takeGlobal(thread) != mine) wrong++;
            }
            if (i % 10 == 5) increment(counter);
        }
        return "thread " + thread + ": " + CALLS + " rounds, " + wrong + " wrong results";
    }

    public static void main(String[] args) throws Exception {
        Counter counter = new Counter();
        String[] reports = new String[THREADS];
        Thread[] threads = new Thread[THREADS];
        for (int t = 0; t < THREADS; t++) {
            int index = t;
            threads[t] = new Thread(() -> reports[index] = run(index, counter));
        }
        for (Thread t : threads) t.start();
        for (Thread t : threads) t.join();
        for (String report : reports) System.out.println(report);
        System.out.println("increments under the monitor: " + counter.value + " (expected " + THREADS * (CALLS / 10) + ")");
    }
}
