// Thrown when a file cannot be opened.
package java.io;

public class FileNotFoundException extends IOException {

    public FileNotFoundException() {
        super();
    }

    public FileNotFoundException(String message) {
        super(message);
    }
}
