// Binary incompatibility: in v2 the class Animal became an interface and the interface Pet
// became a class. Loading subclasses/implementors fails with IncompatibleClassChangeError,
// instantiating the interface fails with InstantiationError, and invokevirtual/invokeinterface
// against the changed kinds fail; the last failure escapes main (exit code 1).
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

    static String viaAnimal(Animal a) {
        return a.sound();
    }

    static String viaPet(Pet p) {
        return p.name();
    }

    public static void main(String[] args) {
        attempt("new Animal (now interface)", () -> System.out.println(new Animal()));
        attempt("load Dog (superclass became interface)", () -> System.out.println(new Dog()));
        attempt("load Cat (interface became class)", () -> System.out.println(new Cat()));
        attempt("invokevirtual on interface", () -> System.out.println(viaAnimal(null)));
        attempt("invokeinterface on class", () -> System.out.println(viaPet(null)));
        System.out.println("now uncaught:");
        System.out.println(new Dog().sound());
    }
}
