// The charsets every Java implementation must support.
package java.nio.charset;

public final class StandardCharsets {
    private StandardCharsets() {}

    public static final Charset UTF_8 = Charset.builtin(0);
    public static final Charset ISO_8859_1 = Charset.builtin(1);
    public static final Charset US_ASCII = Charset.builtin(2);
    public static final Charset UTF_16 = Charset.builtin(3);
    public static final Charset UTF_16BE = Charset.builtin(4);
    public static final Charset UTF_16LE = Charset.builtin(5);
}
