// Thrown when a waiting, sleeping or otherwise occupied thread is interrupted.
package java.lang;

public class InterruptedException extends Exception {

    public InterruptedException() {
        super();
    }

    public InterruptedException(String message) {
        super(message);
    }
}
