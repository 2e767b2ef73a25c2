// Binary incompatibility: v2 makes members private or package-private and a class non-public.
// Each access from Main fails with IllegalAccessError naming both classes and their modules;
// the last failure escapes main (exit code 1).
import lib.Hidden;
import lib.Lib;

public class Main {
    interface Action {
        void run();
    }

    static void attempt(String label, Action a) {
        try {
            a.run();
            System.out.println(label + ": ok");
        } catch (LinkageError e) {
            System.out.println(label + ": " + e);
        }
    }

    public static void main(String[] args) {
        attempt("private static method", () -> System.out.println(Lib.open()));
        attempt("private static field", () -> System.out.println(Lib.counter));
        attempt("private constructor", () -> System.out.println(new Lib()));
        attempt("non-public class", () -> System.out.println(Hidden.hello()));
        System.out.println("now uncaught:");
        System.out.println(Lib.open());
    }
}
