// Extended grapheme cluster boundaries (\X and \b{g}) after UAX #29, for the common cases:
// CR LF, controls, combining marks and joiners, Hangul syllable sequences, regional-indicator
// pairs and emoji ZWJ sequences. Prepend characters are not treated specially.
package java.util.regex;

final class Grapheme {

    private Grapheme() {}

    private static final int OTHER = 0;
    private static final int CR = 1;
    private static final int LF = 2;
    private static final int CONTROL = 3;
    private static final int EXTEND = 4;
    private static final int ZWJ = 5;
    private static final int REGIONAL_INDICATOR = 6;
    private static final int SPACING_MARK = 7;
    private static final int L = 8;
    private static final int V = 9;
    private static final int T = 10;
    private static final int LV = 11;
    private static final int LVT = 12;
    private static final int PICTOGRAPHIC = 13;

    private static int kind(int cp) {
        if (cp == '\r') {
            return CR;
        }
        if (cp == '\n') {
            return LF;
        }
        if (cp == 0x200D) {
            return ZWJ;
        }
        if (cp >= 0x1F1E6 && cp <= 0x1F1FF) {
            return REGIONAL_INDICATOR;
        }
        if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0xA960 && cp <= 0xA97C)) {
            return L;
        }
        if ((cp >= 0x1160 && cp <= 0x11A7) || (cp >= 0xD7B0 && cp <= 0xD7C6)) {
            return V;
        }
        if ((cp >= 0x11A8 && cp <= 0x11FF) || (cp >= 0xD7CB && cp <= 0xD7FB)) {
            return T;
        }
        if (cp >= 0xAC00 && cp <= 0xD7A3) {
            return (cp - 0xAC00) % 28 == 0 ? LV : LVT;
        }
        if (cp == 0x200C || (cp >= 0x1F3FB && cp <= 0x1F3FF) || cp == 0xFF9E || cp == 0xFF9F) {
            return EXTEND;
        }
        switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK:
            case Character.ENCLOSING_MARK:
                return EXTEND;
            case Character.COMBINING_SPACING_MARK:
                return SPACING_MARK;
            case Character.CONTROL:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.FORMAT:
                return CONTROL;
            case Character.OTHER_SYMBOL:
                return cp >= 0x2000 ? PICTOGRAPHIC : OTHER;
            default:
                return OTHER;
        }
    }

    /** Whether a cluster boundary lies between `prev` and `next` (pair rules only). */
    private static boolean isBoundary(int prev, int next) {
        if (prev == CR && next == LF) {
            return false;
        }
        if (prev == CR || prev == LF || prev == CONTROL || next == CR || next == LF || next == CONTROL) {
            return true;
        }
        if (prev == L && (next == L || next == V || next == LV || next == LVT)) {
            return false;
        }
        if ((prev == LV || prev == V) && (next == V || next == T)) {
            return false;
        }
        if ((prev == LVT || prev == T) && next == T) {
            return false;
        }
        return !(next == EXTEND || next == ZWJ || next == SPACING_MARK);
    }

    /** The end of the cluster starting at i (i < end). */
    static int clusterEnd(CharSequence seq, int i, int end) {
        int cp = Character.codePointAt(seq, i);
        int prev = kind(cp);
        int j = i + Character.charCount(cp);
        boolean pictographicRun = prev == PICTOGRAPHIC;
        int regionalIndicators = prev == REGIONAL_INDICATOR ? 1 : 0;
        while (j < end) {
            cp = Character.codePointAt(seq, j);
            int next = kind(cp);
            boolean joins;
            if (prev == REGIONAL_INDICATOR && next == REGIONAL_INDICATOR) {
                joins = regionalIndicators % 2 == 1;
            } else if (prev == ZWJ && next == PICTOGRAPHIC) {
                joins = pictographicRun;
            } else {
                joins = !isBoundary(prev, next);
            }
            if (!joins) {
                break;
            }
            if (next == REGIONAL_INDICATOR) {
                regionalIndicators++;
            }
            if (next != EXTEND && next != ZWJ) {
                pictographicRun = next == PICTOGRAPHIC;
            }
            prev = next;
            j += Character.charCount(cp);
        }
        return j;
    }

    /** \X: one extended grapheme cluster. */
    static final class Cluster extends Node {
        @Override
        boolean match(Matcher m, int i, CharSequence seq) {
            if (i >= m.to) {
                m.hitEnd = true;
                return false;
            }
            return next.match(m, clusterEnd(seq, i, m.to), seq);
        }
    }

    /** \b{g}: a position where one cluster ends and the next begins. */
    static final class Boundary extends Node {
        @Override
        boolean match(Matcher m, int i, CharSequence seq) {
            int startIndex = m.transparentBounds ? 0 : m.from;
            int endIndex = m.transparentBounds ? m.getTextLength() : m.to;
            if (i == endIndex) {
                m.hitEnd = true;
                return next.match(m, i, seq);
            }
            if (i == startIndex) {
                return next.match(m, i, seq);
            }
            if (i < startIndex || i > endIndex) {
                return false;
            }
            // Walk clusters from the region start: exact for regional indicators and ZWJ sequences.
            int j = startIndex;
            while (j < i) {
                j = clusterEnd(seq, j, endIndex);
            }
            return j == i && next.match(m, i, seq);
        }
    }
}
