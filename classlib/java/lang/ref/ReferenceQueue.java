// Queue of references whose referents were collected: the collector's pending references are
// moved here whenever a queue is looked at, and by Reference.enqueue().
package java.lang.ref;

public class ReferenceQueue<T> {

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
        Reference.enqueuePendingReferences();
        synchronized (this) {
            Reference<? extends T> r = pollQueued();
            if (r != null || timeout > 0) {
                if (r == null) {
                    wait(timeout);
                    Reference.enqueuePendingReferences();
                    r = pollQueued();
                }
                return r;
            }
            while ((r = pollQueued()) == null) {
                wait(10);
                Reference.enqueuePendingReferences();
            }
            return r;
        }
    }

    public Reference<? extends T> remove() throws InterruptedException {
        return remove(0);
    }
}
