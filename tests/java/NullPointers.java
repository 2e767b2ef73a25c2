// NullPointerException from every kind of null dereference, caught and identified by class name
// only (the helpful messages are tested by NpeMessages).
public class NullPointers {
    static class Box {
        int value;
        long wide;
        Box next;
        int get() { return value; }
        synchronized void locked() {}
    }

    interface Shape {
        int sides();
    }

    static Box nullBox() { return null; }

    interface Action {
        void run() throws Throwable;
    }

    static void attempt(String label, Action a) {
        try {
            a.run();
            System.out.println(label + ": no exception");
        } catch (Throwable t) {
            System.out.println(label + ": " + t.getClass().getName());
        }
    }

    public static void main(String[] args) {
        Box box = nullBox();
        int[] ints = null;
        Object[] objs = null;
        String str = null;
        Shape shape = null;
        Integer boxed = null;
        attempt("getfield", () -> System.out.println(box.value));
        attempt("getfield long", () -> System.out.println(box.wide));
        attempt("putfield", () -> box.value = 1);
        attempt("invokevirtual", () -> box.get());
        attempt("invokeinterface", () -> shape.sides());
        attempt("String method", () -> str.length());
        attempt("iaload", () -> System.out.println(ints[0]));
        attempt("iastore", () -> ints[0] = 1);
        attempt("aaload", () -> System.out.println(objs[0]));
        attempt("arraylength", () -> System.out.println(ints.length));
        attempt("unboxing", () -> System.out.println(boxed + 1));
        attempt("throw null", () -> {
            throw null;
        });
        attempt("monitorenter", () -> {
            synchronized (box) {
                System.out.println("inside");
            }
        });
        attempt("synchronized method", () -> box.locked());
        attempt("chained", () -> System.out.println(new Box().next.value));
        attempt("string switch", () -> {
            switch (str) {
                case "a":
                    break;
                default:
                    break;
            }
        });
        attempt("enhanced for", () -> {
            for (int v : ints) System.out.println(v);
        });
        attempt("concat is fine", () -> System.out.println("value: " + str + " " + box));
        attempt("equals on null literal is fine", () -> System.out.println(java.util.Objects.equals(str, null)));
        attempt("requireNonNull", () -> java.util.Objects.requireNonNull(str, "str must not be null"));
        attempt("clone of null array", () -> System.out.println(ints.clone()));
        attempt("instanceof null is fine", () -> System.out.println(str instanceof String));
        attempt("cast null is fine", () -> System.out.println((String) (Object) null));
        NullPointerException npe = new NullPointerException("explicit");
        System.out.println(npe.getMessage());
        System.out.println(new NullPointerException().getMessage() == null);
    }
}
