// java.util.zip.Checksum: the interface of running checksums, with the JDK 17 default methods.
// Third-party checksums implement it (lz4-java's XXHash32 streams, snappy-java's CRC32C).
package java.util.zip;

import java.nio.ByteBuffer;

public interface Checksum {

    void update(int b);

    default void update(byte[] b) {
        update(b, 0, b.length);
    }

    void update(byte[] b, int off, int len);

    /** Feeds the buffer's remaining bytes and moves its position to its limit, as the JDK does. */
    default void update(ByteBuffer buffer) {
        int pos = buffer.position();
        int limit = buffer.limit();
        int remaining = limit - pos;
        if (remaining <= 0) {
            return;
        }
        if (buffer.hasArray()) {
            update(buffer.array(), pos + buffer.arrayOffset(), remaining);
        } else {
            byte[] chunk = new byte[Math.min(remaining, 4096)];
            while (buffer.hasRemaining()) {
                int length = Math.min(buffer.remaining(), chunk.length);
                buffer.get(chunk, 0, length);
                update(chunk, 0, length);
            }
        }
        buffer.position(limit);
    }

    long getValue();

    void reset();
}
