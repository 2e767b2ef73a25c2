// A reference paired with an int stamp, both replaced together by swapping an immutable pair.
package java.util.concurrent.atomic;

public class AtomicStampedReference<V> {

    private static final class Pair<T> {
        final T reference;
        final int stamp;

        Pair(T reference, int stamp) {
            this.reference = reference;
            this.stamp = stamp;
        }
    }

    private final AtomicReference<Pair<V>> pair;

    public AtomicStampedReference(V initialRef, int initialStamp) {
        pair = new AtomicReference<>(new Pair<>(initialRef, initialStamp));
    }

    public V getReference() {
        return pair.get().reference;
    }

    public int getStamp() {
        return pair.get().stamp;
    }

    public V get(int[] stampHolder) {
        Pair<V> current = pair.get();
        stampHolder[0] = current.stamp;
        return current.reference;
    }

    public boolean weakCompareAndSet(V expectedReference, V newReference, int expectedStamp, int newStamp) {
        return compareAndSet(expectedReference, newReference, expectedStamp, newStamp);
    }

    public boolean compareAndSet(V expectedReference, V newReference, int expectedStamp, int newStamp) {
        Pair<V> current = pair.get();
        if (expectedReference != current.reference || expectedStamp != current.stamp) {
            return false;
        }
        if (newReference == current.reference && newStamp == current.stamp) {
            return true;
        }
        return pair.compareAndSet(current, new Pair<>(newReference, newStamp));
    }

    public void set(V newReference, int newStamp) {
        Pair<V> current = pair.get();
        if (newReference != current.reference || newStamp != current.stamp) {
            pair.set(new Pair<>(newReference, newStamp));
        }
    }

    public boolean attemptStamp(V expectedReference, int newStamp) {
        Pair<V> current = pair.get();
        return expectedReference == current.reference
                && (newStamp == current.stamp || pair.compareAndSet(current, new Pair<>(expectedReference, newStamp)));
    }
}
