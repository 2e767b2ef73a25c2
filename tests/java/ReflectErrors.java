// Reflection failures and their exact exceptions: unknown classes, members and signatures,
// InvocationTargetException wrapping (with the cause's stack trace), bad arguments and receivers,
// access checks across modules, and final fields.
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

public class ReflectErrors {
    static class Target {
        private int value = 1;
        final int fixed = 2;
        static final int STATIC_FIXED = 3;

        public int get() {
            return value;
        }

        public static int parse(String s) {
            return Integer.parseInt(s);
        }

        public void fail(int depth) throws java.io.IOException {
            if (depth == 0) {
                throw new java.io.IOException("failed at the bottom");
            }
            fail(depth - 1);
        }

        public void error() {
            throw new IllegalStateException("bad state");
        }

        public static void takesPrimitives(int a, boolean b) {
        }

        public static void takesString(String s) {
        }
    }

    static void attempt(String label, ThrowingRunnable r) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (InvocationTargetException e) {
            System.out.println(label + ": " + e + " message=" + e.getMessage() + " cause=" + e.getCause()
                    + " target=" + e.getTargetException());
        } catch (Throwable t) {
            System.out.println(label + ": " + t);
        }
    }

    interface ThrowingRunnable {
        void run() throws Throwable;
    }

    public static void main(String[] args) throws Exception {
        attempt("forName missing", () -> Class.forName("com.example.Missing"));
        attempt("forName slashes", () -> Class.forName("java/lang/String"));
        attempt("forName primitive", () -> Class.forName("int"));
        attempt("forName bad array", () -> Class.forName("[Lnot.There;"));
        attempt("forName null", () -> Class.forName(null));
        attempt("getMethod missing", () -> Target.class.getMethod("nope", int.class, String[].class));
        attempt("getMethod wrong params", () -> Target.class.getMethod("get", int.class));
        attempt("getMethod null param", () -> Target.class.getMethod("get", (Class<?>) null));
        attempt("getDeclaredMethod missing", () -> Target.class.getDeclaredMethod("missing"));
        attempt("getConstructor missing", () -> Target.class.getConstructor(long.class));
        attempt("getField private", () -> Target.class.getField("value"));
        attempt("getDeclaredField missing", () -> Target.class.getDeclaredField("nope"));

        Method parse = Target.class.getMethod("parse", String.class);
        attempt("invoke parse ok", () -> System.out.println(parse.invoke(null, "12")));
        attempt("invoke parse throws", () -> parse.invoke(null, "x1"));
        attempt("invoke too few", () -> parse.invoke(null));
        attempt("invoke too many", () -> parse.invoke(null, "1", "2"));
        attempt("invoke wrong type", () -> parse.invoke(null, 12));
        Method prim = Target.class.getMethod("takesPrimitives", int.class, boolean.class);
        attempt("invoke null primitive", () -> prim.invoke(null, null, true));
        attempt("invoke boolean for int", () -> prim.invoke(null, true, true));
        attempt("invoke int for boolean", () -> prim.invoke(null, 1, 1));
        attempt("invoke long for int", () -> prim.invoke(null, 1L, false));
        attempt("invoke null args array", () -> Target.class.getMethod("get").invoke(new Target(), (Object[]) null));
        Method get = Target.class.getMethod("get");
        attempt("invoke null receiver", () -> get.invoke(null));
        attempt("invoke wrong receiver", () -> get.invoke("string"));
        Method fail = Target.class.getMethod("fail", int.class);
        try {
            fail.invoke(new Target(), 3);
        } catch (InvocationTargetException e) {
            System.out.println("nested cause: " + e.getCause());
            e.getCause().printStackTrace(System.out);
        }
        attempt("runtime exception wrapped", () -> Target.class.getMethod("error").invoke(new Target()));

        Constructor<Target> ctor = Target.class.getDeclaredConstructor();
        attempt("constructor extra arg", () -> ctor.newInstance("x"));

        Field valueField = Integer.class.getDeclaredField("value");
        attempt("private field of java.base", () -> valueField.get(5));
        attempt("setAccessible java.base", () -> {
            try {
                valueField.setAccessible(true);
            } catch (RuntimeException e) {
                System.out.println("  caught " + e.getClass().getName());
                throw new IllegalStateException("rethrown");
            }
        });
        System.out.println("trySetAccessible: " + valueField.trySetAccessible());
        Method isEmpty = String.class.getMethod("isEmpty");
        isEmpty.setAccessible(true);
        System.out.println("public method of java.base made accessible: " + isEmpty.invoke(""));

        Field fixed = Target.class.getDeclaredField("fixed");
        Target t = new Target();
        attempt("set final", () -> fixed.set(t, 5));
        attempt("setInt final", () -> fixed.setInt(t, 5));
        fixed.setAccessible(true);
        attempt("set final accessible", () -> fixed.setInt(t, 5));
        System.out.println("fixed now " + fixed.getInt(t));
        Field staticFixed = Target.class.getDeclaredField("STATIC_FIXED");
        staticFixed.setAccessible(true);
        attempt("set static final accessible", () -> staticFixed.set(null, 9));
        attempt("get with wrong receiver", () -> fixed.get("nope"));
        attempt("get with null receiver", () -> {
            try {
                fixed.get(null);
            } catch (NullPointerException e) {
                throw new NullPointerException("NPE");
            }
        });
        attempt("newInstance of interface", () -> Runnable.class.getDeclaredConstructor());
        attempt("array newInstance void", () -> java.lang.reflect.Array.newInstance(void.class, 1));
        attempt("array negative", () -> java.lang.reflect.Array.newInstance(int.class, -3));
    }
}
