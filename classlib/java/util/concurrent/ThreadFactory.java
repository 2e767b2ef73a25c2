// Creates threads on demand (for thread pools).
package java.util.concurrent;

public interface ThreadFactory {
    Thread newThread(Runnable r);
}
