// A file-system failure reported as DirectoryNotEmptyException; the message is the path.
package java.nio.file;

public class DirectoryNotEmptyException extends FileSystemException {

    public DirectoryNotEmptyException(String dir) {
        super(dir);
    }
}
