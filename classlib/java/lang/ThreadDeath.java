// Thrown in a thread stopped by Thread.stop; the default uncaught handler ignores it silently.
package java.lang;

@Deprecated(since = "9")
public class ThreadDeath extends Error {
    public ThreadDeath() {}
}
