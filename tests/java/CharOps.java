// char as a numeric type and the Character API: arithmetic and promotion, casts, digit/letter/
// whitespace classification (ASCII and Latin-1), case mapping, digit/forDigit, surrogate helpers,
// toChars/codePoint conversions, and printing non-ASCII text as UTF-8.
public class CharOps {
    public static void main(String[] args) {
        char c = 'A';
        c += 2;
        char d = (char) (c + 1);
        int sum = c + d;
        System.out.println(c + " " + d + " " + sum + " " + (char) (sum - 70) + " " + (c < d) + " " + (int) Character.MAX_VALUE);
        char wrap = Character.MAX_VALUE;
        wrap++;
        System.out.println("wrap " + (int) wrap);
        StringBuilder alphabet = new StringBuilder();
        for (char x = 'a'; x <= 'z'; x += 5) alphabet.append(x);
        System.out.println("step " + alphabet);
        String sample = "aZ5 _\t\n-\u00e9\u00df\u00c0\u00ff\u00b5\u00aa\u00bd\u00a0\u00d7\u0000!";
        for (char x : sample.toCharArray()) {
            System.out.println((int) x + ": letter=" + Character.isLetter(x) + " digit=" + Character.isDigit(x) + " lod="
                    + Character.isLetterOrDigit(x) + " ws=" + Character.isWhitespace(x) + " space=" + Character.isSpaceChar(x)
                    + " upper=" + Character.isUpperCase(x) + " lower=" + Character.isLowerCase(x) + " toUpper="
                    + (int) Character.toUpperCase(x) + " toLower=" + (int) Character.toLowerCase(x) + " alpha="
                    + Character.isAlphabetic(x) + " jstart=" + Character.isJavaIdentifierStart(x) + " jpart="
                    + Character.isJavaIdentifierPart(x) + " numeric=" + Character.getNumericValue(x) + " digit16="
                    + Character.digit(x, 16));
        }
        System.out.println("forDigit " + Character.forDigit(11, 16) + Character.forDigit(5, 10) + (int) Character.forDigit(20, 10)
                + " digit " + Character.digit('z', 36) + " " + Character.digit('7', 8) + " " + Character.digit('8', 8));
        int smile = 0x1F600;
        char[] pair = Character.toChars(smile);
        System.out.println("surrogates " + pair.length + " " + (int) pair[0] + " " + (int) pair[1] + " high "
                + Character.isHighSurrogate(pair[0]) + " low " + Character.isLowSurrogate(pair[1]) + " back "
                + Character.toCodePoint(pair[0], pair[1]) + " supplementary " + Character.isSupplementaryCodePoint(smile)
                + " count " + Character.charCount(smile) + " bmp " + Character.isBmpCodePoint('x') + " valid "
                + Character.isValidCodePoint(0x110000));
        System.out.println("text: " + new String(pair) + " " + "\u00e9t\u00e9" + " \u4e2d\u6587 \u03b1\u03b2\u03b3");
        System.out.println("unpaired surrogate: [" + "\ud800" + "]");
        System.out.println("toString " + Character.toString('q') + Character.toString(0x1F601) + " valueOf "
                + Character.valueOf('v') + " name of class " + Character.valueOf('v').getClass().getName());
        char[] arr = {'d', 'a', 'c', 'b'};
        java.util.Arrays.sort(arr);
        System.out.println("sorted " + new String(arr) + " compare " + Character.compare('a', 'b'));
        System.out.println("caseless " + Character.toUpperCase('\u00df') + " " + Character.toTitleCase('a') + " "
                + Character.toUpperCase(0x1F600) + " " + Character.toLowerCase((int) 'Q'));
        int total = 0;
        for (char x = 0; x < 128; x++) {
            if (Character.isLetterOrDigit(x)) total += x;
        }
        System.out.println("ascii letterOrDigit sum " + total);
        short s = (short) 'Z';
        byte b = (byte) '\u00ff';
        char fromNeg = (char) -1;
        char fromByte = (char) b;
        System.out.println("conversions " + s + " " + b + " " + (int) fromNeg + " " + (int) fromByte);
    }
}
