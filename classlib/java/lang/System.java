// System services: the standard streams, system properties, environment, time, arraycopy and
// exit. The VM calls initPhase1() once after this class is initialised (see classlib/README.md).
package java.lang;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

public final class System {

    private System() {}

    // Not final, unlike the JDK's: initPhase1 and setIn/setOut/setErr assign them directly.
    public static InputStream in;
    public static PrintStream out;
    public static PrintStream err;

    private static Properties props;
    private static String lineSeparator = "\n";
    private static Map<String, String> environment;

    // ---- Natives (see classlib/README.md) ----

    public static native void arraycopy(Object src, int srcPos, Object dest, int destPos, int length);

    public static native long currentTimeMillis();

    public static native long nanoTime();

    public static native int identityHashCode(Object x);

    private static native String[] initProperties0();

    private static native String getenv0(String name);

    private static native String[] environ0();

    // ---- Initialisation ----

    /** Called by the VM once System is initialised: properties first, then the standard streams. */
    private static void initPhase1() {
        Properties p = new Properties();
        String[] keysAndValues = initProperties0();
        if (keysAndValues != null) {
            for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
                if (keysAndValues[i] != null && keysAndValues[i + 1] != null) {
                    p.setProperty(keysAndValues[i], keysAndValues[i + 1]);
                }
            }
        }
        props = p;
        lineSeparator = p.getProperty("line.separator", "\n");

        in = new BufferedInputStream(new FileInputStream(FileDescriptor.in));
        out = newPrintStream(new FileOutputStream(FileDescriptor.out), "stdout");
        err = newPrintStream(new FileOutputStream(FileDescriptor.err), "stderr");
    }

    /**
     * The JDK's standard-stream setup: a small buffer under an autoflushing PrintStream, in the
     * charset named by stdout.encoding / sun.stdout.encoding (stderr likewise) or else the
     * default charset from file.encoding.
     */
    private static PrintStream newPrintStream(FileOutputStream fos, String stream) {
        String name = props.getProperty(stream + ".encoding");
        if (name == null) {
            name = props.getProperty("sun." + stream + ".encoding");
        }
        Charset charset = Charset.defaultCharset();
        try {
            if (name != null && Charset.isSupported(name)) {
                charset = Charset.forName(name);
            }
        } catch (IllegalArgumentException e) {
            // an illegal charset name: keep the default
        }
        return new PrintStream(new BufferedOutputStream(fos, 128), true, charset);
    }

    // ---- Standard streams ----

    public static void setIn(InputStream in) {
        System.in = in;
    }

    public static void setOut(PrintStream out) {
        System.out = out;
    }

    public static void setErr(PrintStream err) {
        System.err = err;
    }

    public static String lineSeparator() {
        return lineSeparator;
    }

    // ---- Properties ----

    private static void checkKey(String key) {
        if (key == null) {
            throw new NullPointerException("key can't be null");
        }
        if (key.isEmpty()) {
            throw new IllegalArgumentException("key can't be empty");
        }
    }

    private static Properties props() {
        Properties p = props;
        if (p == null) {
            p = new Properties(); // before initPhase1 (only the VM's own bootstrap code runs then)
            props = p;
        }
        return p;
    }

    public static Properties getProperties() {
        return props();
    }

    public static void setProperties(Properties newProps) {
        if (newProps == null) {
            Properties p = new Properties();
            String[] keysAndValues = initProperties0();
            for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
                p.setProperty(keysAndValues[i], keysAndValues[i + 1]);
            }
            newProps = p;
        }
        props = newProps;
    }

    public static String getProperty(String key) {
        checkKey(key);
        return props().getProperty(key);
    }

    public static String getProperty(String key, String def) {
        checkKey(key);
        return props().getProperty(key, def);
    }

    public static String setProperty(String key, String value) {
        checkKey(key);
        return (String) props().setProperty(key, value);
    }

    public static String clearProperty(String key) {
        checkKey(key);
        return (String) props().remove(key);
    }

    // ---- Environment ----

    public static String getenv(String name) {
        Objects.requireNonNull(name);
        return getenv0(name);
    }

    public static Map<String, String> getenv() {
        Map<String, String> env = environment;
        if (env == null) {
            HashMap<String, String> m = new HashMap<>();
            String[] namesAndValues = environ0();
            for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
                m.put(namesAndValues[i], namesAndValues[i + 1]);
            }
            env = Collections.unmodifiableMap(m);
            environment = env;
        }
        return env;
    }

    // ---- Runtime shortcuts ----

    public static void exit(int status) {
        Runtime.getRuntime().exit(status);
    }

    public static void gc() {
        Runtime.getRuntime().gc();
    }

    public static void runFinalization() {
        Runtime.getRuntime().runFinalization();
    }

    // ---- Native libraries (NativeLibraries finds and loads them; src/jni/ links them) ----

    public static void load(String filename) {
        Runtime.getRuntime().load0(jdk.internal.reflect.Reflection.getCallerClass(), filename);
    }

    public static void loadLibrary(String libname) {
        Runtime.getRuntime().loadLibrary0(jdk.internal.reflect.Reflection.getCallerClass(), libname);
    }

    /** The platform's file name for a library: "libname.so". */
    public static String mapLibraryName(String libname) {
        if (libname == null) {
            throw new NullPointerException();
        }
        if (libname.length() > 240) {
            throw new IllegalArgumentException("name too long");
        }
        return "lib" + libname + ".so";
    }

    @Deprecated(since = "17", forRemoval = true)
    public static SecurityManager getSecurityManager() {
        return null;
    }

    @Deprecated(since = "17", forRemoval = true)
    public static void setSecurityManager(SecurityManager sm) {
        if (sm != null) {
            throw new UnsupportedOperationException(
                    "The Security Manager is deprecated and will be removed in a future release");
        }
    }
}
