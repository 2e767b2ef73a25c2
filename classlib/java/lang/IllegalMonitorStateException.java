// Thrown when a thread waits on or notifies a monitor it does not own.
package java.lang;

public class IllegalMonitorStateException extends RuntimeException {

    public IllegalMonitorStateException() {
        super();
    }

    public IllegalMonitorStateException(String message) {
        super(message);
    }
}
