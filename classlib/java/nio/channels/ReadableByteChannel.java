// java.nio.channels.ReadableByteChannel: a channel that reads bytes into a ByteBuffer.
package java.nio.channels;

import java.io.IOException;
import java.nio.ByteBuffer;

public interface ReadableByteChannel extends Channel {

    /** Reads into dst's remaining space; returns the count, or -1 at end of stream. */
    int read(ByteBuffer dst) throws IOException;
}
