// The named character classes of java.util.regex: the predefined escapes (\d \w \s \h \v), the
// POSIX classes (\p{Alpha}), java.lang.Character properties (\p{javaLowerCase}), Unicode general
// categories (\p{Lu}, \p{gc=L}) and binary properties (\p{IsAlphabetic}).
package java.util.regex;

final class CharProperties {

    private CharProperties() {}

    static boolean isAsciiDigit(int ch) {
        return ch >= '0' && ch <= '9';
    }

    static boolean isAsciiWord(int ch) {
        return CharPredicate.isAsciiLetter(ch) || isAsciiDigit(ch) || ch == '_';
    }

    static boolean isAsciiSpace(int ch) {
        return ch == ' ' || (ch >= '\t' && ch <= '\r');
    }

    static CharPredicate digit(boolean unicode) {
        return unicode ? Character::isDigit : CharProperties::isAsciiDigit;
    }

    static CharPredicate word(boolean unicode) {
        return unicode ? CharProperties::isUnicodeWord : CharProperties::isAsciiWord;
    }

    static CharPredicate space(boolean unicode) {
        return unicode ? CharProperties::isUnicodeWhiteSpace : CharProperties::isAsciiSpace;
    }

    static CharPredicate horizontalSpace() {
        return ch -> ch == ' ' || ch == '\t' || ch == 0xA0 || ch == 0x1680 || ch == 0x180e
                || (ch >= 0x2000 && ch <= 0x200a) || ch == 0x202f || ch == 0x205f || ch == 0x3000;
    }

    static CharPredicate verticalSpace() {
        return ch -> (ch >= '\n' && ch <= '\r') || ch == 0x85 || ch == 0x2028 || ch == 0x2029;
    }

    static boolean isUnicodeWhiteSpace(int ch) {
        return ((((1 << Character.SPACE_SEPARATOR) | (1 << Character.LINE_SEPARATOR)
                | (1 << Character.PARAGRAPH_SEPARATOR)) >> Character.getType(ch)) & 1) != 0
                || (ch >= 0x9 && ch <= 0xd) || ch == 0x85;
    }

    static boolean isUnicodeWord(int ch) {
        return Character.isAlphabetic(ch)
                || ((((1 << Character.NON_SPACING_MARK) | (1 << Character.ENCLOSING_MARK)
                | (1 << Character.COMBINING_SPACING_MARK) | (1 << Character.DECIMAL_DIGIT_NUMBER)
                | (1 << Character.CONNECTOR_PUNCTUATION)) >> Character.getType(ch)) & 1) != 0
                || isJoinControl(ch);
    }

    private static boolean isJoinControl(int ch) {
        return ch == 0x200C || ch == 0x200D;
    }

    private static boolean isUnicodePunctuation(int ch) {
        return ((((1 << Character.CONNECTOR_PUNCTUATION) | (1 << Character.DASH_PUNCTUATION)
                | (1 << Character.START_PUNCTUATION) | (1 << Character.END_PUNCTUATION)
                | (1 << Character.OTHER_PUNCTUATION) | (1 << Character.INITIAL_QUOTE_PUNCTUATION)
                | (1 << Character.FINAL_QUOTE_PUNCTUATION)) >> Character.getType(ch)) & 1) != 0;
    }

    private static boolean isHexDigit(int ch) {
        return Character.isDigit(ch) || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F')
                || (ch >= 0xFF10 && ch <= 0xFF19) || (ch >= 0xFF21 && ch <= 0xFF26) || (ch >= 0xFF41 && ch <= 0xFF46);
    }

    private static boolean isGraph(int ch) {
        return ((((1 << Character.SPACE_SEPARATOR) | (1 << Character.LINE_SEPARATOR)
                | (1 << Character.PARAGRAPH_SEPARATOR) | (1 << Character.CONTROL)
                | (1 << Character.SURROGATE) | (1 << Character.UNASSIGNED)) >> Character.getType(ch)) & 1) == 0;
    }

    /** \p{name} without prefix: a general category, a POSIX class or a java.lang.Character property. */
    static CharPredicate forProperty(String name) {
        CharPredicate category = forCategory(name);
        if (category != null) {
            return category;
        }
        switch (name) {
            case "all": return ch -> true;
            case "ASCII": return ch -> ch < 0x80;
            case "Alnum": return ch -> CharPredicate.isAsciiLetter(ch) || isAsciiDigit(ch);
            case "Alpha": return CharPredicate::isAsciiLetter;
            case "Blank": return ch -> ch == ' ' || ch == '\t';
            case "Cntrl": return ch -> ch < 0x20 || ch == 0x7F;
            case "Digit": return CharProperties::isAsciiDigit;
            case "Graph": return ch -> ch >= 0x21 && ch <= 0x7E;
            case "Lower": return ch -> ch >= 'a' && ch <= 'z';
            case "Print": return ch -> ch >= 0x20 && ch <= 0x7E;
            case "Punct": return ch -> ch >= 0x21 && ch <= 0x7E && !CharPredicate.isAsciiLetter(ch) && !isAsciiDigit(ch);
            case "Space": return CharProperties::isAsciiSpace;
            case "Upper": return ch -> ch >= 'A' && ch <= 'Z';
            case "XDigit": return ch -> isAsciiDigit(ch) || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F');
            case "javaLowerCase": return Character::isLowerCase;
            case "javaUpperCase": return Character::isUpperCase;
            case "javaAlphabetic": return Character::isAlphabetic;
            case "javaIdeographic": return Character::isIdeographic;
            case "javaTitleCase": return Character::isTitleCase;
            case "javaDigit": return Character::isDigit;
            case "javaDefined": return Character::isDefined;
            case "javaLetter": return Character::isLetter;
            case "javaLetterOrDigit": return Character::isLetterOrDigit;
            case "javaJavaIdentifierStart": return Character::isJavaIdentifierStart;
            case "javaJavaIdentifierPart": return Character::isJavaIdentifierPart;
            case "javaUnicodeIdentifierStart": return Character::isUnicodeIdentifierStart;
            case "javaUnicodeIdentifierPart": return Character::isUnicodeIdentifierPart;
            case "javaIdentifierIgnorable": return Character::isIdentifierIgnorable;
            case "javaSpaceChar": return Character::isSpaceChar;
            case "javaWhitespace": return Character::isWhitespace;
            case "javaISOControl": return Character::isISOControl;
            case "javaMirrored": return Character::isMirrored;
            default: return null;
        }
    }

