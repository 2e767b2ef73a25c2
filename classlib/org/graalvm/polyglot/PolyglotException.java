// An error raised by guest code (here: the NFI) or by a Java callback it called. NFI errors carry
// the NFI's message (with the DSL column or dlerror() text); a Java exception thrown by a
// ProxyExecutable travels through native frames and arrives here as a host exception.
package org.graalvm.polyglot;

public final class PolyglotException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    // What the NFI reported, set by the VM when it raises the exception (see NativeBridge).
    static final int KIND_GUEST = 0;
    static final int KIND_SYNTAX = 1;

    private int kind;
    private final Throwable hostException;

    // Called by the VM with the NFI's message.
    PolyglotException(String message) {
        super(message);
        this.hostException = null;
    }

    PolyglotException(Throwable hostException) {
        super(hostException.getMessage());
        this.hostException = hostException;
    }

    public boolean isHostException() {
        return hostException != null;
    }

    public Throwable asHostException() {
        if (hostException == null) {
            throw new UnsupportedOperationException("Unsupported operation PolyglotException.asHostException(). "
                    + "You can ensure that the operation is supported using PolyglotException.isHostException().");
        }
        return hostException;
    }

    public boolean isGuestException() {
        return hostException == null;
    }

    public boolean isSyntaxError() {
        return kind == KIND_SYNTAX;
    }

    // The NFI has no cancellation, exit or interrupts and reports resource exhaustion as
    // OutOfMemoryError: these answer false because such errors cannot occur.
    public boolean isCancelled() {
        return false;
    }

    public boolean isExit() {
        return false;
    }

    public boolean isInternalError() {
        return false;
    }

    public boolean isResourceExhausted() {
        return false;
    }

    public boolean isInterrupted() {
        return false;
    }
}
