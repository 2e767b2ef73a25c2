// Byte <-> String conversion for the charsets islet supports (UTF-8, ISO-8859-1, US-ASCII and
// the UTF-16 family), with the JDK's replacement behaviour for malformed and unmappable input.
package java.lang;

final class StringCoding {

    private StringCoding() {}

    static final int UTF_8 = 0;
    static final int ISO_8859_1 = 1;
    static final int US_ASCII = 2;
    static final int UTF_16 = 3;
    static final int UTF_16BE = 4;
    static final int UTF_16LE = 5;

    private static final char REPLACEMENT = '\uFFFD';

    /** The codec for a canonical charset name (as returned by Charset.name()). */
    static int codecOf(String canonicalName) {
        switch (canonicalName) {
            case "UTF-8": return UTF_8;
            case "ISO-8859-1": return ISO_8859_1;
            case "US-ASCII": return US_ASCII;
            case "UTF-16": return UTF_16;
            case "UTF-16BE": return UTF_16BE;
            case "UTF-16LE": return UTF_16LE;
            default:
                throw new UnsupportedOperationException("islet: charset " + canonicalName + " is not supported");
        }
    }

    static String decode(int codec, byte[] bytes, int off, int len) {
        if (len == 0) {
            return "";
        }
        switch (codec) {
            case ISO_8859_1: {
                byte[] copy = new byte[len];
                System.arraycopy(bytes, off, copy, 0, len);
                return new String(copy, String.LATIN1);
            }
            case US_ASCII: {
                if (allAscii(bytes, off, len)) {
                    byte[] copy = new byte[len];
                    System.arraycopy(bytes, off, copy, 0, len);
                    return new String(copy, String.LATIN1);
                }
                char[] chars = new char[len];
                for (int i = 0; i < len; i++) {
                    byte b = bytes[off + i];
                    chars[i] = b >= 0 ? (char) b : REPLACEMENT;
                }
                return new String(StringUTF16.toBytes(chars, 0, len), String.UTF16);
            }
            case UTF_8:
                return decodeUtf8(bytes, off, len);
            case UTF_16:
                return decodeUtf16(bytes, off, len, true, true);
            case UTF_16BE:
                return decodeUtf16(bytes, off, len, true, false);
            case UTF_16LE:
                return decodeUtf16(bytes, off, len, false, false);
            default:
                throw new IllegalArgumentException();
        }
    }

    static byte[] encode(int codec, String s) {
        byte[] value = s.value();
        if (s.coder() == String.LATIN1) {
            switch (codec) {
                case ISO_8859_1:
                    return value.clone();
                case US_ASCII: {
                    byte[] out = value.clone();
                    for (int i = 0; i < out.length; i++) {
                        if (out[i] < 0) {
                            out[i] = '?';
                        }
                    }
                    return out;
                }
                case UTF_8: {
                    if (allAscii(value, 0, value.length)) {
                        return value.clone();
                    }
                    break;
                }
                default:
                    break;
            }
        }
        int len = s.length();
        switch (codec) {
            case ISO_8859_1:
                return encodeSingleByte(s, len, 0xFF);
            case US_ASCII:
                return encodeSingleByte(s, len, 0x7F);
            case UTF_8:
                return encodeUtf8(s, len);
            case UTF_16:
                return encodeUtf16(s, len, true, true);
            case UTF_16BE:
                return encodeUtf16(s, len, true, false);
            case UTF_16LE:
                return encodeUtf16(s, len, false, false);
            default:
                throw new IllegalArgumentException();
        }
    }

    private static boolean allAscii(byte[] bytes, int off, int len) {
        for (int i = 0; i < len; i++) {
            if (bytes[off + i] < 0) {
                return false;
            }
        }
        return true;
    }

    // ---- UTF-8 ----

    private static boolean isContinuation(int b) {
        return (b & 0xC0) == 0x80;
    }

