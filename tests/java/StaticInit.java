// Class initialization order: superclass before subclass, triggers (new, static call, static
// field get/put, subclass init, array creation does NOT), interfaces not initialized by
// implementing classes until their fields are used, compile-time constants not triggering init,
// static field access through a subclass initializing only the declaring class.
public class StaticInit {
    static StringBuilder log = new StringBuilder();

    static int note(String s) {
        log.append(s).append(' ');
        return s.length();
    }

    static void flush(String label) {
        System.out.println(label + ": " + log.toString().trim());
        log.setLength(0);
    }

    static class Base {
        static int BASE_FIELD = note("Base.<clinit>");
        static final int CONSTANT = 42;
        static final String TEXT = "text";
        static final Integer BOXED = note("Base.BOXED");

        static {
            note("Base.static-block");
        }

        static void touch() {
            note("Base.touch");
        }
    }

    static class Derived extends Base {
        static int DERIVED_FIELD = note("Derived.<clinit>");

        Derived() {
            note("Derived()");
        }
    }

    static class Leaf extends Derived {
        static {
            note("Leaf.<clinit>");
        }
    }

    interface WithField {
        int IFACE_VALUE = note("WithField.<clinit>");
        int IFACE_CONSTANT = 7;

        default void method() {}
    }

    interface Plain {
        int PLAIN_VALUE = note("Plain.<clinit>");
    }

    static class Impl implements WithField, Plain {
        static {
            note("Impl.<clinit>");
        }
    }

    interface SubIface extends Plain {
        int SUB_VALUE = note("SubIface.<clinit>");
    }

    static class Counter {
        static int count;

        static {
            note("Counter.<clinit>");
        }
    }

    static class Lazy {
        static {
            note("Lazy.<clinit>");
        }

        static class Nested {
            static {
                note("Lazy.Nested.<clinit>");
            }

            static int value = 5;
        }
    }

    static class ArrayOnly {
        static {
            note("ArrayOnly.<clinit>");
        }
    }

    static class InstanceInit {
        static {
            note("InstanceInit.<clinit>");
        }

        int field = note("InstanceInit.field");

        {
            note("InstanceInit.block");
        }

        InstanceInit() {
            note("InstanceInit()");
        }
    }

    public static void main(String[] args) {
        note("main");
        flush("start");
        int c = Base.CONSTANT;
        String t = Base.TEXT;
        flush("constants " + c + " " + t);
        Base.touch();
        flush("static call");
        Base.touch();
        flush("second static call");
        new Leaf();
        flush("new Leaf");
        int d = Derived.BASE_FIELD;
        flush("inherited field via subclass " + d);
        Impl impl = new Impl();
        flush("new Impl");
        int k = WithField.IFACE_CONSTANT;
        flush("interface constant " + k);
        int v = Impl.IFACE_VALUE;
        flush("interface field via Impl " + (v > 0));
        int s = SubIface.SUB_VALUE;
        flush("sub-interface field " + (s > 0));
        int p = Plain.PLAIN_VALUE;
        flush("plain interface field " + (p > 0));
        Counter.count = 3;
        flush("putstatic");
        ArrayOnly[] arr = new ArrayOnly[3];
        ArrayOnly[][] arr2 = new ArrayOnly[2][2];
        flush("array creation " + arr.length + arr2.length);
        Object cls = ArrayOnly.class;
        flush("class literal " + (cls != null));
        int n = Lazy.Nested.value;
        flush("nested class only " + n);
        new InstanceInit();
        new InstanceInit();
        flush("instance init twice");
        impl.method();
        flush("default method call");
    }
}
