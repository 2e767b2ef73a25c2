// Thrown when a class file version is not supported.
package java.lang;

public class UnsupportedClassVersionError extends ClassFormatError {

    public UnsupportedClassVersionError() {
        super();
    }

    public UnsupportedClassVersionError(String message) {
        super(message);
    }
}
