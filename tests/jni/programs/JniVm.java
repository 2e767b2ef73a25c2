// The VM-level JNI functions: GetVersion, GetJavaVM and the JavaVM table (GetEnv with good and
// bad versions, AttachCurrentThread of an attached thread, DetachCurrentThread with Java frames
// on the stack), GetModule, IsVirtualThread, and MonitorEnter/MonitorExit working together
// with synchronized, Thread.holdsLock and IllegalMonitorStateException.
public class JniVm {
    static { System.loadLibrary("JniVm"); }

    static native String versions();
    static native String javaVm();
    static native String moduleOf(Class<?> c);
    static native boolean isVirtualThread(Thread t);
    static native int enter(Object o);
    static native int exit(Object o);
    static native String enterTwiceExitOnce(Object o);

    static final Object lock = new Object();

    public static void main(String[] args) {
        System.out.println(versions());
        System.out.println(javaVm());
        System.out.println(moduleOf(String.class));
        System.out.println(moduleOf(JniVm.class));
        System.out.println(moduleOf(int[].class));
        System.out.println("isVirtualThread: " + isVirtualThread(Thread.currentThread()));

        System.out.println("holds before: " + Thread.holdsLock(lock));
        System.out.println("MonitorEnter: " + enter(lock) + " holds: " + Thread.holdsLock(lock));
        synchronized (lock) {
            System.out.println("synchronized inside a JNI-held monitor: " + Thread.holdsLock(lock));
        }
        System.out.println("MonitorExit: " + exit(lock) + " holds: " + Thread.holdsLock(lock));
        synchronized (lock) {
            System.out.println("MonitorEnter inside synchronized: " + enter(lock));
            System.out.println("MonitorExit inside synchronized: " + exit(lock) + " holds: " + Thread.holdsLock(lock));
        }
        System.out.println("holds after: " + Thread.holdsLock(lock));
        try {
            System.out.println("MonitorExit unowned: " + exit(lock));
        } catch (IllegalMonitorStateException e) {
            System.out.println("MonitorExit unowned: " + e);
        }
        try {
            enter(null);
        } catch (NullPointerException e) {
            System.out.println("MonitorEnter(null): " + e.getClass().getName());
        }
        Object other = new Object();
        System.out.println(enterTwiceExitOnce(other) + " holds: " + Thread.holdsLock(other));
        System.out.println("MonitorExit: " + exit(other) + " holds: " + Thread.holdsLock(other));
        try {
            other.notify();
        } catch (IllegalMonitorStateException e) {
            System.out.println("notify after MonitorExit: " + e.getClass().getName());
        }
        enter(other);
        other.notifyAll();  // owned through MonitorEnter: allowed
        System.out.println("notifyAll while held by MonitorEnter: ok, exit " + exit(other));
    }
}
