// The root of all exceptions and errors: message, cause chain, suppressed exceptions and the
// stack trace, which the VM records into `backtrace` and decodes into StackTraceElements lazily.
// Printing reproduces HotSpot's format exactly (frames in common, Caused by, Suppressed, cycles).
package java.lang;

import java.io.PrintStream;
import java.io.PrintWriter;

public class Throwable implements java.io.Serializable {

    /** The VM's opaque record of the stack at fillInStackTrace time. */
    private transient Object backtrace;

    private String detailMessage;

    /** `this` means "not yet initialised" (initCause may still be called), as in the JDK. */
    private Throwable cause = this;

    /** UNASSIGNED_STACK until decoded from backtrace; null when the trace is not writable. */
    private StackTraceElement[] stackTrace = UNASSIGNED_STACK;

    /** SUPPRESSED_SENTINEL until something is added; null when suppression is disabled. */
    private Throwable[] suppressedExceptions = SUPPRESSED_SENTINEL;

    private static final StackTraceElement[] UNASSIGNED_STACK = new StackTraceElement[0];
    private static final Throwable[] SUPPRESSED_SENTINEL = new Throwable[0];
    private static final Throwable[] EMPTY_THROWABLE_ARRAY = new Throwable[0];

    private static final String CAUSE_CAPTION = "Caused by: ";
    private static final String SUPPRESSED_CAPTION = "Suppressed: ";

    public Throwable() {
        fillInStackTrace();
    }

    public Throwable(String message) {
        fillInStackTrace();
        detailMessage = message;
    }

    public Throwable(String message, Throwable cause) {
        fillInStackTrace();
        detailMessage = message;
        this.cause = cause;
    }

    public Throwable(Throwable cause) {
        fillInStackTrace();
        detailMessage = (cause == null ? null : cause.toString());
        this.cause = cause;
    }

    protected Throwable(String message, Throwable cause, boolean enableSuppression, boolean writableStackTrace) {
        if (writableStackTrace) {
            fillInStackTrace();
        } else {
            stackTrace = null;
        }
        detailMessage = message;
        this.cause = cause;
        if (!enableSuppression) {
            suppressedExceptions = null;
        }
    }

    // ---- Natives (see classlib/README.md) ----

    private native void fillInStackTrace0();

    private static native StackTraceElement[] decodeBacktrace(Object backtrace);

    // ---- Message and cause ----

    public String getMessage() {
        return detailMessage;
    }

    public String getLocalizedMessage() {
        return getMessage();
    }

    public synchronized Throwable getCause() {
        return (cause == this ? null : cause);
    }

    public synchronized Throwable initCause(Throwable cause) {
        if (this.cause != this) {
            throw new IllegalStateException("Can't overwrite cause with " + (cause == null ? "a null" : cause.toString()), this);
        }
        if (cause == this) {
            throw new IllegalArgumentException("Self-causation not permitted", this);
        }
        this.cause = cause;
        return this;
    }

    public String toString() {
        String s = getClass().getName();
        String message = getLocalizedMessage();
        return (message != null) ? (s + ": " + message) : s;
    }

    // ---- Stack trace ----

    public synchronized Throwable fillInStackTrace() {
        if (stackTrace != null || backtrace != null) {
            fillInStackTrace0();
            stackTrace = UNASSIGNED_STACK;
        }
        return this;
    }

    public StackTraceElement[] getStackTrace() {
        return getOurStackTrace().clone();
    }

    private synchronized StackTraceElement[] getOurStackTrace() {
        if (stackTrace == UNASSIGNED_STACK || (stackTrace == null && backtrace != null)) {
            if (backtrace != null) {
                StackTraceElement[] decoded = decodeBacktrace(backtrace);
                stackTrace = decoded == null ? UNASSIGNED_STACK : decoded;
            }
        } else if (stackTrace == null) {
            return UNASSIGNED_STACK;
        }
        return stackTrace;
    }

    public void setStackTrace(StackTraceElement[] stackTrace) {
        StackTraceElement[] defensiveCopy = stackTrace.clone();
        for (int i = 0; i < defensiveCopy.length; i++) {
            if (defensiveCopy[i] == null) {
                throw new NullPointerException("stackTrace[" + i + "]");
            }
        }
        synchronized (this) {
            if (this.stackTrace == null && backtrace == null) {
                return; // not writable
            }
            this.stackTrace = defensiveCopy;
        }
    }

