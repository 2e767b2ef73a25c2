// Thrown when a cast to a type the object is not an instance of fails.
package java.lang;

public class ClassCastException extends RuntimeException {

    public ClassCastException() {
        super();
    }

    public ClassCastException(String message) {
        super(message);
    }
}
