// Thrown when an I/O operation is interrupted.
package java.io;

public class InterruptedIOException extends IOException {

    /** How many bytes had been transferred when the operation was interrupted. */
    public int bytesTransferred = 0;

    public InterruptedIOException() {
        super();
    }

    public InterruptedIOException(String message) {
        super(message);
    }
}
