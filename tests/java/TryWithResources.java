// try-with-resources: close order, exceptions from body and from close (suppressed), null
// resources, nested resources, addSuppressed/getSuppressed, and a stack trace with
// "Suppressed:" sections printed to stderr.
public class TryWithResources {
    static class Res implements AutoCloseable {
        final String name;
        final boolean failOnClose;

        Res(String name, boolean failOnClose) {
            this.name = name;
            this.failOnClose = failOnClose;
            System.out.println("open " + name);
        }

        @Override
        public void close() {
            System.out.println("close " + name);
            if (failOnClose) throw new IllegalStateException("close failed: " + name);
        }
    }

    static class Opener {
        static Res open(String name, boolean failOpen) {
            if (failOpen) throw new IllegalArgumentException("cannot open " + name);
            return new Res(name, false);
        }
    }

    static void printSuppressed(Throwable t) {
        System.out.println("caught " + t);
        for (Throwable s : t.getSuppressed()) System.out.println("  suppressed " + s);
    }

    public static void main(String[] args) {
        try (Res a = new Res("a", false); Res b = new Res("b", false)) {
            System.out.println("body " + a.name + b.name);
        }
        try (Res a = new Res("a", true); Res b = new Res("b", true)) {
            System.out.println("body");
            throw new RuntimeException("body failed");
        } catch (RuntimeException e) {
            printSuppressed(e);
        }
        try (Res a = new Res("only-close-fails", true)) {
            System.out.println("body ok");
        } catch (IllegalStateException e) {
            printSuppressed(e);
        }
        try (Res a = new Res("x", true); Res b = new Res("y", true); Res c = new Res("z", false)) {
            System.out.println("body ok, two closes fail");
        } catch (IllegalStateException e) {
            printSuppressed(e);
        }
        try (Res a = null) {
            System.out.println("null resource is fine " + a);
        }
        try (Res a = new Res("first", false); Res b = Opener.open("second", true)) {
            System.out.println("unreachable");
        } catch (IllegalArgumentException e) {
            printSuppressed(e);
        }
        Res outer = new Res("existing", false);
        try (outer) {
            System.out.println("java 9 effectively final resource");
        }
        try (Res a = new Res("outer", true)) {
            try (Res b = new Res("inner", true)) {
                throw new UnsupportedOperationException("deep");
            }
        } catch (UnsupportedOperationException e) {
            printSuppressed(e);
            System.out.println("inner suppressed count " + e.getSuppressed().length);
            System.err.println("--- stack trace with suppressed:");
            e.printStackTrace();
        }
        Exception manual = new Exception("manual");
        manual.addSuppressed(new RuntimeException("s1"));
        manual.addSuppressed(new Error("s2", new RuntimeException("s2-cause")));
        printSuppressed(manual);
        try {
            manual.addSuppressed(manual);
        } catch (IllegalArgumentException e) {
            System.out.println("self-suppression: " + e.getMessage());
        }
        try {
            manual.addSuppressed(null);
        } catch (NullPointerException e) {
            System.out.println("null suppression: " + e.getMessage());
        }
        System.err.println("--- manual:");
        manual.printStackTrace();
    }
}
