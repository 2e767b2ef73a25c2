// The class loader hierarchy, step 1: parent-first delegation to the boot loader (null) and
// findClass for subclasses. Defining classes from bytes arrives with the VM's loader natives.
package java.lang;

public abstract class ClassLoader {

    private final ClassLoader parent;
    private final String name;

    protected ClassLoader(String name, ClassLoader parent) {
        this.name = name;
        this.parent = parent;
    }

    protected ClassLoader(ClassLoader parent) {
        this(null, parent);
    }

    protected ClassLoader() {
        this(null, getSystemClassLoader());
    }

    public String getName() {
        return name;
    }

    public final ClassLoader getParent() {
        return parent;
    }

    /** The application loader's object; classes it loads still report null (see ClassPathLoader). */
    public static ClassLoader getSystemClassLoader() {
        return jdk.internal.loader.ClassPathLoader.instance();
    }

    public static ClassLoader getPlatformClassLoader() {
        return null;
    }

    public Class<?> loadClass(String name) throws ClassNotFoundException {
        return loadClass(name, false);
    }

    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (this) {
            try {
                if (parent != null) {
                    return parent.loadClass(name, false);
                }
                return Class.forName(name, false, null);
            } catch (ClassNotFoundException e) {
                return findClass(name);
            }
        }
    }

    protected Class<?> findClass(String name) throws ClassNotFoundException {
        throw new ClassNotFoundException(name);
    }

    protected final void resolveClass(Class<?> c) {
        if (c == null) {
            throw new NullPointerException();
        }
    }

    public void setDefaultAssertionStatus(boolean enabled) {}

    public void setPackageAssertionStatus(String packageName, boolean enabled) {}

    public void setClassAssertionStatus(String className, boolean enabled) {}

    public void clearAssertionStatus() {}

    // ---- Resources (islet has no java.net, so no URLs: getResource/findResource are absent) ----

    /**
     * Parent first, then the bootstrap loader's resources, as the JDK's getResource delegates.
     * A subclass serves its own resources by overriding this method.
     */
    public java.io.InputStream getResourceAsStream(String name) {
        java.util.Objects.requireNonNull(name);
        return parent != null ? parent.getResourceAsStream(name)
                : jdk.internal.loader.ClassPathResources.boot(name);
    }

    /** The system (application) loader's resource: the bootstrap path, then the class path. */
    public static java.io.InputStream getSystemResourceAsStream(String name) {
        java.util.Objects.requireNonNull(name);
        return jdk.internal.loader.ClassPathResources.application(name);
    }
}
