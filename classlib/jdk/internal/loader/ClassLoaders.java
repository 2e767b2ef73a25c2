// The builtin platform and application class loaders, created once per isolate when the VM
// calls ClassLoader.initSystemClassLoader, and registered with the VM's builtin loader data.
package jdk.internal.loader;

public class ClassLoaders {

    private static final PlatformClassLoader PLATFORM_LOADER;
    private static final AppClassLoader APP_LOADER;

    static {
        PLATFORM_LOADER = new PlatformClassLoader();
        APP_LOADER = new AppClassLoader(PLATFORM_LOADER);
        registerBuiltinLoaders0(PLATFORM_LOADER, APP_LOADER);
    }

    private ClassLoaders() {}

    public static ClassLoader platformClassLoader() {
        return PLATFORM_LOADER;
    }

    public static ClassLoader appClassLoader() {
        return APP_LOADER;
    }

    /** islet's platform loader defines nothing: the whole class library is the boot loader's. */
    private static class PlatformClassLoader extends BuiltinClassLoader {
        static {
            if (!ClassLoader.registerAsParallelCapable()) {
                throw new InternalError();
            }
        }

        PlatformClassLoader() {
            super("platform", null);
        }
    }

    /** The class path (-cp, java.class.path) loader. */
    private static class AppClassLoader extends BuiltinClassLoader {
        static {
            if (!ClassLoader.registerAsParallelCapable()) {
                throw new InternalError();
            }
        }

        AppClassLoader(BuiltinClassLoader parent) {
            super("app", parent);
        }
    }

    // Native (src/natives/loader_natives.cpp): binds the objects to the VM's loader data.
    private static native void registerBuiltinLoaders0(ClassLoader platform, ClassLoader app);
}
