// Thrown when a static initializer ends with an exception; the VM builds it with
// ExceptionInInitializerError(Throwable), which leaves the message null.
package java.lang;

public class ExceptionInInitializerError extends LinkageError {

    public ExceptionInInitializerError() {
        initCause(null);
    }

    public ExceptionInInitializerError(Throwable thrown) {
        super(null, thrown);
    }

    public ExceptionInInitializerError(String s) {
        super(s, null);
    }

    public Throwable getException() {
        return super.getCause();
    }
}
