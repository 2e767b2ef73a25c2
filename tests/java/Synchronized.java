// Monitors on a single thread: synchronized methods (instance and static), synchronized blocks
// on various objects, reentrancy, exceptions leaving synchronized blocks (monitor released),
// wait/notify ownership errors. Ownership is observed through notify(), which throws
// IllegalMonitorStateException unless the current thread owns the monitor.
public class Synchronized {
    private int count;
    private static int staticCount;
    private final Object lock = new Object();

    static boolean owns(Object o) {
        try {
            o.notify();
            return true;
        } catch (IllegalMonitorStateException e) {
            return false;
        }
    }

    synchronized void increment() {
        count++;
        if (count % 2 == 0) reentrant();
    }

    synchronized void reentrant() {
        count += 10;
    }

    static synchronized void staticIncrement() {
        staticCount++;
    }

    int blockIncrement(int n) {
        for (int i = 0; i < n; i++) {
            synchronized (lock) {
                synchronized (this) {
                    synchronized (lock) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    int throwInside() {
        try {
            synchronized (lock) {
                count++;
                throw new IllegalStateException("inside monitor");
            }
        } catch (IllegalStateException e) {
            return owns(lock) ? -1 : count;
        }
    }

    synchronized int throwFromSyncMethod() {
        throw new UnsupportedOperationException("from synchronized method");
    }

    public static void main(String[] args) throws InterruptedException {
        Synchronized s = new Synchronized();
        for (int i = 0; i < 5; i++) s.increment();
        System.out.println("count after increments " + s.count);
        for (int i = 0; i < 3; i++) staticIncrement();
        System.out.println("static count " + staticCount);
        System.out.println("block increment " + s.blockIncrement(4));
        System.out.println("after throw inside " + s.throwInside());
        try {
            s.throwFromSyncMethod();
        } catch (UnsupportedOperationException e) {
            System.out.println("caught " + e.getMessage() + ", holds lock on s: " + owns(s));
        }
        synchronized (s) {
            System.out.println("holds s inside block: " + owns(s));
            s.increment();
        }
        System.out.println("holds s after block: " + owns(s));
        synchronized (Synchronized.class) {
            staticIncrement();
            System.out.println("holds class lock: " + owns(Synchronized.class));
        }
        Object o = new Object();
        try {
            o.notify();
        } catch (IllegalMonitorStateException e) {
            System.out.println("notify without lock: " + e);
        }
        try {
            o.wait();
        } catch (IllegalMonitorStateException e) {
            System.out.println("wait without lock: " + e);
        }
        synchronized (o) {
            o.notify();
            o.notifyAll();
            System.out.println("notify with lock ok");
        }
        String str = "literal";
        Integer boxed = 1000;
        int[] arr = new int[1];
        synchronized (str) {
            synchronized (boxed) {
                synchronized (arr) {
                    arr[0]++;
                    System.out.println("owns all three: " + owns(str) + owns(boxed) + owns(arr));
                }
            }
        }
        System.out.println("locked string/boxed/array " + arr[0]);
        int total = 0;
        for (int i = 0; i < 100000; i++) {
            synchronized (s.lock) {
                total += i & 3;
            }
        }
        System.out.println("many monitor enters " + total);
    }
}
