// A reference paired with a boolean mark, both replaced together by swapping an immutable pair.
package java.util.concurrent.atomic;

public class AtomicMarkableReference<V> {

    private static final class Pair<T> {
        final T reference;
        final boolean mark;

        Pair(T reference, boolean mark) {
            this.reference = reference;
            this.mark = mark;
        }
    }

    private final AtomicReference<Pair<V>> pair;

    public AtomicMarkableReference(V initialRef, boolean initialMark) {
        pair = new AtomicReference<>(new Pair<>(initialRef, initialMark));
    }

    public V getReference() {
        return pair.get().reference;
    }

    public boolean isMarked() {
        return pair.get().mark;
    }

    public V get(boolean[] markHolder) {
        Pair<V> current = pair.get();
        markHolder[0] = current.mark;
        return current.reference;
    }

    public boolean weakCompareAndSet(V expectedReference, V newReference, boolean expectedMark, boolean newMark) {
        return compareAndSet(expectedReference, newReference, expectedMark, newMark);
    }

    public boolean compareAndSet(V expectedReference, V newReference, boolean expectedMark, boolean newMark) {
        Pair<V> current = pair.get();
        if (expectedReference != current.reference || expectedMark != current.mark) {
            return false;
        }
        if (newReference == current.reference && newMark == current.mark) {
            return true;
        }
        return pair.compareAndSet(current, new Pair<>(newReference, newMark));
    }

    public void set(V newReference, boolean newMark) {
        Pair<V> current = pair.get();
        if (newReference != current.reference || newMark != current.mark) {
            pair.set(new Pair<>(newReference, newMark));
        }
    }

    public boolean attemptMark(V expectedReference, boolean newMark) {
        Pair<V> current = pair.get();
        return expectedReference == current.reference
                && (newMark == current.mark || pair.compareAndSet(current, new Pair<>(expectedReference, newMark)));
    }
}
