// A writer that collects chars in a growing array.
package java.io;

import java.util.Arrays;
import java.util.Objects;

public class CharArrayWriter extends Writer {

    protected char[] buf;
    protected int count;

    public CharArrayWriter() {
        this(32);
    }

    public CharArrayWriter(int initialSize) {
        if (initialSize < 0) {
            throw new IllegalArgumentException("Negative initial size: " + initialSize);
        }
        buf = new char[initialSize];
    }

    private void ensureCapacity(int needed) {
        if (needed > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length << 1, needed));
        }
    }

    @Override
    public void write(int c) {
        ensureCapacity(count + 1);
        buf[count++] = (char) c;
    }

    @Override
    public void write(char[] c, int off, int len) {
        Objects.checkFromIndexSize(off, len, c.length);
        ensureCapacity(count + len);
        System.arraycopy(c, off, buf, count, len);
        count += len;
    }

    @Override
    public void write(String str, int off, int len) {
        ensureCapacity(count + len);
        str.getChars(off, off + len, buf, count);
        count += len;
    }

    public void writeTo(Writer out) throws IOException {
        out.write(buf, 0, count);
    }

    @Override
    public CharArrayWriter append(CharSequence csq) {
        String s = String.valueOf(csq);
        write(s, 0, s.length());
        return this;
    }

    @Override
    public CharArrayWriter append(CharSequence csq, int start, int end) {
        if (csq == null) {
            csq = "null";
        }
        return append(csq.subSequence(start, end));
    }

    @Override
    public CharArrayWriter append(char c) {
        write(c);
        return this;
    }

    public void reset() {
        count = 0;
    }

    public char[] toCharArray() {
        return Arrays.copyOf(buf, count);
    }

    public int size() {
        return count;
    }

    public String toString() {
        return new String(buf, 0, count);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
}
