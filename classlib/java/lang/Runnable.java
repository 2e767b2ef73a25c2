// A task with no arguments and no result, run by threads and shutdown hooks.
package java.lang;

@FunctionalInterface
public interface Runnable {
    public abstract void run();
}
