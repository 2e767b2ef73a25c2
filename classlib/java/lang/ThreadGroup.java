// Groups of threads: a tree of groups, each listing its started, not yet terminated threads.
// Its uncaughtException is the default handler that prints `Exception in thread "main" ` and
// the stack trace, exactly like HotSpot.
package java.lang;

public class ThreadGroup implements Thread.UncaughtExceptionHandler {

    private final ThreadGroup parent;
    private final String name;
    private int maxPriority;
    private boolean daemon;
    private Thread[] threads;  // the first nthreads are live
    private int nthreads;
    private ThreadGroup[] groups;
    private int ngroups;

    /** The "system" group, created by the VM. */
    private ThreadGroup() {
        this.parent = null;
        this.name = "system";
        this.maxPriority = Thread.MAX_PRIORITY;
    }

    public ThreadGroup(String name) {
        this(Thread.currentThread().getThreadGroup(), name);
    }

    public ThreadGroup(ThreadGroup parent, String name) {
        if (parent == null) {
            throw new NullPointerException();
        }
        this.parent = parent;
        this.name = name;
        this.maxPriority = parent.maxPriority;
        this.daemon = parent.daemon;
        parent.addGroup(this);
    }

    private synchronized void addGroup(ThreadGroup g) {
        if (groups == null) {
            groups = new ThreadGroup[4];
        } else if (ngroups == groups.length) {
            groups = java.util.Arrays.copyOf(groups, ngroups * 2);
        }
        groups[ngroups++] = g;
    }

    private synchronized ThreadGroup[] groupsSnapshot() {
        return groups == null ? new ThreadGroup[0] : java.util.Arrays.copyOf(groups, ngroups);
    }

    /** A thread of this group starts (or the VM made one). */
    synchronized void add(Thread t) {
        if (threads == null) {
            threads = new Thread[4];
        } else if (nthreads == threads.length) {
            threads = java.util.Arrays.copyOf(threads, nthreads * 2);
        }
        threads[nthreads++] = t;
    }

    private synchronized void remove(Thread t) {
        for (int i = 0; i < nthreads; i++) {
            if (threads[i] == t) {
                System.arraycopy(threads, i + 1, threads, i, --nthreads - i);
                threads[nthreads] = null;
                return;
            }
        }
    }

    void threadStartFailed(Thread t) {
        remove(t);
    }

    void threadTerminated(Thread t) {
        remove(t);
    }

    public final String getName() {
        return name;
    }

    public final ThreadGroup getParent() {
        return parent;
    }

    public final int getMaxPriority() {
        return maxPriority;
    }

    public final boolean isDaemon() {
        return daemon;
    }

    public final void setDaemon(boolean daemon) {
        this.daemon = daemon;
    }

    public final void setMaxPriority(int pri) {
        if (pri < Thread.MIN_PRIORITY || pri > Thread.MAX_PRIORITY) {
            return;
        }
        maxPriority = (parent != null) ? Math.min(pri, parent.maxPriority) : pri;
    }

    public final boolean parentOf(ThreadGroup g) {
        for (; g != null; g = g.parent) {
            if (g == this) {
                return true;
            }
        }
        return false;
    }

    public final void checkAccess() {}

    public int activeCount() {
        int count;
        synchronized (this) {
            count = nthreads;
        }
        for (ThreadGroup g : groupsSnapshot()) {
            count += g.activeCount();
        }
        return count;
    }

    public int activeGroupCount() {
        int count = 0;
        for (ThreadGroup g : groupsSnapshot()) {
            count += 1 + g.activeGroupCount();
        }
        return count;
    }

    public int enumerate(Thread[] list) {
        return enumerate(list, true);
    }

    public int enumerate(Thread[] list, boolean recurse) {
        return enumerate(list, 0, recurse);
    }

    private int enumerate(Thread[] list, int n, boolean recurse) {
        synchronized (this) {
            for (int i = 0; i < nthreads && n < list.length; i++) {
                if (threads[i].isAlive()) {
                    list[n++] = threads[i];
                }
            }
        }
        if (recurse) {
            for (ThreadGroup g : groupsSnapshot()) {
                n = g.enumerate(list, n, true);
            }
        }
        return n;
    }

    public int enumerate(ThreadGroup[] list) {
        return enumerate(list, true);
    }

    public int enumerate(ThreadGroup[] list, boolean recurse) {
        return enumerate(list, 0, recurse);
    }

    private int enumerate(ThreadGroup[] list, int n, boolean recurse) {
        for (ThreadGroup g : groupsSnapshot()) {
            if (n >= list.length) {
                break;
            }
            list[n++] = g;
            if (recurse) {
                n = g.enumerate(list, n, true);
            }
        }
        return n;
    }

    public final void interrupt() {
        Thread[] live;
        synchronized (this) {
            live = threads == null ? new Thread[0] : java.util.Arrays.copyOf(threads, nthreads);
        }
        for (Thread t : live) {
            t.interrupt();
        }
        for (ThreadGroup g : groupsSnapshot()) {
            g.interrupt();
        }
    }

    public void uncaughtException(Thread t, Throwable e) {
        if (parent != null) {
            parent.uncaughtException(t, e);
            return;
        }
        Thread.UncaughtExceptionHandler ueh = Thread.getDefaultUncaughtExceptionHandler();
        if (ueh != null) {
            ueh.uncaughtException(t, e);
        } else if (!(e instanceof ThreadDeath)) {
            System.err.print("Exception in thread \"" + t.getName() + "\" ");
            e.printStackTrace(System.err);
        }
    }

    public String toString() {
        return getClass().getName() + "[name=" + getName() + ",maxpri=" + getMaxPriority() + "]";
    }
}
