// An operation on a channel (or a stream over one) after it was closed.
package java.nio.channels;

public class ClosedChannelException extends java.io.IOException {
    public ClosedChannelException() {}
}
