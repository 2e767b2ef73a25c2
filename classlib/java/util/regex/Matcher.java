// Matches a Pattern against a character sequence: matches/lookingAt/find, groups, regions,
// and replacement ($n, ${name}, \x escapes) through appendReplacement/appendTail/replaceAll.
package java.util.regex;

import java.util.ConcurrentModificationException;
import java.util.Objects;
import java.util.function.Function;

public final class Matcher implements MatchResult {

    static final int NOANCHOR = 0;
    static final int ENDANCHOR = 1;

    private Pattern parentPattern;
    private CharSequence text;

    // State read and written by the nodes while matching.
    int[] groups;
    int[] locals;
    int from;
    int to;
    int first = -1;
    int last = 0;
    int oldLast = -1;
    int acceptMode = NOANCHOR;
    boolean hitEnd;
    boolean requireEnd;
    boolean transparentBounds = false;
    boolean anchoringBounds = true;

    private int lastAppendPosition = 0;
    private int modCount;

    Matcher(Pattern parent, CharSequence text) {
        this.parentPattern = parent;
        this.text = text;
        allocateState();
        reset();
    }

    private void allocateState() {
        // Like the JDK, room for at least ten groups, so \1..\9 in a pattern with fewer simply fail.
        groups = new int[Math.max(parentPattern.groupCount + 1, 10) * 2];
        locals = new int[parentPattern.localCount];
    }

    public Pattern pattern() {
        return parentPattern;
    }

    public MatchResult toMatchResult() {
        return new Snapshot(first, last, groupCount(), groups.clone(), first >= 0 ? text.toString() : null);
    }

    public Matcher usePattern(Pattern newPattern) {
        if (newPattern == null) {
            throw new IllegalArgumentException("Pattern cannot be null");
        }
        parentPattern = newPattern;
        allocateState();
        java.util.Arrays.fill(groups, -1);
        java.util.Arrays.fill(locals, -1);
        modCount++;
        return this;
    }

    public Matcher reset() {
        first = -1;
        last = 0;
        oldLast = -1;
        java.util.Arrays.fill(groups, -1);
        java.util.Arrays.fill(locals, -1);
        lastAppendPosition = 0;
        from = 0;
        to = getTextLength();
        modCount++;
        return this;
    }

    public Matcher reset(CharSequence input) {
        text = input;
        return reset();
    }

    // ---- Match operations ----

    public boolean matches() {
        return match(from, ENDANCHOR);
    }

    public boolean lookingAt() {
        return match(from, NOANCHOR);
    }

    public boolean find() {
        int nextSearchIndex = last;
        if (nextSearchIndex == first) {
            nextSearchIndex++;
        }
        if (nextSearchIndex < from) {
            nextSearchIndex = from;
        }
        if (nextSearchIndex > to) {
            java.util.Arrays.fill(groups, -1);
            return false;
        }
        return search(nextSearchIndex);
    }

    public boolean find(int start) {
        int limit = getTextLength();
        if (start < 0 || start > limit) {
            throw new IndexOutOfBoundsException("Illegal start index");
        }
        reset();
        return search(start);
    }

    private void prepare(int start, int mode) {
        hitEnd = false;
        requireEnd = false;
        first = start;
        oldLast = oldLast < 0 ? start : oldLast;
        java.util.Arrays.fill(groups, -1);
        java.util.Arrays.fill(locals, -1);
        acceptMode = mode;
    }

