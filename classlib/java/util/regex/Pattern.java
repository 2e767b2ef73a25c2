// A compiled regular expression (java.util.regex.Pattern): flags, compilation through Parser and
// Tree into a Node graph, and the convenience operations split, matches, quote and predicates.
package java.util.regex;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Map;
import java.util.function.Predicate;

public final class Pattern implements java.io.Serializable {

    private static final long serialVersionUID = 5073258162644648461L;

    public static final int UNIX_LINES = 0x01;
    public static final int CASE_INSENSITIVE = 0x02;
    public static final int COMMENTS = 0x04;
    public static final int MULTILINE = 0x08;
    public static final int LITERAL = 0x10;
    public static final int DOTALL = 0x20;
    public static final int UNICODE_CASE = 0x40;
    public static final int CANON_EQ = 0x80;
    public static final int UNICODE_CHARACTER_CLASS = 0x100;

    private static final int ALL_FLAGS = 0x1FF;

    private final String pattern;
    private final int flags;
    /** The flags after the top-level inline modifiers, which is what flags() reports. */
    private final int effectiveFlags;

    transient Node root;
    transient int groupCount;
    transient int localCount;
    transient boolean hasSupplementary;
    transient boolean anchoredAtStart;
    transient Map<String, Integer> namedGroups;

    private Pattern(String regex, int flags) {
        if ((flags & ~ALL_FLAGS) != 0) {
            throw new IllegalArgumentException("Unknown flag 0x" + Integer.toHexString(flags));
        }
        this.pattern = regex;
        this.flags = (flags & UNICODE_CHARACTER_CLASS) != 0 ? flags | UNICODE_CASE : flags;
        Parser parser = new Parser(regex, this.flags);
        Tree tree = parser.parse();
        effectiveFlags = parser.flags;
        Tree.Compilation compilation = new Tree.Compilation();
        root = tree.compile(new Node.Last(), compilation);
        anchoredAtStart = root instanceof Node.Position && ((Node.Position) root).kind == Node.BEGIN_INPUT;
        localCount = compilation.localCount;
        groupCount = parser.capturingGroupCount - 1;
        hasSupplementary = parser.hasSupplementary;
        namedGroups = Collections.unmodifiableMap(parser.namedGroups);
    }

    public static Pattern compile(String regex) {
        return new Pattern(regex, 0);
    }

    public static Pattern compile(String regex, int flags) {
        return new Pattern(regex, flags);
    }

    public String pattern() {
        return pattern;
    }

    @Override
    public String toString() {
        return pattern;
    }

    public int flags() {
        return effectiveFlags;
    }

    public Matcher matcher(CharSequence input) {
        return new Matcher(this, input);
    }

    public static boolean matches(String regex, CharSequence input) {
        return compile(regex).matcher(input).matches();
    }

    public Predicate<String> asPredicate() {
        return s -> matcher(s).find();
    }

    public Predicate<String> asMatchPredicate() {
        return s -> matcher(s).matches();
    }

    public String[] split(CharSequence input) {
        return split(input, 0);
    }

    /**
     * Java 8+ split: a zero-width match at the very start yields no leading empty string;
     * limit > 0 caps the array length, limit == 0 drops trailing empty strings.
     */
    public String[] split(CharSequence input, int limit) {
        int index = 0;
        boolean limited = limit > 0;
        ArrayList<String> list = new ArrayList<>();
        Matcher m = matcher(input);
        while (m.find()) {
            if (!limited || list.size() < limit - 1) {
                if (index == 0 && m.start() == 0 && m.start() == m.end()) {
                    continue;
                }
                list.add(input.subSequence(index, m.start()).toString());
                index = m.end();
            } else if (list.size() == limit - 1) {
                list.add(input.subSequence(index, input.length()).toString());
                index = m.end();
                break;
            }
        }
        if (index == 0) {
            return new String[] {input.toString()};
        }
        if (!limited || list.size() < limit) {
            list.add(input.subSequence(index, input.length()).toString());
        }
        int size = list.size();
        if (limit == 0) {
            while (size > 0 && list.get(size - 1).isEmpty()) {
                size--;
            }
        }
        return list.subList(0, size).toArray(new String[size]);
    }

    public static String quote(String s) {
        int slashE = s.indexOf("\\E");
        if (slashE == -1) {
            return "\\Q" + s + "\\E";
        }
        StringBuilder sb = new StringBuilder(s.length() * 2);
        sb.append("\\Q");
        int current = 0;
        while ((slashE = s.indexOf("\\E", current)) != -1) {
            sb.append(s, current, slashE);
            current = slashE + 2;
            sb.append("\\E\\\\E\\Q");
        }
        sb.append(s, current, s.length());
        sb.append("\\E");
        return sb.toString();
    }
}
