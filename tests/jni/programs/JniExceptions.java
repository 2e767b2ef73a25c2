// Exceptions across JNI: thrown in native code (Throw, ThrowNew, with and without messages,
// custom classes) and caught in Java; thrown by Java callbacks and inspected, cleared or passed
// on by native code (ExceptionCheck/Occurred/Describe/Clear); ThrowNew on classes that cannot
// be thrown.
public class JniExceptions {
    static { System.loadLibrary("JniExceptions"); }

    static native void throwNew(Class<?> type, String message);
    static native int throwNewResult(Class<?> type, String message);
    static native void throwObject(Throwable t);
    static native String callAndCatch(boolean fail);         // clears the callback's exception
    static native void callAndPropagate() throws AppException; // leaves it pending
    static native String occurredThenClear();
    static native void describe();
    static native int throwThenReturn();                      // the result is ignored
    static native String checkAfterClear();
    static native void throwFromNestedNative();

    static class AppException extends Exception {
        AppException(String message) { super(message); }
    }

    static class NoMessageConstructor extends RuntimeException {
        NoMessageConstructor() { super("made without a message"); }
    }

    abstract static class AbstractFailure extends RuntimeException {
        AbstractFailure(String m) { super(m); }
    }

    static void callback(boolean fail) {
        if (fail) throw new IllegalStateException("callback failed");
    }

    static void failingCallback() throws AppException {
        throw new AppException("from Java");
    }

    static void nested() {
        throwNew(UnsupportedOperationException.class, "inner native");
    }

    public static void main(String[] args) {
        Class<?>[] types = {RuntimeException.class, IllegalArgumentException.class, AppException.class,
                Error.class, OutOfMemoryError.class};
        for (Class<?> type : types) {
            try {
                throwNew(type, "message for " + type.getSimpleName());
                System.out.println("no exception?");
            } catch (Throwable t) {
                System.out.println("caught " + t);
            }
        }
        try {
            throwNew(IllegalStateException.class, null);
        } catch (IllegalStateException e) {
            System.out.println("null message: " + e + " getMessage=" + e.getMessage());
        }
        try {
            throwNew(RuntimeException.class, "caf\u00e9 \u4e2d \ud83d\ude00");
        } catch (RuntimeException e) {
            System.out.println("unicode message: " + e.getMessage().length() + " " + e.getMessage().equals("caf\u00e9 \u4e2d \ud83d\ude00"));
        }
        try {
            throwNew(NoMessageConstructor.class, "x");
        } catch (Throwable t) {
            System.out.println("no (String) constructor: " + t);
        }
        try {
            throwNew(AbstractFailure.class, "x");
        } catch (Throwable t) {
            System.out.println("abstract: " + t);
        }
        IllegalArgumentException prepared = new IllegalArgumentException("prepared");
        try {
            throwObject(prepared);
        } catch (IllegalArgumentException e) {
            System.out.println("Throw: same object " + (e == prepared));
        }
        System.out.println(callAndCatch(false));
        System.out.println(callAndCatch(true));
        try {
            callAndPropagate();
        } catch (AppException e) {
            System.out.println("propagated " + e);
        }
        System.out.println(occurredThenClear());
        System.out.flush();
        describe();
        System.err.flush();
        try {
            System.out.println("result " + throwThenReturn());
        } catch (ArithmeticException e) {
            System.out.println("pending after return: " + e);
        }
        System.out.println(checkAfterClear());
        try {
            throwFromNestedNative();
        } catch (UnsupportedOperationException e) {
            System.out.println("nested: " + e);
        }
        StackTraceElement[] trace = null;
        try {
            throwNew(RuntimeException.class, "trace");
        } catch (RuntimeException e) {
            trace = e.getStackTrace();
        }
        for (StackTraceElement element : trace) {
            if (!element.getClassName().startsWith("java.") && !element.getClassName().startsWith("jdk.")) {
                System.out.println("  at " + element);
            }
        }
        throwNew(IllegalStateException.class, "uncaught from native");
    }
}
