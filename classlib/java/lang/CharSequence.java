// A readable sequence of chars, implemented by String and the string builders.
package java.lang;

import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

public interface CharSequence {

    int length();

    char charAt(int index);

    default boolean isEmpty() {
        return this.length() == 0;
    }

    CharSequence subSequence(int start, int end);

    public String toString();

    /** Late-binding: the chars are read when the terminal operation starts. */
    default IntStream chars() {
        return StreamSupport.intStream(() -> Spliterators.spliterator(charArray(this), Spliterator.ORDERED),
                Spliterator.SUBSIZED | Spliterator.SIZED | Spliterator.ORDERED, false);
    }

    private static int[] charArray(CharSequence sequence) {
        int length = sequence.length();
        int[] result = new int[length];
        for (int i = 0; i < length; i++) {
            result[i] = sequence.charAt(i);
        }
        return result;
    }

    /** Late-binding like chars(); the count is not known in advance (surrogate pairs). */
    default IntStream codePoints() {
        return StreamSupport.intStream(() -> Spliterators.spliterator(codePointArray(this), Spliterator.ORDERED),
                Spliterator.ORDERED, false);
    }

    private static int[] codePointArray(CharSequence sequence) {
        int length = sequence.length();
        int[] buffer = new int[length];
        int n = 0;
        for (int i = 0; i < length; ) {
            char c = sequence.charAt(i++);
            if (Character.isHighSurrogate(c) && i < length) {
                char low = sequence.charAt(i);
                if (Character.isLowSurrogate(low)) {
                    i++;
                    buffer[n++] = Character.toCodePoint(c, low);
                    continue;
                }
            }
            buffer[n++] = c;
        }
        int[] result = new int[n];
        System.arraycopy(buffer, 0, result, 0, n);
        return result;
    }

    @SuppressWarnings("unchecked")
    public static int compare(CharSequence cs1, CharSequence cs2) {
        if (Objects.requireNonNull(cs1) == Objects.requireNonNull(cs2)) {
            return 0;
        }
        if (cs1.getClass() == cs2.getClass() && cs1 instanceof Comparable) {
            return ((Comparable<Object>) cs1).compareTo(cs2);
        }
        for (int i = 0, len = Math.min(cs1.length(), cs2.length()); i < len; i++) {
            char a = cs1.charAt(i);
            char b = cs2.charAt(i);
            if (a != b) {
                return a - b;
            }
        }
        return cs1.length() - cs2.length();
    }
}
