// takeWhile/dropWhile over any spliterator: the default methods of Stream use these, so a
// Stream implemented outside this package still gets both operations.
package java.util.stream;

import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.function.Predicate;

final class WhileSpliterators {

    private WhileSpliterators() {}

    static <T> Spliterator<T> taking(Spliterator<T> source, Predicate<? super T> predicate) {
        return new Spliterator<T>() {
            private boolean taking = true;
            private T current;

            public boolean tryAdvance(Consumer<? super T> action) {
                if (!taking || !source.tryAdvance(t -> current = t)) {
                    return false;
                }
                T t = current;
                current = null;
                if (!(taking = predicate.test(t))) {
                    return false;
                }
                action.accept(t);
                return true;
            }

            public Spliterator<T> trySplit() {
                return null;
            }

            public long estimateSize() {
                return taking ? source.estimateSize() : 0;
            }

            public int characteristics() {
                return source.characteristics() & ~(Spliterator.SIZED | Spliterator.SUBSIZED);
            }
        };
    }

    static <T> Spliterator<T> dropping(Spliterator<T> source, Predicate<? super T> predicate) {
        return new Spliterator<T>() {
            private boolean dropping = true;
            private T current;

            public boolean tryAdvance(Consumer<? super T> action) {
                if (dropping) {
                    dropping = false;
                    while (source.tryAdvance(t -> current = t)) {
                        T t = current;
                        current = null;
                        if (!predicate.test(t)) {
                            action.accept(t);
                            return true;
                        }
                    }
                    return false;
                }
                return source.tryAdvance(action);
            }

            public Spliterator<T> trySplit() {
                return null;
            }

            public long estimateSize() {
                return source.estimateSize();
            }

            public int characteristics() {
                return source.characteristics() & ~(Spliterator.SIZED | Spliterator.SUBSIZED);
            }
        };
    }
}
