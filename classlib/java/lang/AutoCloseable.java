// A resource closed by the try-with-resources statement.
package java.lang;

public interface AutoCloseable {
    void close() throws Exception;
}
