// User-defined class loaders: the builtin loader objects, defineClass from bytes (the test's own
// nested class files, read as resources) in child-first loaders, so that one name becomes several
// classes with separate statics; delegation, findLoadedClass, getClassLoadingLock and parallel
// capability; resolution of a loader's classes through its loadClass; HotSpot's errors and their
// messages (identity hashes masked); resources; collection with loaders reachable only through
// their classes' objects.
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.ByteBuffer;
import java.security.SecureClassLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;

public class ClassLoaders {

    /** Defined again by each test loader; its statics must be separate. */
    public static class Payload {
        public static int counter;
        static {
            System.out.println("  <clinit> of a Payload in " + describe(Payload.class.getClassLoader()));
        }
        public int bump() {
            return ++counter;
        }
        public Object helper() {
            return new Helper();
        }
        public String helperLoader() {
            return describe(new Helper().getClass().getClassLoader());
        }
        public void boom() {
            throw new IllegalStateException("boom");
        }
    }

    public static class Helper {
        public String toString() {
            return "a Helper";
        }
    }

    public interface Shape {
        int sides();
    }

    public static class Square implements Shape {
        public int sides() {
            return 4;
        }
    }

    public static String describe(ClassLoader loader) {
        if (loader == null) {
            return "bootstrap";
        }
        String name = loader.getName();
        return name != null ? name : loader.getClass().getName();
    }

    static String masked(Throwable t) {
        return t.toString().replaceAll("@[0-9a-f]+", "@<hash>");
    }

    static byte[] classBytes(String name) throws IOException {
        try (InputStream in = ClassLoaders.class.getResourceAsStream("/" + name.replace('.', '/') + ".class")) {
            if (in == null) {
                throw new IOException("no class file for " + name);
            }
            return in.readAllBytes();
        }
    }

    /** Locks itself while loading: not registered as parallel capable. */
    static class Plain extends ClassLoader {
        Plain() {
            super("plain", ClassLoader.getSystemClassLoader());
        }

        Object lockFor(String name) {
            return getClassLoadingLock(name);
        }
    }

    /**
     * Defines the nested classes named in `own` itself (child-first) and delegates everything
     * else; records every name the VM or Java asked it for.
     */
    static class ChildFirst extends ClassLoader {
        static {
            System.out.println("ChildFirst registerAsParallelCapable: " + registerAsParallelCapable());
        }

        final List<String> own;
        final TreeSet<String> asked = new TreeSet<>();
        String failFor;        // findClass throws ClassNotFoundException for this name
        Class<?> answerFor;    // ... or answers with this (wrong) class for failFor

        ChildFirst(String name, String... own) {
            super(name, ClassLoader.getSystemClassLoader());
            this.own = List.of(own);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                if (name.startsWith("ClassLoaders$")) {
                    asked.add(name);
                }
                Class<?> c = findLoadedClass(name);
                if (c == null && name.equals(failFor)) {
                    if (answerFor != null) {
                        return answerFor;
                    }
                    throw new ClassNotFoundException("refused " + name);
                }
                if (c == null && own.contains(name)) {
                    c = findClass(name);
                }
                return c != null ? c : super.loadClass(name, resolve);
            }
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            try {
                byte[] b = classBytes(name);
                return defineClass(name, b, 0, b.length);
            } catch (IOException e) {
                throw new ClassNotFoundException(name, e);
            }
        }

        Class<?> define(String name, byte[] b, int off, int len) {
            return defineClass(name, b, off, len);
        }

        Class<?> defineFromBuffer(String name, ByteBuffer b) {
            return defineClass(name, b, null);
        }

        Class<?> loaded(String name) {
            return findLoadedClass(name);
        }

