// Thrown when storing an object of the wrong type into an object array.
package java.lang;

public class ArrayStoreException extends RuntimeException {

    public ArrayStoreException() {
        super();
    }

    public ArrayStoreException(String message) {
        super(message);
    }
}
