// The superclass of reference objects. The collector does not trace `referent`: it clears it
// when the referent becomes unreachable and hands references with a queue back through
// takePendingReferences(), linked by `pendingNext` (classlib/README.md).
package java.lang.ref;

public abstract class Reference<T> {

    private T referent;
    final ReferenceQueue<? super T> queue;
    private boolean enqueued;
    private Reference<?> pendingNext;  // written by the collector

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

    // The references cleared by the collector since the last call, linked through pendingNext.
    private static native Reference<?> takePendingReferences();

    // Moves every reference the collector has cleared onto its queue. Queues call this before
    // looking at their contents, so a poll() after a collection sees what it cleared.
    static void enqueuePendingReferences() {
        Reference<?> r = takePendingReferences();
        while (r != null) {
            Reference<?> next = r.pendingNext;
            r.pendingNext = null;
            r.enqueue();
            r = next;
        }
    }

    protected Object clone() throws CloneNotSupportedException {
        throw new CloneNotSupportedException();
    }
}
