// JNI strings: NewString/NewStringUTF (modified UTF-8: NUL as C0 80, supplementary characters
// as surrogate pairs, malformed bytes), lengths, Get/Release(String|StringUTF)Chars, the region
// functions with their bounds errors, and GetStringCritical.
public class JniStrings {
    static { System.loadLibrary("JniStrings"); }

    static native String utfBytes(String s);          // hex of GetStringUTFChars, with lengths
    static native String chars(String s);             // hex of GetStringChars
    static native String fromUtf(byte[] modifiedUtf8); // NewStringUTF of the bytes (NUL-terminated)
    static native String fromChars(char[] chars, int len);
    static native String region(String s, int start, int len);
    static native String utfRegion(String s, int start, int len);
    static native String critical(String s);
    static native String isCopyFlags(String s);

    static String codes(String s) {
        if (s == null) return "null";
        StringBuilder sb = new StringBuilder("[" + s.length() + "]");
        for (int i = 0; i < s.length(); i++) sb.append(' ').append(Integer.toHexString(s.charAt(i)));
        return sb.toString();
    }

    static void tryRegion(String s, int start, int len) {
        try {
            System.out.println("region(" + start + "," + len + ") = " + region(s, start, len));
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("region(" + start + "," + len + ") threw " + e);
        }
        try {
            System.out.println("utfRegion(" + start + "," + len + ") = " + utfRegion(s, start, len));
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("utfRegion(" + start + "," + len + ") threw " + e);
        }
    }

    public static void main(String[] args) {
        String[] samples = {"", "plain ascii", "nul\0inside", "caf\u00e9 \u00ff", "\u20ac\u4e2d\uffff",
                "smile \ud83d\ude00 end", "lone \ud800 high", "lone \udc00 low", "\u0080\u07ff\u0800"};
        for (String s : samples) {
            System.out.println(codes(s));
            System.out.println("  utf: " + utfBytes(s));
            System.out.println("  chars: " + chars(s));
            System.out.println("  critical: " + critical(s));
        }
        byte[][] utf = {
            {'a', 'b', 'c'},
            {(byte) 0xC0, (byte) 0x80, 'x'},                          // NUL as C0 80
            {(byte) 0xC3, (byte) 0xA9},                               // é
            {(byte) 0xE2, (byte) 0x82, (byte) 0xAC},                  // €
            {(byte) 0xED, (byte) 0xA0, (byte) 0xBD, (byte) 0xED, (byte) 0xB8, (byte) 0x80}, // surrogate pair
            {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80},     // standard 4-byte UTF-8
            {(byte) 0x80, 'a', (byte) 0xBF},                          // stray continuation bytes
            {(byte) 0xC3, 'a'},                                       // truncated 2-byte form
            {(byte) 0xE2, (byte) 0x82, 'z'},                          // truncated 3-byte form
            {(byte) 0xE2},                                            // cut off by the end
            {(byte) 0xFF, (byte) 0xFE},
        };
        for (byte[] bytes : utf) {
            System.out.println("fromUtf " + codes(fromUtf(bytes)));
        }
        System.out.println("fromUtf null: " + fromUtf(null));
        System.out.println("fromChars " + codes(fromChars(new char[] {'h', 'i', 0, '\u4e2d', '\ud83d', '\ude00'}, 6)));
        System.out.println("fromChars empty " + codes(fromChars(new char[0], 0)));
        String s = "ab\u00e9\u4e2d\ud83d\ude00z";
        tryRegion(s, 0, s.length());
        tryRegion(s, 2, 3);
        tryRegion(s, 7, 0);
        tryRegion(s, 0, 0);
        tryRegion(s, 7, 1);
        tryRegion(s, -1, 2);
        tryRegion(s, 3, -1);
        tryRegion(s, 8, 0);
        System.out.println(isCopyFlags("latin"));
        System.out.println(isCopyFlags("wide \u4e2d"));
    }
}
