// Thrown by buffer operations (no message, as in the JDK): BufferUnderflowException.
package java.nio;

public class BufferUnderflowException extends RuntimeException {
    public BufferUnderflowException() {}
}
