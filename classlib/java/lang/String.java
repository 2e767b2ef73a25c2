// The immutable string. Storage is compact: Latin-1 (one byte per char) whenever every char is
// <= 0xFF, otherwise UTF-16 little-endian; see classlib/README.md for the fields the VM uses.
package java.lang;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.IntStream;

public final class String implements java.io.Serializable, Comparable<String>, CharSequence,
        java.lang.constant.Constable, java.lang.constant.ConstantDesc {

    private final byte[] value;
    private final byte coder;
    private int hash;
    private boolean hashIsZero;

    static final byte LATIN1 = 0;
    static final byte UTF16 = 1;

    public static final Comparator<String> CASE_INSENSITIVE_ORDER = new CaseInsensitiveComparator();

    // ---- Construction ----

    public String() {
        this.value = new byte[0];
        this.coder = LATIN1;
    }

    public String(String original) {
        this.value = original.value;
        this.coder = original.coder;
        this.hash = original.hash;
        this.hashIsZero = original.hashIsZero;
    }

    public String(char[] value) {
        this(value, 0, value.length);
    }

    public String(char[] value, int offset, int count) {
        checkBoundsOffCount(offset, count, value.length);
        byte[] latin1 = StringUTF16.compress(value, offset, count);
        if (latin1 != null) {
            this.value = latin1;
            this.coder = LATIN1;
        } else {
            this.value = StringUTF16.toBytes(value, offset, count);
            this.coder = UTF16;
        }
    }

    public String(int[] codePoints, int offset, int count) {
        checkBoundsOffCount(offset, count, codePoints.length);
        int end = offset + count;
        int chars = 0;
        boolean latin1 = true;
        for (int i = offset; i < end; i++) {
            int cp = codePoints[i];
            if (cp >= 0 && cp <= 0xFF) {
                chars++;
            } else if (cp > 0xFF && cp < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
                chars++;
                latin1 = false;
            } else if (Character.isValidCodePoint(cp)) {
                chars += 2;
                latin1 = false;
            } else {
                throw new IllegalArgumentException(Integer.toString(cp));
            }
        }
        if (latin1) {
            byte[] v = new byte[chars];
            for (int i = 0; i < count; i++) {
                v[i] = (byte) codePoints[offset + i];
            }
            this.value = v;
            this.coder = LATIN1;
        } else {
            byte[] v = StringUTF16.newBytesFor(chars);
            int dp = 0;
            for (int i = offset; i < end; i++) {
                int cp = codePoints[i];
                if (cp < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
                    StringUTF16.putChar(v, dp++, cp);
                } else {
                    StringUTF16.putChar(v, dp++, Character.highSurrogate(cp));
                    StringUTF16.putChar(v, dp++, Character.lowSurrogate(cp));
                }
            }
            this.value = v;
            this.coder = UTF16;
        }
    }

    @Deprecated(since = "1.1")
    public String(byte[] ascii, int hibyte, int offset, int count) {
        checkBoundsOffCount(offset, count, ascii.length);
        if ((hibyte & 0xFF) == 0) {
            byte[] v = new byte[count];
            System.arraycopy(ascii, offset, v, 0, count);
            this.value = v;
            this.coder = LATIN1;
        } else {
            int high = (hibyte & 0xFF) << 8;
            byte[] v = StringUTF16.newBytesFor(count);
            for (int i = 0; i < count; i++) {
                StringUTF16.putChar(v, i, high | (ascii[offset + i] & 0xFF));
            }
            this.value = v;
            this.coder = UTF16;
        }
    }

    @Deprecated(since = "1.1")
    public String(byte[] ascii, int hibyte) {
        this(ascii, hibyte, 0, ascii.length);
    }

    public String(byte[] bytes, int offset, int length, String charsetName)
            throws java.io.UnsupportedEncodingException {
        this(lookupCharset(charsetName), bytes, offset, length);
    }

    public String(byte[] bytes, int offset, int length, Charset charset) {
        this(Objects.requireNonNull(charset), bytes, offset, length);
    }

    public String(byte[] bytes, String charsetName) throws java.io.UnsupportedEncodingException {
        this(lookupCharset(charsetName), bytes, 0, bytes.length);
    }

    public String(byte[] bytes, Charset charset) {
        this(Objects.requireNonNull(charset), bytes, 0, bytes.length);
    }

    public String(byte[] bytes, int offset, int length) {
        this(Charset.defaultCharset(), bytes, offset, length);
    }

    public String(byte[] bytes) {
        this(Charset.defaultCharset(), bytes, 0, bytes.length);
    }

    private String(Charset charset, byte[] bytes, int offset, int length) {
        checkBoundsOffCount(offset, length, bytes.length);
        String decoded = StringCoding.decode(StringCoding.codecOf(charset.name()), bytes, offset, length);
        this.value = decoded.value;
        this.coder = decoded.coder;
    }

    public String(StringBuffer buffer) {
        this(buffer.toString());
    }

    public String(StringBuilder builder) {
        this(builder.toString());
    }

    /** Adopts value without copying; the caller guarantees the compact-form invariant. */
    String(byte[] value, byte coder) {
        this.value = value;
        this.coder = coder;
    }

    private static Charset lookupCharset(String charsetName) throws java.io.UnsupportedEncodingException {
        if (charsetName == null) {
            throw new NullPointerException();
        }
        try {
            return Charset.forName(charsetName);
        } catch (IllegalArgumentException e) {
            throw new java.io.UnsupportedEncodingException(charsetName);
        }
    }

    // ---- Access for the rest of java.lang ----

    byte[] value() {
        return value;
    }

    byte coder() {
        return coder;
    }

    boolean isLatin1() {
        return coder == LATIN1;
    }

    // ---- Bounds checks with the JDK's messages ----

    static void checkIndex(int index, int length) {
        if (index < 0 || index >= length) {
            throw new StringIndexOutOfBoundsException("index " + index + ", length " + length);
        }
    }

    static void checkOffset(int offset, int length) {
        if (offset < 0 || offset > length) {
            throw new StringIndexOutOfBoundsException("offset " + offset + ", length " + length);
        }
    }

    static void checkBoundsOffCount(int offset, int count, int length) {
        if (offset < 0 || count < 0 || offset > length - count) {
            throw new StringIndexOutOfBoundsException(
                    "offset " + offset + ", count " + count + ", length " + length);
        }
    }

    static void checkBoundsBeginEnd(int begin, int end, int length) {
        if (begin < 0 || begin > end || end > length) {
            throw new StringIndexOutOfBoundsException(
                    "begin " + begin + ", end " + end + ", length " + length);
        }
    }

    // ---- Basic queries ----

    public int length() {
        return value.length >> coder;
    }

    public boolean isEmpty() {
        return value.length == 0;
    }

    public char charAt(int index) {
        if (coder == LATIN1) {
            if (index < 0 || index >= value.length) {
                throw new StringIndexOutOfBoundsException(index);
            }
            return (char) (value[index] & 0xFF);
        }
        // The JDK's two storage forms report a bad index differently.
        checkIndex(index, value.length >> 1);
        return StringUTF16.getChar(value, index);
    }

    /** charAt without the bounds check, for loops that already know the index is valid. */
    private char at(int index) {
        return coder == LATIN1 ? (char) (value[index] & 0xFF) : StringUTF16.getChar(value, index);
    }

    public int codePointAt(int index) {
        int length = length();
        checkIndex(index, length);
        char c = at(index);
        if (Character.isHighSurrogate(c) && index + 1 < length) {
            char low = at(index + 1);
            if (Character.isLowSurrogate(low)) {
                return Character.toCodePoint(c, low);
            }
        }
        return c;
    }

    public int codePointBefore(int index) {
        int i = index - 1;
        if (i < 0 || i >= length()) {
            throw new StringIndexOutOfBoundsException(index);
        }
        char c = at(i);
        if (Character.isLowSurrogate(c) && i > 0) {
            char high = at(i - 1);
            if (Character.isHighSurrogate(high)) {
                return Character.toCodePoint(high, c);
            }
        }
        return c;
    }

    public int codePointCount(int beginIndex, int endIndex) {
        if (beginIndex < 0 || beginIndex > endIndex || endIndex > length()) {
            throw new IndexOutOfBoundsException();
        }
        if (coder == LATIN1) {
            return endIndex - beginIndex;
        }
        int n = endIndex - beginIndex;
        for (int i = beginIndex; i < endIndex - 1; i++) {
            if (Character.isHighSurrogate(at(i)) && Character.isLowSurrogate(at(i + 1))) {
                n--;
                i++;
            }
        }
        return n;
    }

    public int offsetByCodePoints(int index, int codePointOffset) {
        return Character.offsetByCodePoints(this, index, codePointOffset);
    }

    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        checkBoundsBeginEnd(srcBegin, srcEnd, length());
        checkBoundsOffCount(dstBegin, srcEnd - srcBegin, dst.length);
        copyChars(srcBegin, srcEnd, dst, dstBegin);
    }

    /** Unchecked copy of chars [srcBegin, srcEnd) into dst. */
    void copyChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        if (coder == LATIN1) {
            for (int i = srcBegin; i < srcEnd; i++) {
                dst[dstBegin++] = (char) (value[i] & 0xFF);
            }
        } else {
            for (int i = srcBegin; i < srcEnd; i++) {
                dst[dstBegin++] = StringUTF16.getChar(value, i);
            }
        }
    }

    @Deprecated(since = "1.1")
    public void getBytes(int srcBegin, int srcEnd, byte[] dst, int dstBegin) {
        checkBoundsBeginEnd(srcBegin, srcEnd, length());
        Objects.requireNonNull(dst);
        checkBoundsOffCount(dstBegin, srcEnd - srcBegin, dst.length);
        for (int i = srcBegin; i < srcEnd; i++) {
            dst[dstBegin++] = (byte) at(i);
        }
    }

    public byte[] getBytes(String charsetName) throws java.io.UnsupportedEncodingException {
        if (charsetName == null) {
            throw new NullPointerException();
        }
        return StringCoding.encode(StringCoding.codecOf(lookupCharset(charsetName).name()), this);
    }

    public byte[] getBytes(Charset charset) {
        if (charset == null) {
            throw new NullPointerException();
        }
        return StringCoding.encode(StringCoding.codecOf(charset.name()), this);
    }

    public byte[] getBytes() {
        return StringCoding.encode(StringCoding.codecOf(Charset.defaultCharset().name()), this);
    }

    public char[] toCharArray() {
        int length = length();
        char[] result = new char[length];
        copyChars(0, length, result, 0);
        return result;
    }

    // ---- Equality, ordering, hashing ----

    public boolean equals(Object anObject) {
        if (this == anObject) {
            return true;
        }
        if (anObject instanceof String) {
            String other = (String) anObject;
            // Compact strings are canonical: equal strings always have equal coders.
            if (coder != other.coder) {
                return false;
            }
            byte[] a = value;
            byte[] b = other.value;
            if (a.length != b.length) {
                return false;
            }
            for (int i = 0; i < a.length; i++) {
                if (a[i] != b[i]) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    public boolean contentEquals(StringBuffer sb) {
        synchronized (sb) {
            return contentEquals((CharSequence) sb);
        }
    }

    public boolean contentEquals(CharSequence cs) {
        if (cs instanceof String) {
            return equals(cs);
        }
        int n = length();
        if (n != cs.length()) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (at(i) != cs.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    public boolean equalsIgnoreCase(String anotherString) {
        if (this == anotherString) {
            return true;
        }
        return anotherString != null && anotherString.length() == length()
                && regionMatches(true, 0, anotherString, 0, length());
    }

    public int compareTo(String anotherString) {
        int len1 = length();
        int len2 = anotherString.length();
        int lim = Math.min(len1, len2);
        if (coder == LATIN1 && anotherString.coder == LATIN1) {
            byte[] a = value;
            byte[] b = anotherString.value;
            for (int k = 0; k < lim; k++) {
                if (a[k] != b[k]) {
                    return (a[k] & 0xFF) - (b[k] & 0xFF);
                }
            }
        } else {
            for (int k = 0; k < lim; k++) {
                char c1 = at(k);
                char c2 = anotherString.at(k);
                if (c1 != c2) {
                    return c1 - c2;
                }
            }
        }
        return len1 - len2;
    }

    public int compareToIgnoreCase(String str) {
        return CASE_INSENSITIVE_ORDER.compare(this, str);
    }

    private static final class CaseInsensitiveComparator implements Comparator<String>, java.io.Serializable {
        public int compare(String s1, String s2) {
            return compareIgnoreCase(s1, 0, s1.length(), s2, 0, s2.length());
        }
    }

    /**
     * Case-insensitive comparison of two regions as the JDK does it: char by char, except
     * that when both strings are UTF-16 a surrogate pair is folded as one code point.
     */
    private static int compareIgnoreCase(String s1, int off1, int len1, String s2, int off2, int len2) {
        int end1 = off1 + len1;
        int end2 = off2 + len2;
        boolean codePoints = s1.coder == UTF16 && s2.coder == UTF16;
        for (int k1 = off1, k2 = off2; k1 < end1 && k2 < end2; k1++, k2++) {
            int c1 = s1.at(k1);
            int c2 = s2.at(k2);
            if (c1 == c2) {
                continue;
            }
            if (!codePoints) {
                char u1 = Character.toUpperCase((char) c1);
                char u2 = Character.toUpperCase((char) c2);
                if (u1 != u2) {
                    char l1 = Character.toLowerCase(u1);
                    char l2 = Character.toLowerCase(u2);
                    if (l1 != l2) {
                        return l1 - l2;
                    }
                }
                continue;
            }
            if (compareCodePointIgnoreCase(c1, c2) == 0) {
                continue;
            }
            c1 = s1.codePointIncluding(c1, k1, off1, end1);
            if (c1 < 0) {
                k1++;
                c1 = -c1;
            }
            c2 = s2.codePointIncluding(c2, k2, off2, end2);
            if (c2 < 0) {
                k2++;
                c2 = -c2;
            }
            int diff = compareCodePointIgnoreCase(c1, c2);
            if (diff != 0) {
                return diff;
            }
        }
        return len1 - len2;
    }

    private static int compareCodePointIgnoreCase(int cp1, int cp2) {
        cp1 = Character.toUpperCase(cp1);
        cp2 = Character.toUpperCase(cp2);
        if (cp1 != cp2) {
            cp1 = Character.toLowerCase(cp1);
            cp2 = Character.toLowerCase(cp2);
            if (cp1 != cp2) {
                return cp1 - cp2;
            }
        }
        return 0;
    }

    /**
     * The code point that the char at index belongs to: a low surrogate combines with the high
     * surrogate before it; a high surrogate with the low one after it, returned negated to
     * tell the caller to skip that low surrogate.
     */
    private int codePointIncluding(int c, int index, int start, int end) {
        if (!Character.isSurrogate((char) c)) {
            return c;
        }
        if (Character.isLowSurrogate((char) c)) {
            if (index > start) {
                char high = at(index - 1);
                if (Character.isHighSurrogate(high)) {
                    return Character.toCodePoint(high, (char) c);
                }
            }
        } else if (index + 1 < end) {
            char low = at(index + 1);
            if (Character.isLowSurrogate(low)) {
                return -Character.toCodePoint((char) c, low);
            }
        }
        return c;
    }

    public boolean regionMatches(int toffset, String other, int ooffset, int len) {
        if (ooffset < 0 || toffset < 0 || toffset > (long) length() - len
                || ooffset > (long) other.length() - len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (at(toffset + i) != other.at(ooffset + i)) {
                return false;
            }
        }
        return true;
    }

    public boolean regionMatches(boolean ignoreCase, int toffset, String other, int ooffset, int len) {
        if (!ignoreCase) {
            return regionMatches(toffset, other, ooffset, len);
        }
        if (ooffset < 0 || toffset < 0 || toffset > (long) length() - len
                || ooffset > (long) other.length() - len) {
            return false;
        }
        if (coder == UTF16 && other.coder == UTF16) {
            return compareIgnoreCase(this, toffset, len, other, ooffset, len) == 0;
        }
        for (int i = 0; i < len; i++) {
            char c1 = at(toffset + i);
            char c2 = other.at(ooffset + i);
            if (c1 == c2) {
                continue;
            }
            char u1 = Character.toUpperCase(c1);
            char u2 = Character.toUpperCase(c2);
            if (u1 == u2 || Character.toLowerCase(u1) == Character.toLowerCase(u2)) {
                continue;
            }
            return false;
        }
        return true;
    }

    public int hashCode() {
        int h = hash;
        if (h == 0 && !hashIsZero) {
            if (coder == LATIN1) {
                for (byte b : value) {
                    h = 31 * h + (b & 0xFF);
                }
            } else {
                int n = value.length >> 1;
                for (int i = 0; i < n; i++) {
                    h = 31 * h + StringUTF16.getChar(value, i);
                }
            }
            if (h == 0) {
                hashIsZero = true;
            } else {
                hash = h;
            }
        }
        return h;
    }

    // ---- Prefixes and searching ----

    public boolean startsWith(String prefix, int toffset) {
        int pn = prefix.length();
        if (toffset < 0 || toffset > length() - pn) {
            return false;
        }
        if (coder == LATIN1 && prefix.coder == UTF16) {
            return false;
        }
        for (int i = 0; i < pn; i++) {
            if (at(toffset + i) != prefix.at(i)) {
                return false;
            }
        }
        return true;
    }

    public boolean startsWith(String prefix) {
        return startsWith(prefix, 0);
    }

    public boolean endsWith(String suffix) {
        return startsWith(suffix, length() - suffix.length());
    }

    public int indexOf(int ch) {
        return indexOf(ch, 0);
    }

    public int indexOf(int ch, int fromIndex) {
        int length = length();
        if (fromIndex < 0) {
            fromIndex = 0;
        } else if (fromIndex >= length) {
            return -1;
        }
        if (coder == LATIN1) {
            if (ch < 0 || ch > 0xFF) {
                return -1;
            }
            byte b = (byte) ch;
            byte[] v = value;
            for (int i = fromIndex; i < length; i++) {
                if (v[i] == b) {
                    return i;
                }
            }
            return -1;
        }
        if (ch >= 0 && ch < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            for (int i = fromIndex; i < length; i++) {
                if (StringUTF16.getChar(value, i) == ch) {
                    return i;
                }
            }
            return -1;
        }
        if (Character.isValidCodePoint(ch)) {
            char hi = Character.highSurrogate(ch);
            char lo = Character.lowSurrogate(ch);
            for (int i = fromIndex; i < length - 1; i++) {
                if (StringUTF16.getChar(value, i) == hi && StringUTF16.getChar(value, i + 1) == lo) {
                    return i;
                }
            }
        }
        return -1;
    }

    public int lastIndexOf(int ch) {
        return lastIndexOf(ch, length() - 1);
    }

    public int lastIndexOf(int ch, int fromIndex) {
        int length = length();
        int i = Math.min(fromIndex, length - 1);
        if (ch >= 0 && ch < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            if (coder == LATIN1 && ch > 0xFF) {
                return -1;
            }
            for (; i >= 0; i--) {
                if (at(i) == ch) {
                    return i;
                }
            }
            return -1;
        }
        if (coder == UTF16 && Character.isValidCodePoint(ch)) {
            char hi = Character.highSurrogate(ch);
            char lo = Character.lowSurrogate(ch);
            if (i >= length - 1) {
                i = length - 2;
            }
            for (; i >= 0; i--) {
                if (at(i) == hi && at(i + 1) == lo) {
                    return i;
                }
            }
        }
        return -1;
    }

    public int indexOf(String str) {
        return indexOf(str, 0);
    }

    public int indexOf(String str, int fromIndex) {
        int length = length();
        int targetLength = str.length();
        if (fromIndex >= length) {
            return targetLength == 0 ? length : -1;
        }
        if (fromIndex < 0) {
            fromIndex = 0;
        }
        if (targetLength == 0) {
            return fromIndex;
        }
        if (coder == LATIN1 && str.coder == UTF16) {
            return -1;
        }
        char first = str.at(0);
        int max = length - targetLength;
        if (coder == LATIN1) {
            byte[] v = value;
            byte[] t = str.value;
            byte f = (byte) first;
            outer:
            for (int i = fromIndex; i <= max; i++) {
                if (v[i] != f) {
                    continue;
                }
                for (int j = 1; j < targetLength; j++) {
                    if (v[i + j] != t[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
        outer:
        for (int i = fromIndex; i <= max; i++) {
            if (at(i) != first) {
                continue;
            }
            for (int j = 1; j < targetLength; j++) {
                if (at(i + j) != str.at(j)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    public int lastIndexOf(String str) {
        return lastIndexOf(str, length());
    }

    public int lastIndexOf(String str, int fromIndex) {
        int targetLength = str.length();
        int rightIndex = length() - targetLength;
        if (fromIndex > rightIndex) {
            fromIndex = rightIndex;
        }
        if (fromIndex < 0) {
            return -1;
        }
        if (targetLength == 0) {
            return fromIndex;
        }
        if (coder == LATIN1 && str.coder == UTF16) {
            return -1;
        }
        outer:
        for (int i = fromIndex; i >= 0; i--) {
            for (int j = 0; j < targetLength; j++) {
                if (at(i + j) != str.at(j)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    public boolean contains(CharSequence s) {
        return indexOf(s.toString()) >= 0;
    }

    // ---- Substrings and building ----

    public String substring(int beginIndex) {
        return substring(beginIndex, length());
    }

    public String substring(int beginIndex, int endIndex) {
        int length = length();
        checkBoundsBeginEnd(beginIndex, endIndex, length);
        if (beginIndex == 0 && endIndex == length) {
            return this;
        }
        int subLen = endIndex - beginIndex;
        if (coder == LATIN1) {
            byte[] v = new byte[subLen];
            System.arraycopy(value, beginIndex, v, 0, subLen);
            return new String(v, LATIN1);
        }
        return StringUTF16.newString(value, beginIndex, subLen);
    }

    public CharSequence subSequence(int beginIndex, int endIndex) {
        return substring(beginIndex, endIndex);
    }

    public String concat(String str) {
        if (str.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return new String(str);
        }
        if (coder == str.coder) {
            byte[] v = new byte[value.length + str.value.length];
            System.arraycopy(value, 0, v, 0, value.length);
            System.arraycopy(str.value, 0, v, value.length, str.value.length);
            return new String(v, coder);
        }
        int n1 = length();
        int n2 = str.length();
        byte[] v = StringUTF16.newBytesFor(n1 + n2);
        for (int i = 0; i < n1; i++) {
            StringUTF16.putChar(v, i, at(i));
        }
        for (int i = 0; i < n2; i++) {
            StringUTF16.putChar(v, n1 + i, str.at(i));
        }
        return new String(v, UTF16);
    }

    public String replace(char oldChar, char newChar) {
        if (oldChar == newChar) {
            return this;
        }
        int first = indexOf(oldChar);
        if (first < 0) {
            return this;
        }
        int length = length();
        if (coder == LATIN1 && newChar <= 0xFF) {
            byte[] v = value.clone();
            byte o = (byte) oldChar;
            for (int i = first; i < length; i++) {
                if (v[i] == o) {
                    v[i] = (byte) newChar;
                }
            }
            return new String(v, LATIN1);
        }
        char[] chars = toCharArray();
        for (int i = first; i < length; i++) {
            if (chars[i] == oldChar) {
                chars[i] = newChar;
            }
        }
        return StringUTF16.newString(chars, 0, length);
    }

    public String replace(CharSequence target, CharSequence replacement) {
        String targetString = target.toString();
        String replacementString = replacement.toString();
        int length = length();
        int targetLength = targetString.length();
        if (targetLength == 0) {
            StringBuilder sb = new StringBuilder(length + (length + 1) * replacementString.length());
            sb.append(replacementString);
            for (int i = 0; i < length; i++) {
                sb.append(at(i)).append(replacementString);
            }
            return sb.toString();
        }
        int j = indexOf(targetString);
        if (j < 0) {
            return this;
        }
        StringBuilder sb = new StringBuilder(length);
        int i = 0;
        do {
            sb.append(this, i, j).append(replacementString);
            i = j + targetLength;
        } while (j < length && (j = indexOf(targetString, i)) >= 0);
        return sb.append(this, i, length).toString();
    }

    // ---- Regular expressions (split keeps a fast path for literal patterns) ----

    /**
     * The text a regular expression matches when it contains no metacharacters (each escaped
     * non-alphanumeric character counts as itself), or null for a real regular expression.
     */
    private static String literalOf(String regex) {
        int n = regex.length();
        StringBuilder sb = null;
        for (int i = 0; i < n; i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (i + 1 >= n) {
                    return null;
                }
                char next = regex.charAt(i + 1);
                if ((next >= '0' && next <= '9') || (next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z')
                        || Character.isHighSurrogate(next)) {
                    return null;
                }
                if (sb == null) {
                    sb = new StringBuilder(n);
                    sb.append(regex, 0, i);
                }
                sb.append(next);
                i++;
            } else if (".$|()[{^?*+".indexOf(c) >= 0) {
                return null;
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? regex : sb.toString();
    }

    public String[] split(String regex, int limit) {
        String literal = literalOf(regex);
        if (literal == null) {
            return java.util.regex.Pattern.compile(regex).split(this, limit);
        }
        if (literal.isEmpty()) {
            return splitEverywhere(limit);
        }
        boolean limited = limit > 0;
        ArrayList<String> list = new ArrayList<>();
        int off = 0;
        int next;
        int step = literal.length();
        while ((next = indexOf(literal, off)) != -1) {
            if (!limited || list.size() < limit - 1) {
                list.add(substring(off, next));
                off = next + step;
            } else {
                list.add(substring(off, length()));
                off = length();
                break;
            }
        }
        if (off == 0) {
            return new String[] {this};
        }
        if (!limited || list.size() < limit) {
            list.add(substring(off, length()));
        }
        int resultSize = list.size();
        if (limit == 0) {
            while (resultSize > 0 && list.get(resultSize - 1).isEmpty()) {
                resultSize--;
            }
        }
        String[] result = new String[resultSize];
        return list.subList(0, resultSize).toArray(result);
    }

    /** split(""): the empty pattern matches between every pair of chars (even inside a surrogate pair). */
    private String[] splitEverywhere(int limit) {
        int length = length();
        if (length == 0) {
            return new String[] {this};
        }
        ArrayList<String> list = new ArrayList<>();
        boolean limited = limit > 0;
        int off = 0;
        while (off < length) {
            if (limited && list.size() == limit - 1) {
                break;
            }
            list.add(substring(off, off + 1));
            off++;
        }
        if (!limited || list.size() < limit) {
            list.add(substring(off, length));
        }
        int resultSize = list.size();
        if (limit == 0) {
            while (resultSize > 0 && list.get(resultSize - 1).isEmpty()) {
                resultSize--;
            }
        }
        return list.subList(0, resultSize).toArray(new String[resultSize]);
    }

    public String[] split(String regex) {
        return split(regex, 0);
    }

    public boolean matches(String regex) {
        return java.util.regex.Pattern.matches(regex, this);
    }

    public String replaceAll(String regex, String replacement) {
        return java.util.regex.Pattern.compile(regex).matcher(this).replaceAll(replacement);
    }

    public String replaceFirst(String regex, String replacement) {
        return java.util.regex.Pattern.compile(regex).matcher(this).replaceFirst(replacement);
    }

    public static String format(String format, Object... args) {
        return new java.util.Formatter().format(format, args).toString();
    }

    public String formatted(Object... args) {
        return new java.util.Formatter().format(this, args).toString();
    }

    public static String join(CharSequence delimiter, CharSequence... elements) {
        String delim = delimiter.toString();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < elements.length; i++) {
            if (i > 0) {
                sb.append(delim);
            }
            sb.append(elements[i]);
        }
        return sb.toString();
    }

    public static String join(CharSequence delimiter, Iterable<? extends CharSequence> elements) {
        String delim = delimiter.toString();
        Objects.requireNonNull(elements);
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (CharSequence cs : elements) {
            if (!first) {
                sb.append(delim);
            }
            first = false;
            sb.append(cs);
        }
        return sb.toString();
    }

    // ---- Case mapping ----

    public String toLowerCase() {
        int length = length();
        int first = 0;
        // Find the first char that changes; most strings come back unchanged.
        for (; first < length; first++) {
            char c = at(first);
            if (Character.isSurrogate(c) || c == '\u0130' || c == '\u03A3'
                    || Character.toLowerCase(c) != c) {
                break;
            }
        }
        if (first == length) {
            return this;
        }
        StringBuilder sb = new StringBuilder(length);
        sb.append(this, 0, first);
        for (int i = first; i < length; ) {
            int cp = codePointAt(i);
            int n = Character.charCount(cp);
            if (cp == '\u0130') {
                sb.append("i\u0307"); // capital I with dot above: "i" + combining dot in the root locale
            } else if (cp == '\u03A3') {
                sb.append(isFinalSigma(i) ? '\u03C2' : '\u03C3');
            } else {
                sb.appendCodePoint(Character.toLowerCase(cp));
            }
            i += n;
        }
        return sb.toString();
    }

    /**
     * The JDK's final-sigma condition: a cased char earlier in the same word and none later in
     * it, where words follow the JDK's word BreakIterator rules (see wordBoundaryAt).
     */
    private boolean isFinalSigma(int index) {
        boolean casedBefore = false;
        for (int i = index; i > 0 && !wordBoundaryAt(i); ) {
            int cp = codePointBefore(i);
            if (CharacterData.isCased(cp)) {
                casedBefore = true;
                break;
            }
            i -= Character.charCount(cp);
        }
        if (!casedBefore) {
            return false;
        }
        int length = length();
        for (int i = index + 1; i < length && !wordBoundaryAt(i); ) {
            int cp = codePointAt(i);
            if (CharacterData.isCased(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    // Word classes of the JDK's (pre-ICU) word break rules.
    private static final int WB_OTHER = 0;
    private static final int WB_LETTER = 1;
    private static final int WB_DIGIT = 2;
    private static final int WB_KANJI = 3;
    private static final int WB_KATAKANA = 4;
    private static final int WB_HIRAGANA = 5;

    private static int wordClass(int cp) {
        if (cp == 0x3005 || (cp >= 0x4E00 && cp <= 0x9FA5) || (cp >= 0xF900 && cp <= 0xFA2D)) {
            return WB_KANJI;
        }
        if ((cp >= 0x3099 && cp <= 0x309C) || (cp >= 0x30A1 && cp <= 0x30FE)) {
            return WB_KATAKANA;
        }
        if ((cp >= 0x3041 && cp <= 0x309E) || cp == 0x30FC) {
            return WB_HIRAGANA;
        }
        int type = Character.getType(cp);
        if ((type >= Character.UPPERCASE_LETTER && type <= Character.OTHER_LETTER)
                || type == Character.COMBINING_SPACING_MARK) {
            return WB_LETTER;
        }
        if (type >= Character.DECIMAL_DIGIT_NUMBER && type <= Character.OTHER_NUMBER) {
            return WB_DIGIT;
        }
        return WB_OTHER;
    }

    /** Marks and format chars attach to the char before them. */
    private static boolean isWordIgnorable(int cp) {
        int type = Character.getType(cp);
        return (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT)
                && cp != '\u00AD';
    }

    private static boolean isMidWord(int cp) {
        int type = Character.getType(cp);
        return type == Character.DASH_PUNCTUATION || type == Character.CONNECTOR_PUNCTUATION
                || cp == '\u00AD' || cp == '\u2027' || cp == '"' || cp == '\'' || cp == '.';
    }

    private static boolean isMidNumber(int cp) {
        return cp == '"' || cp == '\'' || cp == ',' || cp == '\u066B' || cp == '.';
    }

    /** The class of the char before i, looking through ignorable chars; -1 at the start. */
    private int wordClassBefore(int i) {
        while (i > 0) {
            int cp = codePointBefore(i);
            if (!isWordIgnorable(cp)) {
                return wordClass(cp);
            }
            i -= Character.charCount(cp);
        }
        return -1;
    }

    /** Whether the JDK's word BreakIterator has a boundary between chars i - 1 and i. */
    private boolean wordBoundaryAt(int i) {
        int length = length();
        if (i <= 0 || i >= length) {
            return true;
        }
        int next = codePointAt(i);
        if (isWordIgnorable(next)) {
            return false;
        }
        int nextClass = wordClass(next);
        int prevIndex = i;
        int prev;
        boolean skippedMark = false;
        for (;;) {
            prev = codePointBefore(prevIndex);
            prevIndex -= Character.charCount(prev);
            if (prevIndex == 0 || !isWordIgnorable(prev)) {
                break;
            }
            skippedMark |= Character.getType(prev) != Character.FORMAT;
        }
        int prevClass = wordClass(prev);
        boolean prevWordy = prevClass == WB_LETTER || prevClass == WB_DIGIT;
        boolean nextWordy = nextClass == WB_LETTER || nextClass == WB_DIGIT;
        if (prevWordy && nextWordy) {
            return false; // letters and digits run together
        }
        if (prevClass != WB_OTHER && prevClass == nextClass) {
            return false; // a run of kanji, katakana or hiragana
        }
        // Word-internal punctuation must touch the letters (or digits) on both sides; only
        // format chars may come between (a mark after it does not start a letter).
        int afterIndex = i + Character.charCount(next);
        while (afterIndex < length && Character.getType(codePointAt(afterIndex)) == Character.FORMAT) {
            afterIndex += Character.charCount(codePointAt(afterIndex));
        }
        int afterNext = afterIndex < length ? wordClass(codePointAt(afterIndex)) : -1;
        if ((prevClass == WB_LETTER && isMidWord(next) && afterNext == WB_LETTER)
                || (prevClass == WB_DIGIT && isMidNumber(next) && afterNext == WB_DIGIT)) {
            return false; // punctuation inside a word or number, seen from its left
        }
        int beforePrev = wordClassBefore(prevIndex);
        if (!skippedMark && ((nextClass == WB_LETTER && isMidWord(prev) && beforePrev == WB_LETTER)
                || (nextClass == WB_DIGIT && isMidNumber(prev) && beforePrev == WB_DIGIT))) {
            return false; // the same punctuation, seen from its right
        }
        return true;
    }

    public String toUpperCase() {
        int length = length();
        int first = 0;
        for (; first < length; first++) {
            char c = at(first);
            if (Character.isSurrogate(c) || CharacterData.upperCaseExpansion(c) != null
                    || Character.toUpperCase(c) != c) {
                break;
            }
        }
        if (first == length) {
            return this;
        }
        StringBuilder sb = new StringBuilder(length);
        sb.append(this, 0, first);
        for (int i = first; i < length; ) {
            int cp = codePointAt(i);
            String expansion = CharacterData.upperCaseExpansion(cp);
            if (expansion != null) {
                sb.append(expansion);
            } else {
                sb.appendCodePoint(Character.toUpperCase(cp));
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    // ---- Whitespace ----

    public String trim() {
        int length = length();
        int start = 0;
        int end = length;
        while (start < end && at(start) <= ' ') {
            start++;
        }
        while (start < end && at(end - 1) <= ' ') {
            end--;
        }
        return start > 0 || end < length ? substring(start, end) : this;
    }

    public String strip() {
        int start = firstNonWhitespace();
        if (start == length()) {
            return "";
        }
        int end = lastNonWhitespace();
        return start > 0 || end < length() ? substring(start, end) : this;
    }

    public String stripLeading() {
        int start = firstNonWhitespace();
        return start == 0 ? this : substring(start);
    }

    public String stripTrailing() {
        int end = lastNonWhitespace();
        return end == length() ? this : substring(0, end);
    }

    // Lines split at \n, \r or \r\n, without the terminators; a final terminator ends the last
    // line rather than starting an empty one.
    public java.util.stream.Stream<String> lines() {
        return new java.io.BufferedReader(new java.io.StringReader(this)).lines();
    }

    public boolean isBlank() {
        return firstNonWhitespace() == length();
    }

    private int firstNonWhitespace() {
        int length = length();
        int i = 0;
        while (i < length) {
            int cp = codePointAt(i);
            if (!Character.isWhitespace(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    /** One past the last non-whitespace code point. */
    private int lastNonWhitespace() {
        int i = length();
        while (i > 0) {
            int cp = codePointBefore(i);
            if (!Character.isWhitespace(cp)) {
                break;
            }
            i -= Character.charCount(cp);
        }
        return i;
    }

    public String indent(int n) {
        if (isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        int length = length();
        int start = 0;
        while (start < length) {
            int end = start;
            while (end < length && at(end) != '\n' && at(end) != '\r') {
                end++;
            }
            String line = substring(start, end);
            if (n > 0) {
                for (int k = 0; k < n; k++) {
                    sb.append(' ');
                }
                sb.append(line);
            } else if (n < 0) {
                int skip = 0;
                while (skip < -n && skip < line.length() && Character.isWhitespace(line.charAt(skip))) {
                    skip++;
                }
                sb.append(line, skip, line.length());
            } else {
                sb.append(line);
            }
            sb.append('\n');
            if (end < length && at(end) == '\r' && end + 1 < length && at(end + 1) == '\n') {
                end++;
            }
            start = end + 1;
        }
        return sb.toString();
    }

    public <R> R transform(Function<? super String, ? extends R> f) {
        return f.apply(this);
    }

    // ---- Views and conversions ----

    public String toString() {
        return this;
    }

    public IntStream chars() {
        int length = length();
        int[] result = new int[length];
        for (int i = 0; i < length; i++) {
            result[i] = at(i);
        }
        return IntStream.of(result);
    }

    public IntStream codePoints() {
        int length = length();
        int[] result = new int[codePointCount(0, length)];
        int n = 0;
        for (int i = 0; i < length; ) {
            int cp = codePointAt(i);
            result[n++] = cp;
            i += Character.charCount(cp);
        }
        // Not SIZED, as in the JDK: count() walks the stream.
        return java.util.stream.StreamSupport.intStream(
                () -> java.util.Spliterators.spliterator(result, java.util.Spliterator.ORDERED),
                java.util.Spliterator.ORDERED, false);
    }

    public String repeat(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count is negative: " + count);
        }
        if (count == 1) {
            return this;
        }
        int len = value.length;
        if (len == 0 || count == 0) {
            return "";
        }
        if (Integer.MAX_VALUE / count < len) {
            throw new OutOfMemoryError("Required length exceeds implementation limit");
        }
        byte[] v = new byte[len * count];
        for (int i = 0; i < count; i++) {
            System.arraycopy(value, 0, v, i * len, len);
        }
        return new String(v, coder);
    }

    public native String intern();

    // ---- valueOf ----

    public static String valueOf(Object obj) {
        return obj == null ? "null" : obj.toString();
    }

    public static String valueOf(char[] data) {
        return new String(data);
    }

    public static String valueOf(char[] data, int offset, int count) {
        return new String(data, offset, count);
    }

    public static String copyValueOf(char[] data, int offset, int count) {
        return new String(data, offset, count);
    }

    public static String copyValueOf(char[] data) {
        return new String(data);
    }

    public static String valueOf(boolean b) {
        return b ? "true" : "false";
    }

    public static String valueOf(char c) {
        if (c <= 0xFF) {
            return new String(new byte[] {(byte) c}, LATIN1);
        }
        byte[] v = new byte[2];
        StringUTF16.putChar(v, 0, c);
        return new String(v, UTF16);
    }

    public static String valueOf(int i) {
        return Integer.toString(i);
    }

    public static String valueOf(long l) {
        return Long.toString(l);
    }

    public static String valueOf(float f) {
        return Float.toString(f);
    }

    public static String valueOf(double d) {
        return Double.toString(d);
    }

    // ---- Nominal descriptors ----

    public java.util.Optional<String> describeConstable() {
        return java.util.Optional.of(this);
    }

    public String resolveConstantDesc(java.lang.invoke.MethodHandles.Lookup lookup) {
        return this;
    }
}
