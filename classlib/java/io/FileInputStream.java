// Reads bytes from a file descriptor through the VM's readBytes0 native. Opening files by
// name is not supported yet; System.in reads descriptor 0.
package java.io;

import java.util.Objects;

public class FileInputStream extends InputStream {

    private final FileDescriptor fd;
    private volatile boolean closed;

    public FileInputStream(FileDescriptor fdObj) {
        this.fd = Objects.requireNonNull(fdObj);
    }

    private static native int readBytes0(int fd, byte[] b, int off, int len) throws IOException;

    private static native int available0(int fd) throws IOException;

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = readBytes0(fd.fd(), one, 0, 1);
        return n <= 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b) throws IOException {
        return read(b, 0, b.length);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        return readBytes0(fd.fd(), b, off, len);
    }

    @Override
    public int available() throws IOException {
        return available0(fd.fd());
    }

    @Override
    public void close() throws IOException {
        closed = true;
    }

    public final FileDescriptor getFD() throws IOException {
        return fd;
    }
}
