// Factories for spliterators over arrays, collections and iterators, the iterator view of a
// spliterator, and skeletal classes for writing spliterators. islet runs streams sequentially,
// so only array spliterators split; iterator-backed ones answer trySplit() with null (allowed).
package java.util;

import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

public final class Spliterators {

    private Spliterators() {}

    private static void checkFromToBounds(int arrayLength, int origin, int fence) {
        if (origin > fence) {
            throw new ArrayIndexOutOfBoundsException("origin(" + origin + ") > fence(" + fence + ")");
        }
        if (origin < 0) {
            throw new ArrayIndexOutOfBoundsException(origin);
        }
        if (fence > arrayLength) {
            throw new ArrayIndexOutOfBoundsException(fence);
        }
    }

    // ---- Empty ----

    public static <T> Spliterator<T> emptySpliterator() {
        return new EmptySpliterator<>();
    }

    public static Spliterator.OfInt emptyIntSpliterator() {
        return new ArrayIntSpliterator(new int[0], 0, 0, 0);
    }

    public static Spliterator.OfLong emptyLongSpliterator() {
        return new ArrayLongSpliterator(new long[0], 0, 0, 0);
    }

    public static Spliterator.OfDouble emptyDoubleSpliterator() {
        return new ArrayDoubleSpliterator(new double[0], 0, 0, 0);
    }

    private static final class EmptySpliterator<T> implements Spliterator<T> {
        public boolean tryAdvance(Consumer<? super T> action) {
            Objects.requireNonNull(action);
            return false;
        }

        public void forEachRemaining(Consumer<? super T> action) {
            Objects.requireNonNull(action);
        }

        public Spliterator<T> trySplit() {
            return null;
        }

        public long estimateSize() {
            return 0;
        }

        public int characteristics() {
            return Spliterator.SIZED | Spliterator.SUBSIZED;
        }
    }

    // ---- Arrays ----

    public static <T> Spliterator<T> spliterator(Object[] array, int additionalCharacteristics) {
        return new ArraySpliterator<>(Objects.requireNonNull(array), 0, array.length, additionalCharacteristics);
    }

    public static <T> Spliterator<T> spliterator(Object[] array, int fromIndex, int toIndex,
            int additionalCharacteristics) {
        checkFromToBounds(Objects.requireNonNull(array).length, fromIndex, toIndex);
        return new ArraySpliterator<>(array, fromIndex, toIndex, additionalCharacteristics);
    }

    public static Spliterator.OfInt spliterator(int[] array, int additionalCharacteristics) {
        return new ArrayIntSpliterator(Objects.requireNonNull(array), 0, array.length, additionalCharacteristics);
    }

    public static Spliterator.OfInt spliterator(int[] array, int fromIndex, int toIndex,
            int additionalCharacteristics) {
        checkFromToBounds(Objects.requireNonNull(array).length, fromIndex, toIndex);
        return new ArrayIntSpliterator(array, fromIndex, toIndex, additionalCharacteristics);
    }

    public static Spliterator.OfLong spliterator(long[] array, int additionalCharacteristics) {
        return new ArrayLongSpliterator(Objects.requireNonNull(array), 0, array.length, additionalCharacteristics);
    }

    public static Spliterator.OfLong spliterator(long[] array, int fromIndex, int toIndex,
            int additionalCharacteristics) {
        checkFromToBounds(Objects.requireNonNull(array).length, fromIndex, toIndex);
        return new ArrayLongSpliterator(array, fromIndex, toIndex, additionalCharacteristics);
    }

    public static Spliterator.OfDouble spliterator(double[] array, int additionalCharacteristics) {
        return new ArrayDoubleSpliterator(Objects.requireNonNull(array), 0, array.length,
                additionalCharacteristics);
    }

    public static Spliterator.OfDouble spliterator(double[] array, int fromIndex, int toIndex,
            int additionalCharacteristics) {
        checkFromToBounds(Objects.requireNonNull(array).length, fromIndex, toIndex);
        return new ArrayDoubleSpliterator(array, fromIndex, toIndex, additionalCharacteristics);
    }

    /** Shared bookkeeping of the array spliterators: a half-open index range. */
    abstract static class ArrayRange {
        int index;
        final int fence;
        final int characteristics;

        ArrayRange(int origin, int fence, int additionalCharacteristics) {
            this.index = origin;
            this.fence = fence;
            this.characteristics = additionalCharacteristics | Spliterator.SIZED | Spliterator.SUBSIZED;
        }

        public long estimateSize() {
            return (long) (fence - index);
        }

