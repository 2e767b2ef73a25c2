// Loading native libraries: System.loadLibrary/load/mapLibraryName and their errors (missing
// library, relative path, a library that cannot be opened, JNI_OnLoad asking for an unknown version or
// throwing), JNI_OnLoad running once per library (with FindClass and GetEnv working inside it),
// name mangling of nested classes, and UnsatisfiedLinkError for a native without a function.
import java.io.File;

public class JniLoading {
    static native String onLoadReport();
    static native int missing(int x);
    static native String withoutLibrary(long a, String[] b);

    static class Inner {
        static native String nativeInner(char c);
    }

    static class Helper {
        static String greet() { return "Helper.greet via the class loader of JNI_OnLoad"; }
    }

    static void attempt(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": ok");
        } catch (Throwable t) {
            String message = String.valueOf(t.getMessage()).replace(libraryDir(), "<libs>");
            System.out.println(what + ": " + t.getClass().getName() + ": " + message);
        }
    }

    static String libraryDir() {
        return System.getProperty("java.library.path");
    }

    public static void main(String[] args) throws Exception {
        System.out.println(System.mapLibraryName("foo") + " " + System.mapLibraryName(""));
        attempt("mapLibraryName(null)", () -> System.mapLibraryName(null));
        attempt("mapLibraryName(long)", () -> System.mapLibraryName("x".repeat(241)));
        System.out.println(System.mapLibraryName("x".repeat(240)).length());
        attempt("loadLibrary(NoSuchLib)", () -> System.loadLibrary("NoSuchLib"));
        attempt("loadLibrary(a/b)", () -> System.loadLibrary("a/b"));
        attempt("load(relative)", () -> System.load("libJniLoading.so"));
        attempt("load(missing)", () -> System.load("/no/such/dir/libx.so"));
        String unresolved = new File(libraryDir(), "libJniLoadingUnresolved.so").getCanonicalPath();
        attempt("load(unresolved symbol)", () -> System.load(unresolved));
        attempt("loadLibrary(JniLoadingUnresolved)", () -> System.loadLibrary("JniLoadingUnresolved"));
        attempt("loadLibrary(JniLoadingBadVersion)", () -> System.loadLibrary("JniLoadingBadVersion"));
        attempt("loadLibrary(JniLoadingThrows)", () -> System.loadLibrary("JniLoadingThrows"));
        attempt("loadLibrary(JniLoadingThrows) again", () -> System.loadLibrary("JniLoadingThrows"));
        attempt("missing before load", () -> missing(1));

        attempt("loadLibrary(JniLoading)", () -> System.loadLibrary("JniLoading"));
        attempt("loadLibrary(JniLoading) again", () -> System.loadLibrary("JniLoading"));
        String path = new File(libraryDir(), "libJniLoading.so").getAbsolutePath();
        attempt("load(absolute path of the same)", () -> System.load(path));
        attempt("Runtime.loadLibrary", () -> Runtime.getRuntime().loadLibrary("JniLoading"));
        System.out.println(onLoadReport());
        System.out.println(Inner.nativeInner('q'));
        attempt("missing", () -> missing(2));
        attempt("withoutLibrary", () -> withoutLibrary(1, null));
        attempt("missing again", () -> missing(3));
    }
}
