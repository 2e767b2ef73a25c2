// An attribute set atomically when a file or directory is created (e.g. POSIX permissions).
// islet's Files accepts none yet: passing one is UnsupportedOperationException, as HotSpot
// does for attributes its provider does not know.
package java.nio.file.attribute;

public interface FileAttribute<T> {
    String name();

    T value();
}
