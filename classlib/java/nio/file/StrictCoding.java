// Charset checks for Files, which reports bad input instead of replacing it. HotSpot has two
// paths with different lengths in their MalformedInputException: readString/writeString
// (String's own no-replacement coder) and the line readers/writers (a CharsetDecoder/Encoder).
package java.nio.file;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.MalformedInputException;
import java.nio.charset.UnmappableCharacterException;

final class StrictCoding {
    private StrictCoding() {}

    /** Decodes all bytes, failing as String's no-replacement decoder (readString) does. */
    static String decodeWhole(byte[] bytes, Charset cs) throws CharacterCodingException {
        check(bytes, 0, bytes.length, cs, true);
        return new String(bytes, cs);
    }

    /** Fails as a reporting CharsetDecoder would on bytes[off, end). */
    static void checkDecoder(byte[] bytes, int off, int end, Charset cs) throws CharacterCodingException {
        check(bytes, off, end, cs, false);
    }

    private static void check(byte[] b, int off, int end, Charset cs, boolean stringPath) throws CharacterCodingException {
        String name = cs.name();
        if (name.equals("UTF-8")) {
            checkUtf8(b, off, end, stringPath);
        } else if (name.equals("US-ASCII")) {
            for (int i = off; i < end; i++) {
                if (b[i] < 0) {
                    throw new MalformedInputException(1);
                }
            }
        } else if (name.startsWith("UTF-16")) {
            checkUtf16(b, off, end, name);
        }
    }

    private static boolean isContinuation(byte b) {
        return (b & 0xc0) == 0x80;
    }

    private static void checkUtf8(byte[] b, int off, int end, boolean stringPath) throws MalformedInputException {
        int i = off;
        while (i < end) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int length = sequenceLength(c);
            int bad = length == 0 ? 1 : validPrefix(b, i, end, c, length);
            if (bad == 0) {
                i += length;
                continue;
            }
            throw new MalformedInputException(stringPath ? stringPathLength(b, i, end, c) : bad);
        }
    }

    private static int sequenceLength(int lead) {
        if (lead >= 0xc2 && lead <= 0xdf) {
            return 2;
        }
        if (lead >= 0xe0 && lead <= 0xef) {
            return 3;
        }
        if (lead >= 0xf0 && lead <= 0xf4) {
            return 4;
        }
        return 0;
    }

    /**
     * 0 if the sequence at i is well formed; otherwise the decoder's malformed length: the
     * longest prefix of a well-formed sequence (a surrogate's three bytes count whole).
     */
    private static int validPrefix(byte[] b, int i, int end, int lead, int length) {
        int lo = 0x80;
        int hi = 0xbf;
        if (lead == 0xe0) {
            lo = 0xa0;
        } else if (lead == 0xf0) {
            lo = 0x90;
        } else if (lead == 0xf4) {
            hi = 0x8f;
        } else if (lead == 0xed && i + 1 < end && (b[i + 1] & 0xff) >= 0xa0 && isContinuation(b[i + 1])) {
            return i + 2 < end && isContinuation(b[i + 2]) ? 3 : 1; // a UTF-16 surrogate
        }
        if (i + 1 >= end) {
            return 1;
        }
        int second = b[i + 1] & 0xff;
        if (second < lo || second > hi) {
            return 1;
        }
        for (int k = 2; k < length; k++) {
            if (i + k >= end || !isContinuation(b[i + k])) {
                return k;
            }
        }
        return 0;
    }

    /** String's decoder reports by the lead byte's class and how many bytes are left. */
    private static int stringPathLength(byte[] b, int i, int end, int lead) {
        int available = end - i;
        if (lead >= 0xe0 && lead <= 0xef) {
            if (available >= 3) {
                return 3;
            }
            if (available == 2) {
                return isContinuation(b[i + 1]) ? 1 : 2;
            }
            return 1;
        }
        if (lead >= 0xf0 && lead <= 0xf7) {
            return available >= 4 ? 4 : 1;
        }
        return 1;
    }

    private static void checkUtf16(byte[] b, int off, int end, String name) throws MalformedInputException {
        boolean bigEndian = !name.equals("UTF-16LE");
        int i = off;
        if (name.equals("UTF-16") && end - i >= 2) {
            int mark = ((b[i] & 0xff) << 8) | (b[i + 1] & 0xff);
            if (mark == 0xfeff) {
                i += 2;
            } else if (mark == 0xfffe) {
                bigEndian = false;
                i += 2;
            }
        }
        while (i < end) {
            if (end - i < 2) {
                throw new MalformedInputException(1);
            }
            char c = unit(b, i, bigEndian);
            if (Character.isHighSurrogate(c)) {
                if (end - i < 4) {
                    throw new MalformedInputException(end - i >= 3 ? 1 : 2);
                }
                if (!Character.isLowSurrogate(unit(b, i + 2, bigEndian))) {
                    throw new MalformedInputException(4);
                }
                i += 4;
            } else if (Character.isLowSurrogate(c)) {
                throw new MalformedInputException(2);
            } else {
                i += 2;
            }
        }
    }

    private static char unit(byte[] b, int at, boolean bigEndian) {
        int hi = b[bigEndian ? at : at + 1] & 0xff;
        int lo = b[bigEndian ? at + 1 : at] & 0xff;
        return (char) ((hi << 8) | lo);
    }

    /** Encodes for writeString: a lone surrogate or an unmappable char is an error. */
    static byte[] encodeWhole(String s, Charset cs) throws CharacterCodingException {
        String name = cs.name();
        int max = name.equals("US-ASCII") ? 0x7f : name.equals("ISO-8859-1") ? 0xff : Character.MAX_VALUE;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                if (!paired) {
                    // HotSpot's String coder reports a lone surrogate this way per charset.
                    if (name.equals("UTF-8") || name.equals("ISO-8859-1")) {
                        throw new UnmappableCharacterException(1);
                    }
                    throw new MalformedInputException(1);
                }
                if (max < Character.MAX_VALUE) {
                    throw new UnmappableCharacterException(2);
                }
                i++;
            } else if (c > max) {
                throw new UnmappableCharacterException(1);
            }
        }
        return s.getBytes(cs);
    }

    /** Encodes for the line writers (a reporting CharsetEncoder). */
    static byte[] encodeForEncoder(String s, Charset cs) throws CharacterCodingException {
        String name = cs.name();
        int max = name.equals("US-ASCII") ? 0x7f : name.equals("ISO-8859-1") ? 0xff : Character.MAX_VALUE;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                if (!paired) {
                    throw new MalformedInputException(1);
                }
                if (max < Character.MAX_VALUE) {
                    throw new UnmappableCharacterException(2);
                }
                i++;
            } else if (c > max) {
                throw new UnmappableCharacterException(1);
            }
        }
        return s.getBytes(cs);
    }
}
