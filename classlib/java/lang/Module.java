// Modules as far as islet has them: the class library is the named module java.base, and every
// other class is in the unnamed module of its class loader (ClassLoader.getUnnamedModule).
// Class.getModule and JNI's GetModule return these.
package java.lang;

public final class Module {

    private static final Module JAVA_BASE = new Module("java.base", null);

    private final String name;
    private final ClassLoader loader;

    private Module(String name, ClassLoader loader) {
        this.name = name;
        this.loader = loader;
    }

    /** The unnamed module of `loader` (ClassLoader's constructor makes it). */
    Module(ClassLoader loader) {
        this(null, loader);
    }

    static Module of(Class<?> c) {
        while (c.isArray()) {
            c = c.getComponentType();
        }
        if (c.isPrimitive() || jdk.internal.reflect.Reflection.isBootClass(c)) {
            return JAVA_BASE;
        }
        return c.getClassLoader0().getUnnamedModule();
    }

    /** The module's name; null for an unnamed module. */
    public String getName() {
        return name;
    }

    public boolean isNamed() {
        return name != null;
    }

    public ClassLoader getClassLoader() {
        return loader;
    }

    public String toString() {
        return isNamed() ? "module " + name : "unnamed module @" + Integer.toHexString(hashCode());
    }
}
