// How a file is copied or moved (StandardCopyOption, LinkOption).
package java.nio.file;

public interface CopyOption {
}
