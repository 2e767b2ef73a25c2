// The system class loader's Java object ("app", as HotSpot names it): loads through the VM's
// application loader (-cp, parent-first to the class library) and serves the class path's
// resources. Classes loaded from -cp still report a null getClassLoader(): the VM does not yet
// tie its application loader to this object (that arrives with per-loader ClassLoaderData).
package jdk.internal.loader;

import java.io.InputStream;
import java.util.Objects;

public final class ClassPathLoader extends ClassLoader {

    private static final ClassPathLoader INSTANCE = new ClassPathLoader();

    private ClassPathLoader() {
        super("app", null);
    }

    public static ClassLoader instance() {
        return INSTANCE;
    }

    /** Reached after the class library said no: Class.forName with a loader object loads from -cp. */
    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        return Class.forName(name, false, this);
    }

    @Override
    public InputStream getResourceAsStream(String name) {
        Objects.requireNonNull(name);
        return ClassPathResources.application(name);
    }
}
