// Thrown when setAccessible cannot make a member of a module's unopened package accessible.
package java.lang.reflect;

public class InaccessibleObjectException extends RuntimeException {
    public InaccessibleObjectException() {
        super();
    }

    public InaccessibleObjectException(String msg) {
        super(msg);
    }
}
