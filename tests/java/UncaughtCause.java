// An uncaught exception escaping main with a three-level cause chain: the launcher prints
// "Exception in thread "main"" with the full trace and Caused by sections, exit code 1.
// Output printed earlier to stdout must still appear.
public class UncaughtCause {
    static void load(String name) {
        try {
            parse(name);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("cannot load " + name, e);
        }
    }

    static int parse(String s) {
        return Integer.parseInt(s);
    }

    static void start() {
        try {
            load("config-x");
        } catch (IllegalArgumentException e) {
            throw new RuntimeException("startup failed", e);
        }
    }

    public static void main(String[] args) {
        System.out.println("starting");
        start();
        System.out.println("unreachable");
    }
}
