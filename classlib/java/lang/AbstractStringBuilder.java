// The growable char buffer shared by StringBuilder and StringBuffer. Like String it stores
// Latin-1 bytes until a wider char arrives, then switches to UTF-16 little-endian for good.
package java.lang;

import java.util.Arrays;

abstract class AbstractStringBuilder implements Appendable, CharSequence {

    byte[] value;
    byte coder;
    int count;

    private static final byte[] EMPTY = new byte[0];

    AbstractStringBuilder() {
        value = EMPTY;
    }

    AbstractStringBuilder(int capacity) {
        value = new byte[capacity];
    }

    AbstractStringBuilder(String str) {
        int length = str.length();
        int capacity = length < Integer.MAX_VALUE - 16 ? length + 16 : Integer.MAX_VALUE;
        coder = str.coder();
        value = coder == String.LATIN1 ? new byte[capacity] : StringUTF16.newBytesFor(capacity);
        append(str);
    }

    AbstractStringBuilder(CharSequence seq) {
        int length = seq.length();
        if (length < 0) {
            throw new NegativeArraySizeException("Negative length: " + length);
        }
        int capacity = length < Integer.MAX_VALUE - 16 ? length + 16 : Integer.MAX_VALUE;
        coder = seq instanceof String ? ((String) seq).coder()
                : seq instanceof AbstractStringBuilder ? ((AbstractStringBuilder) seq).coder : String.LATIN1;
        value = coder == String.LATIN1 ? new byte[capacity] : StringUTF16.newBytesFor(capacity);
        append(seq);
    }

    // ---- Capacity ----

    public int length() {
        return count;
    }

    public int capacity() {
        return value.length >> coder;
    }

    public void ensureCapacity(int minimumCapacity) {
        if (minimumCapacity > 0) {
            ensureCapacityInternal(minimumCapacity);
        }
    }

    private void ensureCapacityInternal(int minimumCapacity) {
        int oldCapacity = value.length >> coder;
        if (minimumCapacity - oldCapacity > 0) {
            value = Arrays.copyOf(value, newCapacity(minimumCapacity) << coder);
        }
    }

    /** The JDK's growth policy: double plus two, or exactly what is needed if that is more. */
    private int newCapacity(int minCapacity) {
        int oldLength = value.length >> coder;
        int growth = minCapacity - oldLength;
        int preferred = oldLength + 2;
        long length = (long) oldLength + Math.max(growth, preferred);
        int limit = (Integer.MAX_VALUE - 8) >> coder;
        if (length <= limit) {
            return (int) length;
        }
        if (minCapacity < 0 || minCapacity > (Integer.MAX_VALUE >> coder)) {
            throw new OutOfMemoryError("Required length exceeds implementation limit");
        }
        return Math.max(minCapacity, limit);
    }

    /** Switches to UTF-16 storage, keeping the capacity. */
    private void inflate() {
        if (coder == String.UTF16) {
            return;
        }
        byte[] wide = StringUTF16.newBytesFor(value.length);
        StringUTF16.inflate(value, 0, wide, 0, count);
        value = wide;
        coder = String.UTF16;
    }

    public void trimToSize() {
        int length = count << coder;
        if (length < value.length) {
            value = Arrays.copyOf(value, length);
        }
    }

    public void setLength(int newLength) {
        if (newLength < 0) {
            throw new StringIndexOutOfBoundsException(newLength);
        }
        ensureCapacityInternal(newLength);
        if (count < newLength) {
            Arrays.fill(value, count << coder, newLength << coder, (byte) 0);
        }
        count = newLength;
    }

    // ---- Reading ----

    final char get(int index) {
        return coder == String.LATIN1 ? (char) (value[index] & 0xFF) : StringUTF16.getChar(value, index);
    }

    private void put(int index, char c) {
        if (coder == String.LATIN1) {
            value[index] = (byte) c;
        } else {
            StringUTF16.putChar(value, index, c);
        }
    }

    public char charAt(int index) {
        String.checkIndex(index, count);
        return get(index);
    }

    public int codePointAt(int index) {
        String.checkIndex(index, count);
        char c = get(index);
        if (Character.isHighSurrogate(c) && index + 1 < count) {
            char low = get(index + 1);
            if (Character.isLowSurrogate(low)) {
                return Character.toCodePoint(c, low);
            }
        }
        return c;
    }

