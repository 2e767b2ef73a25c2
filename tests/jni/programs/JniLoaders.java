// JNI with user-defined class loaders: a library belongs to the loader whose class loaded it
// (loading it again from another loader is HotSpot's UnsatisfiedLinkError, and natives of other
// loaders' classes do not find its functions); FindClass in a native method uses the loader of
// the method's class (calling its loadClass); DefineClass defines into the loader it is given.
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.TreeSet;

public class JniLoaders {
    static native int appTwice(int x);

    /** Defined by each test loader on its own: it loads the library and calls into it. */
    public static class Native {
        public static native int twice(int x);
        public static native Class<?> find(String name);
        public static native Class<?> defineIn(ClassLoader loader, String name, byte[] bytes);

        public static String load() {
            try {
                System.loadLibrary("JniLoaders");
                return "loaded";
            } catch (UnsatisfiedLinkError e) {
                return describe(e);
            }
        }
    }

    public static class Peer {
        public static String who() {
            ClassLoader loader = Peer.class.getClassLoader();
            return "a Peer of " + (loader == null ? "bootstrap" : loader.getName());
        }
    }

    public static class Extra {
        public static String hello() {
            return "Extra in " + Extra.class.getClassLoader();
        }
    }

    public static String describe(Throwable t) {
        String message = String.valueOf(t.getMessage()).replaceAll("Native Library .*/(lib[^/]*) ", "Native Library <libs>/$1 ");
        return t.getClass().getName() + ": " + message.replaceAll("@[0-9a-f]+", "@<hash>");
    }

    static byte[] classBytes(String name) throws IOException {
        try (InputStream in = JniLoaders.class.getResourceAsStream("/" + name + ".class")) {
            return in.readAllBytes();
        }
    }

    /** Defines the listed nested classes itself, delegates the rest; logs the names asked for. */
    static class ChildFirst extends ClassLoader {
        final List<String> own;
        final TreeSet<String> asked = new TreeSet<>();

        ChildFirst(String name, String... own) {
            super(name, ClassLoader.getSystemClassLoader());
            this.own = List.of(own);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                if (name.startsWith("JniLoaders") || name.startsWith("No")) {
                    asked.add(name);
                }
                Class<?> c = findLoadedClass(name);
                if (c == null && own.contains(name)) {
                    try {
                        byte[] b = classBytes(name);
                        c = defineClass(name, b, 0, b.length);
                    } catch (IOException e) {
                        throw new ClassNotFoundException(name, e);
                    }
                }
                return c != null ? c : super.loadClass(name, resolve);
            }
        }
    }

    interface Action {
        Object run() throws Throwable;
    }

    static void attempt(String what, Action action) {
        try {
            Object result = action.run();
            System.out.println(what + ": " + (result instanceof Class ? describeClass((Class<?>) result) : result));
        } catch (java.lang.reflect.InvocationTargetException e) {
            System.out.println(what + ": " + describe(e.getCause()));
        } catch (Throwable t) {
            System.out.println(what + ": " + describe(t));
        }
    }

    static String describeClass(Class<?> c) {
        ClassLoader loader = c.getClassLoader();
        return c.getName() + " of " + (loader == null ? "bootstrap" : loader.getName());
    }

    static Object call(Class<?> c, String method, Object... args) throws Throwable {
        for (java.lang.reflect.Method m : c.getMethods()) {
            if (m.getName().equals(method)) {
                return m.invoke(null, args);
            }
        }
        throw new NoSuchMethodException(method);
    }

    public static void main(String[] args) throws Throwable {
        ChildFirst a = new ChildFirst("A", "JniLoaders$Native", "JniLoaders$Peer");
        ChildFirst b = new ChildFirst("B", "JniLoaders$Native", "JniLoaders$Peer");
        Class<?> nativeA = a.loadClass("JniLoaders$Native");
        Class<?> nativeB = b.loadClass("JniLoaders$Native");
        attempt("A loads the library", () -> call(nativeA, "load"));
        attempt("A loads it again", () -> call(nativeA, "load"));
        attempt("A twice(21)", () -> call(nativeA, "twice", 21));
        attempt("B loads the library", () -> call(nativeB, "load"));
        attempt("B twice(21)", () -> call(nativeB, "twice", 21));
        attempt("app appTwice(21)", () -> appTwice(21));
        attempt("app loads the library", () -> {
            System.loadLibrary("JniLoaders");
            return "loaded";
        });

        // FindClass from a native method of A's class goes through A.
        Class<?> peerA = (Class<?>) call(nativeA, "find", "JniLoaders$Peer");
        System.out.println("FindClass(Peer) from A: " + describeClass(peerA) + ", A's own: "
                + (peerA == a.loadClass("JniLoaders$Peer")) + ", not the app's: " + (peerA != Peer.class));
        attempt("Peer.who", () -> call(peerA, "who"));
        attempt("FindClass(String) from A", () -> call(nativeA, "find", "java/lang/String"));
        attempt("FindClass(NoSuchClass) from A", () -> call(nativeA, "find", "NoSuchClass"));
        attempt("FindClass([LJniLoaders$Peer;) from A", () -> call(nativeA, "find", "[LJniLoaders$Peer;"));
        System.out.println("A was asked for " + a.asked);

        // DefineClass into a loader given as argument.
        ChildFirst c = new ChildFirst("C");
        byte[] peerBytes = classBytes("JniLoaders$Peer");
        Class<?> peerC = (Class<?>) call(nativeA, "defineIn", c, "JniLoaders$Peer", peerBytes);
        System.out.println("DefineClass(C, Peer): " + describeClass(peerC) + " distinct: " + (peerC != peerA)
                + ", C finds it: " + (c.loadClass("JniLoaders$Peer") == peerC));
        attempt("Peer.who in C", () -> call(peerC, "who"));
        attempt("DefineClass(C, Peer) again", () -> call(nativeA, "defineIn", c, "JniLoaders$Peer", peerBytes));
        attempt("DefineClass(C, null name)", () -> call(nativeA, "defineIn", c, null, classBytes("JniLoaders$Extra")));
        attempt("DefineClass(C, wrong name)", () -> call(nativeA, "defineIn", c, "Wrong", peerBytes));
        attempt("DefineClass(C, java/lang/Fake)", () -> call(nativeA, "defineIn", c, "java/lang/Fake", peerBytes));
        attempt("DefineClass(C, java.lang.Integer's bytes)", () -> call(nativeA, "defineIn", c, null,
                classBytes("java/lang/Integer")));
        attempt("DefineClass(app, Peer)", () -> call(nativeA, "defineIn", ClassLoader.getSystemClassLoader(),
                "JniLoaders$Peer", peerBytes));
        System.out.println("C was asked for " + c.asked);
    }
}
