// java.nio.channels.Channel: a nexus for I/O operations that is either open or closed.
package java.nio.channels;

import java.io.Closeable;
import java.io.IOException;

public interface Channel extends Closeable {

    boolean isOpen();

    @Override
    void close() throws IOException;
}
