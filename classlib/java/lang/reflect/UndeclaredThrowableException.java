// Thrown by a proxy for a checked exception the interface does not declare.
package java.lang.reflect;

public class UndeclaredThrowableException extends RuntimeException {

    public UndeclaredThrowableException(Throwable undeclaredThrowable) {
        super(null, undeclaredThrowable);
    }

    public UndeclaredThrowableException(Throwable undeclaredThrowable, String s) {
        super(s, undeclaredThrowable);
    }

    public Throwable getUndeclaredThrowable() {
        return getCause();
    }
}
