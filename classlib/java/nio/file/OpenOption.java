// How a file is opened (StandardOpenOption, LinkOption).
package java.nio.file;

public interface OpenOption {
}
