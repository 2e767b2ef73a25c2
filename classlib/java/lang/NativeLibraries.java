// System.load/loadLibrary and Runtime.load/loadLibrary: finding a library file (java.library.path,
// the JDK's messages) and handing it to the VM, which opens it once per class loader, runs its
// JNI_OnLoad and from then on links the loader's native methods against it (src/jni/).
package java.lang;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import jdk.internal.reflect.Reflection;

final class NativeLibraries {

    private NativeLibraries() {}

    /**
     * Opens the library at canonicalPath for fromClass's class loader (nothing happens if that
     * loader has it already) and runs its JNI_OnLoad. Throws UnsatisfiedLinkError with the
     * system's reason when it cannot be loaded or asks for a JNI version the VM lacks.
     */
    private static native void load0(String canonicalPath, Class<?> fromClass);

    /**
     * Loads the library linked into the program whose JNI_OnLoad_&lt;name&gt; the process
     * defines, once per class loader; false if there is none.
     */
    private static native boolean loadBuiltin0(String name, Class<?> fromClass);

    static void load(Class<?> fromClass, String filename) {
        File file = new File(filename);
        if (!file.isAbsolute()) {
            throw new UnsatisfiedLinkError("Expecting an absolute path of the library: " + filename);
        }
        if (!loadFile(fromClass, file)) {
            throw new UnsatisfiedLinkError("Can't load library: " + file);
        }
    }

    static void loadLibrary(Class<?> fromClass, String libname) {
        if (libname.indexOf(File.separatorChar) != -1) {
            throw new UnsatisfiedLinkError("Directory separator should not appear in library name: " + libname);
        }
        // A library linked into the program comes first (the JNI specification's static libraries).
        synchronized (NativeLibraries.class) {
            if (loadBuiltin0(libname, fromClass)) {
                return;
            }
        }
        String mapped = System.mapLibraryName(libname);
        boolean boot = fromClass == null || Reflection.isBootClass(fromClass);
        // islet's own natives are built into the VM: its system library path names no library,
        // so only java.library.path is searched (for boot classes, nothing is).
        String pathProperty = boot ? "sun.boot.library.path" : "java.library.path";
        String path = System.getProperty(pathProperty, "");
        if (!boot) {
            for (String dir : parsePath(path)) {
                if (loadFile(fromClass, new File(dir, mapped))) {
                    return;
                }
            }
        }
        throw new UnsatisfiedLinkError("no " + libname + " in "
                + (boot ? "system library path: " : "java.library.path: ") + path);
    }

    /** Path elements split at ':'; an empty element means the current directory. */
    private static List<String> parsePath(String path) {
        List<String> dirs = new ArrayList<>();
        if (path.isEmpty()) {
            return dirs;
        }
        int start = 0;
        while (true) {
            int end = path.indexOf(File.pathSeparatorChar, start);
            String element = end < 0 ? path.substring(start) : path.substring(start, end);
            dirs.add(element.isEmpty() ? "." : element);
            if (end < 0) {
                return dirs;
            }
            start = end + 1;
        }
    }

    private static boolean loadFile(Class<?> fromClass, File file) {
        if (!file.exists()) {
            return false;
        }
        String canonical;
        try {
            canonical = file.getCanonicalPath();
        } catch (IOException e) {
            return false;
        }
        synchronized (NativeLibraries.class) { // one library opens (and runs JNI_OnLoad) at a time
            load0(canonical, fromClass);
        }
        return true;
    }
}
