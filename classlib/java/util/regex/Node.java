// The compiled form of a pattern: a graph of nodes, each matching one construct at index i and
// then handing over to its continuation `next`. Backtracking is the return of false; simple
// loops over one character iterate instead of recursing so long inputs do not exhaust the stack.
package java.util.regex;

abstract class Node {

    Node next;

    abstract boolean match(Matcher m, int i, CharSequence seq);

    /** Ends the whole expression: records the match bounds (or rejects it if matches() needs the end). */
    static final class Last extends Node {
        @Override
        boolean match(Matcher m, int i, CharSequence seq) {
            if (m.acceptMode == Matcher.ENDANCHOR && i != m.to) {
                return false;
            }
            m.last = i;
            m.groups[0] = m.first;
            m.groups[1] = i;
            return true;
        }
    }

    /** Ends a lookahead or atomic body: succeeds at once, remembering where the body ended. */
    static final class Accept extends Node {
        final int endLocal;

        Accept(int endLocal) {
            this.endLocal = endLocal;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence seq) {
            m.locals[endLocal] = i;
            return true;
        }
    }

    /** Ends a lookbehind body: succeeds only if the body reached the position being looked behind. */
    static final class BehindEnd extends Node {
        final int targetLocal;

        BehindEnd(int targetLocal) {
            this.targetLocal = targetLocal;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence seq) {
            return i == m.locals[targetLocal];
        }
    }

    /** One code point satisfying a predicate. */
    static final class Char extends Node {
        final CharPredicate predicate;

        Char(CharPredicate predicate) {
            this.predicate = predicate;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence seq) {
            if (i < m.to) {
                int ch = Character.codePointAt(seq, i);
                int after = i + Character.charCount(ch);
                if (after <= m.to) {
                    return predicate.is(ch) && next.match(m, after, seq);
                }
            }
            m.hitEnd = true;
            return false;
        }
    }

    static final int GREEDY = 0;
    static final int LAZY = 1;
    static final int POSSESSIVE = 2;

    /** A quantifier over one character class: counts forward, then backs off one code point at a time. */
    static final class CharLoop extends Node {
        final CharPredicate predicate;
        final int min;
        final int max;
        final int kind;

        CharLoop(CharPredicate predicate, int min, int max, int kind) {
            this.predicate = predicate;
            this.min = min;
            this.max = max;
            this.kind = kind;
        }

        /** The index after one more matching code point at j, or -1. */
        private int step(Matcher m, int j, CharSequence seq) {
            if (j < m.to) {
                int ch = Character.codePointAt(seq, j);
                int after = j + Character.charCount(ch);
                if (after <= m.to) {
                    return predicate.is(ch) ? after : -1;
                }
            }
            m.hitEnd = true;
            return -1;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence seq) {
            int j = i;
            int count = 0;
            while (count < min) {
                j = step(m, j, seq);
                if (j < 0) {
                    return false;
                }
                count++;
            }
            if (kind == LAZY) {
                while (true) {
                    if (next.match(m, j, seq)) {
                        return true;
                    }
                    if (count >= max) {
                        return false;
                    }
                    j = step(m, j, seq);
                    if (j < 0) {
                        return false;
                    }
                    count++;
                }
            }
            int start = j;
            while (count < max) {
                int after = step(m, j, seq);
                if (after < 0) {
                    break;
                }
                j = after;
                count++;
            }
            if (kind == POSSESSIVE) {
                return next.match(m, j, seq);
            }
            while (true) {
                if (next.match(m, j, seq)) {
                    return true;
                }
                if (j == start) {
                    return false;
                }
                j = backOneCodePoint(seq, j, start);
            }
        }

        private static int backOneCodePoint(CharSequence seq, int j, int floor) {
            if (j - 2 >= floor && Character.isLowSurrogate(seq.charAt(j - 1))
                    && Character.isHighSurrogate(seq.charAt(j - 2))) {
                return j - 2;
            }
            return j - 1;
        }
    }

