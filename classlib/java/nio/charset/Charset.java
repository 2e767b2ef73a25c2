// Named character encodings. islet supports the six standard charsets (the conversions live in
// java.lang.StringCoding); lookups accept the same aliases as the JDK, case-insensitively.
package java.nio.charset;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

public abstract class Charset implements Comparable<Charset> {

    private final String name;
    private final String[] aliases;
    private Set<String> aliasSet;

    private static final Charset[] BUILTIN = {
        new Builtin("UTF-8", new String[] {"unicode-1-1-utf-8", "UTF8"}),
        new Builtin("ISO-8859-1", new String[] {"iso-ir-100", "ISO_8859-1", "latin1", "l1", "IBM819", "cp819",
            "csISOLatin1", "819", "IBM-819", "ISO8859_1", "ISO_8859-1:1987", "ISO_8859_1", "8859_1", "ISO8859-1"}),
        new Builtin("US-ASCII", new String[] {"iso-ir-6", "ANSI_X3.4-1986", "ISO_646.irv:1991", "ASCII", "ISO646-US",
            "us", "IBM367", "cp367", "csASCII", "default", "646", "iso_646.irv:1983", "ANSI_X3.4-1968", "ascii7"}),
        new Builtin("UTF-16", new String[] {"UTF_16", "utf16", "unicode", "UnicodeBig"}),
        new Builtin("UTF-16BE", new String[] {"UTF_16BE", "ISO-10646-UCS-2", "X-UTF-16BE", "UnicodeBigUnmarked"}),
        new Builtin("UTF-16LE", new String[] {"UTF_16LE", "X-UTF-16LE", "UnicodeLittleUnmarked"}),
    };

    private static Charset defaultCharset;

    protected Charset(String canonicalName, String[] aliases) {
        checkName(canonicalName);
        String[] as = aliases == null ? new String[0] : aliases.clone();
        for (String alias : as) {
            checkName(alias);
        }
        this.name = canonicalName;
        this.aliases = as;
    }

    private static final class Builtin extends Charset {
        Builtin(String canonicalName, String[] aliases) {
            super(canonicalName, aliases);
        }
    }

    /** Legal names: letters, digits and - + . : _, starting with a letter or digit. */
    private static void checkName(String s) {
        int n = s.length();
        if (n == 0) {
            throw new IllegalCharsetNameException(s);
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || (i > 0 && (c == '-' || c == '+' || c == ':' || c == '_' || c == '.'));
            if (!ok) {
                throw new IllegalCharsetNameException(s);
            }
        }
    }

    private static Charset lookup(String charsetName) {
        if (charsetName == null) {
            throw new IllegalArgumentException("Null charset name");
        }
        for (Charset cs : BUILTIN) {
            if (cs.name.equalsIgnoreCase(charsetName)) {
                return cs;
            }
            for (String alias : cs.aliases) {
                if (alias.equalsIgnoreCase(charsetName)) {
                    return cs;
                }
            }
        }
        checkName(charsetName);
        return null;
    }

    public static boolean isSupported(String charsetName) {
        return lookup(charsetName) != null;
    }

    public static Charset forName(String charsetName) {
        Charset cs = lookup(charsetName);
        if (cs == null) {
            throw new UnsupportedCharsetException(charsetName);
        }
        return cs;
    }

    /** The charset for a name, or null if the name is unsupported or illegal. */
    private static Charset lookupOrNull(String charsetName) {
        try {
            return lookup(charsetName);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The charset named by the file.encoding property, or UTF-8 if that is missing or unsupported. */
    public static Charset defaultCharset() {
        Charset cs = defaultCharset;
        if (cs == null) {
            String property = System.getProperty("file.encoding");
            cs = property == null ? null : lookupOrNull(property);
            if (cs == null) {
                cs = BUILTIN[0];
            }
            if (property != null) {
                defaultCharset = cs; // only cache once the system properties exist
            }
        }
        return cs;
    }

    static Charset builtin(int index) {
        return BUILTIN[index];
    }

    public final String name() {
        return name;
    }

    public final Set<String> aliases() {
        Set<String> set = aliasSet;
        if (set == null) {
            HashSet<String> hs = new HashSet<>(aliases.length); // sized like the JDK's: same iteration order
            for (String alias : aliases) {
                hs.add(alias);
            }
            set = Collections.unmodifiableSet(hs);
            aliasSet = set;
        }
        return set;
    }

    public String displayName() {
        return name;
    }

    public final boolean isRegistered() {
        return !name.startsWith("X-") && !name.startsWith("x-");
    }

    public boolean canEncode() {
        return true;
    }

    public final int compareTo(Charset that) {
        return name().compareToIgnoreCase(that.name());
    }

    public final int hashCode() {
        return name().hashCode();
    }

    public final boolean equals(Object ob) {
        if (this == ob) {
            return true;
        }
        return ob instanceof Charset && name.equals(((Charset) ob).name());
    }

    public final String toString() {
        return name();
    }
}
