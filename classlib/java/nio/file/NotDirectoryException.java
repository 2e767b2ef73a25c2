// A file-system failure reported as NotDirectoryException; the message is the path.
package java.nio.file;

public class NotDirectoryException extends FileSystemException {

    public NotDirectoryException(String dir) {
        super(dir);
    }
}