    /** The Unicode versions of the POSIX classes, used under UNICODE_CHARACTER_CLASS. */
    static CharPredicate forPosixName(String name) {
        switch (name) {
            case "ALPHA": return Character::isAlphabetic;
            case "LOWER": return Character::isLowerCase;
            case "UPPER": return Character::isUpperCase;
            case "SPACE": return CharProperties::isUnicodeWhiteSpace;
            case "PUNCT": return CharProperties::isUnicodePunctuation;
            case "XDIGIT": return CharProperties::isHexDigit;
            case "ALNUM": return ch -> Character.isAlphabetic(ch) || Character.isDigit(ch);
            case "CNTRL": return ch -> Character.getType(ch) == Character.CONTROL;
            case "DIGIT": return Character::isDigit;
            case "BLANK": return ch -> Character.getType(ch) == Character.SPACE_SEPARATOR || ch == '\t';
            case "GRAPH": return CharProperties::isGraph;
            case "PRINT": return ch -> (isGraph(ch) || Character.getType(ch) == Character.SPACE_SEPARATOR)
                    && Character.getType(ch) != Character.CONTROL;
            default: return null;
        }
    }

    /** \p{IsName}: Unicode binary properties and the Unicode POSIX classes (case is not significant). */
    static CharPredicate forUnicodeProperty(String name) {
        String upper = name.toUpperCase();
        switch (upper) {
            case "ALPHABETIC": return Character::isAlphabetic;
            case "ASSIGNED": return ch -> Character.getType(ch) != Character.UNASSIGNED;
            case "CONTROL": return ch -> Character.getType(ch) == Character.CONTROL;
            case "HEXDIGIT": case "HEX_DIGIT": return CharProperties::isHexDigit;
            case "IDEOGRAPHIC": return Character::isIdeographic;
            case "JOINCONTROL": case "JOIN_CONTROL": return CharProperties::isJoinControl;
            case "LETTER": return Character::isLetter;
            case "LOWERCASE": return Character::isLowerCase;
            case "NONCHARACTERCODEPOINT": case "NONCHARACTER_CODE_POINT":
                return ch -> (ch & 0xfffe) == 0xfffe || (ch >= 0xfdd0 && ch <= 0xfdef);
            case "TITLECASE": return Character::isTitleCase;
            case "PUNCTUATION": return CharProperties::isUnicodePunctuation;
            case "UPPERCASE": return Character::isUpperCase;
            case "WHITESPACE": case "WHITE_SPACE": return CharProperties::isUnicodeWhiteSpace;
            case "WORD": return CharProperties::isUnicodeWord;
            default: return forPosixName(upper);
        }
    }

    // Two-letter general-category codes indexed by Character.getType values (17 is unused).
    private static final String[] CATEGORY_CODES = {
        "Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Me", "Mc", "Nd", "Nl", "No", "Zs", "Zl", "Zp", "Cc",
        "Cf", "", "Co", "Cs", "Pd", "Ps", "Pe", "Pc", "Po", "Sm", "Sc", "Sk", "So", "Pi", "Pf"
    };

    /** A general category (one or two letters, or the grouping aliases LC, LD and L1). */
    static CharPredicate forCategory(String name) {
        if (name.equals("L1")) {
            return ch -> ch <= 0xFF;
        }
        int mask = categoryMask(name);
        if (mask == 0) {
            return null;
        }
        return ch -> ((mask >> Character.getType(ch)) & 1) != 0;
    }

    private static int categoryMask(String name) {
        switch (name) {
            case "LC": return categoryMask("Lu") | categoryMask("Ll") | categoryMask("Lt");
            case "LD": return categoryMask("L") | categoryMask("Nd");
            default: break;
        }
        int mask = 0;
        for (int type = 0; type < CATEGORY_CODES.length; type++) {
            String code = CATEGORY_CODES[type];
            boolean matches = name.length() == 1 ? code.startsWith(name) : code.equals(name);
            if (matches && !code.isEmpty()) {
                mask |= 1 << type;
            }
        }
        return mask;
    }
}
