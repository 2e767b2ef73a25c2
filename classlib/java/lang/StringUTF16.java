// Helpers for the UTF-16 form of String/StringBuilder storage: two bytes per char, little-endian
// (low byte first), as fixed by classlib/README.md; plus compression to and inflation from Latin-1.
package java.lang;

final class StringUTF16 {

    private StringUTF16() {}

    static char getChar(byte[] value, int index) {
        int i = index << 1;
        return (char) ((value[i] & 0xff) | ((value[i + 1] & 0xff) << 8));
    }

    static void putChar(byte[] value, int index, int c) {
        int i = index << 1;
        value[i] = (byte) c;
        value[i + 1] = (byte) (c >> 8);
    }

    static int length(byte[] value) {
        return value.length >> 1;
    }

    static byte[] newBytesFor(int length) {
        if (length < 0) {
            throw new NegativeArraySizeException();
        }
        if (length > Integer.MAX_VALUE >> 1) {
            throw new OutOfMemoryError("UTF16 String size is " + length + ", should be less than "
                    + (Integer.MAX_VALUE >> 1));
        }
        return new byte[length << 1];
    }

    /** The Latin-1 bytes of chars[off, off+len), or null if some char does not fit in a byte. */
    static byte[] compress(char[] chars, int off, int len) {
        for (int i = 0; i < len; i++) {
            if (chars[off + i] > 0xFF) {
                return null;
            }
        }
        byte[] out = new byte[len];
        for (int i = 0; i < len; i++) {
            out[i] = (byte) chars[off + i];
        }
        return out;
    }

    /** The Latin-1 bytes of UTF-16 value[off, off+len) (char indices), or null if not compressible. */
    static byte[] compress(byte[] value, int off, int len) {
        int end = (off + len) << 1;
        for (int i = (off << 1) + 1; i < end; i += 2) {
            if (value[i] != 0) {
                return null;
            }
        }
        byte[] out = new byte[len];
        for (int i = 0; i < len; i++) {
            out[i] = value[(off + i) << 1];
        }
        return out;
    }

    static byte[] toBytes(char[] chars, int off, int len) {
        byte[] out = newBytesFor(len);
        for (int i = 0; i < len; i++) {
            putChar(out, i, chars[off + i]);
        }
        return out;
    }

    /** Latin-1 bytes[off, off+len) widened to UTF-16. */
    static byte[] inflate(byte[] latin1, int off, int len) {
        byte[] out = newBytesFor(len);
        for (int i = 0; i < len; i++) {
            out[i << 1] = latin1[off + i];
        }
        return out;
    }

    static void inflate(byte[] latin1, int srcOff, byte[] dst, int dstOff, int len) {
        for (int i = 0; i < len; i++) {
            int d = (dstOff + i) << 1;
            dst[d] = latin1[srcOff + i];
            dst[d + 1] = 0;
        }
    }

    /** A String of UTF-16 value[off, off+len), in Latin-1 form when every char allows it. */
    static String newString(byte[] value, int off, int len) {
        if (len == 0) {
            return "";
        }
        byte[] latin1 = compress(value, off, len);
        if (latin1 != null) {
            return new String(latin1, String.LATIN1);
        }
        byte[] copy = new byte[len << 1];
        System.arraycopy(value, off << 1, copy, 0, len << 1);
        return new String(copy, String.UTF16);
    }

    static String newString(char[] chars, int off, int len) {
        byte[] latin1 = compress(chars, off, len);
        if (latin1 != null) {
            return new String(latin1, String.LATIN1);
        }
        return new String(toBytes(chars, off, len), String.UTF16);
    }
}
