// The class bench/embed/embed_bench.c calls: a trivial static method, so that the first call
// measures what it takes to get there (class loading, initialization), not the work.
public class BenchTarget {
    static int calls;

    public static void test(int value) {
        calls += value;
    }
}