        public int characteristics() {
            return characteristics;
        }

        /** Gives the lower half of what is left to a new spliterator; -1 when too small. */
        int splitOffLowerHalf() {
            int lo = index;
            int mid = (lo + fence) >>> 1;
            if (lo >= mid) {
                return -1;
            }
            index = mid;
            return lo;
        }
    }

    static final class ArraySpliterator<T> extends ArrayRange implements Spliterator<T> {
        private final Object[] array;

        ArraySpliterator(Object[] array, int origin, int fence, int additionalCharacteristics) {
            super(origin, fence, additionalCharacteristics);
            this.array = array;
        }

        public Spliterator<T> trySplit() {
            int lo = splitOffLowerHalf();
            return lo < 0 ? null : new ArraySpliterator<>(array, lo, index, characteristics);
        }

        @SuppressWarnings("unchecked")
        public boolean tryAdvance(Consumer<? super T> action) {
            Objects.requireNonNull(action);
            if (index >= 0 && index < fence) {
                action.accept((T) array[index++]);
                return true;
            }
            return false;
        }

        @SuppressWarnings("unchecked")
        public void forEachRemaining(Consumer<? super T> action) {
            Objects.requireNonNull(action);
            int i = index;
            index = fence;
            for (; i < fence; i++) {
                action.accept((T) array[i]);
            }
        }

        public Comparator<? super T> getComparator() {
            if (hasCharacteristics(Spliterator.SORTED)) {
                return null;
            }
            throw new IllegalStateException();
        }
    }

    static final class ArrayIntSpliterator extends ArrayRange implements Spliterator.OfInt {
        private final int[] array;

        ArrayIntSpliterator(int[] array, int origin, int fence, int additionalCharacteristics) {
            super(origin, fence, additionalCharacteristics);
            this.array = array;
        }

        public Spliterator.OfInt trySplit() {
            int lo = splitOffLowerHalf();
            return lo < 0 ? null : new ArrayIntSpliterator(array, lo, index, characteristics);
        }

        public boolean tryAdvance(IntConsumer action) {
            Objects.requireNonNull(action);
            if (index >= 0 && index < fence) {
                action.accept(array[index++]);
                return true;
            }
            return false;
        }

        public void forEachRemaining(IntConsumer action) {
            Objects.requireNonNull(action);
            int i = index;
            index = fence;
            for (; i < fence; i++) {
                action.accept(array[i]);
            }
        }

        public Comparator<? super Integer> getComparator() {
            if (hasCharacteristics(Spliterator.SORTED)) {
                return null;
            }
            throw new IllegalStateException();
        }
    }

    static final class ArrayLongSpliterator extends ArrayRange implements Spliterator.OfLong {
        private final long[] array;

        ArrayLongSpliterator(long[] array, int origin, int fence, int additionalCharacteristics) {
            super(origin, fence, additionalCharacteristics);
            this.array = array;
        }

        public Spliterator.OfLong trySplit() {
            int lo = splitOffLowerHalf();
            return lo < 0 ? null : new ArrayLongSpliterator(array, lo, index, characteristics);
        }

        public boolean tryAdvance(LongConsumer action) {
            Objects.requireNonNull(action);
            if (index >= 0 && index < fence) {
                action.accept(array[index++]);
                return true;
            }
            return false;
        }

        public void forEachRemaining(LongConsumer action) {
            Objects.requireNonNull(action);
            int i = index;
            index = fence;
            for (; i < fence; i++) {
                action.accept(array[i]);
            }
        }

        public Comparator<? super Long> getComparator() {
            if (hasCharacteristics(Spliterator.SORTED)) {
                return null;
            }
            throw new IllegalStateException();
        }
    }

    static final class ArrayDoubleSpliterator extends ArrayRange implements Spliterator.OfDouble {
        private final double[] array;

        ArrayDoubleSpliterator(double[] array, int origin, int fence, int additionalCharacteristics) {
            super(origin, fence, additionalCharacteristics);
            this.array = array;
        }

        public Spliterator.OfDouble trySplit() {
            int lo = splitOffLowerHalf();
            return lo < 0 ? null : new ArrayDoubleSpliterator(array, lo, index, characteristics);
        }

        public boolean tryAdvance(DoubleConsumer action) {
            Objects.requireNonNull(action);
            if (index >= 0 && index < fence) {
                action.accept(array[index++]);
                return true;
            }
            return false;
        }

        public void forEachRemaining(DoubleConsumer action) {
            Objects.requireNonNull(action);
            int i = index;
            index = fence;
            for (; i < fence; i++) {
                action.accept(array[i]);
            }
        }

