// Thrown when linking cannot find a method.
package java.lang;

public class NoSuchMethodError extends IncompatibleClassChangeError {

    public NoSuchMethodError() {
        super();
    }

    public NoSuchMethodError(String message) {
        super(message);
    }
}
