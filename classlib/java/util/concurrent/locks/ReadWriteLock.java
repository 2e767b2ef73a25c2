// A pair of locks: shared for reading, exclusive for writing.
package java.util.concurrent.locks;

public interface ReadWriteLock {
    Lock readLock();

    Lock writeLock();
}
