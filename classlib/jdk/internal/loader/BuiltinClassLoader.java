// The platform and application loaders' common class. Their classes are found by the VM itself
// (src/runtime/class_loader.cpp: parent-first over the builtin chain and the class path), as in
// HotSpot, so loading through them never runs Java delegation code.
package jdk.internal.loader;

import java.net.URL;
import java.security.SecureClassLoader;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

public class BuiltinClassLoader extends SecureClassLoader {

    static {
        if (!ClassLoader.registerAsParallelCapable()) {
            throw new InternalError("Unable to register as parallel capable");
        }
    }

    BuiltinClassLoader(String name, BuiltinClassLoader parent) {
        super(name, parent);
    }

    @Override
    protected Class<?> loadClass(String cn, boolean resolve) throws ClassNotFoundException {
        Class<?> c = checkName(cn) ? loadBuiltinClass0(this, cn, false) : null;
        if (c == null) {
            throw new ClassNotFoundException(cn);
        }
        return c;
    }

    @Override
    protected Class<?> findClass(String cn) throws ClassNotFoundException {
        Class<?> c = checkName(cn) ? loadBuiltinClass0(this, cn, true) : null;
        if (c == null) {
            throw new ClassNotFoundException(cn);
        }
        return c;
    }

    private static boolean checkName(String cn) {
        return cn != null && !cn.isEmpty() && cn.indexOf('/') < 0 && cn.charAt(0) != '[';
    }

    @Override
    public URL findResource(String name) {
        List<URL> urls = BootLoader.urls(this, name, true);
        return urls.isEmpty() ? null : urls.get(0);
    }

    @Override
    public Enumeration<URL> findResources(String name) {
        return Collections.enumeration(BootLoader.urls(this, name, false));
    }

    /**
     * The class `cn` (dots) of this loader, found parent-first, or (ownPathOnly) only on its own
     * class path; null when absent. Other failures (ClassFormatError, ...) are thrown.
     */
    private static native Class<?> loadBuiltinClass0(ClassLoader loader, String cn, boolean ownPathOnly);
}
