// Thrown by buffer operations (no message, as in the JDK): InvalidMarkException.
package java.nio;

public class InvalidMarkException extends IllegalStateException {
    public InvalidMarkException() {}
}
