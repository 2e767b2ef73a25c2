// Control flow through exceptions: try/catch/finally order, nested finally, rethrow, an
// exception from finally replacing the original, return overridden in finally, catch by
// supertype, multi-catch, exceptions crossing several frames, catch order.
public class ExceptionFlow {
    static StringBuilder log = new StringBuilder();

    static void log(String s) {
        log.append(s).append(' ');
    }

    static int basic(int mode) {
        try {
            log("try");
            if (mode == 1) throw new IllegalStateException("one");
            if (mode == 2) throw new IllegalArgumentException("two");
            if (mode == 3) return 30;
            log("try-end");
        } catch (IllegalStateException e) {
            log("catch-ISE:" + e.getMessage());
            return 10;
        } catch (RuntimeException e) {
            log("catch-RE:" + e.getMessage());
        } finally {
            log("finally");
        }
        log("after");
        return 0;
    }

    @SuppressWarnings("finally")
    static int finallyOverridesReturn() {
        try {
            return 1;
        } finally {
            return 2;
        }
    }

    static int finallySeesOldValue() {
        int x = 1;
        try {
            return x;
        } finally {
            x = 99;
            log("x=" + x);
        }
    }

    @SuppressWarnings("finally")
    static void finallyThrows() {
        try {
            throw new IllegalStateException("original");
        } finally {
            throw new UnsupportedOperationException("from finally");
        }
    }

    @SuppressWarnings("finally")
    static String finallySwallows() {
        try {
            throw new IllegalStateException("lost");
        } finally {
            return "swallowed";
        }
    }

    static void nested() {
        try {
            try {
                try {
                    log("inner");
                    throw new ArithmeticException("deep");
                } finally {
                    log("f1");
                }
            } catch (NullPointerException e) {
                log("wrong-catch");
            } finally {
                log("f2");
            }
        } catch (ArithmeticException e) {
            log("outer-catch:" + e.getMessage());
        } finally {
            log("f3");
        }
    }

    static void rethrow() throws Exception {
        try {
            throw new java.io.IOException("io");
        } catch (Exception e) {
            log("rethrowing " + e.getClass().getSimpleName());
            throw e;
        }
    }

    static void multiCatch(int k) {
        try {
            switch (k) {
                case 0: throw new IllegalArgumentException("iae");
                case 1: throw new ArrayIndexOutOfBoundsException(7);
                case 2: throw new UnsupportedOperationException("uoe");
                default: log("none");
            }
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            log("multi:" + e.getMessage());
        } catch (RuntimeException e) {
            log("runtime:" + e.getMessage());
        }
    }

    static int depth(int n) {
        if (n == 0) throw new RuntimeException("bottom");
        try {
            return depth(n - 1) + 1;
        } finally {
            if (n % 2 == 0) log("unwind" + n);
        }
    }

    static int loopWithFinally() {
        int count = 0;
        for (int i = 0; i < 5; i++) {
            try {
                if (i == 1) continue;
                if (i == 3) break;
                count += 10;
            } finally {
                count++;
            }
        }
        return count;
    }

    static void errors() {
        try {
            throw new AssertionError("assert-ish");
        } catch (Exception e) {
            log("not here");
        } catch (Error e) {
            log("error:" + e.getMessage());
        }
        try {
            throw new StackOverflowError();
        } catch (Throwable t) {
            log("throwable:" + t);
        }
    }

    public static void main(String[] args) {
        for (int mode = 0; mode <= 3; mode++) {
            int r = basic(mode);
            log("=>" + r);
            System.out.println(log);
            log.setLength(0);
        }
        System.out.println("finallyOverridesReturn " + finallyOverridesReturn());
        System.out.println("finallySeesOldValue " + finallySeesOldValue() + " " + log);
        log.setLength(0);
        try {
            finallyThrows();
        } catch (RuntimeException e) {
            System.out.println("finallyThrows: " + e + " suppressed=" + e.getSuppressed().length);
        }
        System.out.println("finallySwallows " + finallySwallows());
        nested();
        System.out.println(log);
        log.setLength(0);
        try {
            rethrow();
        } catch (Exception e) {
            log("caught " + e);
        }
        System.out.println(log);
        log.setLength(0);
        for (int k = 0; k < 4; k++) multiCatch(k);
        System.out.println(log);
        log.setLength(0);
        try {
            depth(6);
        } catch (RuntimeException e) {
            log("depth:" + e.getMessage());
        }
        System.out.println(log);
        log.setLength(0);
        System.out.println("loopWithFinally " + loopWithFinally());
        errors();
        System.out.println(log);
        Throwable t = new Exception("base");
        System.out.println(t + " | " + t.getMessage() + " | " + t.getLocalizedMessage() + " | " + t.getCause());
        System.out.println(new RuntimeException((String) null) + " | " + new Error());
        System.out.println(new RuntimeException(new IllegalStateException("inner")));
        System.out.println(new RuntimeException(new IllegalStateException("inner")).getMessage());
    }
}
