// Uncaught exceptions in threads other than main: the default report on stderr, per-thread
// and default handlers, a ThreadGroup that overrides uncaughtException, a handler that throws,
// errors, and a thread's own exception not affecting main's exit status (0).
public class ThreadUncaught {

    static class Failure extends RuntimeException {
        Failure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static void fail(int depth) {
        if (depth == 0) {
            throw new IllegalStateException("deep failure");
        }
        fail(depth - 1);
    }

    static void runAndJoin(Thread t) throws InterruptedException {
        t.start();
        t.join();
    }

    public static void main(String[] args) throws Exception {
        runAndJoin(new Thread(() -> {
            throw new RuntimeException("boom in a thread");
        }));
        System.out.println("first thread ended");

        runAndJoin(new Thread(() -> fail(3), "deep-thread"));

        runAndJoin(new Thread(() -> {
            try {
                fail(0);
            } catch (IllegalStateException e) {
                throw new Failure("wrapped", e);
            }
        }, "wrapping-thread"));

        Thread handled = new Thread(() -> {
            throw new ArithmeticException("handled by the thread's handler");
        }, "handled");
        handled.setUncaughtExceptionHandler((t, e) ->
                System.out.println("handler of " + t.getName() + " got " + e + " on " + Thread.currentThread().getName()));
        System.out.println("handler set: " + (handled.getUncaughtExceptionHandler() != handled.getThreadGroup()));
        runAndJoin(handled);

        ThreadGroup custom = new ThreadGroup("custom") {
            @Override
            public void uncaughtException(Thread t, Throwable e) {
                System.out.println("group " + getName() + " caught " + e.getMessage() + " from " + t.getName());
            }
        };
        runAndJoin(new Thread(custom, () -> {
            throw new UnsupportedOperationException("group handles this");
        }, "grouped"));

        Thread.setDefaultUncaughtExceptionHandler((t, e) -> System.out.println("default handler: " + t.getName() + " " + e));
        runAndJoin(new Thread(() -> {
            throw new IndexOutOfBoundsException("to the default handler");
        }, "defaulted"));
        // A group that does not override still delegates to the default handler.
        runAndJoin(new Thread(new ThreadGroup("plain"), () -> {
            throw new NullPointerException("via plain group");
        }, "in-plain-group"));
        Thread.setDefaultUncaughtExceptionHandler(null);

        // A handler that throws: the VM reports that on stderr and the thread still ends.
        Thread badHandler = new Thread(() -> {
            throw new RuntimeException("original");
        }, "bad-handler");
        badHandler.setUncaughtExceptionHandler((t, e) -> {
            throw new IllegalArgumentException("the handler fails");
        });
        runAndJoin(badHandler);
        System.out.println("bad-handler state: " + badHandler.getState());

        // Errors are reported the same way.
        runAndJoin(new Thread(() -> {
            throw new AssertionError("an error");
        }, "erring"));

        // Stack overflow inside a thread is caught there.
        String[] result = new String[1];
        Thread deep = new Thread(() -> {
            try {
                recurse(0);
            } catch (StackOverflowError e) {
                result[0] = "caught StackOverflowError in " + Thread.currentThread().getName();
            }
        }, "recursing");
        runAndJoin(deep);
        System.out.println(result[0]);

        System.out.println("main ends normally");
    }

    static int recurse(int n) {
        return recurse(n + 1) + 1;
    }
}
