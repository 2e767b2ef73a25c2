// The Java side of the invocation-API test hosts: static state to tell VMs apart, thread
// descriptions, system properties, and a native method the hosts register to call back into C.
public class Embedded {
    // First, so that the line in its stack trace stays put when methods are added below.
    public static void throwing() {
        throw new IllegalStateException("thrown by Embedded.throwing");
    }

    static int counter;
    static String label = "unset";

    public static void test(int value) {
        System.out.println("Embedded.test(" + value + ") on thread " + Thread.currentThread().getName());
    }

    public static int increment() {
        return ++counter;
    }

    public static synchronized int incrementSynchronized() {
        return ++counter;
    }

    public static void setLabel(String value) {
        label = value;
    }

    public static String label() {
        return label + " counter=" + counter;
    }

    public static String describeThread() {
        Thread t = Thread.currentThread();
        ThreadGroup group = t.getThreadGroup();
        return "name=" + t.getName() + " daemon=" + t.isDaemon() + " group=" + (group == null ? "null" : group.getName())
                + " alive=" + t.isAlive();
    }

    public static String maxMemory() {
        return (Runtime.getRuntime().maxMemory() >> 20) + " MB";
    }

    public static String property(String name) {
        return String.valueOf(System.getProperty(name));
    }

    public static String properties() {
        return "test.key=" + System.getProperty("test.key") + " test.empty=[" + System.getProperty("test.empty")
                + "] java.library.path=" + System.getProperty("java.library.path") + " java.class.path.set="
                + (System.getProperty("java.class.path").length() > 0);
    }

    // In libembedtest.so (tests/invocation/libraries/embedtest.c).
    public static native String fromLibrary();

    public static String loadAndCall() {
        System.loadLibrary("embedtest");
        return fromLibrary();
    }

    // Registered by the host (RegisterNatives); calls back into C while Java frames are live.
    public static native int nativeCallback(int value);

    public static int callNative(int value) {
        return nativeCallback(value) + 1;
    }

    public static void exit(int status) {
        System.out.println("Embedded.exit(" + status + ")");
        System.exit(status);
    }

    public static void addShutdownHook(String message) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("shutdown hook: " + message)));
    }

    // A Java thread that sleeps, then prints; DestroyJavaVM waits for it unless it is a daemon.
    public static void startWorker(boolean daemon, long millis, String message) {
        Thread worker = new Thread(() -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                System.out.println("worker interrupted");
            }
            System.out.println(message);
        }, daemon ? "daemon-worker" : "worker");
        worker.setDaemon(daemon);
        worker.start();
    }
}
