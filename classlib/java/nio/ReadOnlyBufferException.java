// Thrown by buffer operations (no message, as in the JDK): ReadOnlyBufferException.
package java.nio;

public class ReadOnlyBufferException extends UnsupportedOperationException {
    public ReadOnlyBufferException() {}
}