    private boolean search(int start) {
        start = Math.max(start, 0);
        prepare(start, NOANCHOR);
        boolean found = false;
        Node root = parentPattern.root;
        // Like the JDK, a pattern that starts with ^ or \A is only tried where the search starts.
        int lastStart = parentPattern.anchoredAtStart ? start : to;
        for (int i = start; i <= lastStart; i++) {
            if (parentPattern.hasSupplementary && i > start && i < to
                    && Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1))) {
                continue;
            }
            first = i;
            if (root.match(this, i, text)) {
                found = true;
                break;
            }
        }
        if (!found) {
            hitEnd |= !parentPattern.anchoredAtStart;
            first = -1;
        }
        oldLast = last;
        modCount++;
        return found;
    }

    private boolean match(int start, int mode) {
        start = Math.max(start, 0);
        prepare(start, mode);
        boolean found = parentPattern.root.match(this, start, text);
        if (!found) {
            first = -1;
        }
        oldLast = last;
        modCount++;
        return found;
    }

    // ---- Results ----

    private void checkMatch() {
        if (first < 0) {
            throw new IllegalStateException("No match available");
        }
    }

    private void checkGroup(int group) {
        if (group < 0 || group > groupCount()) {
            throw new IndexOutOfBoundsException("No group " + group);
        }
    }

    @Override
    public int start() {
        checkMatch();
        return first;
    }

    @Override
    public int start(int group) {
        checkMatch();
        checkGroup(group);
        return groups[group * 2];
    }

    public int start(String name) {
        return groups[getMatchedGroupIndex(name) * 2];
    }

    @Override
    public int end() {
        checkMatch();
        return last;
    }

    @Override
    public int end(int group) {
        checkMatch();
        checkGroup(group);
        return groups[group * 2 + 1];
    }

    public int end(String name) {
        return groups[getMatchedGroupIndex(name) * 2 + 1];
    }

    @Override
    public String group() {
        return group(0);
    }

    @Override
    public String group(int group) {
        if (first < 0) {
            throw new IllegalStateException("No match found");
        }
        checkGroup(group);
        if (groups[group * 2] == -1 || groups[group * 2 + 1] == -1) {
            return null;
        }
        return text.subSequence(groups[group * 2], groups[group * 2 + 1]).toString();
    }

    public String group(String name) {
        int group = getMatchedGroupIndex(name);
        if (groups[group * 2] == -1 || groups[group * 2 + 1] == -1) {
            return null;
        }
        return text.subSequence(groups[group * 2], groups[group * 2 + 1]).toString();
    }

    private int getMatchedGroupIndex(String name) {
        Objects.requireNonNull(name, "Group name");
        if (first < 0) {
            throw new IllegalStateException("No match found");
        }
        Integer group = parentPattern.namedGroups.get(name);
        if (group == null) {
            throw new IllegalArgumentException("No group with name <" + name + ">");
        }
        return group;
    }

    @Override
    public int groupCount() {
        return parentPattern.groupCount;
    }

    public boolean hitEnd() {
        return hitEnd;
    }

    public boolean requireEnd() {
        return requireEnd;
    }

    // ---- Regions ----

    public Matcher region(int start, int end) {
        if (start < 0 || start > getTextLength()) {
            throw new IndexOutOfBoundsException("start");
        }
        if (end < 0 || end > getTextLength()) {
            throw new IndexOutOfBoundsException("end");
        }
        if (start > end) {
            throw new IndexOutOfBoundsException("start > end");
        }
        reset();
        from = start;
        to = end;
        return this;
    }

    public int regionStart() {
        return from;
    }

    public int regionEnd() {
        return to;
    }

    public boolean hasTransparentBounds() {
        return transparentBounds;
    }

    public Matcher useTransparentBounds(boolean b) {
        transparentBounds = b;
        return this;
    }

    public boolean hasAnchoringBounds() {
        return anchoringBounds;
    }

    public Matcher useAnchoringBounds(boolean b) {
        anchoringBounds = b;
        return this;
    }

    int getTextLength() {
        return text.length();
    }

    // ---- Replacement ----

    public static String quoteReplacement(String s) {
        if (s.indexOf('\\') == -1 && s.indexOf('$') == -1) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '$') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    public Matcher appendReplacement(StringBuilder sb, String replacement) {
        checkMatch();
        StringBuilder result = new StringBuilder();
        appendExpandedReplacement(replacement, result);
        sb.append(text, lastAppendPosition, first);
        sb.append(result);
        lastAppendPosition = last;
        modCount++;
        return this;
    }

    public Matcher appendReplacement(StringBuffer sb, String replacement) {
        checkMatch();
        StringBuilder result = new StringBuilder();
        appendExpandedReplacement(replacement, result);
        sb.append(text, lastAppendPosition, first);
        sb.append(result);
        lastAppendPosition = last;
        modCount++;
        return this;
    }

    public StringBuilder appendTail(StringBuilder sb) {
        sb.append(text, lastAppendPosition, getTextLength());
        return sb;
    }

    public StringBuffer appendTail(StringBuffer sb) {
        sb.append(text, lastAppendPosition, getTextLength());
        return sb;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Expands $n, ${name} and backslash escapes of a replacement string for the current match. */
    private void appendExpandedReplacement(String replacement, StringBuilder result) {
        int cursor = 0;
        int length = replacement.length();
        while (cursor < length) {
            char nextChar = replacement.charAt(cursor);
            if (nextChar == '\\') {
                cursor++;
                if (cursor == length) {
                    throw new IllegalArgumentException("character to be escaped is missing");
                }
                result.append(replacement.charAt(cursor));
                cursor++;
            } else if (nextChar == '$') {
                cursor++;
                if (cursor == length) {
                    throw new IllegalArgumentException("Illegal group reference: group index is missing");
                }
                nextChar = replacement.charAt(cursor);
                int refNum;
                if (nextChar == '{') {
                    cursor++;
                    StringBuilder name = new StringBuilder();
                    while (cursor < length) {
                        nextChar = replacement.charAt(cursor);
                        if (!CharPredicate.isAsciiLetter(nextChar) && !isAsciiDigit(nextChar)) {
                            break;
                        }
                        name.append(nextChar);
                        cursor++;
                    }
                    if (name.length() == 0) {
                        throw new IllegalArgumentException("named capturing group has 0 length name");
                    }
                    if (nextChar != '}') {
                        throw new IllegalArgumentException("named capturing group is missing trailing '}'");
                    }
                    String groupName = name.toString();
                    if (isAsciiDigit(groupName.charAt(0))) {
                        throw new IllegalArgumentException(
                                "capturing group name {" + groupName + "} starts with digit character");
                    }
                    Integer number = parentPattern.namedGroups.get(groupName);
                    if (number == null) {
                        throw new IllegalArgumentException("No group with name {" + groupName + "}");
                    }
                    refNum = number;
                    cursor++;
                } else {
                    refNum = nextChar - '0';
                    if (refNum < 0 || refNum > 9) {
                        throw new IllegalArgumentException("Illegal group reference");
                    }
                    cursor++;
                    // Take further digits while they still name an existing group.
                    while (cursor < length) {
                        int nextDigit = replacement.charAt(cursor) - '0';
                        if (nextDigit < 0 || nextDigit > 9) {
                            break;
                        }
                        int newRefNum = refNum * 10 + nextDigit;
                        if (groupCount() < newRefNum) {
                            break;
                        }
                        refNum = newRefNum;
                        cursor++;
                    }
                }
                if (start(refNum) != -1 && end(refNum) != -1) {
                    result.append(text, start(refNum), end(refNum));
                }
            } else {
                result.append(nextChar);
                cursor++;
            }
        }
    }

    public String replaceAll(String replacement) {
        reset();
        boolean found = find();
        if (!found) {
            return text.toString();
        }
        StringBuilder sb = new StringBuilder();
        do {
            appendReplacement(sb, replacement);
            found = find();
        } while (found);
        appendTail(sb);
        return sb.toString();
    }

    public String replaceAll(Function<MatchResult, String> replacer) {
        Objects.requireNonNull(replacer);
        reset();
        boolean found = find();
        if (!found) {
            return text.toString();
        }
        StringBuilder sb = new StringBuilder();
        do {
            int expectedModCount = modCount;
            String replacement = replacer.apply(this);
            if (expectedModCount != modCount) {
                throw new ConcurrentModificationException();
            }
            appendReplacement(sb, replacement);
            found = find();
        } while (found);
        appendTail(sb);
        return sb.toString();
    }

    public String replaceFirst(String replacement) {
        if (replacement == null) {
            throw new NullPointerException("replacement");
        }
        reset();
        if (!find()) {
            return text.toString();
        }
        StringBuilder sb = new StringBuilder();
        appendReplacement(sb, replacement);
        appendTail(sb);
        return sb.toString();
    }

    public String replaceFirst(Function<MatchResult, String> replacer) {
        Objects.requireNonNull(replacer);
        reset();
        if (!find()) {
            return text.toString();
        }
        StringBuilder sb = new StringBuilder();
        int expectedModCount = modCount;
        String replacement = replacer.apply(this);
        if (expectedModCount != modCount) {
            throw new ConcurrentModificationException();
        }
        appendReplacement(sb, replacement);
        appendTail(sb);
        return sb.toString();
    }

    @Override
    public String toString() {
        return "java.util.regex.Matcher[pattern=" + pattern() + " region=" + regionStart() + ","
                + regionEnd() + " lastmatch=" + ((first >= 0) && (group() != null) ? group() : "") + "]";
    }

    /** An immutable copy of one match, as returned by toMatchResult(). */
    private static final class Snapshot implements MatchResult {
        private final int first;
        private final int last;
        private final int groupCount;
        private final int[] groups;
        private final String text;

        Snapshot(int first, int last, int groupCount, int[] groups, String text) {
            this.first = first;
            this.last = last;
            this.groupCount = groupCount;
            this.groups = groups;
            this.text = text;
        }

        private void checkMatch() {
            if (first < 0) {
                throw new IllegalStateException("No match found");
            }
        }

        private void checkGroup(int group) {
            if (group < 0 || group > groupCount) {
                throw new IndexOutOfBoundsException("No group " + group);
            }
        }

        @Override
        public int start() {
            checkMatch();
            return first;
        }

        @Override
        public int start(int group) {
            checkMatch();
            checkGroup(group);
            return groups[group * 2];
        }

        @Override
        public int end() {
            checkMatch();
            return last;
        }

        @Override
        public int end(int group) {
            checkMatch();
            checkGroup(group);
            return groups[group * 2 + 1];
        }

        @Override
        public String group() {
            return group(0);
        }

        @Override
        public String group(int group) {
            checkMatch();
            checkGroup(group);
            if (groups[group * 2] == -1 || groups[group * 2 + 1] == -1) {
                return null;
            }
            return text.substring(groups[group * 2], groups[group * 2 + 1]);
        }

        @Override
        public int groupCount() {
            return groupCount;
        }
    }
}
