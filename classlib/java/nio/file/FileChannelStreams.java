// The byte streams Files.newInputStream/newOutputStream return: a descriptor opened by
// NativeFiles, read and written directly, closed once. Errors become IOExceptions with
// strerror's text, as HotSpot's channel streams report them.
package java.nio.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import jdk.internal.io.NativeFiles;

final class FileChannelStreams {
    private FileChannelStreams() {}

    static final class In extends InputStream {
        private int fd;

        In(int fd) {
            this.fd = fd;
        }

        private int open() throws IOException {
            if (fd < 0) {
                throw new java.nio.channels.ClosedChannelException();
            }
            return fd;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n <= 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, b.length);
            int descriptor = open();
            if (len == 0) {
                return 0;
            }
            int n = NativeFiles.read0(descriptor, b, off, len);
            if (n < 0) {
                throw new IOException(NativeFiles.errorText(n));
            }
            return n == 0 ? -1 : n;
        }

        @Override
        public long skip(long n) throws IOException {
            int descriptor = open();
            if (n <= 0) {
                return 0;
            }
            long position = NativeFiles.seek0(descriptor, 0, 1);
            long size = NativeFiles.seek0(descriptor, 0, 2);
            long target = Math.min(size, position + n);
            NativeFiles.seek0(descriptor, Math.max(target, position), 0);
            return Math.max(0, target - position);
        }

        @Override
        public int available() throws IOException {
            int descriptor = open();
            long position = NativeFiles.seek0(descriptor, 0, 1);
            long size = NativeFiles.seek0(descriptor, 0, 2);
            NativeFiles.seek0(descriptor, position, 0);
            long left = Math.max(0, size - position);
            return (int) Math.min(Integer.MAX_VALUE, left);
        }

        @Override
        public void close() throws IOException {
            if (fd >= 0) {
                int descriptor = fd;
                fd = -1;
                NativeFiles.close0(descriptor);
            }
        }
    }

    static final class Out extends OutputStream {
        private int fd;

        Out(int fd) {
            this.fd = fd;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, b.length);
            if (fd < 0) {
                throw new java.nio.channels.ClosedChannelException();
            }
            int r = NativeFiles.write0(fd, b, off, len);
            if (r < 0) {
                throw new IOException(NativeFiles.errorText(r));
            }
        }

        @Override
        public void close() throws IOException {
            if (fd >= 0) {
                int descriptor = fd;
                fd = -1;
                NativeFiles.close0(descriptor);
            }
        }
    }
}
