// Class loaders as in JDK 17: parent-first delegation with getClassLoadingLock, findClass,
// defineClass (the VM gives each loader its own class table, src/runtime/class_loader.hpp),
// findLoadedClass, parallel-capable registration, resources, and the system and platform loaders
// (jdk.internal.loader.ClassLoaders, created by the VM at start-up through initSystemClassLoader).
package java.lang;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.ByteBuffer;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import jdk.internal.loader.BootLoader;
import jdk.internal.loader.BuiltinClassLoader;
import jdk.internal.loader.ClassLoaders;
import jdk.internal.reflect.Reflection;

public abstract class ClassLoader {

    private final ClassLoader parent;
    private final String name;
    // HotSpot's text for this loader in messages ("'name' @1b6d3586", "pkg.Loader @1b6d3586",
    // "'app'"); the VM reads it (classlib/README.md).
    private final String nameAndId;
    // The VM's ClassLoaderData of this loader, 0 until the VM first needs one. Only the VM
    // writes it.
    private transient long loaderData;
    // A parallel-capable loader locks per class name (the map is made on first use: the builtin
    // loaders, parallel capable too, never lock in Java); any other loader locks itself.
    private final boolean parallelCapable;
    private volatile ConcurrentHashMap<String, Object> parallelLockMap;
    private final Module unnamedModule;


    private static volatile ClassLoader systemClassLoader;

    private static Void checkCreateClassLoader(String name) {
        if (name != null && name.isEmpty()) {
            throw new IllegalArgumentException("name must be non-empty or null");
        }
        return null;
    }

    private ClassLoader(Void unused, String name, ClassLoader parent) {
        this.name = name;
        this.parent = parent;
        this.unnamedModule = new Module(this);
        this.parallelCapable = ParallelLoaders.isRegistered(this.getClass());
        this.nameAndId = nameAndId(this);
    }

    protected ClassLoader(String name, ClassLoader parent) {
        this(checkCreateClassLoader(name), name, parent);
    }

    protected ClassLoader(ClassLoader parent) {
        this(checkCreateClassLoader(null), null, parent);
    }

    protected ClassLoader() {
        this(checkCreateClassLoader(null), null, getSystemClassLoader());
    }

    private static String nameAndId(ClassLoader loader) {
        String text = loader.getName() != null ? "'" + loader.getName() + "'" : loader.getClass().getName();
        if (!(loader instanceof BuiltinClassLoader)) {
            text = text + " @" + Integer.toHexString(System.identityHashCode(loader));
        }
        return text;
    }

    public String getName() {
        return name;
    }

    public final ClassLoader getParent() {
        return parent;
    }

    public final Module getUnnamedModule() {
        return unnamedModule;
    }

    // ---- The builtin loaders ----

    /** Called once by the VM at start-up, after System.initPhase1 (as HotSpot's initPhase3). */
    private static void initSystemClassLoader() {
        ClassLoader app = ClassLoaders.appClassLoader();
        systemClassLoader = app;
        Thread.currentThread().setContextClassLoader(app);
    }

    public static ClassLoader getSystemClassLoader() {
        return systemClassLoader;
    }

    public static ClassLoader getPlatformClassLoader() {
        return ClassLoaders.platformClassLoader();
    }

    // ---- Loading ----

