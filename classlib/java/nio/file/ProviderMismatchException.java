// A Path from another file-system provider was passed where a Unix path was expected.
package java.nio.file;

public class ProviderMismatchException extends IllegalArgumentException {
    public ProviderMismatchException() {}

    public ProviderMismatchException(String msg) {
        super(msg);
    }
}
