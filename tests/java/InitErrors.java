// Failing static initializers: ExceptionInInitializerError with the cause, then
// NoClassDefFoundError "Could not initialize class X" on every later use; an Error thrown
// directly from <clinit> propagates unwrapped; a failing superclass initializer.
public class InitErrors {
    static boolean fail = true;

    static class Bad {
        static int VALUE = compute();

        static int compute() {
            if (fail) throw new IllegalStateException("boom in clinit");
            return 1;
        }

        static void hello() {
            System.out.println("hello from Bad");
        }
    }

    static class ErrorThrower {
        static {
            if (fail) throw new AssertionError("error in clinit");
        }

        static int v = 1;
    }

    static class BadParent {
        static {
            if (fail) throw new ArithmeticException("parent fails");
        }
    }

    static class GoodChild extends BadParent {
        static int w = 2;
    }

    static void report(Throwable t) {
        System.out.println(t.getClass().getName() + ": " + t.getMessage());
        Throwable c = t.getCause();
        while (c != null) {
            System.out.println("  cause " + c);
            c = c.getCause();
        }
    }

    public static void main(String[] args) {
        try {
            System.out.println(Bad.VALUE);
        } catch (ExceptionInInitializerError e) {
            report(e);
            System.out.println("getException: " + e.getException());
            e.printStackTrace();
        }
        fail = false;
        try {
            Bad.hello();
        } catch (NoClassDefFoundError e) {
            report(e);
        }
        try {
            new Bad();
        } catch (NoClassDefFoundError e) {
            report(e);
        }
        try {
            System.out.println(Bad.VALUE);
        } catch (NoClassDefFoundError e) {
            report(e);
            e.printStackTrace();
        }
        Bad[] array = new Bad[2];
        System.out.println("array of failed class is fine: " + array.length);
        fail = true;
        try {
            System.out.println(ErrorThrower.v);
        } catch (Throwable t) {
            report(t);
        }
        try {
            System.out.println(ErrorThrower.v);
        } catch (Throwable t) {
            report(t);
        }
        try {
            System.out.println(GoodChild.w);
        } catch (Throwable t) {
            report(t);
        }
        fail = false;
        try {
            System.out.println(GoodChild.w);
        } catch (Throwable t) {
            report(t);
        }
        System.out.println("end");
    }
}