    /** Alternatives tried in order; each one continues into the same next node. */
    static final class Branch extends Node {
        final Node[] alternatives;

        Branch(Node[] alternatives) {
            this.alternatives = alternatives;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence seq) {
            for (Node alternative : alternatives) {
                if (alternative.match(m, i, seq)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** X? over a complex X: `body` already continues into next. */
    static final class Optional extends Node {
        final Node body;
        final boolean lazy;

        Optional(Node body, boolean lazy) {
            this.body = body;
            this.lazy = lazy;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence seq) {
            if (lazy) {
                return next.match(m, i, seq) || body.match(m, i, seq);
            }
            return body.match(m, i, seq) || next.match(m, i, seq);
        }
    }

    /** X? over an atom other than a group: the atom's first match is taken (JDK Ques). */
    static final class IndependentOptional extends Node {
        final Node atom;
        final int kind;
        final int endLocal;

        IndependentOptional(Node atom, int kind, int endLocal) {
            this.atom = atom;
            this.kind = kind;
            this.endLocal = endLocal;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence seq) {
            switch (kind) {
                case GREEDY:
                    return (atom.match(m, i, seq) && next.match(m, m.locals[endLocal], seq)) || next.match(m, i, seq);
                case LAZY:
                    return next.match(m, i, seq) || (atom.match(m, i, seq) && next.match(m, m.locals[endLocal], seq));
                default:
                    if (atom.match(m, i, seq)) {
                        i = m.locals[endLocal];
                    }
                    return next.match(m, i, seq);
            }
        }
    }

    /**
     * X{min,max} where each iteration of X is matched on its own (JDK Curly): used for atoms that
     * are not groups and for possessive groups. Greedy backs off whole iterations; an empty
     * iteration stops the loop.
     */
    static final class IndependentLoop extends Node {
        final Node atom;
        final int min;
        final int max;
        final int kind;
        final int endLocal;

        IndependentLoop(Node atom, int min, int max, int kind, int endLocal) {
            this.atom = atom;
            this.min = min;
            this.max = max;
            this.kind = kind;
            this.endLocal = endLocal;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence seq) {
            for (int j = 0; j < min; j++) {
                if (!atom.match(m, i, seq)) {
                    return false;
                }
                i = m.locals[endLocal];
            }
            if (kind == GREEDY) {
                return matchGreedy(m, i, min, seq);
            }
            if (kind == LAZY) {
                return matchLazy(m, i, min, seq);
            }
            for (int j = min; j < max; j++) {
                if (!atom.match(m, i, seq)) {
                    break;
                }
                int end = m.locals[endLocal];
                if (end == i) {
                    break;
                }
                i = end;
            }
            return next.match(m, i, seq);
        }

        private boolean matchGreedy(Matcher m, int i, int j, CharSequence seq) {
            if (j >= max) {
                return next.match(m, i, seq);
            }
            int backLimit = j;
            if (atom.match(m, i, seq)) {
                int k = m.locals[endLocal] - i;
                if (k != 0) {
                    i += k;
                    j++;
                    while (j < max) {
                        if (!atom.match(m, i, seq)) {
                            break;
                        }
                        int end = m.locals[endLocal];
                        if (i + k != end) {
                            // This iteration has another length: continue from it recursively.
                            if (matchGreedy(m, end, j + 1, seq)) {
                                return true;
                            }
                            break;
                        }
                        i += k;
                        j++;
                    }
                    while (j >= backLimit) {
                        if (next.match(m, i, seq)) {
                            return true;
                        }
                        i -= k;
                        j--;
                    }
                    return false;
                }
            }
            return next.match(m, i, seq);
        }

        private boolean matchLazy(Matcher m, int i, int j, CharSequence seq) {
            while (true) {
                if (next.match(m, i, seq)) {
                    return true;
                }
                if (j >= max) {
                    return false;
                }
                if (!atom.match(m, i, seq)) {
                    return false;
                }
                int end = m.locals[endLocal];
                if (end == i) {
                    return false;
                }
                i = end;
                j++;
            }
        }
    }

    /**
     * (X){min,max} for a deterministic X (JDK GroupCurly): iterations are matched one at a time
     * and never re-entered; the group (if capturing, groupNumber >= 1) holds the last iteration.
     * An empty first optional iteration leaves the group as it was.
     */
    static final class GroupLoop extends Node {
        final Node atom;
        final int min;
        final int max;
        final int kind;
        final int groupIndex;
        final int endLocal;

        GroupLoop(Node atom, int min, int max, int kind, int groupNumber, int endLocal) {
            this.atom = atom;
            this.min = min;
            this.max = max;
            this.kind = kind;
            this.groupIndex = groupNumber * 2;
            this.endLocal = endLocal;
        }

        private boolean capturing() {
            return groupIndex >= 0;
        }

        private void setGroup(Matcher m, int start, int end) {
            if (capturing()) {
                m.groups[groupIndex] = start;
                m.groups[groupIndex + 1] = end;
            }
        }

        @Override
        boolean match(Matcher m, int i, CharSequence seq) {
            int saved0 = capturing() ? m.groups[groupIndex] : 0;
            int saved1 = capturing() ? m.groups[groupIndex + 1] : 0;
            boolean matched = true;
            for (int j = 0; j < min; j++) {
                if (!atom.match(m, i, seq)) {
                    matched = false;
                    break;
                }
                int end = m.locals[endLocal];
                setGroup(m, i, end);
                i = end;
            }
            if (matched) {
                matched = kind == LAZY ? matchLazy(m, i, min, seq) : matchGreedy(m, i, min, seq);
            }
            if (!matched) {
                setGroup(m, saved0, saved1);
            }
            return matched;
        }

        private boolean matchGreedy(Matcher m, int i, int j, CharSequence seq) {
            int floor = j;
            int saved0 = capturing() ? m.groups[groupIndex] : 0;
            int saved1 = capturing() ? m.groups[groupIndex + 1] : 0;
            if (j < max && atom.match(m, i, seq)) {
                int k = m.locals[endLocal] - i;
                if (k <= 0) {
                    i += k;
                } else {
                    while (true) {
                        setGroup(m, i, i + k);
                        i += k;
                        if (++j >= max || !atom.match(m, i, seq)) {
                            break;
                        }
                        if (i + k != m.locals[endLocal]) {
                            if (matchGreedy(m, i, j, seq)) {
                                return true;
                            }
                            break;
                        }
                    }
                    while (j > floor) {
                        if (next.match(m, i, seq)) {
                            return true;
                        }
                        i -= k;
                        setGroup(m, i - k, i);
                        j--;
                    }
                }
            }
            setGroup(m, saved0, saved1);
            return next.match(m, i, seq);
        }

        private boolean matchLazy(Matcher m, int i, int j, CharSequence seq) {
            while (true) {
                if (next.match(m, i, seq)) {
                    return true;
                }
                if (j >= max || !atom.match(m, i, seq)) {
                    return false;
                }
                int end = m.locals[endLocal];
                if (end == i) {
                    return false;
                }
                setGroup(m, i, end);
                i = end;
                j++;
            }
        }
    }

    /** Start of a capturing group: remembers where it began until its tail completes it. */
    static final class GroupHead extends Node {
        final int startLocal;

        GroupHead(int startLocal) {
            this.startLocal = startLocal;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence seq) {
            int saved = m.locals[startLocal];
            m.locals[startLocal] = i;
            boolean matched = next.match(m, i, seq);
            m.locals[startLocal] = saved;
            return matched;
        }
    }

    /** End of a capturing group: publishes its bounds, restoring the old ones if the rest fails. */
    static final class GroupTail extends Node {
        final int startLocal;
        final int groupIndex;

        GroupTail(int startLocal, int group) {
            this.startLocal = startLocal;
            this.groupIndex = group * 2;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence seq) {
            int savedStart = m.groups[groupIndex];
            int savedEnd = m.groups[groupIndex + 1];
            m.groups[groupIndex] = m.locals[startLocal];
            m.groups[groupIndex + 1] = i;
            if (next.match(m, i, seq)) {
                return true;
            }
            m.groups[groupIndex] = savedStart;
            m.groups[groupIndex + 1] = savedEnd;
            return false;
        }
    }

    /**
     * X{min,max} over a complex X. The body ends in a LoopTail that comes back here; the
     * iteration count and the start of the current iteration live in matcher locals, saved and
     * restored around each iteration so nested and re-entered loops keep their own state.
     */
    static final class Loop extends Node {
        Node body;
        final int min;
        final int max;
        final int kind;
        final int countLocal;
        final int startLocal;

        Loop(int min, int max, int kind, int countLocal, int startLocal) {
            this.min = min;
            this.max = max;
            this.kind = kind;
            this.countLocal = countLocal;
            this.startLocal = startLocal;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence seq) {
            int savedCount = m.locals[countLocal];
            int savedStart = m.locals[startLocal];
            m.locals[countLocal] = 0;
            m.locals[startLocal] = -1;
            boolean matched = iterate(m, i, seq);
            m.locals[countLocal] = savedCount;
            m.locals[startLocal] = savedStart;
            return matched;
        }

        boolean iterate(Matcher m, int i, CharSequence seq) {
            int count = m.locals[countLocal];
            if (count < min) {
                return runBody(m, i, seq, count);
            }
            if (kind == LAZY) {
                return next.match(m, i, seq) || (count < max && runBody(m, i, seq, count));
            }
            return (count < max && runBody(m, i, seq, count)) || next.match(m, i, seq);
        }

        private boolean runBody(Matcher m, int i, CharSequence seq, int count) {
            int savedStart = m.locals[startLocal];
            m.locals[countLocal] = count + 1;
            m.locals[startLocal] = i;
            boolean matched = body.match(m, i, seq);
            m.locals[countLocal] = count;
            m.locals[startLocal] = savedStart;
            return matched;
        }
    }

    /** The end of one Loop iteration. An empty iteration ends the loop, as in the JDK (even below the minimum). */
    static final class LoopTail extends Node {
        final Loop loop;

        LoopTail(Loop loop) {
            this.loop = loop;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence seq) {
            if (i > m.locals[loop.startLocal]) {
                return loop.iterate(m, i, seq);
            }
            return loop.next.match(m, i, seq);
        }
    }

    /** (?>X) and possessive quantifiers over complex X: the body's first success is final. */
    static final class Atomic extends Node {
        final Node body;
        final int endLocal;

        Atomic(Node body, int endLocal) {
            this.body = body;
            this.endLocal = endLocal;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence seq) {
            if (!body.match(m, i, seq)) {
                return false;
            }
            return next.match(m, m.locals[endLocal], seq);
        }
    }

    /** (?=X) and (?!X). */
    static final class Ahead extends Node {
        final Node body;
        final boolean negative;

        Ahead(Node body, boolean negative) {
            this.body = body;
            this.negative = negative;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence seq) {
            int savedTo = m.to;
            if (m.transparentBounds) {
                m.to = m.getTextLength();
            }
            boolean found;
            try {
                found = body.match(m, i, seq);
            } finally {
                m.to = savedTo;
            }
            return found != negative && next.match(m, i, seq);
        }
    }

    /** (?<=X) and (?<!X): tries every start from i - minLength back to i - maxLength. */
    static final class Behind extends Node {
        final Node body;
        final boolean negative;
        final int minLength;
        final int maxLength;
        final int targetLocal;

        Behind(Node body, boolean negative, int minLength, int maxLength, int targetLocal) {
            this.body = body;
            this.negative = negative;
            this.minLength = minLength;
            this.maxLength = maxLength;
            this.targetLocal = targetLocal;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence seq) {
            int savedFrom = m.from;
            int floor = m.transparentBounds ? 0 : m.from;
            int lowest = (int) Math.max((long) i - maxLength, floor);
            int savedTarget = m.locals[targetLocal];
            m.locals[targetLocal] = i;
            boolean found = false;
            try {
                if (m.transparentBounds) {
                    m.from = 0;
                }
                for (int j = i - minLength; !found && j >= lowest; j--) {
                    found = body.match(m, j, seq);
                }
            } finally {
                m.from = savedFrom;
                m.locals[targetLocal] = savedTarget;
            }
            return found != negative && next.match(m, i, seq);
        }
    }

    /** \n and \k<name>: the text of an earlier group, optionally ignoring case. */
    static final class BackRef extends Node {
        final int groupIndex;
        final boolean ignoreCase;
        final boolean unicodeCase;

        BackRef(int group, boolean ignoreCase, boolean unicodeCase) {
            this.groupIndex = group * 2;
            this.ignoreCase = ignoreCase;
            this.unicodeCase = unicodeCase;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence seq) {
            int start = m.groups[groupIndex];
            int end = m.groups[groupIndex + 1];
            if (start < 0) {
                return false;
            }
            int length = end - start;
            if (i + length > m.to) {
                m.hitEnd = true;
                return false;
            }
            for (int k = 0; k < length; k++) {
                char expected = seq.charAt(start + k);
                char actual = seq.charAt(i + k);
                if (expected != actual && !(ignoreCase && sameIgnoringCase(expected, actual))) {
                    return false;
                }
            }
            return next.match(m, i + length, seq);
        }

        private boolean sameIgnoringCase(char a, char b) {
            if (unicodeCase) {
                int upperA = Character.toUpperCase(a);
                int upperB = Character.toUpperCase(b);
                return upperA == upperB || Character.toLowerCase(upperA) == Character.toLowerCase(upperB);
            }
            return a < 0x80 && b < 0x80 && CharPredicate.asciiToLower(a) == CharPredicate.asciiToLower(b);
        }
    }

    static final int BEGIN_INPUT = 0;       // \A and ^ without MULTILINE
    static final int END_INPUT = 1;         // \z
    static final int LAST_MATCH_END = 2;    // \G

    /** Anchors that compare i with a fixed position. */
    static final class Position extends Node {
        final int kind;

        Position(int kind) {
            this.kind = kind;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence seq) {
            switch (kind) {
                case BEGIN_INPUT:
                    if (i != (m.anchoringBounds ? m.from : 0)) {
                        return false;
                    }
                    break;
                case END_INPUT:
                    if (i != (m.anchoringBounds ? m.to : m.getTextLength())) {
                        if (i >= m.to) {
                            m.hitEnd = true;
                        }
                        return false;
                    }
                    m.hitEnd = true;
                    m.requireEnd = true;
                    break;
                default:
                    if (i != m.oldLast) {
                        return false;
                    }
                    break;
            }
            return next.match(m, i, seq);
        }
    }

    static boolean isLineTerminator(int ch) {
        return ch == '\n' || ch == '\r' || ch == '\u0085' || (ch | 1) == '\u2029';
    }

    /** ^ under MULTILINE: at the start or after a line terminator, but never at the end of input. */
    static final class LineStart extends Node {
        final boolean unixLines;

        LineStart(boolean unixLines) {
            this.unixLines = unixLines;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence seq) {
            int startIndex = m.anchoringBounds ? m.from : 0;
            int endIndex = m.anchoringBounds ? m.to : m.getTextLength();
            if (i == endIndex) {
                m.hitEnd = true;
                return false;
            }
            if (i > startIndex) {
                char before = seq.charAt(i - 1);
                if (unixLines) {
                    if (before != '\n') {
                        return false;
                    }
                } else {
                    if (!isLineTerminator(before)) {
                        return false;
                    }
                    if (before == '\r' && seq.charAt(i) == '\n') {
                        return false;
                    }
                }
            }
            return next.match(m, i, seq);
        }
    }

    /** $ (and \Z): at the end, or before a final line terminator; under MULTILINE before any. */
    static final class LineEnd extends Node {
        final boolean multiline;
        final boolean unixLines;

        LineEnd(boolean multiline, boolean unixLines) {
            this.multiline = multiline;
            this.unixLines = unixLines;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence seq) {
            int endIndex = m.anchoringBounds ? m.to : m.getTextLength();
            if (unixLines) {
                return matchUnix(m, i, seq, endIndex);
            }
            if (!multiline) {
                if (i < endIndex - 2) {
                    return false;
                }
                if (i == endIndex - 2 && (seq.charAt(i) != '\r' || seq.charAt(i + 1) != '\n')) {
                    return false;
                }
            }
            if (i < endIndex) {
                char ch = seq.charAt(i);
                if (ch == '\n') {
                    if (i > 0 && seq.charAt(i - 1) == '\r') {
                        return false;
                    }
                    if (multiline) {
                        return next.match(m, i, seq);
                    }
                } else if (ch == '\r' || ch == '\u0085' || (ch | 1) == '\u2029') {
                    if (multiline) {
                        return next.match(m, i, seq);
                    }
                } else {
                    return false;
                }
            }
            m.hitEnd = true;
            m.requireEnd = true;
            return next.match(m, i, seq);
        }

        private boolean matchUnix(Matcher m, int i, CharSequence seq, int endIndex) {
            if (i < endIndex) {
                char ch = seq.charAt(i);
                if (ch != '\n') {
                    return false;
                }
                if (!multiline && i != endIndex - 1) {
                    return false;
                }
                if (multiline) {
                    return next.match(m, i, seq);
                }
            }
            m.hitEnd = true;
            m.requireEnd = true;
            return next.match(m, i, seq);
        }
    }

    /** \b and \B. Word characters are letters, digits and '_' (and marks on a word character). */
    static final class WordBoundary extends Node {
        final boolean negated;
        final boolean unicodeClasses;

        WordBoundary(boolean negated, boolean unicodeClasses) {
            this.negated = negated;
            this.unicodeClasses = unicodeClasses;
        }

        private boolean isWord(int ch) {
            return unicodeClasses ? CharProperties.isUnicodeWord(ch) : (ch == '_' || Character.isLetterOrDigit(ch));
        }

        private boolean isWordAt(CharSequence seq, int index, int startIndex) {
            int ch = Character.codePointAt(seq, index);
            if (isWord(ch)) {
                return true;
            }
            if (Character.getType(ch) != Character.NON_SPACING_MARK) {
                return false;
            }
            // A combining mark counts as part of the word its base character belongs to.
            for (int k = index - 1; k >= startIndex; k--) {
                int base = Character.codePointAt(seq, k);
                if (isWord(base)) {
                    return true;
                }
                if (Character.getType(base) != Character.NON_SPACING_MARK) {
                    return false;
                }
            }
            return false;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence seq) {
            int startIndex = m.transparentBounds ? 0 : m.from;
            int endIndex = m.transparentBounds ? m.getTextLength() : m.to;
            boolean left = false;
            boolean right = false;
            if (i > startIndex) {
                int before = Character.codePointBefore(seq, i);
                left = isWordAt(seq, i - Character.charCount(before), startIndex);
            }
            if (i < endIndex) {
                right = isWordAt(seq, i, startIndex);
            } else {
                m.hitEnd = true;
                m.requireEnd = true;
            }
            return ((left ^ right) != negated) && next.match(m, i, seq);
        }
    }
}
