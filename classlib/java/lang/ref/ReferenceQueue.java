// Queue of references whose referents were collected (filled by enqueue() in step 1).
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

    public synchronized Reference<? extends T> poll() {
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
        synchronized (this) {
            Reference<? extends T> r = poll();
            if (r != null || timeout > 0) {
                if (r == null) {
                    wait(timeout);
                    r = poll();
                }
                return r;
            }
            while ((r = poll()) == null) {
                wait(0);
            }
            return r;
        }
    }

    public Reference<? extends T> remove() throws InterruptedException {
        return remove(0);
    }
}
