// What a ThreadPoolExecutor does with a task it cannot accept.
package java.util.concurrent;

public interface RejectedExecutionHandler {
    void rejectedExecution(Runnable r, ThreadPoolExecutor executor);
}
