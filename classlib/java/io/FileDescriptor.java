// An operating-system file descriptor. The VM's natives read the `fd` field.
package java.io;

public final class FileDescriptor {

    private int fd;

    public static final FileDescriptor in = new FileDescriptor(0);
    public static final FileDescriptor out = new FileDescriptor(1);
    public static final FileDescriptor err = new FileDescriptor(2);

    public FileDescriptor() {
        fd = -1;
    }

    private FileDescriptor(int fd) {
        this.fd = fd;
    }

    int fd() {
        return fd;
    }

    public boolean valid() {
        return fd != -1;
    }

    public void sync() throws SyncFailedException {
        // Writes go straight to the descriptor; there is nothing to synchronize.
    }
}