    /**
     * Decodes UTF-8 replacing each malformed sequence with U+FFFD exactly where HotSpot's String
     * decoder does: a bad lead byte or a sequence cut short by a bad byte costs one replacement
     * for its valid prefix, a well-formed encoded surrogate costs one replacement, and a sequence
     * truncated by the end of input costs one replacement for all that remains.
     */
    private static String decodeUtf8(byte[] src, int off, int len) {
        int end = off + len;
        if (allAscii(src, off, len)) {
            byte[] copy = new byte[len];
            System.arraycopy(src, off, copy, 0, len);
            return new String(copy, String.LATIN1);
        }
        char[] dst = new char[len];
        int dp = 0;
        int sp = off;
        while (sp < end) {
            int b1 = src[sp++] & 0xFF;
            if (b1 < 0x80) {
                dst[dp++] = (char) b1;
            } else if (b1 >= 0xC2 && b1 <= 0xDF) {
                if (sp < end) {
                    int b2 = src[sp] & 0xFF;
                    if (isContinuation(b2)) {
                        sp++;
                        dst[dp++] = (char) (((b1 & 0x1F) << 6) | (b2 & 0x3F));
                    } else {
                        dst[dp++] = REPLACEMENT;
                    }
                } else {
                    dst[dp++] = REPLACEMENT;
                    break;
                }
            } else if (b1 >= 0xE0 && b1 <= 0xEF) {
                if (sp + 1 < end) {
                    int b2 = src[sp] & 0xFF;
                    int b3 = src[sp + 1] & 0xFF;
                    if ((b1 == 0xE0 && (b2 & 0xE0) == 0x80) || !isContinuation(b2)) {
                        dst[dp++] = REPLACEMENT; // only the lead byte is consumed
                    } else if (!isContinuation(b3)) {
                        dst[dp++] = REPLACEMENT;
                        sp++;
                    } else {
                        sp += 2;
                        char c = (char) (((b1 & 0x0F) << 12) | ((b2 & 0x3F) << 6) | (b3 & 0x3F));
                        dst[dp++] = Character.isSurrogate(c) ? REPLACEMENT : c;
                    }
                } else {
                    if (sp < end) {
                        int b2 = src[sp] & 0xFF;
                        if ((b1 == 0xE0 && (b2 & 0xE0) == 0x80) || !isContinuation(b2)) {
                            dst[dp++] = REPLACEMENT;
                            continue;
                        }
                    }
                    dst[dp++] = REPLACEMENT;
                    break;
                }
            } else if (b1 >= 0xF0 && b1 <= 0xF7) {
                if (sp + 2 < end) {
                    int b2 = src[sp] & 0xFF;
                    int b3 = src[sp + 1] & 0xFF;
                    int b4 = src[sp + 2] & 0xFF;
                    int cp = ((b1 & 0x07) << 18) | ((b2 & 0x3F) << 12) | ((b3 & 0x3F) << 6) | (b4 & 0x3F);
                    if (!isContinuation(b2) || !isContinuation(b3) || !isContinuation(b4)
                            || cp < 0x10000 || cp > 0x10FFFF) {
                        dst[dp++] = REPLACEMENT;
                        if (b1 > 0xF4 || badSecondOf4(b1, b2)) {
                            // only the lead byte is consumed
                        } else if (!isContinuation(b3)) {
                            sp += 1;
                        } else {
                            sp += 2;
                        }
                    } else {
                        sp += 3;
                        dst[dp++] = Character.highSurrogate(cp);
                        dst[dp++] = Character.lowSurrogate(cp);
                    }
                } else {
                    if (b1 > 0xF4 || (sp < end && badSecondOf4(b1, src[sp] & 0xFF))) {
                        dst[dp++] = REPLACEMENT;
                        continue;
                    }
                    sp++;
                    dst[dp++] = REPLACEMENT;
                    if (sp < end && !isContinuation(src[sp] & 0xFF)) {
                        continue;
                    }
                    break;
                }
            } else {
                dst[dp++] = REPLACEMENT;
            }
        }
        return StringUTF16.newString(dst, 0, dp);
    }

    private static boolean badSecondOf4(int b1, int b2) {
        return (b1 == 0xF0 && (b2 < 0x90 || b2 > 0xBF)) || (b1 == 0xF4 && (b2 & 0xF0) != 0x80)
                || !isContinuation(b2);
    }

