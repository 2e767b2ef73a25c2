// System.exit called on a thread other than main: shutdown hooks run (each on its own thread,
// while main is still blocked), the status becomes the process's exit code, and nothing after the
// exit call runs on any thread.
public class SystemExitFromThread {

    public static void main(String[] args) throws Exception {
        Runtime.getRuntime().addShutdownHook(new Thread(() ->
                System.out.println("hook on " + Thread.currentThread().getName()), "exit-hook"));
        Object never = new Object();
        Thread exiter = new Thread(() -> {
            System.out.println("exiter calls System.exit(3)");
            System.exit(3);
            System.out.println("after exit (must not be printed)");
        }, "exiter");
        synchronized (never) {
            exiter.start();
            // Main blocks forever; the exit ends the process anyway.
            never.wait();
        }
        System.out.println("main woke (must not be printed)");
    }
}
