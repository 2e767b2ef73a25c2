// System.exit(3) from a nested call inside try/finally: output before exit is flushed, the
// finally block does not run, and the process exit code is 3.
public class ExitCode {
    static void deep(int n) {
        if (n == 0) {
            System.out.println("exiting with 3");
            System.err.println("stderr before exit");
            System.exit(3);
        }
        deep(n - 1);
    }

    public static void main(String[] args) {
        System.out.print("partial line without newline; ");
        try {
            deep(5);
        } finally {
            System.out.println("finally must not run");
        }
        System.out.println("unreachable");
    }
}