    private static byte[] encodeUtf8(String s, int len) {
        byte[] dst = new byte[len * 3];
        int dp = 0;
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                dst[dp++] = (byte) c;
            } else if (c < 0x800) {
                dst[dp++] = (byte) (0xC0 | (c >> 6));
                dst[dp++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isSurrogate(c)) {
                char low;
                if (Character.isHighSurrogate(c) && i + 1 < len
                        && Character.isLowSurrogate(low = s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, low);
                    i++;
                    dst[dp++] = (byte) (0xF0 | (cp >> 18));
                    dst[dp++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                    dst[dp++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                    dst[dp++] = (byte) (0x80 | (cp & 0x3F));
                } else {
                    dst[dp++] = '?';
                }
            } else {
                dst[dp++] = (byte) (0xE0 | (c >> 12));
                dst[dp++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                dst[dp++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return trim(dst, dp);
    }

    // ---- Single-byte charsets ----

    /** One byte per char; an unmappable char (or surrogate pair) becomes a single '?'. */
    private static byte[] encodeSingleByte(String s, int len, int max) {
        byte[] dst = new byte[len];
        int dp = 0;
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c <= max) {
                dst[dp++] = (byte) c;
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            }
            dst[dp++] = '?';
        }
        return trim(dst, dp);
    }

    // ---- UTF-16 ----

    private static String decodeUtf16(byte[] src, int off, int len, boolean bigEndian, boolean detectBom) {
        int sp = off;
        int end = off + len;
        if (detectBom && len >= 2) {
            int b0 = src[sp] & 0xFF;
            int b1 = src[sp + 1] & 0xFF;
            if (b0 == 0xFE && b1 == 0xFF) {
                bigEndian = true;
                sp += 2;
            } else if (b0 == 0xFF && b1 == 0xFE) {
                bigEndian = false;
                sp += 2;
            }
        }
        char[] dst = new char[(end - sp + 1) >> 1];
        int dp = 0;
        while (sp < end) {
            if (sp + 1 >= end) {
                dst[dp++] = REPLACEMENT; // a lone trailing byte
                break;
            }
            char c = unit(src, sp, bigEndian);
            if (Character.isHighSurrogate(c)) {
                if (sp + 3 >= end) {
                    dst[dp++] = REPLACEMENT; // truncated pair
                    break;
                }
                char low = unit(src, sp + 2, bigEndian);
                if (Character.isLowSurrogate(low)) {
                    dst[dp++] = c;
                    dst[dp++] = low;
                } else {
                    dst[dp++] = REPLACEMENT; // the JDK replaces both units with one U+FFFD
                }
                sp += 4;
            } else if (Character.isLowSurrogate(c)) {
                dst[dp++] = REPLACEMENT;
                sp += 2;
            } else {
                dst[dp++] = c;
                sp += 2;
            }
        }
        return StringUTF16.newString(dst, 0, dp);
    }

    private static char unit(byte[] src, int at, boolean bigEndian) {
        int b0 = src[at] & 0xFF;
        int b1 = src[at + 1] & 0xFF;
        return (char) (bigEndian ? (b0 << 8) | b1 : (b1 << 8) | b0);
    }

    private static byte[] encodeUtf16(String s, int len, boolean bigEndian, boolean bom) {
        if (len == 0) {
            return new byte[0]; // the byte-order mark is only written before a first char
        }
        byte[] dst = new byte[(len << 1) + (bom ? 2 : 0)];
        int dp = 0;
        if (bom) {
            dst[dp++] = (byte) 0xFE;
            dst[dp++] = (byte) 0xFF;
        }
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) {
                    dp = putUnit(dst, dp, c, bigEndian);
                    c = s.charAt(++i);
                } else {
                    c = REPLACEMENT;
                }
            }
            dp = putUnit(dst, dp, c, bigEndian);
        }
        return trim(dst, dp);
    }

    private static int putUnit(byte[] dst, int dp, char c, boolean bigEndian) {
        if (bigEndian) {
            dst[dp] = (byte) (c >> 8);
            dst[dp + 1] = (byte) c;
        } else {
            dst[dp] = (byte) c;
            dst[dp + 1] = (byte) (c >> 8);
        }
        return dp + 2;
    }

    private static byte[] trim(byte[] bytes, int len) {
        if (len == bytes.length) {
            return bytes;
        }
        byte[] out = new byte[len];
        System.arraycopy(bytes, 0, out, 0, len);
        return out;
    }
}
