// The running VM as seen from Java: exit and halt, shutdown hooks, processors and memory.
package java.lang;

public class Runtime {

    private static final Runtime currentRuntime = new Runtime();

    private Runtime() {}

    public static Runtime getRuntime() {
        return currentRuntime;
    }

    /** Runs the shutdown hooks once, then ends the VM with status. */
    public void exit(int status) {
        Shutdown.exit(status);
    }

    /** Ends the VM at once: no shutdown hooks run. */
    public void halt(int status) {
        Shutdown.beforeHalt();
        Shutdown.halt(status);
    }

    public void addShutdownHook(Thread hook) {
        Shutdown.addHook(hook);
    }

    public boolean removeShutdownHook(Thread hook) {
        return Shutdown.removeHook(hook);
    }

    public native int availableProcessors();

    public native long freeMemory();

    public native long totalMemory();

    public native long maxMemory();

    public native void gc();

    public void runFinalization() {}

    public void load(String filename) {
        load0(jdk.internal.reflect.Reflection.getCallerClass(), filename);
    }

    void load0(Class<?> fromClass, String filename) {
        NativeLibraries.load(fromClass, filename);
    }

    public void loadLibrary(String libname) {
        loadLibrary0(jdk.internal.reflect.Reflection.getCallerClass(), libname);
    }

    void loadLibrary0(Class<?> fromClass, String libname) {
        NativeLibraries.loadLibrary(fromClass, libname);
    }
}
