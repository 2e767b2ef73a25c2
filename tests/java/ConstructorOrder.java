// Object construction order: field initializers and instance initializer blocks in textual
// order, this(...) delegation, super(...) arguments evaluated before the superclass runs, virtual
// calls from a superclass constructor seeing default subclass fields, exceptions thrown from
// constructors (object never visible), and static factory/instance counters.
public class ConstructorOrder {
    static StringBuilder log = new StringBuilder();

    static String note(String s) {
        log.append(s).append(' ');
        return s;
    }

    static class Base {
        String baseField = note("Base.field");

        {
            note("Base.block");
        }

        Base(String arg) {
            note("Base(" + arg + ")");
            hook();
        }

        void hook() {
            note("Base.hook");
        }
    }

    static class Derived extends Base {
        String derivedField = note("Derived.field");
        int number = 5;

        {
            note("Derived.block number=" + number);
        }

        Derived() {
            this("default");
            note("Derived()");
        }

        Derived(String s) {
            super(note("arg:" + s));
            note("Derived(String) derivedField=" + derivedField);
        }

        @Override
        void hook() {
            note("Derived.hook number=" + number + " derivedField=" + derivedField);
        }
    }

    static class Fragile {
        static int created;
        final int id;

        Fragile(int v) {
            if (v < 0) throw new IllegalArgumentException("negative " + v);
            id = ++created;
        }
    }

    static class Counter {
        private static int instances;
        private final int serial = ++instances;
        private final String label;

        private Counter(String label) {
            this.label = label;
        }

        static Counter of(String label) {
            return new Counter(label + "#" + (instances + 1));
        }
    }

    public static void main(String[] args) {
        new Derived();
        System.out.println(log.toString().trim());
        log.setLength(0);
        new Derived("explicit");
        System.out.println(log.toString().trim());
        Fragile f = null;
        try {
            f = new Fragile(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("ctor threw: " + e.getMessage() + ", reference still " + f + ", created " + Fragile.created);
        }
        f = new Fragile(1);
        System.out.println("then created id " + f.id);
        Counter a = Counter.of("a");
        Counter b = Counter.of("b");
        System.out.println(a.label + " serial " + a.serial + ", " + b.label + " serial " + b.serial);
        Object[] arr = {new StringBuilder("x").append(1), new int[] {1, 2}.length, new Object() {
            @Override
            public String toString() {
                return "anon in array initializer";
            }
        }};
        System.out.println(arr[0] + " " + arr[1] + " " + arr[2]);
    }
}
