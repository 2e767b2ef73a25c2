// ReentrantLock (fair and not) guarding shared counters, Conditions for a bounded buffer,
// tryLock with timeouts under contention, lockInterruptibly, and ReentrantReadWriteLock with
// concurrent readers and exclusive writers. Exact totals. Needs threads.
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.*;

public class ReentrantLockCounter {
    static final class BoundedBuffer {
        final ReentrantLock lock = new ReentrantLock();
        final Condition notFull = lock.newCondition();
        final Condition notEmpty = lock.newCondition();
        final int[] items = new int[5];
        int putIndex, takeIndex, count;

        void put(int x) throws InterruptedException {
            lock.lock();
            try {
                while (count == items.length) notFull.await();
                items[putIndex] = x;
                putIndex = (putIndex + 1) % items.length;
                count++;
                notEmpty.signal();
            } finally {
                lock.unlock();
            }
        }

        int take() throws InterruptedException {
            lock.lock();
            try {
                while (count == 0) notEmpty.await();
                int x = items[takeIndex];
                takeIndex = (takeIndex + 1) % items.length;
                count--;
                notFull.signal();
                return x;
            } finally {
                lock.unlock();
            }
        }
    }

    static long counter;

    public static void main(String[] args) throws Exception {
        for (boolean fair : new boolean[] {false, true}) {
            ReentrantLock lock = new ReentrantLock(fair);
            counter = 0;
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                threads.add(new Thread(() -> {
                    for (int i = 0; i < 5000; i++) {
                        lock.lock();
                        try {
                            lock.lock(); // reentrant
                            try {
                                counter++;
                            } finally {
                                lock.unlock();
                            }
                        } finally {
                            lock.unlock();
                        }
                    }
                }));
            }
            for (Thread t : threads) t.start();
            for (Thread t : threads) t.join();
            System.out.println("fair=" + fair + " counter " + counter + " locked " + lock.isLocked() + " queued " + lock.hasQueuedThreads());
        }

        BoundedBuffer buffer = new BoundedBuffer();
        long[] consumed = new long[2];
        Thread[] consumers = new Thread[2];
        for (int c = 0; c < 2; c++) {
            int id = c;
            consumers[c] = new Thread(() -> {
                try {
                    for (int i = 0; i < 1000; i++) consumed[id] += buffer.take();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            consumers[c].start();
        }
        for (int i = 1; i <= 2000; i++) buffer.put(i);
        for (Thread t : consumers) t.join();
        System.out.println("buffer total " + (consumed[0] + consumed[1]) + " left " + buffer.count);

        // tryLock with a timeout while another thread holds the lock.
        ReentrantLock held = new ReentrantLock();
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            held.lock();
            try {
                locked.countDown();
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                held.unlock();
            }
        }, "holder");
        holder.start();
        locked.await();
        System.out.println("while held: tryLock " + held.tryLock() + " timed " + held.tryLock(30, TimeUnit.MILLISECONDS) + " owner? " + held.isLocked() + " mine " + held.isHeldByCurrentThread() + " " + held.toString().replaceAll("@[0-9a-f]+", "@"));
        String[] waiterResult = new String[1];
        Thread waiter = new Thread(() -> {
            try {
                waiterResult[0] = "acquired " + held.tryLock(10, TimeUnit.SECONDS);
                held.unlock();
            } catch (InterruptedException e) {
                waiterResult[0] = "interrupted";
            }
        });
        waiter.start();
        while (!held.hasQueuedThread(waiter)) Thread.sleep(2);
        System.out.println("queue length " + held.getQueueLength());
        release.countDown();
        waiter.join();
        holder.join();
        System.out.println(waiterResult[0] + " locked after " + held.isLocked());

        // lockInterruptibly is interrupted while blocked.
        held.lock();
        String[] interruptResult = new String[1];
        Thread interruptible = new Thread(() -> {
            try {
                held.lockInterruptibly();
                interruptResult[0] = "got lock";
                held.unlock();
            } catch (InterruptedException e) {
                interruptResult[0] = "interrupted while waiting";
            }
        });
        interruptible.start();
        while (!held.hasQueuedThread(interruptible)) Thread.sleep(2);
        interruptible.interrupt();
        interruptible.join();
        System.out.println(interruptResult[0] + " queued " + held.hasQueuedThreads() + " holds " + held.getHoldCount());
        held.unlock();

        // Condition signalAll wakes every waiter; awaitNanos returns early when signalled.
        ReentrantLock cl = new ReentrantLock();
        Condition ready = cl.newCondition();
        boolean[] flag = new boolean[1];
        AtomicInteger woken = new AtomicInteger();
        List<Thread> waiters = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Thread t = new Thread(() -> {
                cl.lock();
                try {
                    while (!flag[0]) {
                        if (ready.awaitNanos(TimeUnit.SECONDS.toNanos(10)) <= 0) break;
                    }
                    if (flag[0]) woken.incrementAndGet();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                } finally {
                    cl.unlock();
                }
            });
            waiters.add(t);
            t.start();
        }
        while (true) {
            cl.lock();
            try {
                if (cl.getWaitQueueLength(ready) == 3) {
                    flag[0] = true;
                    ready.signalAll();
                    break;
                }
            } finally {
                cl.unlock();
            }
            Thread.sleep(2);
        }
        for (Thread t : waiters) t.join();
        System.out.println("signalAll woke " + woken.get());

        // Read-write lock: readers overlap, writers are exclusive.
        ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
        Map<Integer, Integer> shared = new HashMap<>();
        AtomicInteger readersInside = new AtomicInteger();
        AtomicInteger maxReaders = new AtomicInteger();
        AtomicInteger writerOverlap = new AtomicInteger();
        List<Thread> rwThreads = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            int id = w;
            rwThreads.add(new Thread(() -> {
                for (int i = 0; i < 500; i++) {
                    rw.writeLock().lock();
                    try {
                        if (readersInside.get() != 0) writerOverlap.incrementAndGet();
                        shared.merge(i % 10, 1, Integer::sum);
                    } finally {
                        rw.writeLock().unlock();
                    }
                }
            }));
        }
        for (int r = 0; r < 3; r++) {
            rwThreads.add(new Thread(() -> {
                for (int i = 0; i < 500; i++) {
                    rw.readLock().lock();
                    try {
                        maxReaders.accumulateAndGet(readersInside.incrementAndGet(), Math::max);
                        shared.get(i % 10);
                        readersInside.decrementAndGet();
                    } finally {
                        rw.readLock().unlock();
                    }
                }
            }));
        }
        for (Thread t : rwThreads) t.start();
        for (Thread t : rwThreads) t.join();
        System.out.println("rw map " + shared + " writer overlaps " + writerOverlap.get() + " readers <= 3: " + (maxReaders.get() <= 3) + " " + rw.toString().replaceAll("@[0-9a-f]+", "@"));
    }
}
