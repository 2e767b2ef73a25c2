// Reads bytes from a file descriptor through the VM's readBytes0 native: a file opened by name
// (NativeFiles.open0) or a descriptor such as System.in's.
package java.io;

import java.util.Objects;
import jdk.internal.io.NativeFiles;

public class FileInputStream extends InputStream {

    private final FileDescriptor fd;
    /** Whether close() releases the descriptor (true when this stream opened it). */
    private final boolean ownsDescriptor;
    private volatile boolean closed;

    public FileInputStream(String name) throws FileNotFoundException {
        this(name != null ? new File(name) : null);
    }

    public FileInputStream(File file) throws FileNotFoundException {
        String name = file != null ? file.getPath() : null;
        if (name == null) {
            throw new NullPointerException();
        }
        this.fd = new FileDescriptor(FileOpener.open(file, NativeFiles.READ));
        this.ownsDescriptor = true;
    }

    public FileInputStream(FileDescriptor fdObj) {
        this.fd = Objects.requireNonNull(fdObj);
        this.ownsDescriptor = false;
    }

    private static native int readBytes0(int fd, byte[] b, int off, int len) throws IOException;

    private static native int available0(int fd) throws IOException;

    private int openDescriptor() throws IOException {
        if (closed) {
            throw new IOException("Stream Closed");
        }
        return fd.fd();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = readBytes0(openDescriptor(), one, 0, 1);
        return n <= 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b) throws IOException {
        return read(b, 0, b.length);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        int descriptor = openDescriptor();
        if (len == 0) {
            return 0;
        }
        return readBytes0(descriptor, b, off, len);
    }

    @Override
    public long skip(long n) throws IOException {
        int descriptor = openDescriptor();
        long current = NativeFiles.seek0(descriptor, 0, 1);
        if (current < 0) {
            return super.skip(n); // not seekable (a pipe or terminal): read and discard
        }
        long target = NativeFiles.seek0(descriptor, n, 1);
        if (target < 0) {
            throw new IOException(NativeFiles.errorText((int) target));
        }
        return target - current;
    }

    @Override
    public int available() throws IOException {
        return available0(openDescriptor());
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (ownsDescriptor) {
            fd.closeDescriptor();
        }
    }

    public final FileDescriptor getFD() throws IOException {
        return fd;
    }
}
