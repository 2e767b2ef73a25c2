// Parses a regular expression into a Tree. The cursor discipline (peek/read/next/skip over a
// zero-terminated code-point array, errors reported at cursor - 1) reproduces the error indexes
// HotSpot reports, and \Q...\E is removed beforehand the same way, so indexes refer to the
// unquoted text just as they do there.
package java.util.regex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

final class Parser {

    private final String pattern;
    /** The flags in effect at the cursor; after parsing, those in effect at the end (Pattern.flags()). */
    int flags;
    private int[] temp;
    private int patternLength;
    private int cursor;

    int capturingGroupCount = 1;
    final Map<String, Integer> namedGroups = new HashMap<>();
    boolean hasSupplementary;

    // What the last escape() produced when it returned -1: a class or another construct.
    private CharPredicate escapedPredicate;
    private Tree escapedTree;

    Parser(String pattern, int flags) {
        this.pattern = pattern;
        this.flags = flags;
    }

    private boolean has(int flag) {
        return (flags & flag) != 0;
    }

    private PatternSyntaxException error(String description) {
        return new PatternSyntaxException(description, pattern, cursor - 1);
    }

    Tree parse() {
        int[] codePoints = pattern.codePoints().toArray();
        if (has(Pattern.LITERAL)) {
            List<Tree> parts = new ArrayList<>();
            for (int c : codePoints) {
                hasSupplementary |= Character.isSupplementaryCodePoint(c);
                parts.add(literal(c));
            }
            return new Tree.Sequence(parts);
        }
        if (pattern.indexOf("\\Q") >= 0) {
            codePoints = removeQuoting(codePoints);
        }
        patternLength = codePoints.length;
        temp = new int[patternLength + 2];
        System.arraycopy(codePoints, 0, temp, 0, patternLength);
        for (int c : codePoints) {
            hasSupplementary |= Character.isSupplementaryCodePoint(c);
        }
        Tree root = expr();
        if (patternLength != cursor) {
            if (peek() == ')') {
                throw error("Unmatched closing ')'");
            }
            throw error("Unexpected internal error");
        }
        return root;
    }

    /**
     * Rewrites \Q...\E as escaped literals: ASCII punctuation gets a backslash, a digit opening
     * the quote becomes \x3n (so it cannot extend a preceding backreference), the rest is kept.
     */
    private static int[] removeQuoting(int[] in) {
        List<Integer> out = new ArrayList<>();
        int i = 0;
        boolean inQuote = false;
        boolean beginQuote = false;
        while (i < in.length) {
            int c = in[i++];
            if (!inQuote) {
                if (c == '\\' && i < in.length) {
                    int d = in[i++];
                    if (d == 'Q') {
                        inQuote = true;
                        beginQuote = true;
                    } else {
                        out.add(c);
                        out.add(d);
                    }
                } else {
                    out.add(c);
                }
                continue;
            }
            if (c == '\\' && i < in.length && in[i] == 'E') {
                i++;
                inQuote = false;
                continue;
            }
            if (c >= 0x80 || CharPredicate.isAsciiLetter(c)) {
                out.add(c);
            } else if (c >= '0' && c <= '9') {
                if (beginQuote) {
                    out.add((int) '\\');
                    out.add((int) 'x');
                    out.add((int) '3');
                }
                out.add(c);
            } else {
                out.add((int) '\\');
                out.add(c);
            }
            beginQuote = false;
        }
        int[] result = new int[out.size()];
        for (int k = 0; k < result.length; k++) {
            result[k] = out.get(k);
        }
        return result;
    }

    // ---- Cursor primitives (COMMENTS mode skips whitespace and #-comments in peek/read/next) ----

    private int peek() {
        int ch = temp[cursor];
        if (has(Pattern.COMMENTS)) {
            ch = peekPastWhitespace(ch);
        }
        return ch;
    }

    private int read() {
        int ch = temp[cursor++];
        if (has(Pattern.COMMENTS)) {
            ch = parsePastWhitespace(ch);
        }
        return ch;
    }

    private int next() {
        int ch = temp[cursor + 1];
        cursor++;
        if (has(Pattern.COMMENTS)) {
            ch = peekPastWhitespace(ch);
        }
        return ch;
    }

