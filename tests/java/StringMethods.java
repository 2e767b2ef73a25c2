// java.lang.String API: length/charAt/substring/indexOf/lastIndexOf/contains/startsWith/endsWith,
// case conversion, trim/strip/isBlank, replace, split-free tokenizing, compareTo, equalsIgnoreCase,
// join, repeat, valueOf of all types, intern/identity, hashCode, toCharArray, codePoints.
public class StringMethods {
    public static void main(String[] args) {
        String s = "Hello, World";
        System.out.println(s.length() + " " + s.charAt(4) + " " + s.substring(7) + " " + s.substring(0, 5) + " ["
                + s.substring(12) + "]");
        System.out.println(s.indexOf('o') + " " + s.indexOf('o', 5) + " " + s.lastIndexOf('o') + " " + s.indexOf("World")
                + " " + s.indexOf("xyz") + " " + s.lastIndexOf("l", 5) + " " + s.indexOf("") + " " + s.lastIndexOf(""));
        System.out.println(s.contains("lo, W") + " " + s.startsWith("Hell") + " " + s.endsWith("ld") + " "
                + s.startsWith("World", 7) + " " + s.isEmpty() + " " + "".isEmpty());
        System.out.println(s.toUpperCase() + " " + s.toLowerCase() + " " + "ÄÖÜ straße".toUpperCase() + " "
                + "ÄÖÜ".toLowerCase());
        System.out.println("[" + "  pad  ".trim() + "][" + "\t x \n".strip() + "][" + "  l".stripLeading() + "]["
                + "t  ".stripTrailing() + "] " + "   ".isBlank() + " " + " a ".isBlank());
        System.out.println(s.replace('l', 'L') + " " + s.replace("World", "There") + " " + "aaa".replace("a", "bb")
                + " " + "abc".replace("", "-"));
        System.out.println("compareTo: " + "apple".compareTo("banana") + " " + "b".compareTo("a") + " "
                + "abc".compareTo("abcd") + " " + "abc".compareTo("abc") + " " + "A".compareTo("a") + " "
                + "hello".compareToIgnoreCase("HELLO") + " " + "a".compareToIgnoreCase("B"));
        System.out.println("equals: " + "abc".equals("abc") + " " + "abc".equals("ABC") + " "
                + "abc".equalsIgnoreCase("ABC") + " " + "abc".equals(null) + " " + "abc".contentEquals(new StringBuilder("abc")));
        System.out.println("join: " + String.join(", ", "a", "b", "c") + " | " + String.join("-", java.util.List.of("x", "y")));
        System.out.println("repeat: " + "ab".repeat(3) + " [" + "x".repeat(0) + "]");
        System.out.println("valueOf: " + String.valueOf(true) + String.valueOf('c') + String.valueOf(12)
                + String.valueOf(34L) + String.valueOf(1.5f) + String.valueOf(2.5) + String.valueOf((Object) null)
                + String.valueOf(new char[] {'o', 'k'}) + String.valueOf(new char[] {'a', 'b', 'c', 'd'}, 1, 2));
        String a = "interned";
        String b = new String("interned");
        String c = b.intern();
        System.out.println("identity: " + (a == b) + " " + (a == c) + " " + a.equals(b));
        System.out.println("hashCode: " + "".hashCode() + " " + "a".hashCode() + " " + s.hashCode() + " "
                + "The quick brown fox".hashCode() + " " + "\u00e9\u4e2d".hashCode());
        char[] arr = s.toCharArray();
        arr[0] = 'J';
        System.out.println(new String(arr) + " " + new String(arr, 7, 5) + " " + s);
        StringBuilder sb = new StringBuilder();
        for (char ch : s.toCharArray()) sb.append((char) (ch + 1));
        System.out.println("shifted: " + sb);
        String emoji = "a\ud83d\ude00b";
        System.out.println("codepoints: " + emoji.length() + " " + emoji.codePointCount(0, emoji.length()) + " "
                + emoji.codePointAt(1) + " " + (int) emoji.charAt(1) + " " + emoji.indexOf("b"));
        String csv = "alpha,beta,,gamma,";
        int start = 0;
        StringBuilder tokens = new StringBuilder();
        while (true) {
            int comma = csv.indexOf(',', start);
            String tok = comma < 0 ? csv.substring(start) : csv.substring(start, comma);
            tokens.append('[').append(tok).append(']');
            if (comma < 0) break;
            start = comma + 1;
        }
        System.out.println("tokens: " + tokens);
        System.out.println("concat: " + "a".concat("b").concat("") + " " + "x".compareTo("x"));
        System.out.println("toString/identity: " + (s.toString() == s) + " " + s.subSequence(0, 2));
        System.out.println("lastIndexOf char from: " + s.lastIndexOf('o', 5) + " " + s.indexOf('z') + " "
                + s.indexOf('H', -5) + " " + s.indexOf('d', 100));
        String unicode = "\u00c5ngstr\u00f6m \u00d8re \u00ff\u00e6\u00df";
        System.out.println(unicode + " " + unicode.toUpperCase() + " " + unicode.toLowerCase() + " " + unicode.length());
        System.out.println("regionMatches: " + s.regionMatches(true, 7, "WORLD", 0, 5) + " " + s.regionMatches(7, "WORLD", 0, 5));
        System.out.println("format-free number text: " + Integer.toString(255, 16) + " " + Integer.toHexString(-1) + " "
                + Long.toBinaryString(10) + " " + Integer.toOctalString(8));
        System.out.println("strip unicode space: [" + "\u2003x\u2003".strip() + "] trim keeps it: "
                + "\u2003x\u2003".trim().length());
        System.out.println("isEmpty/length of built: " + new String().length() + " " + new String(new char[0]).isEmpty());
        System.out.println("charAt loop: " + reverse("stressed") + " " + isPalindrome("racecar") + " " + isPalindrome("abca"));
    }

    static String reverse(String in) {
        char[] out = new char[in.length()];
        for (int i = 0; i < in.length(); i++) out[in.length() - 1 - i] = in.charAt(i);
        return new String(out);
    }

    static boolean isPalindrome(String in) {
        for (int i = 0, j = in.length() - 1; i < j; i++, j--) {
            if (in.charAt(i) != in.charAt(j)) return false;
        }
        return true;
    }
}
