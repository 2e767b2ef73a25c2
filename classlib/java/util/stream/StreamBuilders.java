// Stream.builder() and friends: collect elements, then build() exactly once; also the
// one-element source of Stream.of(t).
package java.util.stream;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Spliterator;
import java.util.Spliterators;

final class StreamBuilders {

    private StreamBuilders() {}

    /** Characteristics (besides SIZED) of built and single-element sources. */
    static final int BUILT = Spliterator.ORDERED | Spliterator.IMMUTABLE;

    static <T> Spliterator<T> single(T t) {
        return Spliterators.spliterator(new Object[] {t}, BUILT);
    }

    /** Shared state: elements so far, and whether build() has been called. */
    abstract static class Collecting {
        final ArrayList<Object> elements = new ArrayList<>();
        private boolean built;

        final void append(Object value) {
            if (built) {
                throw new IllegalStateException();
            }
            elements.add(value);
        }

        final Object[] finish() {
            if (built) {
                throw new IllegalStateException();
            }
            built = true;
            return elements.toArray();
        }
    }

    static final class OfRef<T> extends Collecting implements Stream.Builder<T> {
        @Override
        public void accept(T t) {
            append(t);
        }

        @Override
        public Stream<T> build() {
            return StreamSupport.stream(Spliterators.spliterator(finish(), BUILT), false);
        }
    }

    static final class OfInt extends Collecting implements IntStream.Builder {
        @Override
        public void accept(int t) {
            append(t);
        }

        @Override
        public IntStream build() {
            Object[] boxed = finish();
            int[] values = new int[boxed.length];
            for (int i = 0; i < boxed.length; i++) {
                values[i] = (Integer) boxed[i];
            }
            return StreamSupport.intStream(Spliterators.spliterator(values, BUILT), false);
        }
    }

    static final class OfLong extends Collecting implements LongStream.Builder {
        @Override
        public void accept(long t) {
            append(t);
        }

        @Override
        public LongStream build() {
            Object[] boxed = finish();
            long[] values = new long[boxed.length];
            for (int i = 0; i < boxed.length; i++) {
                values[i] = (Long) boxed[i];
            }
            return StreamSupport.longStream(Spliterators.spliterator(values, BUILT), false);
        }
    }

    static final class OfDouble extends Collecting implements DoubleStream.Builder {
        @Override
        public void accept(double t) {
            append(t);
        }

        @Override
        public DoubleStream build() {
            Object[] boxed = finish();
            double[] values = new double[boxed.length];
            for (int i = 0; i < boxed.length; i++) {
                values[i] = (Double) boxed[i];
            }
            return StreamSupport.doubleStream(Spliterators.spliterator(values, BUILT), false);
        }
    }
}
