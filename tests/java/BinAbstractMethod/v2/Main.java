// Binary incompatibility: Circle was compiled against v1 of Shape and Base; v2 adds the
// abstract Shape.area() and makes Base.describe() abstract. Calling them on a Circle throws
// AbstractMethodError (invokeinterface and invokevirtual), while the new default method and
// unchanged methods work; the last failure escapes main (exit code 1).
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
        Circle c = new Circle();
        Shape s = c;
        Base b = c;
        attempt("existing interface method", () -> System.out.println(s.name()));
        attempt("new default method", () -> System.out.println(s.label()));
        attempt("new abstract interface method", () -> System.out.println(s.area()));
        attempt("method made abstract in superclass", () -> System.out.println(b.describe()));
        attempt("unchanged superclass method", () -> System.out.println(b.kind()));
        System.out.println("now uncaught:");
        System.out.println(s.area());
    }
}
