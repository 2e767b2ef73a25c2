// java.nio.channels.Channels: channels over java.io streams (newChannel), as the JDK's adapters
// behave: reads and writes go through a byte[] of at most 8 KiB, a read stops early once it has
// something and the stream has nothing available, and closing the channel closes the stream.
// (The JDK hands a plain FileInputStream/FileOutputStream its FileChannel; islet has no
// FileChannel, so those get the same adapters.)
package java.nio.channels;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.Objects;

public final class Channels {

    private static final int TRANSFER_SIZE = 8192;

    private Channels() {}

    public static ReadableByteChannel newChannel(InputStream in) {
        Objects.requireNonNull(in, "in");
        return new StreamReadChannel(in);
    }

    public static WritableByteChannel newChannel(OutputStream out) {
        Objects.requireNonNull(out, "out");
        return new StreamWriteChannel(out);
    }

    /** Open until closed; closing twice is harmless. Subclasses close their stream once. */
    private abstract static class StreamChannel implements Channel {
        private boolean open = true;
        private byte[] buf = new byte[0];

        public final synchronized boolean isOpen() {
            return open;
        }

        public final synchronized void close() throws IOException {
            if (open) {
                open = false;
                closeStream();
            }
        }

        final void ensureOpen() throws ClosedChannelException {
            if (!isOpen()) {
                throw new ClosedChannelException();
            }
        }

        abstract void closeStream() throws IOException;

        /** The transfer buffer, grown to hold the next step of at most TRANSFER_SIZE bytes. */
        final byte[] transferBuffer(int remaining) {
            int size = Math.min(remaining, TRANSFER_SIZE);
            if (buf.length < size) {
                buf = new byte[size];
            }
            return buf;
        }
    }

    private static final class StreamReadChannel extends StreamChannel implements ReadableByteChannel {
        private final InputStream in;

        StreamReadChannel(InputStream in) {
            this.in = in;
        }

        public synchronized int read(ByteBuffer dst) throws IOException {
            ensureOpen();
            int len = dst.remaining();
            int totalRead = 0;
            int bytesRead = 0;
            while (totalRead < len) {
                int bytesToRead = Math.min(len - totalRead, TRANSFER_SIZE);
                byte[] buf = transferBuffer(bytesToRead);
                if (totalRead > 0 && in.available() <= 0) {
                    break;  // do not block once something has been read
                }
                bytesRead = in.read(buf, 0, bytesToRead);
                if (bytesRead < 0) {
                    break;
                }
                totalRead += bytesRead;
                dst.put(buf, 0, bytesRead);
            }
            return bytesRead < 0 && totalRead == 0 ? -1 : totalRead;
        }

        void closeStream() throws IOException {
            in.close();
        }
    }

    private static final class StreamWriteChannel extends StreamChannel implements WritableByteChannel {
        private final OutputStream out;

        StreamWriteChannel(OutputStream out) {
            this.out = out;
        }

        public synchronized int write(ByteBuffer src) throws IOException {
            ensureOpen();
            int len = src.remaining();
            int totalWritten = 0;
            while (totalWritten < len) {
                int bytesToWrite = Math.min(len - totalWritten, TRANSFER_SIZE);
                byte[] buf = transferBuffer(bytesToWrite);
                src.get(buf, 0, bytesToWrite);
                out.write(buf, 0, bytesToWrite);
                totalWritten += bytesToWrite;
            }
            return totalWritten;
        }

        void closeStream() throws IOException {
            out.close();
        }
    }
}
