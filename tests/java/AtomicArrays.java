// AtomicIntegerArray, AtomicLongArray, AtomicReferenceArray (single thread): values, bounds, toString.
import java.util.concurrent.atomic.*;

public class AtomicArrays {
    public static void main(String[] args) {
        AtomicIntegerArray ia = new AtomicIntegerArray(5);
        for (int i = 0; i < ia.length(); i++) ia.set(i, i * i);
        System.out.println(ia + " len " + ia.length());
        System.out.println(ia.incrementAndGet(0) + " " + ia.getAndAdd(4, 100) + " " + ia.addAndGet(2, -10) + " " + ia.compareAndSet(3, 9, 90) + " " + ia.compareAndSet(3, 9, 91) + " " + ia);
        System.out.println(ia.updateAndGet(1, x -> x << 4) + " " + ia.accumulateAndGet(1, 3, (a, b) -> a - b) + " " + ia.getAndSet(0, -1) + " " + ia.getAndDecrement(0) + " " + ia.decrementAndGet(0) + " " + ia.compareAndExchange(0, -3, 0) + " " + ia);
        int[] src = {7, 8, 9};
        AtomicIntegerArray copy = new AtomicIntegerArray(src);
        src[0] = 100;
        System.out.println("copied " + copy + " " + new AtomicIntegerArray(0));
        for (int bad : new int[] {-1, 5, Integer.MIN_VALUE}) {
            try {
                ia.get(bad);
            } catch (IndexOutOfBoundsException e) {
                System.out.println(e);
            }
        }
        try { ia.set(5, 1); } catch (IndexOutOfBoundsException e) { System.out.println(e); }
        try { new AtomicIntegerArray(-2); } catch (NegativeArraySizeException e) { System.out.println(e); }
        try { new AtomicIntegerArray(null); } catch (NullPointerException e) { System.out.println("npe"); }

        AtomicLongArray la = new AtomicLongArray(new long[] {Long.MAX_VALUE, 0, -5});
        System.out.println(la.incrementAndGet(0) + " " + la.getAndAdd(1, 1L << 50) + " " + la.accumulateAndGet(2, 10, Math::max) + " " + la);
        try { la.compareAndSet(3, 0, 0); } catch (IndexOutOfBoundsException e) { System.out.println(e); }

        AtomicReferenceArray<String> ra = new AtomicReferenceArray<>(new String[] {"a", null, "c"});
        System.out.println(ra + " " + ra.length() + " " + ra.get(1));
        System.out.println(ra.compareAndSet(1, null, "b") + " " + ra.getAndSet(0, "A") + " " + ra.updateAndGet(2, s -> s + s) + " " + ra.getAndAccumulate(1, "!", String::concat) + " " + ra);
        String fresh = new String("A");
        System.out.println("identity " + ra.compareAndSet(0, fresh, "z") + " " + ra.get(0));
        try { ra.lazySet(-1, "x"); } catch (IndexOutOfBoundsException e) { System.out.println(e); }
        AtomicReferenceArray<Object> empty = new AtomicReferenceArray<>(3);
        System.out.println(empty + " " + new AtomicReferenceArray<Integer>(0));

        // A sieve on an AtomicIntegerArray: exact values.
        AtomicIntegerArray composite = new AtomicIntegerArray(100);
        for (int i = 2; i < 100; i++) {
            if (composite.get(i) == 0) {
                for (int j = i * i; j < 100; j += i) composite.set(j, 1);
            }
        }
        StringBuilder primes = new StringBuilder();
        for (int i = 2; i < 100; i++) if (composite.get(i) == 0) primes.append(i).append(' ');
        System.out.println(primes.toString().trim());
    }
}
