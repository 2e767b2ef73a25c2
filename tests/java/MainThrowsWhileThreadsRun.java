// main ends with an uncaught exception while a non-daemon thread still works: the exception is
// reported at once (HotSpot's format), the VM still waits for the thread, runs the shutdown
// hook, and exits with status 1.
public class MainThrowsWhileThreadsRun {

    public static void main(String[] args) throws Exception {
        Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("hook runs last")));
        Thread worker = new Thread(() -> {
            try {
                main.join();
                System.out.println("worker: main has ended, state " + main.getState());
                Thread.sleep(100);
            } catch (InterruptedException e) {
                System.out.println("worker interrupted");
            }
            System.out.println("worker: done");
        }, "worker");
        worker.start();
        System.out.println("main throws");
        throw new IllegalStateException("main fails while a worker runs");
    }
}
