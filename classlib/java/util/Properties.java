// String key/value pairs with defaults; System's properties live in one. load() reads the
// .properties format exactly as the JDK does (logical lines, comments, separators, escapes);
// storing is not there yet.
package java.util;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

public class Properties extends Hashtable<Object, Object> {

    protected volatile Properties defaults;

    public Properties() {
        this(null, 8);
    }

    public Properties(int initialCapacity) {
        this(null, initialCapacity);
    }

    public Properties(Properties defaults) {
        this(defaults, 8);
    }

    private Properties(Properties defaults, int initialCapacity) {
        super(initialCapacity);
        this.defaults = defaults;
    }

    public synchronized Object setProperty(String key, String value) {
        return put(key, value);
    }

    public String getProperty(String key) {
        Object oval = get(key);
        String sval = (oval instanceof String) ? (String) oval : null;
        Properties defaults;
        return ((sval == null) && ((defaults = this.defaults) != null)) ? defaults.getProperty(key) : sval;
    }

    public String getProperty(String key, String defaultValue) {
        String val = getProperty(key);
        return (val == null) ? defaultValue : val;
    }

    public Enumeration<?> propertyNames() {
        return Collections.enumeration(stringPropertyNames());
    }

    public Set<String> stringPropertyNames() {
        Map<String, String> h = new HashMap<>();
        enumerateStringProperties(h);
        return Collections.unmodifiableSet(h.keySet());
    }

    private void enumerateStringProperties(Map<String, String> h) {
        if (defaults != null) {
            defaults.enumerateStringProperties(h);
        }
        for (Map.Entry<Object, Object> e : entrySet()) {
            Object k = e.getKey();
            Object v = e.getValue();
            if (k instanceof String && v instanceof String) {
                h.put((String) k, (String) v);
            }
        }
    }

    // ---- Loading the .properties format ----

    /** Reads characters (the JDK's rules for logical lines and escapes) and adds every pair. */
    public synchronized void load(Reader reader) throws IOException {
        Objects.requireNonNull(reader, "reader parameter is null");
        load0(readAll(reader));
    }

    /** Reads bytes as ISO 8859-1, as the JDK's load(InputStream) does. */
    public synchronized void load(InputStream inStream) throws IOException {
        Objects.requireNonNull(inStream, "inStream parameter is null");
        load0(readAll(new InputStreamReader(inStream, StandardCharsets.ISO_8859_1)));
    }

