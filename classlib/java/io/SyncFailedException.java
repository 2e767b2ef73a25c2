// Thrown when FileDescriptor.sync cannot guarantee the data reached the device.
package java.io;

public class SyncFailedException extends IOException {
    public SyncFailedException(String desc) {
        super(desc);
    }
}
