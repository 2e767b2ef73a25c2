// java.lang.Character classification and case mapping over Latin-1, Greek, Cyrillic and other
// blocks: every predicate, getType, digit/getNumericValue/forDigit, identifiers, and case
// conversions, printed per character for a sample and hashed over wide ranges.
public class CharacterClasses {

    static String flags(int cp) {
        StringBuilder sb = new StringBuilder();
        sb.append(Character.isLetter(cp) ? 'L' : '-');
        sb.append(Character.isDigit(cp) ? 'D' : '-');
        sb.append(Character.isLetterOrDigit(cp) ? 'A' : '-');
        sb.append(Character.isAlphabetic(cp) ? 'a' : '-');
        sb.append(Character.isWhitespace(cp) ? 'W' : '-');
        sb.append(Character.isSpaceChar(cp) ? 'S' : '-');
        sb.append(Character.isUpperCase(cp) ? 'U' : '-');
        sb.append(Character.isLowerCase(cp) ? 'l' : '-');
        sb.append(Character.isTitleCase(cp) ? 'T' : '-');
        sb.append(Character.isJavaIdentifierStart(cp) ? 'J' : '-');
        sb.append(Character.isJavaIdentifierPart(cp) ? 'j' : '-');
        sb.append(Character.isUnicodeIdentifierStart(cp) ? 'I' : '-');
        sb.append(Character.isUnicodeIdentifierPart(cp) ? 'i' : '-');
        sb.append(Character.isIdentifierIgnorable(cp) ? 'g' : '-');
        sb.append(Character.isISOControl(cp) ? 'C' : '-');
        sb.append(Character.isDefined(cp) ? 'd' : '-');
        sb.append(Character.isMirrored(cp) ? 'M' : '-');
        sb.append(Character.isIdeographic(cp) ? 'G' : '-');
        return sb.toString();
    }

    static String describe(int cp) {
        return String.format("U+%04X %s type=%d upper=%X lower=%X title=%X digit10=%d digit16=%d numeric=%d",
                cp, flags(cp), Character.getType(cp), Character.toUpperCase(cp), Character.toLowerCase(cp),
                Character.toTitleCase(cp), Character.digit(cp, 10), Character.digit(cp, 16),
                Character.getNumericValue(cp));
    }

    static long hashRange(int from, int to) {
        long h = 0;
        for (int cp = from; cp <= to; cp++) {
            h = h * 31 + flags(cp).hashCode();
            h = h * 31 + Character.getType(cp);
            h = h * 31 + Character.toUpperCase(cp);
            h = h * 31 + Character.toLowerCase(cp);
            h = h * 31 + Character.toTitleCase(cp);
            h = h * 31 + Character.digit(cp, 36);
            h = h * 31 + Character.getNumericValue(cp);
        }
        return h;
    }

    public static void main(String[] args) {
        int[] sample = {'\0', '\t', '\n', 0x1c, ' ', '!', '$', '0', '9', 'A', 'Z', '_', 'a', 'z', 0x7f, 0x85, 0xa0,
            0xaa, 0xb2, 0xb5, 0xbc, 0xc0, 0xd7, 0xdf, 0xe9, 0xff, 0x130, 0x131, 0x149, 0x17f, 0x1c4, 0x1c5, 0x1c6,
            0x345, 0x386, 0x390, 0x391, 0x3a3, 0x3b1, 0x3c2, 0x3c3, 0x3d0, 0x400, 0x410, 0x42f, 0x430, 0x44f, 0x451,
            0x5d0, 0x660, 0x6f9, 0x966, 0xe50, 0x1e9e, 0x1f88, 0x2028, 0x2029, 0x200b, 0x200d, 0x2160, 0x2170, 0x2460,
            0x20ac, 0x212a, 0x2126, 0x3000, 0x3007, 0x4e00, 0xfeff, 0xff10, 0xff21, 0xff41, 0xd800, 0xdc00, 0xe000,
            0xfffe, 0x10400, 0x1d7ce, 0x1f600, 0x20000, 0xe0001, 0x10ffff};
        for (int cp : sample) {
            System.out.println(describe(cp));
        }
        for (char c = 'A'; c <= 'F'; c++) {
            System.out.print(Character.digit(c, 16) + "," + Character.digit(Character.toLowerCase(c), 11) + " ");
        }
        System.out.println();
        for (int radix : new int[] {1, 2, 10, 16, 36, 37}) {
            StringBuilder sb = new StringBuilder("forDigit radix " + radix + ":");
            for (int d = -1; d <= 36; d += 5) {
                char c = Character.forDigit(d, radix);
                sb.append(' ').append(c == 0 ? "\\0" : String.valueOf(c));
            }
            sb.append(" digit('7')=").append(Character.digit('7', radix));
            System.out.println(sb);
        }
        System.out.println(Character.toUpperCase('\u00df') + " " + "\u00df".toUpperCase() + " " + Character.toChars(0x1f600).length
                + " " + Character.isSurrogate('\ud800') + " " + Character.charCount(0x10000));
        System.out.println("Latin-1 " + hashRange(0, 0xff));
        System.out.println("Latin Extended " + hashRange(0x100, 0x24f));
        System.out.println("Greek " + hashRange(0x370, 0x3ff));
        System.out.println("Cyrillic " + hashRange(0x400, 0x4ff));
        System.out.println("General punctuation " + hashRange(0x2000, 0x206f));
        System.out.println("Letterlike/number forms " + hashRange(0x2100, 0x218f));
        System.out.println("CJK sample " + hashRange(0x4e00, 0x4fff));
        System.out.println("Halfwidth/fullwidth " + hashRange(0xff00, 0xffef));
        System.out.println("BMP " + hashRange(0, 0xffff));
        System.out.println("Supplementary sample " + hashRange(0x10000, 0x1ffff));
    }
}
