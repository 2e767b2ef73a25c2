// Thrown when a method handle is invoked with the wrong type.
package java.lang.invoke;

public class WrongMethodTypeException extends RuntimeException {

    public WrongMethodTypeException() {
        super();
    }

    public WrongMethodTypeException(String message) {
        super(message);
    }
}
