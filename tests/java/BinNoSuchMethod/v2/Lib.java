// Version 2: compute takes a long, greet and Lib(int) are gone.
public class Lib implements Runnable {
    public Lib() {}

    public static int compute(long x) {
        return (int) x * 3;
    }

    public void run() {}

    public static long stable() {
        return 2L;
    }
}