    private int nextEscaped() {
        return temp[++cursor];
    }

    private int skip() {
        int ch = temp[cursor + 1];
        cursor += 2;
        return ch;
    }

    private void unread() {
        cursor--;
    }

    private static boolean isPatternSpace(int ch) {
        return ch == ' ' || (ch >= '\t' && ch <= '\r');
    }

    private boolean isCommentEnd(int ch) {
        return has(Pattern.UNIX_LINES) ? ch == '\n' : Node.isLineTerminator(ch);
    }

    private int peekPastWhitespace(int ch) {
        while (isPatternSpace(ch) || ch == '#') {
            while (isPatternSpace(ch)) {
                ch = temp[++cursor];
            }
            if (ch == '#') {
                ch = temp[++cursor];
                while (ch != 0 && !isCommentEnd(ch)) {
                    ch = temp[++cursor];
                }
            }
        }
        return ch;
    }

    private int parsePastWhitespace(int ch) {
        while (isPatternSpace(ch) || ch == '#') {
            while (isPatternSpace(ch)) {
                ch = temp[cursor++];
            }
            if (ch == '#') {
                ch = temp[cursor++];
                while (ch != 0 && !isCommentEnd(ch)) {
                    ch = temp[cursor++];
                }
            }
        }
        return ch;
    }

    private void accept(int expected, String description) {
        int ch = temp[cursor++];
        if (has(Pattern.COMMENTS)) {
            ch = parsePastWhitespace(ch);
        }
        if (ch != expected) {
            throw error(description);
        }
    }

    // ---- Grammar ----

    private Tree expr() {
        List<Tree> alternatives = null;
        Tree first = null;
        while (true) {
            Tree node = sequence();
            if (first == null) {
                first = node;
            } else {
                if (alternatives == null) {
                    alternatives = new ArrayList<>();
                    alternatives.add(first);
                }
                alternatives.add(node);
            }
            if (peek() != '|') {
                return alternatives == null ? first : new Tree.Alternation(alternatives);
            }
            next();
        }
    }