        public Comparator<? super Double> getComparator() {
            if (hasCharacteristics(Spliterator.SORTED)) {
                return null;
            }
            throw new IllegalStateException();
        }
    }

    // ---- Collections and iterators ----

    public static <T> Spliterator<T> spliterator(Collection<? extends T> c, int characteristics) {
        return new IteratorSpliterator<>(Objects.requireNonNull(c), null, -1, characteristics, true);
    }

    public static <T> Spliterator<T> spliterator(Iterator<? extends T> iterator, long size, int characteristics) {
        return new IteratorSpliterator<>(null, Objects.requireNonNull(iterator), size, characteristics, true);
    }

    public static <T> Spliterator<T> spliteratorUnknownSize(Iterator<? extends T> iterator, int characteristics) {
        return new IteratorSpliterator<>(null, Objects.requireNonNull(iterator), Long.MAX_VALUE,
                characteristics, false);
    }

    public static Spliterator.OfInt spliterator(PrimitiveIterator.OfInt iterator, long size, int characteristics) {
        return new IntIteratorSpliterator(Objects.requireNonNull(iterator), size, characteristics, true);
    }

    public static Spliterator.OfInt spliteratorUnknownSize(PrimitiveIterator.OfInt iterator, int characteristics) {
        return new IntIteratorSpliterator(Objects.requireNonNull(iterator), Long.MAX_VALUE, characteristics, false);
    }

    public static Spliterator.OfLong spliterator(PrimitiveIterator.OfLong iterator, long size, int characteristics) {
        return new LongIteratorSpliterator(Objects.requireNonNull(iterator), size, characteristics, true);
    }

    public static Spliterator.OfLong spliteratorUnknownSize(PrimitiveIterator.OfLong iterator, int characteristics) {
        return new LongIteratorSpliterator(Objects.requireNonNull(iterator), Long.MAX_VALUE, characteristics, false);
    }

    public static Spliterator.OfDouble spliterator(PrimitiveIterator.OfDouble iterator, long size,
            int characteristics) {
        return new DoubleIteratorSpliterator(Objects.requireNonNull(iterator), size, characteristics, true);
    }

    public static Spliterator.OfDouble spliteratorUnknownSize(PrimitiveIterator.OfDouble iterator,
            int characteristics) {
        return new DoubleIteratorSpliterator(Objects.requireNonNull(iterator), Long.MAX_VALUE, characteristics,
                false);
    }

    private static int sizedCharacteristics(int characteristics, boolean sized) {
        if (sized && (characteristics & Spliterator.CONCURRENT) == 0) {
            return characteristics | Spliterator.SIZED | Spliterator.SUBSIZED;
        }
        return sized ? characteristics : characteristics & ~(Spliterator.SIZED | Spliterator.SUBSIZED);
    }

    /**
     * Walks an iterator; over a collection the iterator is taken (and the size read) only when
     * traversal starts, so a stream sees changes made to its collection before the terminal op.
     */
    static final class IteratorSpliterator<T> implements Spliterator<T> {
        private final Collection<? extends T> collection;
        private Iterator<? extends T> iterator;
        private long estimate;
        private final int characteristics;

        IteratorSpliterator(Collection<? extends T> collection, Iterator<? extends T> iterator, long estimate,
                int characteristics, boolean sized) {
            this.collection = collection;
            this.iterator = iterator;
            this.estimate = estimate;
            this.characteristics = sizedCharacteristics(characteristics, sized);
        }

        private Iterator<? extends T> started() {
            if (iterator == null) {
                iterator = collection.iterator();
                estimate = collection.size();
            }
            return iterator;
        }

        public boolean tryAdvance(Consumer<? super T> action) {
            Objects.requireNonNull(action);
            Iterator<? extends T> it = started();
            if (it.hasNext()) {
                action.accept(it.next());
                return true;
            }
            return false;
        }

        public void forEachRemaining(Consumer<? super T> action) {
            Objects.requireNonNull(action);
            started().forEachRemaining(action);
        }

        public Spliterator<T> trySplit() {
            return null;
        }

        public long estimateSize() {
            if (iterator == null) {
                started();
            }
            return estimate;
        }

        public int characteristics() {
            return characteristics;
        }

        public Comparator<? super T> getComparator() {
            if (hasCharacteristics(Spliterator.SORTED)) {
                return null;
            }
            throw new IllegalStateException();
        }
    }

    static final class IntIteratorSpliterator implements Spliterator.OfInt {
        private final PrimitiveIterator.OfInt iterator;
        private final long estimate;
        private final int characteristics;

