// Queue of references whose referents were collected: the collector's pending references are
// moved here whenever a queue is looked at, and by Reference.enqueue().
package java.lang.ref;

public class ReferenceQueue<T> {

    private static final long PENDING_POLL_MILLIS = 10;

    private Reference<? extends T>[] items;
    private int head;
    private int size;

    public ReferenceQueue() {}

    @SuppressWarnings("unchecked")
    synchronized void add(Reference<?> r) {
        if (items == null || size == items.length) {
            Reference<? extends T>[] grown = new Reference[items == null ? 8 : items.length * 2];
            for (int i = 0; i < size; i++) {
                grown[i] = items[(head + i) % items.length];
            }
            items = grown;
            head = 0;
        }
        items[(head + size) % items.length] = (Reference<? extends T>) r;
        size++;
        notifyAll();
    }

    public Reference<? extends T> poll() {
        Reference.enqueuePendingReferences();
        return pollQueued();
    }

    private synchronized Reference<? extends T> pollQueued() {
        if (size == 0) {
            return null;
        }
        Reference<? extends T> r = items[head];
        items[head] = null;
        head = (head + 1) % items.length;
        size--;
        return r;
    }

    public Reference<? extends T> remove(long timeout) throws IllegalArgumentException, InterruptedException {
        if (timeout < 0) {
            throw new IllegalArgumentException("Negative timeout value");
        }
        long deadline = System.nanoTime() + timeout * 1_000_000L;
        for (;;) {
            // Outside this queue's lock: enqueueing locks the queues of the references moved.
            Reference.enqueuePendingReferences();
            synchronized (this) {
                Reference<? extends T> r = pollQueued();
                if (r != null) {
                    return r;
                }
                // The collector does not notify queues, so look at its pending references again
                // every few milliseconds; Reference.enqueue() notifies at once.
                long slice = PENDING_POLL_MILLIS;
                if (timeout > 0) {
                    long remaining = (deadline - System.nanoTime() + 999_999L) / 1_000_000L;
                    if (remaining <= 0) {
                        return null;
                    }
                    slice = Math.min(slice, remaining);
                }
                wait(slice);
            }
        }
    }

    public Reference<? extends T> remove() throws InterruptedException {
        return remove(0);
    }
}
