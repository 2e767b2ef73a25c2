// Builds "prefix + a + delimiter + b + ... + suffix", with a configurable value when empty.
package java.util;

public final class StringJoiner {

    private final String prefix;
    private final String delimiter;
    private final String suffix;
    private String[] elts;
    private int size;
    /** Total length of the added elements and the delimiters between them. */
    private int len;
    private String emptyValue;

    public StringJoiner(CharSequence delimiter) {
        this(delimiter, "", "");
    }

    public StringJoiner(CharSequence delimiter, CharSequence prefix, CharSequence suffix) {
        Objects.requireNonNull(prefix, "The prefix must not be null");
        Objects.requireNonNull(delimiter, "The delimiter must not be null");
        Objects.requireNonNull(suffix, "The suffix must not be null");
        this.prefix = prefix.toString();
        this.delimiter = delimiter.toString();
        this.suffix = suffix.toString();
        this.emptyValue = null;
    }

    public StringJoiner setEmptyValue(CharSequence emptyValue) {
        this.emptyValue = Objects.requireNonNull(emptyValue, "The empty value must not be null").toString();
        return this;
    }

    @Override
    public String toString() {
        if (size == 0 && emptyValue != null) {
            return emptyValue;
        }
        StringBuilder sb = new StringBuilder(len + prefix.length() + suffix.length());
        sb.append(prefix);
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                sb.append(delimiter);
            }
            sb.append(elts[i]);
        }
        return sb.append(suffix).toString();
    }

    public StringJoiner add(CharSequence newElement) {
        final String elt = String.valueOf(newElement);
        if (elts == null) {
            elts = new String[8];
        } else {
            if (size == elts.length) {
                elts = Arrays.copyOf(elts, 2 * size);
            }
            len += delimiter.length();
        }
        len += elt.length();
        elts[size++] = elt;
        return this;
    }

    public StringJoiner merge(StringJoiner other) {
        Objects.requireNonNull(other);
        if (other.size == 0) {
            return this;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < other.size; i++) {
            if (i > 0) {
                sb.append(other.delimiter);
            }
            sb.append(other.elts[i]);
        }
        return add(sb.toString());
    }

    public int length() {
        return (size == 0 && emptyValue != null) ? emptyValue.length() : len + prefix.length() + suffix.length();
    }
}
