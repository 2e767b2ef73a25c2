// Binary incompatibility: fields Main was compiled against are removed, renamed or change type
// in v2 of Lib: getstatic/putstatic/getfield/putfield fail with NoSuchFieldError; inlined
// constants keep working; the last failure escapes main (exit code 1).
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
        attempt("getstatic removed", () -> System.out.println(Lib.COUNT));
        attempt("putstatic removed", () -> Lib.COUNT = 5);
        attempt("getstatic type changed", () -> System.out.println(Lib.NAME));
        attempt("getfield removed", () -> System.out.println(lib.value));
        attempt("putfield type changed", () -> lib.wide = 3L);
        attempt("inlined constant", () -> System.out.println(Lib.CONSTANT));
        System.out.println("now uncaught:");
        lib.value = 1;
    }
}
