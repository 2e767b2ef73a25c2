// Binary incompatibility: members change between static and instance in v2 of Lib, so
// invokestatic/invokevirtual and getstatic/getfield/putstatic/putfield fail with
// IncompatibleClassChangeError; the last failure escapes main (exit code 1).
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
        Lib lib = new Lib();
        attempt("invokestatic on now-instance method", () -> System.out.println(Lib.sm()));
        attempt("invokevirtual on now-static method", () -> System.out.println(lib.im()));
        attempt("getstatic on now-instance field", () -> System.out.println(Lib.SF));
        attempt("putstatic on now-instance field", () -> Lib.SF = 3);
        attempt("getfield on now-static field", () -> System.out.println(lib.instanceField));
        attempt("putfield on now-static field", () -> lib.instanceField = 4);
        System.out.println("now uncaught:");
        System.out.println(Lib.sm());
    }
}