    // ---- Suppressed exceptions ----

    public final synchronized void addSuppressed(Throwable exception) {
        if (exception == this) {
            throw new IllegalArgumentException("Self-suppression not permitted", exception);
        }
        if (exception == null) {
            throw new NullPointerException("Cannot suppress a null exception.");
        }
        if (suppressedExceptions == null) {
            return;
        }
        Throwable[] old = suppressedExceptions;
        Throwable[] grown = new Throwable[old.length + 1];
        System.arraycopy(old, 0, grown, 0, old.length);
        grown[old.length] = exception;
        suppressedExceptions = grown;
    }

    public final synchronized Throwable[] getSuppressed() {
        if (suppressedExceptions == SUPPRESSED_SENTINEL || suppressedExceptions == null) {
            return EMPTY_THROWABLE_ARRAY;
        }
        return suppressedExceptions.clone();
    }

    // ---- Printing ----

    public void printStackTrace() {
        printStackTrace(System.err);
    }

    public void printStackTrace(PrintStream s) {
        printStackTrace(new LinePrinter(s, null));
    }

    public void printStackTrace(PrintWriter s) {
        printStackTrace(new LinePrinter(null, s));
    }

    /** Either a PrintStream or a PrintWriter, whichever printStackTrace was given. */
    private static final class LinePrinter {
        private final PrintStream stream;
        private final PrintWriter writer;

        LinePrinter(PrintStream stream, PrintWriter writer) {
            this.stream = stream;
            this.writer = writer;
        }

        Object lock() {
            return stream != null ? stream : writer;
        }

        void println(Object o) {
            if (stream != null) {
                stream.println(o);
            } else {
                writer.println(o);
            }
        }
    }

    /** Identity set of the throwables already printed, to detect cycles. */
    private static final class Seen {
        private Throwable[] items = new Throwable[4];
        private int size;

        boolean contains(Throwable t) {
            for (int i = 0; i < size; i++) {
                if (items[i] == t) {
                    return true;
                }
            }
            return false;
        }

        void add(Throwable t) {
            if (size == items.length) {
                Throwable[] grown = new Throwable[size * 2];
                System.arraycopy(items, 0, grown, 0, size);
                items = grown;
            }
            items[size++] = t;
        }
    }

    private void printStackTrace(LinePrinter s) {
        Seen seen = new Seen();
        seen.add(this);
        synchronized (s.lock()) {
            s.println(this);
            StackTraceElement[] trace = getOurStackTrace();
            for (StackTraceElement element : trace) {
                s.println("\tat " + element);
            }
            for (Throwable se : getSuppressed()) {
                se.printEnclosedStackTrace(s, trace, SUPPRESSED_CAPTION, "\t", seen);
            }
            Throwable ourCause = getCause();
            if (ourCause != null) {
                ourCause.printEnclosedStackTrace(s, trace, CAUSE_CAPTION, "", seen);
            }
        }
    }

    /** Prints a cause or suppressed exception, eliding the frames it shares with its encloser. */
    private void printEnclosedStackTrace(LinePrinter s, StackTraceElement[] enclosingTrace, String caption,
            String prefix, Seen seen) {
        if (seen.contains(this)) {
            s.println(prefix + caption + "[CIRCULAR REFERENCE: " + this + "]");
            return;
        }
        seen.add(this);
        StackTraceElement[] trace = getOurStackTrace();
        int m = trace.length - 1;
        int n = enclosingTrace.length - 1;
        while (m >= 0 && n >= 0 && trace[m].equals(enclosingTrace[n])) {
            m--;
            n--;
        }
        int framesInCommon = trace.length - 1 - m;
        s.println(prefix + caption + this);
        for (int i = 0; i <= m; i++) {
            s.println(prefix + "\tat " + trace[i]);
        }
        if (framesInCommon != 0) {
            s.println(prefix + "\t... " + framesInCommon + " more");
        }
        for (Throwable se : getSuppressed()) {
            se.printEnclosedStackTrace(s, trace, SUPPRESSED_CAPTION, prefix + "\t", seen);
        }
        Throwable ourCause = getCause();
        if (ourCause != null) {
            ourCause.printEnclosedStackTrace(s, trace, CAUSE_CAPTION, prefix, seen);
        }
    }
}
