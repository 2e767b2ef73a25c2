// Parses BigDecimal's string form (sign, digits with one optional point, optional exponent),
// failing with the same NumberFormatException messages as the JDK.
package java.math;

final class DecimalParser {
    private DecimalParser() {}

    static BigDecimal parse(char[] in, int offset, int len) {
        if (offset < 0 || len < 0 || offset > in.length - len || len == 0) {
            // The JDK reports a missing or empty range by a message-less exception.
            throw new NumberFormatException();
        }
        int end = offset + len;
        int i = offset;
        boolean negative = false;
        if (in[i] == '-' || in[i] == '+') {
            negative = in[i] == '-';
            i++;
        }
        StringBuilder digits = new StringBuilder(len);
        boolean seenPoint = false;
        long fractionDigits = 0;
        long exponent = 0;
        for (; i < end; i++) {
            char c = in[i];
            int d = Character.digit(c, 10);
            if (d >= 0) {
                digits.append((char) ('0' + d));
                if (seenPoint) {
                    fractionDigits++;
                }
            } else if (c == '.') {
                if (seenPoint) {
                    throw new NumberFormatException("Character array contains more than one decimal point.");
                }
                seenPoint = true;
            } else if (c == 'e' || c == 'E') {
                exponent = parseExponent(in, i + 1, end);
                break;
            } else {
                throw new NumberFormatException("Character " + c
                        + " is neither a decimal digit number, decimal point, nor \"e\" notation exponential mark.");
            }
        }
        if (digits.length() == 0) {
            throw new NumberFormatException("No digits found.");
        }
        long scale = fractionDigits - exponent;
        if ((int) scale != scale) {
            throw new NumberFormatException("Scale out of range.");
        }
        BigInteger unscaled = new BigInteger(digits.toString());
        return new BigDecimal(negative ? unscaled.negate() : unscaled, (int) scale);
    }

    /** The exponent after 'e': an optional sign and at least one digit, fitting in an int. */
    private static long parseExponent(char[] in, int i, int end) {
        if (i >= end) {
            throw new NumberFormatException();
        }
        boolean negative = false;
        if (in[i] == '-' || in[i] == '+') {
            negative = in[i] == '-';
            i++;
        }
        if (i >= end) {
            throw new NumberFormatException();
        }
        while (i < end && Character.digit(in[i], 10) == 0) {
            i++;
        }
        if (end - i > 10) {
            throw new NumberFormatException("Too many nonzero exponent digits.");
        }
        long value = 0;
        for (; i < end; i++) {
            int d = Character.digit(in[i], 10);
            if (d < 0) {
                throw new NumberFormatException("Not a digit.");
            }
            value = value * 10 + d;
        }
        if (negative) {
            value = -value;
        }
        if ((int) value != value) {
            throw new NumberFormatException("Exponent overflow.");
        }
        return value;
    }
}
