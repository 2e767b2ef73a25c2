// Writes bytes to a file descriptor through the VM's writeBytes0 native. Opening files by name
// is not supported yet; System.out and System.err write to descriptors 1 and 2.
package java.io;

import java.util.Objects;

public class FileOutputStream extends OutputStream {

    private final FileDescriptor fd;
    private volatile boolean closed;

    public FileOutputStream(FileDescriptor fdObj) {
        this.fd = Objects.requireNonNull(fdObj);
    }

    private static native void writeBytes0(int fd, byte[] b, int off, int len) throws IOException;

    @Override
    public void write(int b) throws IOException {
        writeBytes0(fd.fd(), new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b) throws IOException {
        writeBytes0(fd.fd(), b, 0, b.length);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        writeBytes0(fd.fd(), b, off, len);
    }

    @Override
    public void close() throws IOException {
        closed = true;
    }

    public final FileDescriptor getFD() throws IOException {
        return fd;
    }
}
