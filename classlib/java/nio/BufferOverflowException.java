// Thrown by buffer operations (no message, as in the JDK): BufferOverflowException.
package java.nio;

public class BufferOverflowException extends RuntimeException {
    public BufferOverflowException() {}
}