        Object lockFor(String name) {
            return getClassLoadingLock(name);
        }
    }

    static class Parallel extends ChildFirst {
        static {
            System.out.println("Parallel registerAsParallelCapable: " + registerAsParallelCapable());
        }

        Parallel(String name, String... own) {
            super(name, own);
        }
    }

    static class Secure extends SecureClassLoader {
        Secure() {
            super("secure", null);
        }

        Class<?> define(byte[] b) {
            return defineClass(null, b, 0, b.length, (java.security.CodeSource) null);
        }
    }

    public static void main(String[] args) throws Exception {
        builtinLoaders();
        separateClasses();
        delegationAndLocks();
        resolutionThroughLoaders();
        errors();
        resources();
        collection();
    }

    static void builtinLoaders() throws Exception {
        System.out.println("== builtin loaders");
        ClassLoader app = ClassLoader.getSystemClassLoader();
        ClassLoader platform = ClassLoader.getPlatformClassLoader();
        System.out.println(app.getClass().getName() + " named " + app.getName());
        System.out.println(platform.getClass().getName() + " named " + platform.getName());
        System.out.println("app parent is platform: " + (app.getParent() == platform) + ", platform parent: "
                + platform.getParent());
        System.out.println("this class: " + (ClassLoaders.class.getClassLoader() == app) + ", nested arrays: "
                + (Payload[][].class.getClassLoader() == app));
        System.out.println("String: " + String.class.getClassLoader() + ", int[]: " + int[].class.getClassLoader()
                + ", int: " + int.class.getClassLoader());
        System.out.println("context loader: " + (Thread.currentThread().getContextClassLoader() == app));
        Thread t = new Thread(() -> System.out.println("new thread's context loader: "
                + (Thread.currentThread().getContextClassLoader() == app)));
        t.start();
        t.join();
        System.out.println("loadClass: " + (app.loadClass("ClassLoaders$Payload") == Payload.class) + " "
                + app.loadClass("java.lang.String") + " " + platform.loadClass("java.util.ArrayList"));
        try {
            platform.loadClass("ClassLoaders");
        } catch (ClassNotFoundException e) {
            System.out.println("platform loader: " + e);
        }
        try {
            Class.forName("ClassLoaders", false, null);
        } catch (ClassNotFoundException e) {
            System.out.println("bootstrap loader: " + e);
        }
        System.out.println("parallel capable: app " + app.isRegisteredAsParallelCapable() + ", platform "
                + platform.isRegisteredAsParallelCapable());
        System.out.println("unnamed module of app: " + (ClassLoaders.class.getModule() == app.getUnnamedModule())
                + " named=" + ClassLoaders.class.getModule().isNamed());
    }

    static void separateClasses() throws Exception {
        System.out.println("== one name, three classes");
        ChildFirst one = new ChildFirst("one", "ClassLoaders$Payload", "ClassLoaders$Helper");
        ChildFirst two = new ChildFirst(null, "ClassLoaders$Payload", "ClassLoaders$Helper");
        Class<?> p1 = one.loadClass("ClassLoaders$Payload");
        Class<?> p2 = Class.forName("ClassLoaders$Payload", true, two);
        System.out.println("distinct: " + (p1 != p2) + " " + (p1 != Payload.class) + " " + (p2 != Payload.class));
        System.out.println("same name: " + p1.getName().equals(Payload.class.getName()));
        System.out.println("loaders: " + describe(p1.getClassLoader()) + ", " + describe(p2.getClassLoader()));
        System.out.println("loadClass again: " + (one.loadClass("ClassLoaders$Payload") == p1)
                + ", forName: " + (Class.forName("ClassLoaders$Payload", false, one) == p1));
        Object o1 = p1.getDeclaredConstructor().newInstance();
        Object o2 = p2.getDeclaredConstructor().newInstance();
        for (int i = 0; i < 3; i++) {
            p1.getMethod("bump").invoke(o1);
        }
        p2.getMethod("bump").invoke(o2);
        new Payload().bump();
        System.out.println("counters: " + p1.getField("counter").get(null) + " " + p2.getField("counter").get(null)
                + " " + Payload.counter);
        System.out.println("instanceof: " + (o1 instanceof Payload) + ", isInstance: " + p1.isInstance(o2));
        System.out.println("helper's loader: " + p1.getMethod("helperLoader").invoke(o1));
        try {
            Payload p = (Payload) o1;
            System.out.println("cast succeeded: " + p);
        } catch (ClassCastException e) {
            System.out.println(masked(e));
        }
        try {
            p2.cast(o1);
        } catch (ClassCastException e) {
            System.out.println(masked(e));
        }
        Object[] array = (Object[]) java.lang.reflect.Array.newInstance(p1, 2);
        System.out.println("array class loader: " + describe(array.getClass().getClassLoader())
                + ", component: " + (array.getClass().getComponentType() == p1));
        try {
            array[0] = o2;
        } catch (ArrayStoreException e) {
            System.out.println(masked(e));
        }
        System.out.println("modules: " + (p1.getModule() != p2.getModule()) + " "
                + (p1.getModule() == one.getUnnamedModule()) + " " + (p1.getModule().getClassLoader() == one));
        // Interfaces shared through the parent, implementations defined twice.
        ChildFirst shapes = new ChildFirst("shapes", "ClassLoaders$Square");
        Class<?> square = shapes.loadClass("ClassLoaders$Square");
        Shape s = (Shape) square.getDeclaredConstructor().newInstance();
        System.out.println("shared interface: " + s.sides() + " " + (square != Square.class)
                + " " + Shape.class.isAssignableFrom(square));
    }

    static void delegationAndLocks() throws Exception {
        System.out.println("== delegation, findLoadedClass, locks");
        ChildFirst plain = new ChildFirst("plain", "ClassLoaders$Helper");
        System.out.println("before: " + plain.loaded("ClassLoaders$Helper"));
        Class<?> h = plain.loadClass("ClassLoaders$Helper");
        System.out.println("after: " + (plain.loaded("ClassLoaders$Helper") == h) + ", delegated String: "
                + (plain.loadClass("java.lang.String") == String.class) + ", findLoadedClass(String): "
                + plain.loaded("java.lang.String"));
        System.out.println("findLoadedClass of bad names: " + plain.loaded("a/b") + " " + plain.loaded("[I"));
        Plain locked = new Plain();
        System.out.println("non-parallel lock is the loader: " + (locked.lockFor("x") == locked)
                + ", parallel capable: " + locked.isRegisteredAsParallelCapable());
        Parallel parallel = new Parallel("parallel", "ClassLoaders$Helper", "ClassLoaders$Payload");
        System.out.println("parallel lock per name: " + (parallel.lockFor("a") == parallel.lockFor("a")) + " "
                + (parallel.lockFor("a") != parallel.lockFor("b")) + " " + (parallel.lockFor("a") != parallel)
                + ", parallel capable: " + parallel.isRegisteredAsParallelCapable());
        // Four threads load the same classes through one parallel-capable loader at once.
        Class<?>[][] seen = new Class<?>[4][];
        Thread[] threads = new Thread[4];
        for (int i = 0; i < threads.length; i++) {
            int index = i;
            threads[i] = new Thread(() -> {
                try {
                    seen[index] = new Class<?>[] {parallel.loadClass("ClassLoaders$Payload"),
                            parallel.loadClass("ClassLoaders$Helper")};
                } catch (ClassNotFoundException e) {
                    throw new RuntimeException(e);
                }
            });
            threads[i].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        boolean same = true;
        for (Class<?>[] pair : seen) {
            same &= pair[0] == seen[0][0] && pair[1] == seen[0][1] && pair[0].getClassLoader() == parallel;
        }
        System.out.println("four threads saw one class per name: " + same);
        Secure secure = new Secure();
        Class<?> viaSecure = secure.define(classBytes("ClassLoaders$Helper"));
        System.out.println("SecureClassLoader: " + viaSecure.getName() + " in " + describe(viaSecure.getClassLoader())
                + " " + (viaSecure != Helper.class));
    }

    static void resolutionThroughLoaders() throws Exception {
        System.out.println("== resolution through loadClass");
        ChildFirst own = new ChildFirst("own", "ClassLoaders$Payload", "ClassLoaders$Helper");
        Class<?> p = own.loadClass("ClassLoaders$Payload");
        Object o = p.getDeclaredConstructor().newInstance();
        Object helper = p.getMethod("helper").invoke(o);
        System.out.println(helper + " from " + describe(helper.getClass().getClassLoader()) + ", asked: " + own.asked);
        System.out.println("initiated classes are found: " + (own.loaded("java.lang.Object") == Object.class));
        ChildFirst refusing = new ChildFirst("refusing", "ClassLoaders$Payload");
        refusing.failFor = "ClassLoaders$Helper";
        Class<?> rp = refusing.loadClass("ClassLoaders$Payload");
        try {
            rp.getMethod("helper").invoke(rp.getDeclaredConstructor().newInstance());
        } catch (java.lang.reflect.InvocationTargetException e) {
            System.out.println(e.getCause() + " caused by " + e.getCause().getCause());
        }
        try {
            Class.forName("ClassLoaders$Helper", false, refusing);
        } catch (ClassNotFoundException e) {
            System.out.println("forName: " + e);
        }
        ChildFirst lying = new ChildFirst("lying", "ClassLoaders$Payload");
        lying.failFor = "ClassLoaders$Helper";
        lying.answerFor = Square.class;
        Class<?> lp = lying.loadClass("ClassLoaders$Payload");
        try {
            lp.getMethod("helper").invoke(lp.getDeclaredConstructor().newInstance());
        } catch (java.lang.reflect.InvocationTargetException e) {
            System.out.println(e.getCause() + " caused by " + e.getCause().getCause());
        }
        ChildFirst named = new ChildFirst("named", "ClassLoaders$Payload");
        Class<?> np = named.loadClass("ClassLoaders$Payload");
        try {
            np.getMethod("boom").invoke(np.getDeclaredConstructor().newInstance());
        } catch (java.lang.reflect.InvocationTargetException e) {
            System.out.println("frame of a named loader's class: " + e.getCause().getStackTrace()[0]);
        }
    }

    static void errors() throws Exception {
        System.out.println("== errors");
        ChildFirst one = new ChildFirst("one", "ClassLoaders$Payload");
        ChildFirst anonymous = new ChildFirst(null);
        byte[] payload = classBytes("ClassLoaders$Payload");
        one.loadClass("ClassLoaders$Payload");
        for (ChildFirst loader : new ChildFirst[] {one, anonymous}) {
            try {
                loader.define("ClassLoaders$Payload", payload, 0, payload.length);
                loader.define("ClassLoaders$Payload", payload, 0, payload.length);
            } catch (LinkageError e) {
                System.out.println(masked(e));
            }
        }
        String[][] attempts = {
            {"Wrong", "payload"}, {"java.lang.Fake", "payload"}, {null, "integer"}, {"a/b", "payload"},
            {"[LFoo;", "payload"}, {"Garbage", "garbage"}, {null, "garbage"},
        };
        for (String[] attempt : attempts) {
            byte[] bytes = attempt[1].equals("payload") ? payload
                    : attempt[1].equals("integer") ? classBytes("java.lang.Integer")
                    : new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
            try {
                anonymous.define(attempt[0], bytes, 0, bytes.length);
                System.out.println(attempt[0] + ": defined");
            } catch (Throwable e) {
                // islet's ClassFormatError adds where in the file parsing stopped.
                String text = masked(e);
                System.out.println(attempt[0] + ": " + (e instanceof ClassFormatError
                        ? text.substring(0, text.indexOf(" in class file")) : text));
            }
        }
        for (int[] bounds : new int[][] {{5, payload.length}, {-1, 10}, {0, -1}}) {
            try {
                anonymous.define("ClassLoaders$Helper", payload, bounds[0], bounds[1]);
            } catch (ArrayIndexOutOfBoundsException e) {
                System.out.println(e.toString().replace(Integer.toString(payload.length), "<length>"));
            }
        }
        try {
            anonymous.define("ClassLoaders$Helper", null, 0, 1);
        } catch (NullPointerException e) {
            System.out.println("null bytes: " + e.getClass().getName());
        }
        try {
            new ClassLoader("", null) {};
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
        try {
            one.loadClass("NoSuchClassAnywhere");
        } catch (ClassNotFoundException e) {
            System.out.println(e);
        }
        ByteBuffer heap = ByteBuffer.wrap(classBytes("ClassLoaders$Helper"));
        ByteBuffer direct = ByteBuffer.allocateDirect(heap.remaining());
        direct.put(heap.duplicate()).flip();
        ChildFirst fromBuffers = new ChildFirst("buffers");
        Class<?> a = fromBuffers.defineFromBuffer("ClassLoaders$Helper", heap);
        System.out.println("from a heap buffer: " + a.getName() + " position " + heap.position());
        try {
            fromBuffers.defineFromBuffer("ClassLoaders$Helper", direct);
        } catch (LinkageError e) {
            System.out.println("from a direct buffer, again: " + masked(e));
        }
        Class<?> b = new ChildFirst("direct").defineFromBuffer(null, direct);
        System.out.println("from a direct buffer: " + b.getName() + " position " + direct.position());
    }

    static void resources() throws Exception {
        System.out.println("== resources");
        ClassLoader app = ClassLoader.getSystemClassLoader();
        URL own = ClassLoaders.class.getResource("ClassLoaders$Helper.class");
        System.out.println("relative: " + own.getProtocol() + " " + own.getPath().endsWith("/ClassLoaders$Helper.class")
                + " " + own.equals(app.getResource("ClassLoaders$Helper.class")));
        try (InputStream in = own.openStream()) {
            byte[] b = in.readAllBytes();
            System.out.printf("opened: %d bytes, magic %02x%02x%02x%02x%n", b.length, b[0], b[1], b[2], b[3]);
        }
        System.out.println("absolute: " + (ClassLoaders.class.getResourceAsStream("/ClassLoaders.class") != null)
                + ", missing: " + ClassLoaders.class.getResource("Missing.txt") + " "
                + app.getResourceAsStream("no/such/resource"));
        System.out.println("boot: " + ClassLoader.getSystemResource("java/lang/String.class") + " "
                + String.class.getResource("Integer.class"));
        try (InputStream in = String.class.getResourceAsStream("String.class")) {
            System.out.println("boot stream: " + (in.readAllBytes().length > 1000));
        }
        int count = 0;
        for (Enumeration<URL> e = app.getResources("ClassLoaders.class"); e.hasMoreElements(); e.nextElement()) {
            count++;
        }
        System.out.println("getResources: " + count + ", stream: " + app.resources("ClassLoaders.class").count());
        ChildFirst isolated = new ChildFirst("isolated");
        System.out.println("through a user loader: " + (isolated.getResource("ClassLoaders.class") != null));
        ClassLoader noParent = new ClassLoader("orphan", null) {};
        System.out.println("parent null: " + noParent.getResource("ClassLoaders.class") + " "
                + (noParent.getResource("java/lang/Object.class") != null));
        URL parsed = new URL("jar:file:/tmp/x.jar!/a/b.txt");
        System.out.println("URL: " + parsed.getProtocol() + " " + parsed.getPath() + " " + parsed.getHost().isEmpty());
    }

    static void collection() throws Exception {
        System.out.println("== collection");
        List<Object> instances = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ChildFirst loader = new ChildFirst("gc" + i, "ClassLoaders$Payload");
            Class<?> c = loader.loadClass("ClassLoaders$Payload");
            Object o = c.getDeclaredConstructor().newInstance();
            for (int k = 0; k <= i; k++) {
                c.getMethod("bump").invoke(o);
            }
            instances.add(o);
        }
        for (int round = 0; round < 3; round++) {
            List<int[]> garbage = new ArrayList<>();
            for (int i = 0; i < 20000; i++) {
                garbage.add(new int[16]);
            }
            System.gc();
        }
        int sum = 0;
        List<String> names = new ArrayList<>();
        for (Object o : instances) {
            sum += (Integer) o.getClass().getField("counter").get(null);
            names.add(describe(o.getClass().getClassLoader()));
        }
        Collections.sort(names);
        System.out.println("after collections: counters sum " + sum + ", loaders " + names.size() + " first "
                + names.get(0));
    }
}
