// Thrown when null is used where an object is required. For NPEs the VM throws, getMessage
// computes the helpful message ("Cannot invoke ... because ... is null") from the throwing
// bytecode, lazily and at most once, like the JDK.
package java.lang;

public class NullPointerException extends RuntimeException {

    public NullPointerException() {
        super();
    }

    public NullPointerException(String message) {
        super(message);
    }

    // 0: stack trace not filled in yet; 1: filled in once, message not computed; 2: computed.
    // No initializers: fillInStackTrace runs (from Throwable's constructor) before they would.
    private transient int extendedMessageState;
    private transient String extendedMessage;

    /** The helpful message for the bytecode at the top of the backtrace, or null (see README). */
    private native String getExtendedNPEMessage();

    @Override
    public synchronized Throwable fillInStackTrace() {
        // A second fill-in replaces the backtrace the message is computed from: compute it first.
        if (extendedMessageState == 0) {
            extendedMessageState = 1;
        } else if (extendedMessageState == 1) {
            extendedMessage = getExtendedNPEMessage();
            extendedMessageState = 2;
        }
        return super.fillInStackTrace();
    }

    @Override
    public String getMessage() {
        String message = super.getMessage();
        if (message == null) {
            synchronized (this) {
                if (extendedMessageState == 1) {
                    extendedMessage = getExtendedNPEMessage();
                    extendedMessageState = 2;
                }
                return extendedMessage;
            }
        }
        return message;
    }
}
