// Thrown when retrieving the result of a task that was cancelled.
package java.util.concurrent;

public class CancellationException extends IllegalStateException {

    private static final long serialVersionUID = -9202173006928992231L;

    public CancellationException() {}

    public CancellationException(String message) {
        super(message);
    }

    public CancellationException(String message, Throwable cause) {
        super(message, cause);
    }
}
