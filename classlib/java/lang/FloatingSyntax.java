// The Java syntax of floating-point literals accepted by Double.parseDouble/Float.parseFloat.
// The VM's parseXxx0 natives only ever see text this class has validated.
package java.lang;

final class FloatingSyntax {

    private FloatingSyntax() {}

    static final int NAN = 1;
    static final int POSITIVE_INFINITY = 2;
    static final int NEGATIVE_INFINITY = 3;
    static final int NUMBER = 0;

    /** Result of checking a string: a kind, and for NUMBER the text to convert. */
    static final class Parsed {
        final int kind;
        final String text;

        Parsed(int kind, String text) {
            this.kind = kind;
            this.text = text;
        }
    }

    /**
     * Trims whitespace (chars <= ' '), then accepts an optional sign followed by "NaN",
     * "Infinity", a decimal literal or a hexadecimal literal with binary exponent; the last two
     * may end with one of fFdD. Anything else throws the JDK's NumberFormatException.
     */
    static Parsed parse(String in) {
        in = in.trim();
        int len = in.length();
        if (len == 0) {
            throw new NumberFormatException("empty String");
        }
        int i = 0;
        boolean negative = false;
        char c = in.charAt(0);
        if (c == '+' || c == '-') {
            negative = c == '-';
            i++;
        }
        if (i < len) {
            c = in.charAt(i);
            if (c == 'N') {
                if (len - i == 3 && in.startsWith("NaN", i)) {
                    return new Parsed(NAN, null);
                }
                throw invalid(in);
            }
            if (c == 'I') {
                if (len - i == 8 && in.startsWith("Infinity", i)) {
                    return new Parsed(negative ? NEGATIVE_INFINITY : POSITIVE_INFINITY, null);
                }
                throw invalid(in);
            }
            if (c == '0' && i + 1 < len && (in.charAt(i + 1) == 'x' || in.charAt(i + 1) == 'X')) {
                return hex(in, i + 2);
            }
        }
        int digits = 0;
        boolean pointSeen = false;
        for (; i < len; i++) {
            char c1 = in.charAt(i);
            if (c1 == '.') {
                if (pointSeen) {
                    throw new NumberFormatException("multiple points");
                }
                pointSeen = true;
            } else if (isDigit(c1)) {
                digits++;
            } else {
                break;
            }
        }
        if (digits == 0) {
            throw invalid(in);
        }
        if (i < len && (in.charAt(i) == 'e' || in.charAt(i) == 'E')) {
            i = exponent(in, i + 1);
        }
        return finish(in, i);
    }

    private static Parsed hex(String in, int i) {
        int len = in.length();
        int digits = 0;
        while (i < len && isHexDigit(in.charAt(i))) {
            i++;
            digits++;
        }
        if (i < len && in.charAt(i) == '.') {
            i++;
            while (i < len && isHexDigit(in.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0 || i >= len || (in.charAt(i) != 'p' && in.charAt(i) != 'P')) {
            throw invalid(in);
        }
        return finish(in, exponent(in, i + 1));
    }

    /** Parses [+-]digits starting at i and returns the index after it. */
    private static int exponent(String in, int i) {
        int len = in.length();
        if (i < len && (in.charAt(i) == '+' || in.charAt(i) == '-')) {
            i++;
        }
        int start = i;
        while (i < len && isDigit(in.charAt(i))) {
            i++;
        }
        if (i == start) {
            throw invalid(in);
        }
        return i;
    }

    /** Accepts one optional type suffix at end, which must then be the end of the text. */
    private static Parsed finish(String in, int end) {
        int len = in.length();
        int i = end;
        if (i < len) {
            char c = in.charAt(i);
            if (c == 'f' || c == 'F' || c == 'd' || c == 'D') {
                i++;
            }
        }
        if (i != len) {
            throw invalid(in);
        }
        return new Parsed(NUMBER, in.substring(0, end));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static NumberFormatException invalid(String in) {
        return new NumberFormatException("For input string: \"" + in + "\"");
    }

    /** Double.toHexString: 0x1.<13 hex digits, trailing zeros dropped>p<exponent>. */
    static String toHexString(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Double.toString(d);
        }
        StringBuilder sb = new StringBuilder(24);
        if (Math.copySign(1.0, d) == -1.0) {
            sb.append('-');
        }
        sb.append("0x");
        d = Math.abs(d);
        if (d == 0.0) {
            return sb.append("0.0p0").toString();
        }
        boolean subnormal = d < Double.MIN_NORMAL;
        long significand = Double.doubleToLongBits(d) & 0x000FFFFFFFFFFFFFL;
        sb.append(subnormal ? "0." : "1.");
        String digits = Long.toHexString(significand | 0x1000000000000000L).substring(3, 16);
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        sb.append(digits, 0, end);
        sb.append('p');
        sb.append(subnormal ? Double.MIN_EXPONENT : Math.getExponent(d));
        return sb.toString();
    }
}
