// Binary incompatibility: methods Main was compiled against are removed or change signature in
// v2 of Lib/Api. Each use fails with NoSuchMethodError at resolution (caught and printed), a
// method that still exists keeps working, and the last failure escapes main (exit code 1).
public class Main {
    static class ApiImpl implements Api {
        public String name() {
            return "impl";
        }
    }

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
        attempt("static method changed signature", () -> System.out.println(Lib.compute(1)));
        attempt("instance method removed", () -> System.out.println(new Lib().greet("x")));
        attempt("constructor removed", () -> System.out.println(new Lib(3)));
        attempt("interface method removed", () -> System.out.println(((Api) new ApiImpl()).name()));
        attempt("still present", () -> System.out.println(Lib.stable()));
        attempt("same method, another call site", () -> System.out.println(Lib.compute(2)));
        System.out.println("now uncaught:");
        System.out.println(new Lib().greet("uncaught"));
    }
}
