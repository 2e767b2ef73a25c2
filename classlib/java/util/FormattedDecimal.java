// The decimal digits Formatter prints for %e, %f and %g: the shortest digits that identify the
// double (the digits of Double.toString), rounded half-up to the requested precision and laid
// out in plain or scientific notation. Printing these digits rather than the exact binary value
// is what makes String.format("%.1f", 0.15) give "0.2" on HotSpot.
package java.util;

final class FormattedDecimal {

    static final int DECIMAL_FLOAT = 0;
    static final int SCIENTIFIC = 1;
    static final int GENERAL = 2;

    // value = 0.d1d2d3... * 10^decExponent
    private final char[] digits;
    private final int nDigits;
    private final int decExponent;

    private String mantissa;
    private char[] exponent;
    private int decExponentRounded;

    private FormattedDecimal(char[] digits, int decExponent) {
        this.digits = digits;
        this.nDigits = digits.length;
        this.decExponent = decExponent;
    }

    /** Digits of a finite, non-negative double formatted with `precision` as Formatter's form. */
    static FormattedDecimal valueOf(double value, int precision, int form) {
        FormattedDecimal fd = shortestDigits(value);
        fd.layOut(precision, form);
        return fd;
    }

    private static FormattedDecimal shortestDigits(double value) {
        String s = Double.toString(value);
        int e = s.indexOf('E');
        int exp10 = 0;
        String mantissaText = s;
        if (e >= 0) {
            exp10 = Integer.parseInt(s.substring(e + 1));
            mantissaText = s.substring(0, e);
        }
        int dot = mantissaText.indexOf('.');
        String all = mantissaText.substring(0, dot) + mantissaText.substring(dot + 1);
        int decExp = dot + exp10;
        int first = 0;
        while (first < all.length() - 1 && all.charAt(first) == '0') {
            first++;
            decExp--;
        }
        int end = all.length();
        while (end > first + 1 && all.charAt(end - 1) == '0') {
            end--;
        }
        return new FormattedDecimal(all.substring(first, end).toCharArray(), decExp);
    }

    String getMantissa() {
        return mantissa;
    }

    /** The exponent as sign and at least two digits, e.g. "+05" or "-123"; null in plain layout. */
    char[] getExponent() {
        return exponent;
    }

    /** The base-10 exponent of the rounded value. */
    int getExponentRounded() {
        return decExponentRounded - 1;
    }

    private void layOut(int precision, int form) {
        int exp;
        switch (form) {
            case DECIMAL_FLOAT:
                exp = applyPrecision(decExponent + precision);
                fillDecimal(precision, exp);
                break;
            case SCIENTIFIC:
                exp = applyPrecision(precision + 1);
                fillScientific(precision, exp);
                break;
            default:
                exp = applyPrecision(precision + 1);
                // The exponent shown would be exp - 1: plain layout for 10^-4 <= value < 10^(precision+1).
                if (exp - 1 < -4 || exp - 1 >= precision + 1) {
                    fillScientific(precision, exp);
                } else {
                    fillDecimal(precision - (exp - 1), exp);
                }
                break;
        }
        decExponentRounded = exp;
    }

    /** Rounds the digits half-up to `prec` significant digits; returns the (possibly bumped) exponent. */
    private int applyPrecision(int prec) {
        if (prec >= nDigits || prec < 0) {
            return decExponent;
        }
        if (prec == 0) {
            if (digits[0] >= '5') {
                digits[0] = '1';
                Arrays.fill(digits, 1, nDigits, '0');
                return decExponent + 1;
            }
            Arrays.fill(digits, 0, nDigits, '0');
            return decExponent;
        }
        if (digits[prec] >= '5') {
            int i = prec - 1;
            while (i >= 0 && digits[i] == '9') {
                i--;
            }
            if (i < 0) {
                digits[0] = '1';
                Arrays.fill(digits, 1, nDigits, '0');
                return decExponent + 1;
            }
            digits[i]++;
            Arrays.fill(digits, i + 1, nDigits, '0');
        } else {
            Arrays.fill(digits, prec, nDigits, '0');
        }
        return decExponent;
    }

    private void fillDecimal(int precision, int exp) {
        StringBuilder sb = new StringBuilder();
        if (exp > 0) {
            if (nDigits < exp) {
                sb.append(digits, 0, nDigits);
                for (int k = nDigits; k < exp; k++) {
                    sb.append('0');
                }
            } else {
                sb.append(digits, 0, exp);
                int fraction = Math.min(nDigits - exp, precision);
                if (fraction > 0) {
                    sb.append('.').append(digits, exp, fraction);
                }
            }
        } else {
            int zeros = Math.max(0, Math.min(-exp, precision));
            int shown = Math.max(0, Math.min(nDigits, precision + exp));
            if (zeros > 0) {
                sb.append("0.");
                for (int k = 0; k < zeros; k++) {
                    sb.append('0');
                }
                sb.append(digits, 0, shown);
            } else if (shown > 0) {
                sb.append("0.").append(digits, 0, shown);
            } else {
                sb.append('0');
            }
        }
        mantissa = sb.toString();
        exponent = null;
    }

    private void fillScientific(int precision, int exp) {
        StringBuilder sb = new StringBuilder();
        sb.append(digits[0]);
        int fraction = Math.max(0, Math.min(nDigits - 1, precision));
        if (fraction > 0) {
            sb.append('.').append(digits, 1, fraction);
        }
        mantissa = sb.toString();
        char sign;
        int e;
        if (exp <= 0) {
            sign = '-';
            e = -exp + 1;
        } else {
            sign = '+';
            e = exp - 1;
        }
        String magnitude = Integer.toString(e);
        if (magnitude.length() == 1) {
            magnitude = "0" + magnitude;
        }
        exponent = (sign + magnitude).toCharArray();
    }
}
