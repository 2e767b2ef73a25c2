// AtomicInteger/Long/Boolean/Reference, field updaters, adders and accumulators (single thread).
import java.util.concurrent.atomic.*;

public class AtomicsBasic {
    static class Holder {
        volatile int count;
        volatile long total;
        volatile String name;
        int plain;
        volatile long notInt;
    }

    public static void main(String[] args) {
        AtomicInteger ai = new AtomicInteger();
        System.out.println("int: " + ai + " " + ai.incrementAndGet() + " " + ai.getAndIncrement() + " " + ai.get());
        System.out.println(ai.addAndGet(40) + " " + ai.getAndAdd(-2) + " " + ai.decrementAndGet() + " " + ai.getAndDecrement() + " " + ai);
        System.out.println(ai.compareAndSet(1, 5) + " " + ai.compareAndSet(38, 5) + " " + ai.getAndSet(7) + " " + ai.get());
        System.out.println(ai.updateAndGet(x -> x * 3) + " " + ai.getAndUpdate(x -> x - 1) + " " + ai.accumulateAndGet(10, Math::max) + " " + ai.getAndAccumulate(4, (a, b) -> a * b) + " " + ai);
        System.out.println(ai.compareAndExchange(40, 1) + " " + ai.compareAndExchange(0, 9) + " " + ai.weakCompareAndSetVolatile(40, 41) + " " + ai.getAcquire() + " " + ai.getPlain() + " " + ai.getOpaque());
        ai.set(Integer.MAX_VALUE);
        System.out.println("overflow " + ai.incrementAndGet() + " " + ai.intValue() + " " + ai.longValue() + " " + ai.doubleValue() + " " + ai.floatValue());
        ai.lazySet(3); ai.setRelease(ai.get() + 1); ai.setOpaque(ai.get() * 2); ai.setPlain(ai.get() + 1);
        System.out.println("after sets " + ai);

        AtomicLong al = new AtomicLong(Long.MIN_VALUE);
        System.out.println("long: " + al.decrementAndGet() + " " + al.addAndGet(2) + " " + al.getAndAdd(1L << 40) + " " + al);
        System.out.println(al.compareAndSet(Long.MAX_VALUE, 0) + " " + al.updateAndGet(x -> x / 3) + " " + al.accumulateAndGet(7, Long::sum) + " " + al.intValue());
        AtomicLong counter = new AtomicLong();
        for (int i = 0; i < 1000; i++) counter.addAndGet(i);
        System.out.println("sum " + counter.get() + " " + counter.getAndSet(-1) + " " + counter);

        AtomicBoolean ab = new AtomicBoolean();
        System.out.println("bool: " + ab + " " + ab.compareAndSet(false, true) + " " + ab.compareAndSet(false, true) + " " + ab.getAndSet(false) + " " + ab.get() + " " + ab.compareAndExchange(false, true) + " " + ab);

        AtomicReference<String> ar = new AtomicReference<>();
        System.out.println("ref: " + ar + " " + ar.compareAndSet(null, "a") + " " + ar.get());
        String b = new String("a");
        System.out.println("identity cas " + ar.compareAndSet(b, "x") + " " + ar.compareAndSet("a", "b") + " " + ar);
        System.out.println(ar.updateAndGet(s -> s + s) + " " + ar.getAndUpdate(s -> s.toUpperCase()) + " " + ar.accumulateAndGet("!", String::concat) + " " + ar.getAndSet(null) + " " + ar);

        AtomicStampedReference<String> asr = new AtomicStampedReference<>("v1", 0);
        int[] stamp = new int[1];
        String cur = asr.get(stamp);
        System.out.println("stamped " + cur + " " + stamp[0] + " " + asr.compareAndSet("v1", "v2", 1, 2) + " " + asr.compareAndSet("v1", "v2", 0, 1) + " " + asr.getReference() + " " + asr.getStamp() + " " + asr.attemptStamp("v2", 9) + " " + asr.getStamp());
        AtomicMarkableReference<String> amr = new AtomicMarkableReference<>("m", false);
        boolean[] mark = new boolean[1];
        System.out.println("markable " + amr.get(mark) + " " + mark[0] + " " + amr.compareAndSet("m", "n", false, true) + " " + amr.isMarked() + " " + amr.getReference() + " " + amr.attemptMark("n", false) + " " + amr.isMarked());

        Holder h = new Holder();
        AtomicIntegerFieldUpdater<Holder> cu = AtomicIntegerFieldUpdater.newUpdater(Holder.class, "count");
        AtomicLongFieldUpdater<Holder> tu = AtomicLongFieldUpdater.newUpdater(Holder.class, "total");
        AtomicReferenceFieldUpdater<Holder, String> nu = AtomicReferenceFieldUpdater.newUpdater(Holder.class, String.class, "name");
        System.out.println("updaters " + cu.incrementAndGet(h) + " " + cu.addAndGet(h, 10) + " " + cu.compareAndSet(h, 11, 20) + " " + h.count + " " + cu.getAndUpdate(h, x -> -x) + " " + cu.get(h));
        System.out.println(tu.addAndGet(h, 1L << 33) + " " + tu.getAndIncrement(h) + " " + tu.accumulateAndGet(h, 5, Long::sum) + " " + h.total);
        System.out.println(nu.compareAndSet(h, null, "first") + " " + nu.getAndSet(h, "second") + " " + nu.updateAndGet(h, s -> s + "!") + " " + h.name);
        tryIt(() -> AtomicIntegerFieldUpdater.newUpdater(Holder.class, "missing"));
        tryIt(() -> AtomicIntegerFieldUpdater.newUpdater(Holder.class, "plain"));
        tryIt(() -> AtomicIntegerFieldUpdater.newUpdater(Holder.class, "total"));
        tryIt(() -> AtomicLongFieldUpdater.newUpdater(Holder.class, "count"));
        tryIt(() -> AtomicReferenceFieldUpdater.newUpdater(Holder.class, Integer.class, "name"));
        tryIt(() -> cu.get(null));

        LongAdder adder = new LongAdder();
        for (int i = 1; i <= 100; i++) adder.add(i);
        adder.increment(); adder.decrement(); adder.decrement();
        System.out.println("adder " + adder + " " + adder.sum() + " " + adder.intValue() + " " + adder.sumThenReset() + " " + adder.sum());
        DoubleAdder dadder = new DoubleAdder();
        for (int i = 0; i < 10; i++) dadder.add(0.1);
        System.out.println("dadder " + dadder + " " + dadder.sum() + " " + dadder.longValue());
        LongAccumulator max = new LongAccumulator(Long::max, Long.MIN_VALUE);
        for (long v : new long[] {3, -8, 42, 7}) max.accumulate(v);
        System.out.println("max " + max + " " + max.get() + " " + max.getThenReset() + " " + max.get());
        DoubleAccumulator prod = new DoubleAccumulator((x, y) -> x * y, 1.0);
        for (double v : new double[] {1.5, 2, -0.25}) prod.accumulate(v);
        System.out.println("prod " + prod + " " + prod.intValue());
    }

    interface Action { Object run() throws Exception; }

    static void tryIt(Action a) {
        try {
            System.out.println("ok " + a.run().getClass().getSimpleName().isEmpty());
        } catch (Exception e) {
            System.out.println(e + " cause=" + e.getCause());
        }
    }
}
