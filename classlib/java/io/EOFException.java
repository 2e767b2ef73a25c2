// Thrown when input ends unexpectedly.
package java.io;

public class EOFException extends IOException {

    public EOFException() {
        super();
    }

    public EOFException(String message) {
        super(message);
    }
}