    private Tree sequence() {
        List<Tree> parts = new ArrayList<>();
        loop:
        while (true) {
            int ch = peek();
            Tree node;
            switch (ch) {
                case '(':
                    node = group0();
                    if (node == null) {
                        continue;
                    }
                    break;
                case '[':
                    node = new Tree.CharClass(clazz(true), true);
                    break;
                case '\\':
                    ch = nextEscaped();
                    if (ch == 'p' || ch == 'P') {
                        boolean oneLetter = true;
                        boolean complement = ch == 'P';
                        ch = next();
                        if (ch != '{') {
                            unread();
                        } else {
                            oneLetter = false;
                        }
                        node = new Tree.CharClass(family(oneLetter, complement), true);
                    } else {
                        unread();
                        node = atom();
                    }
                    break;
                case '^':
                    next();
                    if (has(Pattern.MULTILINE)) {
                        node = Tree.Prebuilt.anchor(new Node.LineStart(has(Pattern.UNIX_LINES)));
                    } else {
                        node = Tree.Prebuilt.anchor(new Node.Position(Node.BEGIN_INPUT));
                    }
                    break;
                case '$':
                    next();
                    node = Tree.Prebuilt.anchor(new Node.LineEnd(has(Pattern.MULTILINE), has(Pattern.UNIX_LINES)));
                    break;
                case '.':
                    next();
                    node = new Tree.CharClass(dot(), true);
                    break;
                case '|':
                case ')':
                    break loop;
                case '?':
                case '*':
                case '+':
                    next();
                    throw error("Dangling meta character '" + ((char) ch) + "'");
                case 0:
                    if (cursor >= patternLength) {
                        break loop;
                    }
                    node = atom();
                    break;
                default:
                    node = atom();
                    break;
            }
            parts.add(closure(node));
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return parts.isEmpty() ? new Tree.Empty() : new Tree.Sequence(parts);
    }

    private CharPredicate dot() {
        if (has(Pattern.DOTALL)) {
            return ch -> true;
        }
        if (has(Pattern.UNIX_LINES)) {
            return ch -> ch != '\n';
        }
        return ch -> !Node.isLineTerminator(ch);
    }

    /** One literal code point or escape. A '{' here has nothing to repeat: it yields an empty atom. */
    private Tree atom() {
        int ch = peek();
        if (ch == '{') {
            return new Tree.Empty();
        }
        if (ch == '\\') {
            int c = escape(false, true, false);
            if (c >= 0) {
                return literal(c);
            }
            if (escapedPredicate != null) {
                CharPredicate p = escapedPredicate;
                escapedPredicate = null;
                return new Tree.CharClass(p, true);
            }
            return escapedTree;
        }
        cursor++;
        return literal(ch);
    }

    private Tree literal(int c) {
        return new Tree.CharClass(single(c), Character.isSupplementaryCodePoint(c));
    }

    private CharPredicate single(int c) {
        if (has(Pattern.CASE_INSENSITIVE)) {
            return CharPredicate.singleIgnoringCase(c, has(Pattern.UNICODE_CASE));
        }
        return CharPredicate.single(c);
    }

    private Tree closure(Tree prev) {
        int ch = peek();
        switch (ch) {
            case '?':
                return new Tree.Quantified(prev, 0, 1, quantifierKind());
            case '*':
                return new Tree.Quantified(prev, 0, Tree.UNBOUNDED, quantifierKind());
            case '+':
                return new Tree.Quantified(prev, 1, Tree.UNBOUNDED, quantifierKind());
            case '{':
                return countedClosure(prev);
            default:
                return prev;
        }
    }

    /** Consumes the quantifier character and an optional '?' (lazy) or '+' (possessive) after it. */
    private int quantifierKind() {
        int ch = next();
        if (ch == '?') {
            next();
            return Node.LAZY;
        }
        if (ch == '+') {
            next();
            return Node.POSSESSIVE;
        }
        return Node.GREEDY;
    }

    private static boolean isDigit(int ch) {
        return ch >= '0' && ch <= '9';
    }

    private Tree countedClosure(Tree prev) {
        int ch = skip();
        if (!isDigit(ch)) {
            throw error("Illegal repetition");
        }
        int cmin = 0;
        do {
            cmin = accumulate(cmin, ch);
        } while (isDigit(ch = read()));
        int cmax = cmin;
        if (ch == ',') {
            ch = read();
            cmax = Tree.UNBOUNDED;
            if (ch != '}') {
                cmax = 0;
                while (isDigit(ch)) {
                    cmax = accumulate(cmax, ch);
                    ch = read();
                }
            }
        }
        if (ch != '}') {
            throw error("Unclosed counted closure");
        }
        if (cmax < cmin) {
            throw error("Illegal repetition range");
        }
        ch = peek();
        int kind = Node.GREEDY;
        if (ch == '?') {
            next();
            kind = Node.LAZY;
        } else if (ch == '+') {
            next();
            kind = Node.POSSESSIVE;
        }
        return new Tree.Quantified(prev, cmin, cmax, kind);
    }

    private int accumulate(int value, int digit) {
        long result = (long) value * 10 + (digit - '0');
        if (result > Integer.MAX_VALUE) {
            throw error("Illegal repetition range");
        }
        return (int) result;
    }

    // ---- Groups ----

    /** A parenthesised construct, or null for a bare flag change like (?i). */
    private Tree group0() {
        int savedFlags = flags;
        Tree result;
        int ch = next();
        if (ch == '?') {
            ch = skip();
            switch (ch) {
                case ':':
                    result = new Tree.Group(Tree.Group.NON_CAPTURING, expr());
                    break;
                case '=':
                case '!':
                    result = new Tree.Lookaround(expr(), false, ch == '!');
                    break;
                case '>':
                    result = new Tree.Atomic(expr());
                    break;
                case '<':
                    ch = read();
                    if (ch != '=' && ch != '!') {
                        String name = groupname(ch);
                        if (namedGroups.containsKey(name)) {
                            throw error("Named capturing group <" + name + "> is already defined");
                        }
                        int number = capturingGroupCount++;
                        namedGroups.put(name, number);
                        result = new Tree.Group(number, expr());
                        break;
                    }
                    Tree body = expr();
                    if (body.maxLength() == Tree.UNKNOWN) {
                        throw error("Look-behind group does not have an obvious maximum length");
                    }
                    result = new Tree.Lookaround(body, true, ch == '!');
                    break;
                case '$':
                case '@':
                    throw error("Unknown group type");
                default:
                    unread();
                    addFlags();
                    ch = read();
                    if (ch == ')') {
                        return null;
                    }
                    if (ch != ':') {
                        throw error("Unknown inline modifier");
                    }
                    result = new Tree.Group(Tree.Group.NON_CAPTURING, expr());
                    break;
            }
        } else {
            int number = capturingGroupCount++;
            result = new Tree.Group(number, expr());
        }
        accept(')', "Unclosed group");
        flags = savedFlags;
        return closure(result);
    }

    private String groupname(int ch) {
        StringBuilder sb = new StringBuilder();
        if (!CharPredicate.isAsciiLetter(ch)) {
            throw error("capturing group name does not start with a Latin letter");
        }
        do {
            sb.append((char) ch);
        } while (CharPredicate.isAsciiLetter(ch = read()) || isDigit(ch));
        if (ch != '>') {
            throw error("named capturing group is missing trailing '>'");
        }
        return sb.toString();
    }

    private static int flagOf(int ch) {
        switch (ch) {
            case 'i': return Pattern.CASE_INSENSITIVE;
            case 'm': return Pattern.MULTILINE;
            case 's': return Pattern.DOTALL;
            case 'd': return Pattern.UNIX_LINES;
            case 'u': return Pattern.UNICODE_CASE;
            case 'c': return Pattern.CANON_EQ;
            case 'x': return Pattern.COMMENTS;
            case 'U': return Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNICODE_CASE;
            default: return 0;
        }
    }

    private void addFlags() {
        int ch = peek();
        while (true) {
            if (ch == '-') {
                ch = next();
                while (flagOf(ch) != 0) {
                    flags &= ~flagOf(ch);
                    ch = next();
                }
                return;
            }
            int flag = flagOf(ch);
            if (flag == 0) {
                return;
            }
            flags |= flag;
            ch = next();
        }
    }

    // ---- Escapes ----

    /**
     * Parses the escape at the cursor (a backslash). Returns the code point of a literal escape,
     * or -1 after leaving a class in escapedPredicate or another construct in escapedTree (only
     * when `create`). `isRange`: the escape is an endpoint of a range, where \v means VT.
     */
    private int escape(boolean inClass, boolean create, boolean isRange) {
        boolean unicodeClasses = has(Pattern.UNICODE_CHARACTER_CLASS);
        int ch = skip();
        switch (ch) {
            case '0':
                return octal();
            case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
                if (inClass) {
                    break;
                }
                if (create) {
                    escapedTree = backReference(ch - '0');
                }
                return -1;
            case 'A':
                if (inClass) {
                    break;
                }
                return anchor(create, new Node.Position(Node.BEGIN_INPUT));
            case 'B':
                if (inClass) {
                    break;
                }
                return anchor(create, new Node.WordBoundary(true, unicodeClasses));
            case 'D':
                return charClass(create, CharProperties.digit(unicodeClasses).negate());
            case 'G':
                if (inClass) {
                    break;
                }
                return anchor(create, new Node.Position(Node.LAST_MATCH_END));
            case 'H':
                return charClass(create, CharProperties.horizontalSpace().negate());
            case 'N':
                // Resolving names needs the Unicode name table, which the class library does not carry.
                throw error("Character names (\\N{...}) are not supported by islet");
            case 'R':
                if (inClass) {
                    break;
                }
                if (create) {
                    escapedTree = lineBreak();
                }
                return -1;
            case 'S':
                return charClass(create, CharProperties.space(unicodeClasses).negate());
            case 'V':
                return charClass(create, CharProperties.verticalSpace().negate());
            case 'W':
                return charClass(create, CharProperties.word(unicodeClasses).negate());
            case 'X':
                if (inClass) {
                    break;
                }
                if (create) {
                    escapedTree = new Tree.Prebuilt(new Grapheme.Cluster(), 1, Tree.UNBOUNDED);
                }
                return -1;
            case 'Z':
                if (inClass) {
                    break;
                }
                return anchor(create, new Node.LineEnd(false, has(Pattern.UNIX_LINES)));
            case 'a':
                return '\007';
            case 'b':
                if (inClass) {
                    break;
                }
                if (peek() == '{') {
                    if (skip() == 'g') {
                        if (read() == '}') {
                            return anchor(create, new Grapheme.Boundary());
                        }
                        break;
                    }
                    unread();
                    unread();
                }
                return anchor(create, new Node.WordBoundary(false, unicodeClasses));
            case 'c':
                return control();
            case 'd':
                return charClass(create, CharProperties.digit(unicodeClasses));
            case 'e':
                return '\033';
            case 'f':
                return '\f';
            case 'h':
                return charClass(create, CharProperties.horizontalSpace());
            case 'k':
                if (inClass) {
                    break;
                }
                if (read() != '<') {
                    throw error("\\k is not followed by '<' for named capturing group");
                }
                String name = groupname(read());
                if (!namedGroups.containsKey(name)) {
                    throw error("named capturing group <" + name + "> does not exist");
                }
                if (create) {
                    escapedTree = new Tree.BackReference(namedGroups.get(name),
                            has(Pattern.CASE_INSENSITIVE), has(Pattern.UNICODE_CASE));
                }
                return -1;
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 's':
                return charClass(create, CharProperties.space(unicodeClasses));
            case 't':
                return '\t';
            case 'u':
                return unicodeEscape();
            case 'v':
                if (isRange) {
                    return '\u000B';
                }
                return charClass(create, CharProperties.verticalSpace());
            case 'w':
                return charClass(create, CharProperties.word(unicodeClasses));
            case 'x':
                return hexEscape();
            case 'z':
                if (inClass) {
                    break;
                }
                return anchor(create, new Node.Position(Node.END_INPUT));
            default:
                if (CharPredicate.isAsciiLetter(ch)) {
                    break;
                }
                return ch;
        }
        throw error("Illegal/unsupported escape sequence");
    }

    private int anchor(boolean create, Node node) {
        if (create) {
            escapedTree = Tree.Prebuilt.anchor(node);
        }
        return -1;
    }

    private int charClass(boolean create, CharPredicate predicate) {
        if (create) {
            escapedPredicate = predicate;
        }
        return -1;
    }

    /** \R: \r\n or any single vertical whitespace, never backtracking into the pair. */
    private static Tree lineBreak() {
        List<Tree> crlf = new ArrayList<>();
        crlf.add(new Tree.CharClass(CharPredicate.single('\r'), false));
        crlf.add(new Tree.CharClass(CharPredicate.single('\n'), false));
        List<Tree> alternatives = new ArrayList<>();
        alternatives.add(new Tree.Sequence(crlf));
        alternatives.add(new Tree.CharClass(CharProperties.verticalSpace(), false));
        return new Tree.Atomic(new Tree.Alternation(alternatives));
    }

    private Tree backReference(int refNum) {
        while (true) {
            int ch = peek();
            if (!isDigit(ch)) {
                break;
            }
            int newRefNum = refNum * 10 + (ch - '0');
            if (capturingGroupCount - 1 < newRefNum) {
                break;
            }
            refNum = newRefNum;
            read();
        }
        return new Tree.BackReference(refNum, has(Pattern.CASE_INSENSITIVE), has(Pattern.UNICODE_CASE));
    }

    private static boolean isOctal(int ch) {
        return ch >= '0' && ch <= '7';
    }

    private int octal() {
        int n = read();
        if (isOctal(n)) {
            int m = read();
            if (isOctal(m)) {
                int o = read();
                if (isOctal(o) && n <= '3') {
                    return (n - '0') * 64 + (m - '0') * 8 + (o - '0');
                }
                unread();
                return (n - '0') * 8 + (m - '0');
            }
            unread();
            return n - '0';
        }
        throw error("Illegal octal escape sequence");
    }

    private int control() {
        if (cursor < patternLength) {
            return read() ^ 64;
        }
        throw error("Illegal control escape sequence");
    }

    private static int hexValue(int ch) {
        if (isDigit(ch)) {
            return ch - '0';
        }
        if (ch >= 'a' && ch <= 'f') {
            return ch - 'a' + 10;
        }
        if (ch >= 'A' && ch <= 'F') {
            return ch - 'A' + 10;
        }
        return -1;
    }

    private int hexEscape() {
        int n = read();
        if (hexValue(n) >= 0) {
            int m = read();
            if (hexValue(m) >= 0) {
                return hexValue(n) * 16 + hexValue(m);
            }
        } else if (n == '{' && hexValue(peek()) >= 0) {
            int ch = 0;
            while (hexValue(n = read()) >= 0) {
                ch = (ch << 4) + hexValue(n);
                if (ch > Character.MAX_CODE_POINT) {
                    throw error("Hexadecimal codepoint is too big");
                }
            }
            if (n != '}') {
                throw error("Unclosed hexadecimal escape sequence");
            }
            return ch;
        }
        throw error("Illegal hexadecimal escape sequence");
    }

    private int unicodeEscape() {
        int n = fourHexDigits();
        if (Character.isHighSurrogate((char) n)) {
            int saved = cursor;
            if (read() == '\\' && read() == 'u') {
                int low = fourHexDigits();
                if (Character.isLowSurrogate((char) low)) {
                    return Character.toCodePoint((char) n, (char) low);
                }
            }
            cursor = saved;
        }
        return n;
    }

    private int fourHexDigits() {
        int n = 0;
        for (int k = 0; k < 4; k++) {
            int ch = read();
            if (hexValue(ch) < 0) {
                throw error("Illegal Unicode escape sequence");
            }
            n = n * 16 + hexValue(ch);
        }
        return n;
    }

    // ---- Character classes ----

    /** [...] with unions, nested classes, && intersections and a leading ^ negating the whole class. */
    private CharPredicate clazz(boolean consume) {
        CharPredicate prev = null;
        CharPredicate curr = null;
        boolean negated = false;
        boolean firstInClass = true;
        int ch = next();
        while (true) {
            switch (ch) {
                case '^':
                    if (firstInClass) {
                        if (temp[cursor - 1] != '[') {
                            break;
                        }
                        ch = next();
                        negated = !negated;
                        continue;
                    }
                    break;
                case '[':
                    firstInClass = false;
                    curr = clazz(true);
                    prev = prev == null ? curr : prev.union(curr);
                    ch = peek();
                    continue;
                case '&':
                    firstInClass = false;
                    ch = next();
                    if (ch == '&') {
                        ch = next();
                        CharPredicate right = null;
                        while (ch != ']' && ch != '&') {
                            if (ch == '[') {
                                right = right == null ? clazz(true) : right.union(clazz(true));
                            } else {
                                unread();
                                right = clazz(false);
                            }
                            ch = peek();
                        }
                        if (right != null) {
                            curr = right;
                        }
                        if (prev == null) {
                            if (right == null) {
                                throw error("Bad class syntax");
                            }
                            prev = right;
                        } else {
                            prev = prev.and(curr);
                        }
                    } else {
                        unread();
                        break;
                    }
                    continue;
                case 0:
                    firstInClass = false;
                    if (cursor >= patternLength) {
                        throw error("Unclosed character class");
                    }
                    break;
                case ']':
                    firstInClass = false;
                    if (prev != null) {
                        if (consume) {
                            next();
                        }
                        return negated ? prev.negate() : prev;
                    }
                    break;
                default:
                    firstInClass = false;
                    break;
            }
            curr = range();
            prev = prev == null ? curr : prev.union(curr);
            ch = peek();
        }
    }

    /** One member of a class: a character, a range a-z, an escape or a property. */
    private CharPredicate range() {
        int ch = peek();
        if (ch == '\\') {
            ch = nextEscaped();
            if (ch == 'p' || ch == 'P') {
                boolean complement = ch == 'P';
                boolean oneLetter = true;
                ch = next();
                if (ch != '{') {
                    unread();
                } else {
                    oneLetter = false;
                }
                return family(oneLetter, complement);
            }
            boolean isRange = temp[cursor + 1] == '-';
            unread();
            ch = escape(true, true, isRange);
            if (ch == -1) {
                CharPredicate p = escapedPredicate;
                escapedPredicate = null;
                return p;
            }
        } else {
            next();
        }
        if (ch >= 0) {
            if (peek() == '-') {
                int endRange = temp[cursor + 1];
                if (endRange == '[') {
                    return single(ch);
                }
                if (endRange != ']') {
                    next();
                    int m = peek();
                    if (m == '\\') {
                        m = escape(true, false, true);
                    } else {
                        next();
                    }
                    if (m < ch) {
                        throw error("Illegal character range");
                    }
                    if (has(Pattern.CASE_INSENSITIVE)) {
                        return CharPredicate.rangeIgnoringCase(ch, m, has(Pattern.UNICODE_CASE));
                    }
                    return CharPredicate.range(ch, m);
                }
            }
            return single(ch);
        }
        throw error("Unexpected character '" + ((char) ch) + "'");
    }

    /** \p{name} / \P{name} / \pL, with the cursor on the 'p' (or on '{'). */
    private CharPredicate family(boolean oneLetter, boolean complement) {
        next();
        String name;
        if (oneLetter) {
            name = new String(Character.toChars(temp[cursor]));
            read();
        } else {
            int start = cursor;
            while (cursor < patternLength && temp[cursor] != '}') {
                cursor++;
            }
            cursor++;
            if (cursor > patternLength) {
                throw error("Unclosed character family");
            }
            if (start + 1 >= cursor) {
                throw error("Empty character family");
            }
            name = new String(temp, start, cursor - start - 1);
        }
        CharPredicate p = propertyNamed(name);
        if (complement) {
            hasSupplementary = true;
            p = p.negate();
        }
        return p;
    }

    private CharPredicate propertyNamed(String name) {
        boolean ignoreCase = has(Pattern.CASE_INSENSITIVE);
        int equals = name.indexOf('=');
        CharPredicate p = null;
        if (equals >= 0) {
            String key = name.substring(0, equals).toLowerCase();
            String value = name.substring(equals + 1);
            if (key.equals("gc") || key.equals("general_category")) {
                p = caseAware(value, CharProperties.forProperty(value), ignoreCase);
            }
            if (p == null) {
                throw error("Unknown Unicode property {name=<" + key + ">, value=<" + value + ">}");
            }
            return p;
        }
        if (name.startsWith("Is")) {
            String shortName = name.substring(2);
            p = caseAware(shortName, CharProperties.forUnicodeProperty(shortName), ignoreCase);
            if (p == null) {
                p = caseAware(shortName, CharProperties.forProperty(shortName), ignoreCase);
            }
        } else if (!name.startsWith("In")) {
            if (has(Pattern.UNICODE_CHARACTER_CLASS)) {
                p = caseAware(name, CharProperties.forPosixName(name.toUpperCase()), ignoreCase);
            }
            if (p == null) {
                p = caseAware(name, CharProperties.forProperty(name), ignoreCase);
            }
        }
        if (p == null) {
            throw error("Unknown character property name {" + name + "}");
        }
        return p;
    }

    /**
     * Under CASE_INSENSITIVE the case properties widen as in the JDK: the letter categories
     * Lu/Ll/Lt become their union, the ASCII ones become ASCII letters, the java.lang.Character
     * and Unicode ones accept any cased character.
     */
    private static CharPredicate caseAware(String name, CharPredicate p, boolean ignoreCase) {
        if (p == null || !ignoreCase) {
            return p;
        }
        switch (name) {
            case "Lu": case "Ll": case "Lt":
                return CharProperties.forCategory("LC");
            case "Lower": case "Upper":
                return CharPredicate::isAsciiLetter;
            case "javaLowerCase": case "javaUpperCase": case "javaTitleCase":
            case "Lowercase": case "Uppercase": case "Titlecase":
            case "LOWERCASE": case "UPPERCASE": case "TITLECASE":
                return ch -> Character.isLowerCase(ch) || Character.isUpperCase(ch) || Character.isTitleCase(ch);
            default:
                return p;
        }
    }
}
