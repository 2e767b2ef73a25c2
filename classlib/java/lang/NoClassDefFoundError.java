// Thrown when the definition of a class once present can no longer be found.
package java.lang;

public class NoClassDefFoundError extends LinkageError {

    public NoClassDefFoundError() {
        super();
    }

    public NoClassDefFoundError(String message) {
        super(message);
    }
}