    public int codePointBefore(int index) {
        int i = index - 1;
        if (i < 0 || i >= count) {
            throw new StringIndexOutOfBoundsException(index);
        }
        char c = get(i);
        if (Character.isLowSurrogate(c) && i > 0) {
            char high = get(i - 1);
            if (Character.isHighSurrogate(high)) {
                return Character.toCodePoint(high, c);
            }
        }
        return c;
    }

    public int codePointCount(int beginIndex, int endIndex) {
        if (beginIndex < 0 || endIndex > count || beginIndex > endIndex) {
            throw new IndexOutOfBoundsException();
        }
        int n = endIndex - beginIndex;
        if (coder == String.UTF16) {
            for (int i = beginIndex; i < endIndex - 1; i++) {
                if (Character.isHighSurrogate(get(i)) && Character.isLowSurrogate(get(i + 1))) {
                    n--;
                    i++;
                }
            }
        }
        return n;
    }

    public int offsetByCodePoints(int index, int codePointOffset) {
        if (index < 0 || index > count) {
            throw new IndexOutOfBoundsException();
        }
        return Character.offsetByCodePoints(this, index, codePointOffset);
    }

    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        checkRangeSIOOBE(srcBegin, srcEnd, count);
        int n = srcEnd - srcBegin;
        checkRange(dstBegin, dstBegin + n, dst.length);
        for (int i = srcBegin; i < srcEnd; i++) {
            dst[dstBegin++] = get(i);
        }
    }

    public void setCharAt(int index, char ch) {
        String.checkIndex(index, count);
        if (coder == String.LATIN1 && ch > 0xFF) {
            inflate();
        }
        put(index, ch);
    }

    public String substring(int start) {
        return substring(start, count);
    }

    public CharSequence subSequence(int start, int end) {
        return substring(start, end);
    }

    public String substring(int start, int end) {
        checkRangeSIOOBE(start, end, count);
        return newString(start, end - start);
    }

    /** A String of the chars [start, start+len), compact when possible. */
    final String newString(int start, int len) {
        if (len == 0) {
            return "";
        }
        if (coder == String.LATIN1) {
            byte[] v = new byte[len];
            System.arraycopy(value, start, v, 0, len);
            return new String(v, String.LATIN1);
        }
        return StringUTF16.newString(value, start, len);
    }

    public int indexOf(String str) {
        return indexOf(str, 0);
    }

    public int indexOf(String str, int fromIndex) {
        int targetLength = str.length();
        if (fromIndex >= count) {
            return targetLength == 0 ? count : -1;
        }
        if (fromIndex < 0) {
            fromIndex = 0;
        }
        if (targetLength == 0) {
            return fromIndex;
        }
        int max = count - targetLength;
        outer:
        for (int i = fromIndex; i <= max; i++) {
            for (int j = 0; j < targetLength; j++) {
                if (get(i + j) != str.charAt(j)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    public int lastIndexOf(String str) {
        return lastIndexOf(str, count);
    }

    public int lastIndexOf(String str, int fromIndex) {
        int targetLength = str.length();
        int rightIndex = count - targetLength;
        if (fromIndex > rightIndex) {
            fromIndex = rightIndex;
        }
        if (fromIndex < 0) {
            return -1;
        }
        outer:
        for (int i = fromIndex; i >= 0; i--) {
            for (int j = 0; j < targetLength; j++) {
                if (get(i + j) != str.charAt(j)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    int compareTo(AbstractStringBuilder another) {
        if (this == another) {
            return 0;
        }
        int n = Math.min(count, another.count);
        for (int i = 0; i < n; i++) {
            char c1 = get(i);
            char c2 = another.get(i);
            if (c1 != c2) {
                return c1 - c2;
            }
        }
        return count - another.count;
    }

    // ---- Range checks with the JDK's messages ----

    static void checkRange(int start, int end, int length) {
        if (start < 0 || start > end || end > length) {
            throw new IndexOutOfBoundsException("start " + start + ", end " + end + ", length " + length);
        }
    }

    static void checkRangeSIOOBE(int start, int end, int length) {
        if (start < 0 || start > end || end > length) {
            throw new StringIndexOutOfBoundsException("start " + start + ", end " + end + ", length " + length);
        }
    }

    // ---- Appending ----

    /** Makes room for len more chars, inflating first if any of them is wider than Latin-1. */
    private void prepareAppend(int len, boolean wide) {
        ensureCapacityInternal(count + len);
        if (wide && coder == String.LATIN1) {
            inflate();
        }
    }

    public AbstractStringBuilder append(Object obj) {
        return append(String.valueOf(obj));
    }

    public AbstractStringBuilder append(String str) {
        if (str == null) {
            return appendNull();
        }
        int len = str.length();
        prepareAppend(len, str.coder() == String.UTF16);
        putString(count, str);
        count += len;
        return this;
    }

    /** Copies all of str to index (capacity and coder already arranged). */
    private void putString(int index, String str) {
        byte[] src = str.value();
        if (coder == str.coder()) {
            System.arraycopy(src, 0, value, index << coder, src.length);
        } else {
            StringUTF16.inflate(src, 0, value, index, src.length);
        }
    }

    public AbstractStringBuilder append(StringBuffer sb) {
        return append((AbstractStringBuilder) sb);
    }

    AbstractStringBuilder append(AbstractStringBuilder asb) {
        if (asb == null) {
            return appendNull();
        }
        int len = asb.length();
        prepareAppend(len, asb.coder == String.UTF16);
        if (coder == asb.coder) {
            System.arraycopy(asb.value, 0, value, count << coder, len << coder);
        } else {
            StringUTF16.inflate(asb.value, 0, value, count, len);
        }
        count += len;
        return this;
    }

    public AbstractStringBuilder append(CharSequence s) {
        if (s == null) {
            return appendNull();
        }
        if (s instanceof String) {
            return append((String) s);
        }
        if (s instanceof AbstractStringBuilder) {
            return append((AbstractStringBuilder) s);
        }
        return append(s, 0, s.length());
    }

    private AbstractStringBuilder appendNull() {
        ensureCapacityInternal(count + 4);
        put(count, 'n');
        put(count + 1, 'u');
        put(count + 2, 'l');
        put(count + 3, 'l');
        count += 4;
        return this;
    }

    public AbstractStringBuilder append(CharSequence s, int start, int end) {
        if (s == null) {
            s = "null";
        }
        checkRange(start, end, s.length());
        int len = end - start;
        ensureCapacityInternal(count + len);
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c > 0xFF && coder == String.LATIN1) {
                inflate();
            }
            put(count++, c);
        }
        return this;
    }

    public AbstractStringBuilder append(char[] str) {
        return appendChars(str, 0, str.length);
    }

    public AbstractStringBuilder append(char[] str, int offset, int len) {
        int end = offset + len;
        checkRange(offset, end, str.length);
        return appendChars(str, offset, len);
    }

    private AbstractStringBuilder appendChars(char[] str, int offset, int len) {
        ensureCapacityInternal(count + len);
        for (int i = 0; i < len; i++) {
            char c = str[offset + i];
            if (c > 0xFF && coder == String.LATIN1) {
                inflate();
            }
            put(count++, c);
        }
        return this;
    }

    public AbstractStringBuilder append(boolean b) {
        return append(b ? "true" : "false");
    }

    public AbstractStringBuilder append(char c) {
        prepareAppend(1, c > 0xFF);
        put(count++, c);
        return this;
    }

    public AbstractStringBuilder append(int i) {
        return appendLong(i);
    }

    public AbstractStringBuilder append(long l) {
        return appendLong(l);
    }

    /** Decimal digits written straight into the buffer, no temporary String. */
    private AbstractStringBuilder appendLong(long v) {
        int digits = Long.stringSize(v);
        ensureCapacityInternal(count + digits);
        int end = count + digits;
        int pos = end;
        // Work with negative values so that Long.MIN_VALUE needs no special case.
        long n = v < 0 ? v : -v;
        do {
            long q = n / 10;
            put(--pos, (char) ('0' + (int) (q * 10 - n)));
            n = q;
        } while (n != 0);
        if (v < 0) {
            put(--pos, '-');
        }
        count = end;
        return this;
    }

    public AbstractStringBuilder append(float f) {
        return append(Float.toString(f));
    }

    public AbstractStringBuilder append(double d) {
        return append(Double.toString(d));
    }

    public AbstractStringBuilder appendCodePoint(int codePoint) {
        if (Character.isBmpCodePoint(codePoint)) {
            return append((char) codePoint);
        }
        if (!Character.isValidCodePoint(codePoint)) {
            throw new IllegalArgumentException(
                    "Not a valid Unicode code point: 0x" + Integer.toHexString(codePoint).toUpperCase());
        }
        prepareAppend(2, true);
        put(count++, Character.highSurrogate(codePoint));
        put(count++, Character.lowSurrogate(codePoint));
        return this;
    }

    // ---- Editing ----

    /** Moves chars [from, count) by delta positions (capacity already arranged). */
    private void shift(int from, int delta) {
        System.arraycopy(value, from << coder, value, (from + delta) << coder, (count - from) << coder);
    }

    public AbstractStringBuilder delete(int start, int end) {
        int count = this.count;
        if (end > count) {
            end = count;
        }
        checkRangeSIOOBE(start, end, count);
        int len = end - start;
        if (len > 0) {
            shift(end, -len);
            this.count = count - len;
        }
        return this;
    }

    public AbstractStringBuilder deleteCharAt(int index) {
        String.checkIndex(index, count);
        shift(index + 1, -1);
        count--;
        return this;
    }

    public AbstractStringBuilder replace(int start, int end, String str) {
        int count = this.count;
        if (end > count) {
            end = count;
        }
        checkRangeSIOOBE(start, end, count);
        int len = str.length();
        int newCount = count + len - (end - start);
        prepareAppend(newCount - count, str.coder() == String.UTF16);
        shift(end, newCount - count);
        this.count = newCount;
        putString(start, str);
        return this;
    }

    public AbstractStringBuilder insert(int index, char[] str, int offset, int len) {
        String.checkOffset(index, count);
        checkRangeSIOOBE(offset, offset + len, str.length);
        return insertChars(index, str, offset, len);
    }

    private AbstractStringBuilder insertChars(int index, char[] str, int offset, int len) {
        boolean wide = false;
        for (int i = 0; i < len; i++) {
            if (str[offset + i] > 0xFF) {
                wide = true;
                break;
            }
        }
        prepareAppend(len, wide);
        shift(index, len);
        count += len;
        for (int i = 0; i < len; i++) {
            put(index + i, str[offset + i]);
        }
        return this;
    }

    public AbstractStringBuilder insert(int offset, Object obj) {
        return insert(offset, String.valueOf(obj));
    }

    public AbstractStringBuilder insert(int offset, String str) {
        String.checkOffset(offset, count);
        if (str == null) {
            str = "null";
        }
        int len = str.length();
        prepareAppend(len, str.coder() == String.UTF16);
        shift(offset, len);
        count += len;
        putString(offset, str);
        return this;
    }

    public AbstractStringBuilder insert(int offset, char[] str) {
        String.checkOffset(offset, count);
        return insertChars(offset, str, 0, str.length);
    }

    public AbstractStringBuilder insert(int dstOffset, CharSequence s) {
        if (s == null) {
            s = "null";
        }
        if (s instanceof String) {
            return insert(dstOffset, (String) s);
        }
        return insert(dstOffset, s, 0, s.length());
    }

    public AbstractStringBuilder insert(int dstOffset, CharSequence s, int start, int end) {
        if (s == null) {
            s = "null";
        }
        String.checkOffset(dstOffset, count);
        checkRange(start, end, s.length());
        int len = end - start;
        char[] chars = new char[len];
        for (int i = 0; i < len; i++) {
            chars[i] = s.charAt(start + i);
        }
        return insertChars(dstOffset, chars, 0, len);
    }

    public AbstractStringBuilder insert(int offset, boolean b) {
        return insert(offset, String.valueOf(b));
    }

    public AbstractStringBuilder insert(int offset, char c) {
        String.checkOffset(offset, count);
        prepareAppend(1, c > 0xFF);
        shift(offset, 1);
        count++;
        put(offset, c);
        return this;
    }

    public AbstractStringBuilder insert(int offset, int i) {
        return insert(offset, String.valueOf(i));
    }

    public AbstractStringBuilder insert(int offset, long l) {
        return insert(offset, String.valueOf(l));
    }

    public AbstractStringBuilder insert(int offset, float f) {
        return insert(offset, String.valueOf(f));
    }

    public AbstractStringBuilder insert(int offset, double d) {
        return insert(offset, String.valueOf(d));
    }

    /** Reverses the chars, then restores the order inside each surrogate pair. */
    public AbstractStringBuilder reverse() {
        int n = count - 1;
        boolean surrogates = false;
        for (int i = 0, j = n; i < j; i++, j--) {
            char a = get(i);
            char b = get(j);
            put(i, b);
            put(j, a);
        }
        if (coder == String.UTF16) {
            for (int i = 0; i < count; i++) {
                if (Character.isSurrogate(get(i))) {
                    surrogates = true;
                    break;
                }
            }
        }
        if (surrogates) {
            for (int i = 0; i < n; i++) {
                char low = get(i);
                if (Character.isLowSurrogate(low)) {
                    char high = get(i + 1);
                    if (Character.isHighSurrogate(high)) {
                        put(i++, high);
                        put(i, low);
                    }
                }
            }
        }
        return this;
    }

    public abstract String toString();
}
