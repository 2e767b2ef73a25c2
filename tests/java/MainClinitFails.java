// The main class's own static initializer throws: the launcher reports the
// ExceptionInInitializerError with its cause as an uncaught exception (exit code 1) before
// main runs; output from the initializer before the failure still appears.
public class MainClinitFails {
    static final int[] TABLE = build(4);

    static int[] build(int n) {
        System.out.println("building table of " + n);
        int[] t = new int[n];
        for (int i = 0; i <= n; i++) t[i] = i * i;
        return t;
    }

    public static void main(String[] args) {
        System.out.println("main never runs " + TABLE.length);
    }
}
