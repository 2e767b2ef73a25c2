// Thrown when a class cannot be found by name (Class.forName, ClassLoader.loadClass).
package java.lang;

public class ClassNotFoundException extends ReflectiveOperationException {

    public ClassNotFoundException() {
        super((Throwable) null); // the cause is fixed: initCause is not allowed
    }

    public ClassNotFoundException(String s) {
        super(s, null);
    }

    public ClassNotFoundException(String s, Throwable ex) {
        super(s, ex);
    }

    public Throwable getException() {
        return getCause();
    }
}
