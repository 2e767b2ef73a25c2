// Stack traces printed with printStackTrace (stderr and stdout) through nested calls,
// constructors, static initializers, lambdas and inner classes, and getStackTrace() elements
// of application frames (class, method, line).
import java.util.function.Supplier;

public class StackTraces {
    static class Inner {
        final int v;

        Inner(int v) {
            if (v < 0) throw new IllegalArgumentException("negative: " + v);
            this.v = v;
        }

        int divide(int by) {
            return v / by;
        }
    }

    static class Holder {
        static int VALUE = compute();

        static int compute() {
            return 1;
        }
    }

    static void level3(int x) {
        if (x > 2) throw new IllegalStateException("too deep: " + x);
        level3(x + 1);
    }

    static void level2() {
        level3(0);
    }

    static void level1() {
        level2();
    }

    static void printApp(Throwable t) {
        StackTraceElement[] trace = t.getStackTrace();
        for (StackTraceElement e : trace) {
            if (e.getClassName().startsWith("java.") || e.getClassName().startsWith("jdk.")) continue;
            System.out.println("  " + e.getClassName() + "." + e.getMethodName() + ":" + e.getLineNumber() + " "
                    + e.getFileName() + " " + e);
        }
    }

    public static void main(String[] args) {
        try {
            level1();
        } catch (IllegalStateException e) {
            System.out.println(e);
            printApp(e);
            e.printStackTrace();
        }
        try {
            new Inner(-5);
        } catch (IllegalArgumentException e) {
            printApp(e);
            e.printStackTrace(System.out);
        }
        try {
            new Inner(5).divide(0);
        } catch (ArithmeticException e) {
            printApp(e);
            e.printStackTrace();
        }
        Supplier<String> s = () -> {
            String str = null;
            if (Holder.VALUE == 1) str = "x".substring(2);
            return str;
        };
        try {
            s.get();
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println(e);
            printApp(e);
        }
        Runnable anon = new Runnable() {
            @Override
            public void run() {
                throw new UnsupportedOperationException("anonymous");
            }
        };
        try {
            anon.run();
        } catch (UnsupportedOperationException e) {
            printApp(e);
            e.printStackTrace();
        }
        Throwable created = new Throwable("created, not thrown");
        printApp(created);
        Exception wrapped = new Exception("wrapper", created);
        wrapped.printStackTrace(System.out);
    }
}
