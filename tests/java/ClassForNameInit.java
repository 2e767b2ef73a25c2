// Class.forName and class initialization: the one-argument form initializes, the three-argument
// form with initialize=false does not (and a later use does), failed initialization, nested and
// array names, and the exceptions for names that are not binary names.
public class ClassForNameInit {
    static StringBuilder log = new StringBuilder();

    static class Eager {
        static {
            log.append("[Eager init]");
        }

        static int value = 7;
    }

    static class Lazy {
        static {
            log.append("[Lazy init]");
        }

        static int value = 8;
    }

    static class Parent {
        static {
            log.append("[Parent init]");
        }
    }

    static class Child extends Parent {
        static {
            log.append("[Child init]");
        }
    }

    interface WithConstant {
        int K = 5;
        Object O = record("WithConstant.O");
    }

    static Object record(String what) {
        log.append("[" + what + "]");
        return what;
    }

    static class Broken {
        static int value = 1 / Integer.parseInt("0");
    }

    static class Holder {
        static {
            log.append("[Holder init]");
        }

        static class Nested {
            static {
                log.append("[Nested init]");
            }
        }
    }

    static void step(String label) {
        System.out.println(label + ": " + log);
        log.setLength(0);
    }

    static void tryForName(String name, boolean init) {
        try {
            Class<?> c = Class.forName(name, init, ClassForNameInit.class.getClassLoader());
            System.out.println("forName(" + name + ", " + init + ") = " + c.getName() + " " + log);
        } catch (Throwable t) {
            System.out.println("forName(" + name + ", " + init + ") -> " + t + (t.getCause() != null ? " cause " + t.getCause() : ""));
        }
        log.setLength(0);
    }

    public static void main(String[] args) throws Exception {
        Class<?> eager = Class.forName("ClassForNameInit$Eager");
        step("after forName(Eager)");
        Class<?> lazy = Class.forName("ClassForNameInit$Lazy", false, ClassForNameInit.class.getClassLoader());
        step("after forName(Lazy, false)");
        System.out.println("same class object: " + (lazy == Lazy.class) + " " + (eager == Eager.class));
        step("after class literals");
        System.out.println("Lazy.value = " + lazy.getDeclaredField("value").getInt(null));
        step("after reflective read");
        Class.forName("ClassForNameInit$Child");
        step("after forName(Child)");
        Class.forName("ClassForNameInit$WithConstant");
        step("after forName(WithConstant)");
        System.out.println("K = " + WithConstant.K);
        step("after constant");
        Class.forName("ClassForNameInit$Holder$Nested");
        step("after forName(Holder$Nested)");
        tryForName("ClassForNameInit$Holder", false);
        tryForName("ClassForNameInit$Holder", true);
        tryForName("ClassForNameInit$Broken", false);
        tryForName("ClassForNameInit$Broken", true);
        tryForName("ClassForNameInit$Broken", true);
        tryForName("ClassForNameInit.Holder", true);
        tryForName("ClassForNameInit$Missing", true);
        tryForName("[I", true);
        tryForName("[[J", false);
        tryForName("[LClassForNameInit$Lazy;", true);
        tryForName("[Ljava.lang.Runnable;", true);
        tryForName("[LClassForNameInit$Missing;", true);
        tryForName("[", true);
        tryForName("[X", true);
        tryForName("I", true);
        tryForName("void", true);
        tryForName("", true);
        tryForName("java.util.ArrayList", true);
        tryForName("java.lang.Object[]", true);
        tryForName("Ljava.lang.Object;", true);
        try {
            Class.forName(null, true, null);
        } catch (NullPointerException e) {
            System.out.println("null name -> NullPointerException");
        }
        System.out.println(int.class.getName() + " " + Integer.TYPE + " " + void.class + " " + (Void.TYPE == void.class));
    }
}
