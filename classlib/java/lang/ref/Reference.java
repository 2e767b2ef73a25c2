// The superclass of reference objects. Step 1 keeps the referent in a plain field; the VM's
// collector will take ownership of `referent` (clearing and enqueueing) in step 3.
package java.lang.ref;

public abstract class Reference<T> {

    private T referent;
    final ReferenceQueue<? super T> queue;
    private boolean enqueued;

    Reference(T referent) {
        this(referent, null);
    }

    Reference(T referent, ReferenceQueue<? super T> queue) {
        this.referent = referent;
        this.queue = queue;
    }

    public T get() {
        return referent;
    }

    public final boolean refersTo(T obj) {
        return referent == obj;
    }

    public void clear() {
        referent = null;
    }

    @Deprecated(since = "16")
    public boolean isEnqueued() {
        return enqueued;
    }

    public boolean enqueue() {
        referent = null;
        if (queue == null || enqueued) {
            return false;
        }
        enqueued = true;
        queue.add(this);
        return true;
    }

    public static void reachabilityFence(Object ref) {}

    protected Object clone() throws CloneNotSupportedException {
        throw new CloneNotSupportedException();
    }
}
