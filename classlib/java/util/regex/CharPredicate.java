// A test on one code point: the building block of character classes, escapes like \d and
// properties like \p{Lu}. Combinators build unions, intersections and complements.
package java.util.regex;

@FunctionalInterface
interface CharPredicate {

    boolean is(int ch);

    default CharPredicate and(CharPredicate other) {
        return ch -> is(ch) && other.is(ch);
    }

    default CharPredicate union(CharPredicate other) {
        return ch -> is(ch) || other.is(ch);
    }

    default CharPredicate negate() {
        return ch -> !is(ch);
    }

    static CharPredicate single(int c) {
        return ch -> ch == c;
    }

    static CharPredicate range(int lower, int upper) {
        return ch -> lower <= ch && ch <= upper;
    }

    static boolean isAsciiLetter(int ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
    }

    static int asciiToLower(int ch) {
        return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch;
    }

    static int asciiToUpper(int ch) {
        return ch >= 'a' && ch <= 'z' ? ch - 32 : ch;
    }

    /** One character under CASE_INSENSITIVE: only ASCII letters fold unless UNICODE_CASE is on. */
    static CharPredicate singleIgnoringCase(int c, boolean unicodeCase) {
        if (unicodeCase) {
            int folded = Character.toLowerCase(Character.toUpperCase(c));
            return ch -> ch == folded || Character.toLowerCase(Character.toUpperCase(ch)) == folded;
        }
        if (isAsciiLetter(c)) {
            int lower = asciiToLower(c);
            return ch -> asciiToLower(ch) == lower;
        }
        return single(c);
    }

    /** A range under CASE_INSENSITIVE: the character or one of its case variants lies inside. */
    static CharPredicate rangeIgnoringCase(int lower, int upper, boolean unicodeCase) {
        if (unicodeCase) {
            return ch -> (lower <= ch && ch <= upper)
                    || inRange(lower, Character.toUpperCase(ch), upper)
                    || inRange(lower, Character.toLowerCase(ch), upper)
                    || inRange(lower, Character.toLowerCase(Character.toUpperCase(ch)), upper);
        }
        return ch -> (lower <= ch && ch <= upper)
                || (ch < 0x80 && (inRange(lower, asciiToUpper(ch), upper) || inRange(lower, asciiToLower(ch), upper)));
    }

    private static boolean inRange(int lower, int ch, int upper) {
        return lower <= ch && ch <= upper;
    }
}