        IntIteratorSpliterator(PrimitiveIterator.OfInt iterator, long estimate, int characteristics, boolean sized) {
            this.iterator = iterator;
            this.estimate = estimate;
            this.characteristics = sizedCharacteristics(characteristics, sized);
        }

        public boolean tryAdvance(IntConsumer action) {
            Objects.requireNonNull(action);
            if (iterator.hasNext()) {
                action.accept(iterator.nextInt());
                return true;
            }
            return false;
        }

        public void forEachRemaining(IntConsumer action) {
            iterator.forEachRemaining(Objects.requireNonNull(action));
        }

        public Spliterator.OfInt trySplit() {
            return null;
        }

        public long estimateSize() {
            return estimate;
        }

        public int characteristics() {
            return characteristics;
        }
    }

    static final class LongIteratorSpliterator implements Spliterator.OfLong {
        private final PrimitiveIterator.OfLong iterator;
        private final long estimate;
        private final int characteristics;

        LongIteratorSpliterator(PrimitiveIterator.OfLong iterator, long estimate, int characteristics,
                boolean sized) {
            this.iterator = iterator;
            this.estimate = estimate;
            this.characteristics = sizedCharacteristics(characteristics, sized);
        }

        public boolean tryAdvance(LongConsumer action) {
            Objects.requireNonNull(action);
            if (iterator.hasNext()) {
                action.accept(iterator.nextLong());
                return true;
            }
            return false;
        }

        public void forEachRemaining(LongConsumer action) {
            iterator.forEachRemaining(Objects.requireNonNull(action));
        }

        public Spliterator.OfLong trySplit() {
            return null;
        }

        public long estimateSize() {
            return estimate;
        }

        public int characteristics() {
            return characteristics;
        }
    }

    static final class DoubleIteratorSpliterator implements Spliterator.OfDouble {
        private final PrimitiveIterator.OfDouble iterator;
        private final long estimate;
        private final int characteristics;

        DoubleIteratorSpliterator(PrimitiveIterator.OfDouble iterator, long estimate, int characteristics,
                boolean sized) {
            this.iterator = iterator;
            this.estimate = estimate;
            this.characteristics = sizedCharacteristics(characteristics, sized);
        }

        public boolean tryAdvance(DoubleConsumer action) {
            Objects.requireNonNull(action);
            if (iterator.hasNext()) {
                action.accept(iterator.nextDouble());
                return true;
            }
            return false;
        }

        public void forEachRemaining(DoubleConsumer action) {
            iterator.forEachRemaining(Objects.requireNonNull(action));
        }

        public Spliterator.OfDouble trySplit() {
            return null;
        }

        public long estimateSize() {
            return estimate;
        }

        public int characteristics() {
            return characteristics;
        }
    }

    // ---- Iterator views: pull one element ahead with tryAdvance ----

    public static <T> Iterator<T> iterator(Spliterator<? extends T> spliterator) {
        Objects.requireNonNull(spliterator);
        class Adapter implements Iterator<T>, Consumer<T> {
            private boolean valueReady;
            private T nextElement;

            public void accept(T t) {
                valueReady = true;
                nextElement = t;
            }

            public boolean hasNext() {
                if (!valueReady) {
                    spliterator.tryAdvance(this);
                }
                return valueReady;
            }

            public T next() {
                if (!valueReady && !hasNext()) {
                    throw new NoSuchElementException();
                }
                valueReady = false;
                T t = nextElement;
                nextElement = null;
                return t;
            }

            public void forEachRemaining(Consumer<? super T> action) {
                Objects.requireNonNull(action);
                if (valueReady) {
                    valueReady = false;
                    T t = nextElement;
                    nextElement = null;
                    action.accept(t);
                }
                spliterator.forEachRemaining(action);
            }
        }
        return new Adapter();
    }

    public static PrimitiveIterator.OfInt iterator(Spliterator.OfInt spliterator) {
        Objects.requireNonNull(spliterator);
        class Adapter implements PrimitiveIterator.OfInt, IntConsumer {
            private boolean valueReady;
            private int nextElement;

            public void accept(int t) {
                valueReady = true;
                nextElement = t;
            }

            public boolean hasNext() {
                if (!valueReady) {
                    spliterator.tryAdvance(this);
                }
                return valueReady;
            }

            public int nextInt() {
                if (!valueReady && !hasNext()) {
                    throw new NoSuchElementException();
                }
                valueReady = false;
                return nextElement;
            }

            public void forEachRemaining(IntConsumer action) {
                Objects.requireNonNull(action);
                if (valueReady) {
                    valueReady = false;
                    action.accept(nextElement);
                }
                spliterator.forEachRemaining(action);
            }
        }
        return new Adapter();
    }

