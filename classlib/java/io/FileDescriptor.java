// An operating-system file descriptor. The VM's natives read the `fd` field.
package java.io;

import jdk.internal.io.NativeFiles;

public final class FileDescriptor {

    private int fd;

    public static final FileDescriptor in = new FileDescriptor(0);
    public static final FileDescriptor out = new FileDescriptor(1);
    public static final FileDescriptor err = new FileDescriptor(2);

    public FileDescriptor() {
        fd = -1;
    }

    FileDescriptor(int fd) {
        this.fd = fd;
    }

    int fd() {
        return fd;
    }

    /** Closes the descriptor once; afterwards the object is invalid (fd -1), as in the JDK. */
    void closeDescriptor() throws IOException {
        int descriptor = fd;
        if (descriptor == -1) {
            return;
        }
        fd = -1;
        int r = NativeFiles.close0(descriptor);
        if (r < 0) {
            throw new IOException(NativeFiles.errorText(r));
        }
    }

    public boolean valid() {
        return fd != -1;
    }

    public void sync() throws SyncFailedException {
        // Writes go straight to the descriptor; there is nothing to synchronize.
    }
}
