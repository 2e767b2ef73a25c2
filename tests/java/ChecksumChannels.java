// java.util.zip.Checksum (with its default methods) and CRC32C, and java.nio.channels.Channels
// over byte-array streams: the class-library pieces third-party JNI libraries lean on.
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;

public class ChecksumChannels {

    /** A checksum of our own: only the abstract methods, the rest comes from the defaults. */
    static final class Sum implements Checksum {
        long sum;
        int calls;

        public void update(int b) {
            sum += b & 0xFF;
            calls++;
        }

        public void update(byte[] b, int off, int len) {
            for (int i = off; i < off + len; i++) {
                sum += b[i] & 0xFF;
            }
            calls++;
        }

        public long getValue() {
            return sum;
        }

        public void reset() {
            sum = 0;
        }
    }

    public static void main(String[] args) throws IOException {
        crc32c();
        defaults();
        channels();
    }

    static void crc32c() {
        CRC32C crc = new CRC32C();
        System.out.println("empty " + Long.toHexString(crc.getValue()));
        crc.update("123456789".getBytes(StandardCharsets.US_ASCII));
        System.out.println("check value " + Long.toHexString(crc.getValue()));
        crc.reset();
        for (byte b : "123456789".getBytes(StandardCharsets.US_ASCII)) {
            crc.update(b);
        }
        System.out.println("byte by byte " + Long.toHexString(crc.getValue()));
        crc.reset();
        crc.update(0x1234);  // only the low byte counts
        System.out.println("update(0x1234) " + Long.toHexString(crc.getValue()));

        byte[] data = new byte[1000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31 + (i >> 3));
        }
        for (int len : new int[] {0, 1, 3, 4, 5, 7, 8, 63, 64, 1000}) {
            crc.reset();
            crc.update(data, 0, len);
            long whole = crc.getValue();
            crc.reset();
            crc.update(data, 0, len / 3);
            crc.update(data, len / 3, len - len / 3);
            System.out.println("len " + len + ": " + Long.toHexString(whole) + " split equal " + (whole == crc.getValue()));
        }

        ByteBuffer heap = ByteBuffer.wrap(data, 10, 500);
        crc.reset();
        crc.update(heap);
        System.out.println("heap buffer " + Long.toHexString(crc.getValue()) + " position " + heap.position());
        ByteBuffer direct = ByteBuffer.allocateDirect(data.length);
        direct.put(data).position(10).limit(510);
        crc.reset();
        crc.update(direct);
        System.out.println("direct buffer " + Long.toHexString(crc.getValue()) + " position " + direct.position());
        ByteBuffer readOnly = ByteBuffer.wrap(data, 10, 500).asReadOnlyBuffer();
        crc.reset();
        crc.update(readOnly);
        System.out.println("read-only buffer " + Long.toHexString(crc.getValue()) + " position " + readOnly.position());

        try {
            crc.update(data, 990, 20);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("out of bounds: " + e.getMessage());
        }
        try {
            crc.update(data, -1, 2);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("negative offset: " + e.getMessage());
        }
        try {
            crc.update((byte[]) null, 0, 0);
        } catch (NullPointerException e) {
            System.out.println("null array: NullPointerException");
        }
    }

    static void defaults() {
        Sum sum = new Sum();
        sum.update(new byte[] {1, 2, 3});
        System.out.println("default update(byte[]) " + sum.getValue() + " calls " + sum.calls);
        ByteBuffer direct = ByteBuffer.allocateDirect(10000);
        for (int i = 0; i < 10000; i++) {
            direct.put((byte) i);
        }
        direct.flip();
        sum.reset();
        sum.update(direct);
        System.out.println("default update(direct ByteBuffer) " + sum.getValue() + " calls " + sum.calls
                + " position " + direct.position());
        sum.update(direct);  // nothing remains
        System.out.println("  again " + sum.getValue() + " calls " + sum.calls);
        ByteBuffer heap = ByteBuffer.wrap(new byte[] {5, 6, 7, 8});
        heap.position(1);
        sum.reset();
        sum.update(heap);
        System.out.println("default update(heap ByteBuffer) " + sum.getValue() + " position " + heap.position());
    }

    static void channels() throws IOException {
        byte[] data = new byte[20000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i % 251);
        }
        ReadableByteChannel in = Channels.newChannel(new ByteArrayInputStream(data));
        System.out.println("readable open " + in.isOpen());
        ByteBuffer buffer = ByteBuffer.allocate(12000);
        int n = in.read(buffer);
        System.out.println("read " + n + " position " + buffer.position());
        buffer.clear();
        n = in.read(buffer);
        System.out.println("read " + n + " position " + buffer.position() + " last " + buffer.get(n - 1));
        buffer.clear();
        System.out.println("at end " + in.read(buffer));
        ByteBuffer empty = ByteBuffer.allocate(0);
        System.out.println("into a full buffer " + in.read(empty));
        in.close();
        in.close();
        System.out.println("readable open after close " + in.isOpen());
        try {
            in.read(buffer);
        } catch (ClosedChannelException e) {
            System.out.println("read after close: ClosedChannelException " + e.getMessage());
        }

        // A stream that has nothing available after its first chunk: the read stops there.
        InputStream trickle = new InputStream() {
            int left = 5000;

            public int read() {
                return left-- > 0 ? 7 : -1;
            }

            public int read(byte[] b, int off, int len) {
                int n = Math.min(len, Math.min(100, left));
                if (n <= 0) {
                    return -1;
                }
                for (int i = 0; i < n; i++) {
                    b[off + i] = 7;
                }
                left -= n;
                return n;
            }
        };
        ReadableByteChannel slow = Channels.newChannel(trickle);
        System.out.println("trickle read " + slow.read(ByteBuffer.allocate(1000)));

        ByteArrayOutputStream sink = new ByteArrayOutputStream() {
            boolean closed;

            public void close() {
                if (!closed) {
                    System.out.println("sink closed");
                }
                closed = true;
            }
        };
        WritableByteChannel out = Channels.newChannel(sink);
        ByteBuffer src = ByteBuffer.wrap(data, 100, 17000);
        System.out.println("wrote " + out.write(src) + " position " + src.position() + " sink " + sink.size());
        ByteBuffer direct = ByteBuffer.allocateDirect(300);
        direct.put(data, 0, 300).flip();
        System.out.println("wrote direct " + out.write(direct) + " sink " + sink.size());
        out.close();
        out.close();
        try {
            out.write(ByteBuffer.allocate(1));
        } catch (ClosedChannelException e) {
            System.out.println("write after close: ClosedChannelException");
        }
        try {
            Channels.newChannel((InputStream) null);
        } catch (NullPointerException e) {
            System.out.println("null stream: " + e.getMessage());
        }
    }
}
