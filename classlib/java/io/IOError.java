// Thrown for a serious, unrecoverable I/O error.
package java.io;

public class IOError extends Error {

    public IOError(Throwable cause) {
        super(cause);
    }
}
