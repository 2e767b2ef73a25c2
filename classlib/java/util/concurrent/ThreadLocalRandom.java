// A random generator per thread (current()), with no locking. Each thread's generator is seeded
// from a global seed sequence mixed with the clock, so sequences differ between threads and runs
// (as on HotSpot, programs can only rely on ranges). The bounded methods come from Random, which
// implements them on next(bits) with the JDK's checks and messages.
package java.util.concurrent;

import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

public class ThreadLocalRandom extends Random {

    private static final long serialVersionUID = -5851777807851030925L;
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
    private static final AtomicLong SEEDER = new AtomicLong(mix64(System.currentTimeMillis()) ^ mix64(System.nanoTime()));

    private static final ThreadLocal<ThreadLocalRandom> CURRENT = ThreadLocal.withInitial(ThreadLocalRandom::new);

    private long state;
    private final boolean initialized;

    private ThreadLocalRandom() {
        state = mix64(SEEDER.getAndAdd(GOLDEN_GAMMA << 1) ^ System.nanoTime());
        initialized = true;
    }

    public static ThreadLocalRandom current() {
        return CURRENT.get();
    }

    /** Stafford's variant 13 of the SplitMix64 finalizer. */
    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    @Override
    public void setSeed(long seed) {
        if (initialized) {
            throw new UnsupportedOperationException();
        }
    }

    @Override
    protected int next(int bits) {
        state += GOLDEN_GAMMA;
        return (int) (mix64(state) >>> (64 - bits));
    }
}
