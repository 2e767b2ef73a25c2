// java.nio.channels.WritableByteChannel: a channel that writes bytes from a ByteBuffer.
package java.nio.channels;

import java.io.IOException;
import java.nio.ByteBuffer;

public interface WritableByteChannel extends Channel {

    /** Writes from src's remaining bytes; returns how many were written. */
    int write(ByteBuffer src) throws IOException;
}
