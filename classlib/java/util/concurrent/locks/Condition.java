// A wait set attached to a Lock (await releases the lock, signal wakes a waiter).
// islet has no java.util.Date yet, so awaitUntil(Date) is absent.
package java.util.concurrent.locks;

import java.util.concurrent.TimeUnit;

public interface Condition {
    void await() throws InterruptedException;

    void awaitUninterruptibly();

    long awaitNanos(long nanosTimeout) throws InterruptedException;

    boolean await(long time, TimeUnit unit) throws InterruptedException;

    void signal();

    void signalAll();
}
