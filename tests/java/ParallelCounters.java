// Several threads updating shared counters with AtomicInteger/AtomicLong, LongAdder, field
// updaters, VarHandle, AtomicIntegerArray, synchronized and ReentrantLock: totals are exact, and a
// plain CAS spin lock works. Needs threads.
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.*;
import java.util.concurrent.atomic.*;
import java.util.concurrent.locks.ReentrantLock;

public class ParallelCounters {
    static final int THREADS = 4;
    static final int ITERATIONS = 20_000;

    static class Fields {
        volatile int viaUpdater;
        volatile long viaVarHandle;
        long underLock;
        long synced;
    }

    static final AtomicIntegerFieldUpdater<Fields> UPDATER = AtomicIntegerFieldUpdater.newUpdater(Fields.class, "viaUpdater");
    static final VarHandle HANDLE;

    static {
        try {
            HANDLE = MethodHandles.lookup().findVarHandle(Fields.class, "viaVarHandle", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        AtomicInteger atomicInt = new AtomicInteger();
        AtomicLong atomicLong = new AtomicLong();
        LongAdder adder = new LongAdder();
        LongAccumulator max = new LongAccumulator(Long::max, Long.MIN_VALUE);
        AtomicIntegerArray buckets = new AtomicIntegerArray(10);
        AtomicReference<String> longest = new AtomicReference<>("");
        AtomicBoolean spinLock = new AtomicBoolean();
        long[] spinGuarded = new long[1];
        ReentrantLock lock = new ReentrantLock();
        Fields fields = new Fields();
        Object monitor = new Object();

        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int id = t;
            threads.add(new Thread(() -> {
                for (int i = 0; i < ITERATIONS; i++) {
                    atomicInt.incrementAndGet();
                    atomicLong.addAndGet(i);
                    adder.increment();
                    max.accumulate((long) id * ITERATIONS + i);
                    buckets.incrementAndGet(i % 10);
                    UPDATER.incrementAndGet(fields);
                    HANDLE.getAndAdd(fields, 2L);
                    if (i % 1000 == 0) {
                        String candidate = "t" + id + "-" + i;
                        longest.accumulateAndGet(candidate, (a, b) -> a.length() > b.length() || (a.length() == b.length() && a.compareTo(b) > 0) ? a : b);
                    }
                    while (!spinLock.compareAndSet(false, true)) {
                        Thread.onSpinWait();
                    }
                    spinGuarded[0]++;
                    spinLock.set(false);
                    lock.lock();
                    try {
                        fields.underLock++;
                    } finally {
                        lock.unlock();
                    }
                    synchronized (monitor) {
                        fields.synced++;
                    }
                }
            }, "counter-" + t));
        }
        for (Thread t : threads) t.start();
        for (Thread t : threads) t.join();
        long expectedSum = (long) THREADS * ITERATIONS * (ITERATIONS - 1) / 2;
        System.out.println("atomicInt " + atomicInt.get() + " atomicLong ok " + (atomicLong.get() == expectedSum) + " adder " + adder.sum() + " max " + max.get());
        System.out.println("buckets " + buckets + " longest " + longest.get());
        System.out.println("updater " + fields.viaUpdater + " varhandle " + fields.viaVarHandle + " spin " + spinGuarded[0] + " lock " + fields.underLock + " synchronized " + fields.synced);

        // compareAndSet races: exactly one thread wins each slot.
        AtomicReferenceArray<String> winners = new AtomicReferenceArray<>(100);
        AtomicInteger wins = new AtomicInteger();
        threads.clear();
        for (int t = 0; t < THREADS; t++) {
            String name = "w" + t;
            threads.add(new Thread(() -> {
                for (int slot = 0; slot < 100; slot++) {
                    if (winners.compareAndSet(slot, null, name)) wins.incrementAndGet();
                }
            }));
        }
        for (Thread t : threads) t.start();
        for (Thread t : threads) t.join();
        int filled = 0;
        for (int slot = 0; slot < 100; slot++) if (winners.get(slot) != null) filled++;
        System.out.println("slots " + filled + " wins " + wins.get());
    }
}
