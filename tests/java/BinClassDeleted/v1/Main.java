// A class deleted after compilation (lib/Helper.class): static calls, instantiation, a subclass
// and a method that uses it fail with NoClassDefFoundError (message with slashes), classes that
// only mention it in unused code still work; the last failure escapes main with
// "Caused by: java.lang.ClassNotFoundException: lib.Helper" (exit code 1).
// islet-build: delete=lib/Helper.class
import lib.Helper;
import lib.Present;

public class Main {
    interface Action {
        void run();
    }

    static void attempt(String label, Action a) {
        try {
            a.run();
            System.out.println(label + ": ok");
        } catch (LinkageError e) {
            System.out.println(label + ": " + e + " / cause: " + e.getCause());
        }
    }

    public static void main(String[] args) {
        attempt("unrelated method of a class mentioning it", () -> System.out.println(Present.fine()));
        attempt("static call", () -> System.out.println(Helper.greet()));
        attempt("static call again", () -> System.out.println(Helper.greet()));
        attempt("new via other class", () -> System.out.println(Present.makeHelper()));
        attempt("subclass", () -> System.out.println(new Child()));
        attempt("array of it", () -> System.out.println(new Helper[2].length));
        Object o = "not a helper";
        attempt("instanceof", () -> System.out.println(o instanceof Helper));
        System.out.println("now uncaught:");
        System.out.println(new Child());
    }
}
