// Locks used by one thread: hold counts, tryLock, timeouts, conditions, read-write rules, AQS subclass.
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.*;

public class LocksSingleThread {
    /** A non-reentrant mutex built on AbstractQueuedSynchronizer, as the AQS documentation shows. */
    static final class Mutex {
        private static final class Sync extends AbstractQueuedSynchronizer {
            protected boolean isHeldExclusively() {
                return getState() == 1;
            }

            protected boolean tryAcquire(int acquires) {
                if (compareAndSetState(0, 1)) {
                    setExclusiveOwnerThread(Thread.currentThread());
                    return true;
                }
                return false;
            }

            protected boolean tryRelease(int releases) {
                if (getState() == 0) throw new IllegalMonitorStateException();
                setExclusiveOwnerThread(null);
                setState(0);
                return true;
            }

            Condition newCondition() {
                return new ConditionObject();
            }
        }

        private final Sync sync = new Sync();

        void lock() {
            sync.acquire(1);
        }

        boolean tryLock() {
            return sync.tryAcquire(1);
        }

        boolean tryLock(long ms) throws InterruptedException {
            return sync.tryAcquireNanos(1, TimeUnit.MILLISECONDS.toNanos(ms));
        }

        void unlock() {
            sync.release(1);
        }

        boolean isLocked() {
            return sync.isHeldExclusively();
        }
    }

    static String noHash(Object o) {
        return o.toString().replaceAll("@[0-9a-f]+", "@");
    }

    public static void main(String[] args) throws InterruptedException {
        for (boolean fair : new boolean[] {false, true}) {
            ReentrantLock lock = new ReentrantLock(fair);
            System.out.println("fair=" + lock.isFair() + " " + lock.isLocked() + " " + lock.getHoldCount() + " " + noHash(lock));
            lock.lock();
            lock.lockInterruptibly();
            System.out.println(lock.tryLock() + " " + lock.tryLock(5, TimeUnit.MILLISECONDS) + " " + lock.getHoldCount() + " " + lock.isHeldByCurrentThread() + " " + noHash(lock));
            System.out.println(lock.hasQueuedThreads() + " " + lock.getQueueLength() + " " + lock.hasQueuedThread(Thread.currentThread()));
            Condition c = lock.newCondition();
            System.out.println(lock.hasWaiters(c) + " " + lock.getWaitQueueLength(c));
            long start = System.nanoTime();
            long left = c.awaitNanos(TimeUnit.MILLISECONDS.toNanos(25));
            System.out.println("awaitNanos timed out " + (left <= 0) + " elapsed>=25ms " + (System.nanoTime() - start >= 25_000_000L) + " holds " + lock.getHoldCount());
            System.out.println("await " + c.await(10, TimeUnit.MILLISECONDS) + " " + c.await(0, TimeUnit.SECONDS) + " " + (c.awaitNanos(-1) <= 0) + " holds " + lock.getHoldCount());
            c.signal();
            c.signalAll();
            for (int i = 0; i < 4; i++) lock.unlock();
            System.out.println("unlocked " + lock.isLocked() + " " + noHash(lock));
            try {
                lock.unlock();
            } catch (IllegalMonitorStateException e) {
                System.out.println("unlock unheld " + e);
            }
            try {
                c.signal();
            } catch (IllegalMonitorStateException e) {
                System.out.println("signal unheld " + e);
            }
            try {
                c.await();
            } catch (IllegalMonitorStateException e) {
                System.out.println("await unheld " + e + " " + lock.isLocked());
            }
            try {
                lock.hasWaiters(new ReentrantLock().newCondition());
            } catch (IllegalArgumentException e) {
                System.out.println("foreign condition " + e);
            }
            Thread.currentThread().interrupt();
            try {
                lock.lockInterruptibly();
            } catch (InterruptedException e) {
                System.out.println("interrupted lockInterruptibly " + e + " " + Thread.currentThread().isInterrupted() + " " + lock.isLocked());
            }
            Thread.currentThread().interrupt();
            lock.lock();
            System.out.println("lock keeps interrupt " + Thread.interrupted() + " " + lock.getHoldCount());
            lock.unlock();
        }

        ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
        rw.readLock().lock();
        rw.readLock().lock();
        System.out.println(rw.getReadLockCount() + " " + rw.getReadHoldCount() + " " + rw.isWriteLocked() + " " + noHash(rw) + " " + noHash(rw.readLock()));
        System.out.println("upgrade attempt " + rw.writeLock().tryLock() + " " + rw.writeLock().tryLock(5, TimeUnit.MILLISECONDS));
        rw.readLock().unlock();
        rw.readLock().unlock();
        try {
            rw.readLock().unlock();
        } catch (IllegalMonitorStateException e) {
            System.out.println(e);
        }
        rw.writeLock().lock();
        rw.writeLock().lock();
        System.out.println(rw.isWriteLocked() + " " + rw.isWriteLockedByCurrentThread() + " " + rw.getWriteHoldCount() + " " + rw.writeLock().getHoldCount() + " " + rw.writeLock().isHeldByCurrentThread() + " " + noHash(rw.writeLock()));
        System.out.println("downgrade " + rw.readLock().tryLock() + " " + rw.getReadHoldCount() + " " + noHash(rw));
        rw.writeLock().unlock();
        rw.writeLock().unlock();
        System.out.println(rw.isWriteLocked() + " " + rw.getReadLockCount() + " " + noHash(rw.writeLock()));
        rw.readLock().unlock();
        try {
            rw.writeLock().unlock();
        } catch (IllegalMonitorStateException e) {
            System.out.println(e);
        }
        try {
            rw.readLock().newCondition();
        } catch (UnsupportedOperationException e) {
            System.out.println("read condition " + e);
        }
        Condition wc = rw.writeLock().newCondition();
        rw.writeLock().lock();
        System.out.println("write condition " + wc.await(5, TimeUnit.MILLISECONDS) + " " + rw.getWriteHoldCount());
        rw.writeLock().unlock();
        System.out.println(new ReentrantReadWriteLock(true).isFair() + " " + rw.isFair());

        Mutex mutex = new Mutex();
        mutex.lock();
        System.out.println("mutex " + mutex.isLocked() + " reenter " + mutex.tryLock() + " timed " + mutex.tryLock(10));
        mutex.unlock();
        System.out.println(mutex.isLocked() + " " + mutex.tryLock());
        mutex.unlock();
        try {
            mutex.unlock();
        } catch (IllegalMonitorStateException e) {
            System.out.println("mutex " + e);
        }

        LockSupport.unpark(Thread.currentThread());
        long start = System.nanoTime();
        LockSupport.park();
        System.out.println("park with permit returns at once " + (System.nanoTime() - start < 1_000_000_000L));
        start = System.nanoTime();
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        System.out.println("parkNanos waited " + (System.nanoTime() - start >= 15_000_000L));
        LockSupport.parkNanos(-1);
        LockSupport.parkUntil(System.currentTimeMillis() - 10);
        Thread.currentThread().interrupt();
        LockSupport.park("blocker");
        System.out.println("interrupted park returns " + Thread.interrupted() + " " + LockSupport.getBlocker(Thread.currentThread()));
    }
}