    public static PrimitiveIterator.OfLong iterator(Spliterator.OfLong spliterator) {
        Objects.requireNonNull(spliterator);
        class Adapter implements PrimitiveIterator.OfLong, LongConsumer {
            private boolean valueReady;
            private long nextElement;

            public void accept(long t) {
                valueReady = true;
                nextElement = t;
            }

            public boolean hasNext() {
                if (!valueReady) {
                    spliterator.tryAdvance(this);
                }
                return valueReady;
            }

            public long nextLong() {
                if (!valueReady && !hasNext()) {
                    throw new NoSuchElementException();
                }
                valueReady = false;
                return nextElement;
            }

            public void forEachRemaining(LongConsumer action) {
                Objects.requireNonNull(action);
                if (valueReady) {
                    valueReady = false;
                    action.accept(nextElement);
                }
                spliterator.forEachRemaining(action);
            }
        }
        return new Adapter();
    }

    public static PrimitiveIterator.OfDouble iterator(Spliterator.OfDouble spliterator) {
        Objects.requireNonNull(spliterator);
        class Adapter implements PrimitiveIterator.OfDouble, DoubleConsumer {
            private boolean valueReady;
            private double nextElement;

            public void accept(double t) {
                valueReady = true;
                nextElement = t;
            }

            public boolean hasNext() {
                if (!valueReady) {
                    spliterator.tryAdvance(this);
                }
                return valueReady;
            }

            public double nextDouble() {
                if (!valueReady && !hasNext()) {
                    throw new NoSuchElementException();
                }
                valueReady = false;
                return nextElement;
            }

            public void forEachRemaining(DoubleConsumer action) {
                Objects.requireNonNull(action);
                if (valueReady) {
                    valueReady = false;
                    action.accept(nextElement);
                }
                spliterator.forEachRemaining(action);
            }
        }
        return new Adapter();
    }

    // ---- Skeletal implementations: subclasses supply tryAdvance ----

    public abstract static class AbstractSpliterator<T> implements Spliterator<T> {
        private long estimate;
        private final int characteristics;

        protected AbstractSpliterator(long est, int additionalCharacteristics) {
            this.estimate = est;
            this.characteristics = ((additionalCharacteristics & Spliterator.SIZED) != 0)
                    ? additionalCharacteristics | Spliterator.SUBSIZED
                    : additionalCharacteristics;
        }

        public Spliterator<T> trySplit() {
            return null;
        }

        public long estimateSize() {
            return estimate;
        }

        public int characteristics() {
            return characteristics;
        }
    }

    public abstract static class AbstractIntSpliterator implements Spliterator.OfInt {
        private final long estimate;
        private final int characteristics;

        protected AbstractIntSpliterator(long est, int additionalCharacteristics) {
            this.estimate = est;
            this.characteristics = ((additionalCharacteristics & Spliterator.SIZED) != 0)
                    ? additionalCharacteristics | Spliterator.SUBSIZED
                    : additionalCharacteristics;
        }

        public Spliterator.OfInt trySplit() {
            return null;
        }

        public long estimateSize() {
            return estimate;
        }

        public int characteristics() {
            return characteristics;
        }
    }

    public abstract static class AbstractLongSpliterator implements Spliterator.OfLong {
        private final long estimate;
        private final int characteristics;

        protected AbstractLongSpliterator(long est, int additionalCharacteristics) {
            this.estimate = est;
            this.characteristics = ((additionalCharacteristics & Spliterator.SIZED) != 0)
                    ? additionalCharacteristics | Spliterator.SUBSIZED
                    : additionalCharacteristics;
        }

        public Spliterator.OfLong trySplit() {
            return null;
        }

        public long estimateSize() {
            return estimate;
        }

        public int characteristics() {
            return characteristics;
        }
    }

    public abstract static class AbstractDoubleSpliterator implements Spliterator.OfDouble {
        private final long estimate;
        private final int characteristics;

        protected AbstractDoubleSpliterator(long est, int additionalCharacteristics) {
            this.estimate = est;
            this.characteristics = ((additionalCharacteristics & Spliterator.SIZED) != 0)
                    ? additionalCharacteristics | Spliterator.SUBSIZED
                    : additionalCharacteristics;
        }

        public Spliterator.OfDouble trySplit() {
            return null;
        }

        public long estimateSize() {
            return estimate;
        }

        public int characteristics() {
            return characteristics;
        }
    }
}
