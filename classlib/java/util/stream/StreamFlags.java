// What a stage knows about its elements: the flags decide whether count() may answer from the
// size alone, whether a natural sort or distinct() has anything to do, and whether the source
// must be pulled element by element so that a short-circuiting stage can stop it.
package java.util.stream;

import java.util.Spliterator;

final class StreamFlags {

    private StreamFlags() {}

    static final int SIZED = 1;
    static final int SORTED = 2;
    static final int DISTINCT = 4;
    static final int ORDERED = 8;
    /** Some stage may stop the stream early (limit, takeWhile, findFirst, anyMatch, ...). */
    static final int SHORT_CIRCUIT = 16;

    static int fromSpliterator(Spliterator<?> spliterator) {
        int c = spliterator.characteristics();
        int flags = 0;
        if ((c & Spliterator.SIZED) != 0) {
            flags |= SIZED;
        }
        if ((c & Spliterator.DISTINCT) != 0) {
            flags |= DISTINCT;
        }
        if ((c & Spliterator.ORDERED) != 0) {
            flags |= ORDERED;
        }
        // Only a natural order counts as "sorted" for the stream.
        if ((c & Spliterator.SORTED) != 0 && spliterator.getComparator() == null) {
            flags |= SORTED;
        }
        return flags;
    }

    static int toCharacteristics(int flags) {
        int c = 0;
        if ((flags & SIZED) != 0) {
            c |= Spliterator.SIZED;
        }
        if ((flags & DISTINCT) != 0) {
            c |= Spliterator.DISTINCT;
        }
        if ((flags & ORDERED) != 0) {
            c |= Spliterator.ORDERED;
        }
        if ((flags & SORTED) != 0) {
            c |= Spliterator.SORTED;
        }
        return c;
    }
}