    public Class<?> loadClass(String name) throws ClassNotFoundException {
        return loadClass(name, false);
    }

    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                try {
                    if (parent != null) {
                        c = parent.loadClass(name, false);
                    } else {
                        c = findBootstrapClassOrNull(name);
                    }
                } catch (ClassNotFoundException e) {
                    // not found by the parent: this loader's findClass gets its turn
                }
                if (c == null) {
                    c = findClass(name);
                }
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }

    protected Object getClassLoadingLock(String className) {
        if (!parallelCapable) {
            return this;
        }
        ConcurrentHashMap<String, Object> locks = parallelLockMap;
        if (locks == null) {
            synchronized (this) {
                locks = parallelLockMap;
                if (locks == null) {
                    locks = new ConcurrentHashMap<>();
                    parallelLockMap = locks;
                }
            }
        }
        Object newLock = new Object();
        Object lock = locks.putIfAbsent(className, newLock);
        return lock != null ? lock : newLock;
    }

    protected Class<?> findClass(String name) throws ClassNotFoundException {
        throw new ClassNotFoundException(name);
    }

    protected Class<?> findClass(String moduleName, String name) {
        if (moduleName == null) {
            try {
                return findClass(name);
            } catch (ClassNotFoundException e) {
                // fall through
            }
        }
        return null;
    }

    protected final Class<?> findLoadedClass(String name) {
        if (!checkName(name)) {
            return null;
        }
        return findLoadedClass0(name);
    }

    protected final Class<?> findSystemClass(String name) throws ClassNotFoundException {
        return getSystemClassLoader().loadClass(name);
    }

    /** A class of the bootstrap loader, or null. */
    static Class<?> findBootstrapClassOrNull(String name) {
        if (!checkName(name)) {
            return null;
        }
        return findBootstrapClass(name);
    }

    protected final void resolveClass(Class<?> c) {
        if (c == null) {
            throw new NullPointerException();
        }
    }

    /** A binary name as loadClass/defineClass accept it: no '/', no array syntax; null is fine. */
    static boolean checkName(String name) {
        if (name == null || name.isEmpty()) {
            return true;
        }
        return name.indexOf('/') == -1 && name.charAt(0) != '[';
    }

    // ---- Defining ----

    @Deprecated(since = "1.1")
    protected final Class<?> defineClass(byte[] b, int off, int len) throws ClassFormatError {
        return defineClass(null, b, off, len, null);
    }

    protected final Class<?> defineClass(String name, byte[] b, int off, int len) throws ClassFormatError {
        return defineClass(name, b, off, len, null);
    }

    protected final Class<?> defineClass(String name, byte[] b, int off, int len,
            ProtectionDomain protectionDomain) throws ClassFormatError {
        preDefineClass(name);
        return defineClass1(this, name, b, off, len);
    }

    protected final Class<?> defineClass(String name, ByteBuffer b, ProtectionDomain protectionDomain)
            throws ClassFormatError {
        int len = b.remaining();
        if (!b.isDirect() && b.hasArray()) {
            return defineClass(name, b.array(), b.position() + b.arrayOffset(), len, protectionDomain);
        }
        // A direct or read-only buffer: its bytes are copied, and (as in the JDK) its position
        // moves past them only in the non-direct case.
        byte[] copy = new byte[len];
        if (b.isDirect()) {
            b.duplicate().get(copy);
        } else {
            b.get(copy);
        }
        return defineClass(name, copy, 0, len, protectionDomain);
    }

    private void preDefineClass(String name) {
        if (!checkName(name)) {
            throw new NoClassDefFoundError("IllegalName: " + name);
        }
        // Only the bootstrap loader defines java.*; the platform loader, which may in the JDK,
        // defines nothing in islet.
        if (name != null && name.startsWith("java.")) {
            throw new SecurityException("Prohibited package name: " + name.substring(0, name.lastIndexOf('.')));
        }
    }

    // ---- Parallel capability ----

    /** The loader classes registered as parallel capable (a few: a list is enough). */
    private static final class ParallelLoaders {
        private static final Object lock = new Object();
        private static Class<?>[] loaderTypes = {ClassLoader.class, null, null, null, null, null, null, null};
        private static int count = 1;

        static boolean register(Class<? extends ClassLoader> c) {
            synchronized (lock) {
                if (!contains(c.getSuperclass())) {
                    return false;
                }
                if (!contains(c)) {
                    if (count == loaderTypes.length) {
                        loaderTypes = java.util.Arrays.copyOf(loaderTypes, count * 2);
                    }
                    loaderTypes[count++] = c;
                }
                return true;
            }
        }

        static boolean isRegistered(Class<? extends ClassLoader> c) {
            synchronized (lock) {
                return contains(c);
            }
        }

        private static boolean contains(Class<?> c) {
            for (int i = 0; i < count; i++) {
                if (loaderTypes[i] == c) {
                    return true;
                }
            }
            return false;
        }
    }

    protected static boolean registerAsParallelCapable() {
        return ParallelLoaders.register(Reflection.getCallerClass().asSubclass(ClassLoader.class));
    }

    public final boolean isRegisteredAsParallelCapable() {
        return parallelCapable;
    }

    // ---- Resources ----

    public URL getResource(String name) {
        Objects.requireNonNull(name);
        URL url = parent != null ? parent.getResource(name) : BootLoader.findResource(name);
        if (url == null) {
            url = findResource(name);
        }
        return url;
    }

    public Enumeration<URL> getResources(String name) throws IOException {
        Objects.requireNonNull(name);
        List<URL> urls = new ArrayList<>();
        Enumeration<URL> inherited = parent != null ? parent.getResources(name) : BootLoader.findResources(name);
        while (inherited.hasMoreElements()) {
            urls.add(inherited.nextElement());
        }
        Enumeration<URL> own = findResources(name);
        while (own.hasMoreElements()) {
            urls.add(own.nextElement());
        }
        return Collections.enumeration(urls);
    }

    public Stream<URL> resources(String name) {
        Objects.requireNonNull(name);
        try {
            return Collections.list(getResources(name)).stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    protected URL findResource(String name) {
        return null;
    }

    protected URL findResource(String moduleName, String name) throws IOException {
        return moduleName == null ? findResource(name) : null;
    }

    protected Enumeration<URL> findResources(String name) throws IOException {
        return Collections.emptyEnumeration();
    }

    public InputStream getResourceAsStream(String name) {
        Objects.requireNonNull(name);
        URL url = getResource(name);
        try {
            return url != null ? url.openStream() : null;
        } catch (IOException e) {
            return null;
        }
    }

    public static URL getSystemResource(String name) {
        return getSystemClassLoader().getResource(name);
    }

    public static Enumeration<URL> getSystemResources(String name) throws IOException {
        return getSystemClassLoader().getResources(name);
    }

    public static InputStream getSystemResourceAsStream(String name) {
        URL url = getSystemResource(name);
        try {
            return url != null ? url.openStream() : null;
        } catch (IOException e) {
            return null;
        }
    }

    // ---- Assertions ----
    // islet's assertion status comes from -ea alone (Class.desiredAssertionStatus); what a
    // program sets here is not consulted.

    public void setDefaultAssertionStatus(boolean enabled) {}

    public void setPackageAssertionStatus(String packageName, boolean enabled) {}

    public void setClassAssertionStatus(String className, boolean enabled) {}

    public void clearAssertionStatus() {}

    // ---- Natives (src/natives/loader_natives.cpp) ----

    /** Defines in `loader`'s class table; the name (dots) may be null. */
    private static native Class<?> defineClass1(ClassLoader loader, String name, byte[] b, int off, int len);

    private final native Class<?> findLoadedClass0(String name);

    private static native Class<?> findBootstrapClass(String name);
}
