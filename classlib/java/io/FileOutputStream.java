// Writes bytes to a file descriptor through the VM's writeBytes0 native: a file opened by name
// (NativeFiles.open0, created with mode 0666 less the umask) or a descriptor such as System.out's.
package java.io;

import java.util.Objects;
import jdk.internal.io.NativeFiles;

public class FileOutputStream extends OutputStream {

    private final FileDescriptor fd;
    /** Whether close() releases the descriptor (true when this stream opened it). */
    private final boolean ownsDescriptor;
    private volatile boolean closed;

    public FileOutputStream(String name) throws FileNotFoundException {
        this(name != null ? new File(name) : null, false);
    }

    public FileOutputStream(String name, boolean append) throws FileNotFoundException {
        this(name != null ? new File(name) : null, append);
    }

    public FileOutputStream(File file) throws FileNotFoundException {
        this(file, false);
    }

    public FileOutputStream(File file, boolean append) throws FileNotFoundException {
        String name = file != null ? file.getPath() : null;
        if (name == null) {
            throw new NullPointerException();
        }
        int mode = NativeFiles.WRITE | NativeFiles.CREATE | (append ? NativeFiles.APPEND : NativeFiles.TRUNCATE);
        this.fd = new FileDescriptor(FileOpener.open(file, mode));
        this.ownsDescriptor = true;
    }

    public FileOutputStream(FileDescriptor fdObj) {
        this.fd = Objects.requireNonNull(fdObj);
        this.ownsDescriptor = false;
    }

    private static native void writeBytes0(int fd, byte[] b, int off, int len) throws IOException;

    private int openDescriptor() throws IOException {
        if (closed) {
            throw new IOException("Stream Closed");
        }
        return fd.fd();
    }

    @Override
    public void write(int b) throws IOException {
        writeBytes0(openDescriptor(), new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b) throws IOException {
        writeBytes0(openDescriptor(), b, 0, b.length);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        writeBytes0(openDescriptor(), b, off, len);
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
