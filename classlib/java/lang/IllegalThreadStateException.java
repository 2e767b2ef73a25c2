// Thrown when a thread is not in an appropriate state for the requested operation.
package java.lang;

public class IllegalThreadStateException extends IllegalArgumentException {

    public IllegalThreadStateException() {
        super();
    }

    public IllegalThreadStateException(String message) {
        super(message);
    }
}