    private static CharSequence readAll(Reader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] chunk = new char[8192];
        int n;
        while ((n = reader.read(chunk)) > 0) {
            text.append(chunk, 0, n);
        }
        return text;
    }

    private void load0(CharSequence text) {
        LineReader lines = new LineReader(text);
        StringBuilder outBuffer = new StringBuilder();
        int limit;
        while ((limit = lines.readLine()) >= 0) {
            char[] line = lines.lineBuf;
            int keyLen = 0;
            int valueStart = limit;
            boolean hasSep = false;
            boolean precedingBackslash = false;
            while (keyLen < limit) {
                char c = line[keyLen];
                if ((c == '=' || c == ':') && !precedingBackslash) {
                    valueStart = keyLen + 1;
                    hasSep = true;
                    break;
                } else if ((c == ' ' || c == '\t' || c == '\f') && !precedingBackslash) {
                    valueStart = keyLen + 1;
                    break;
                }
                precedingBackslash = c == '\\' && !precedingBackslash;
                keyLen++;
            }
            while (valueStart < limit) {
                char c = line[valueStart];
                if (c != ' ' && c != '\t' && c != '\f') {
                    if (!hasSep && (c == '=' || c == ':')) {
                        hasSep = true;
                    } else {
                        break;
                    }
                }
                valueStart++;
            }
            String key = loadConvert(line, 0, keyLen, outBuffer);
            String value = loadConvert(line, valueStart, limit - valueStart, outBuffer);
            put(key, value);
        }
    }

    /**
     * Splits text into logical lines: leading blanks dropped, blank lines and comment lines ('#'
     * or '!' first) skipped, a line ending in an odd number of backslashes joined with the next
     * one (whose leading blanks are dropped). A line ends at \n, \r or \r\n.
     */
    private static final class LineReader {
        private final CharSequence text;
        private int off;
        char[] lineBuf = new char[1024];

        LineReader(CharSequence text) {
            this.text = text;
        }

        /** The length of the next logical line in lineBuf, or -1 at the end. */
        int readLine() {
            int len = 0;
            boolean skipWhiteSpace = true;
            boolean appendedLineBegin = false;
            boolean precedingBackslash = false;
            int limit = text.length();
            while (true) {
                if (off >= limit) {
                    if (len == 0) {
                        return -1;
                    }
                    return precedingBackslash ? len - 1 : len;
                }
                char c = text.charAt(off++);
                if (skipWhiteSpace) {
                    if (c == ' ' || c == '\t' || c == '\f') {
                        continue;
                    }
                    if (!appendedLineBegin && (c == '\r' || c == '\n')) {
                        continue;
                    }
                    skipWhiteSpace = false;
                    appendedLineBegin = false;
                }
                if (len == 0 && (c == '#' || c == '!')) {
                    while (off < limit && text.charAt(off) != '\r' && text.charAt(off) != '\n') {
                        off++;
                    }
                    skipWhiteSpace = true;
                    continue;
                }
                if (c != '\n' && c != '\r') {
                    if (len == lineBuf.length) {
                        lineBuf = Arrays.copyOf(lineBuf, len * 2);
                    }
                    lineBuf[len++] = c;
                    precedingBackslash = c == '\\' && !precedingBackslash;
                    continue;
                }
                if (len == 0) {  // only a joining backslash so far: the logical line is empty
                    skipWhiteSpace = true;
                    continue;
                }
                if (off >= limit || !precedingBackslash) {
                    return precedingBackslash ? len - 1 : len;
                }
                // A backslash before the line end joins the next line; it is not part of either.
                len--;
                skipWhiteSpace = true;
                appendedLineBegin = true;
                precedingBackslash = false;
                if (c == '\r' && text.charAt(off) == '\n') {
                    off++;
                }
            }
        }
    }

    /** Resolves \\uXXXX, \\t, \\r, \\n, \\f; any other escaped character stands for itself. */
    private static String loadConvert(char[] in, int off, int len, StringBuilder out) {
        int end = off + len;
        int start = off;
        while (off < end && in[off] != '\\') {
            off++;
        }
        if (off == end) {
            return new String(in, start, len);
        }
        out.setLength(0);
        out.append(in, start, off - start);
        while (off < end) {
            char c = in[off++];
            if (c != '\\') {
                out.append(c);
                continue;
            }
            c = in[off++];
            if (c == 'u') {
                if (off > end - 4) {
                    throw new IllegalArgumentException("Malformed \\uxxxx encoding.");
                }
                int value = 0;
                for (int i = 0; i < 4; i++) {
                    char h = in[off++];
                    int digit = h >= '0' && h <= '9' ? h - '0'
                            : h >= 'a' && h <= 'f' ? h - 'a' + 10
                            : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
                    if (digit < 0) {
                        throw new IllegalArgumentException("Malformed \\uxxxx encoding.");
                    }
                    value = (value << 4) + digit;
                }
                out.append((char) value);
            } else {
                out.append(c == 't' ? '\t' : c == 'r' ? '\r' : c == 'n' ? '\n' : c == 'f' ? '\f' : c);
            }
        }
        return out.toString();
    }

    public void list(PrintStream out) {
        out.println("-- listing properties --");
        Map<String, Object> h = new HashMap<>();
        for (Map.Entry<Object, Object> e : entrySet()) {
            if (e.getKey() instanceof String) {
                h.put((String) e.getKey(), e.getValue());
            }
        }
        for (Map.Entry<String, Object> e : h.entrySet()) {
            String key = e.getKey();
            String val = String.valueOf(e.getValue());
            if (val.length() > 40) {
                val = val.substring(0, 37) + "...";
            }
            out.println(key + "=" + val);
        }
    }
}
