// Thrown when linking cannot find a field.
package java.lang;

public class NoSuchFieldError extends IncompatibleClassChangeError {

    public NoSuchFieldError() {
        super();
    }

    public NoSuchFieldError(String message) {
        super(message);
    }
}
