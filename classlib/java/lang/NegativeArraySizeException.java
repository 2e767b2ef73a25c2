// Thrown when creating an array with a negative size.
package java.lang;

public class NegativeArraySizeException extends RuntimeException {

    public NegativeArraySizeException() {
        super();
    }

    public NegativeArraySizeException(String message) {
        super(message);
    }
}
