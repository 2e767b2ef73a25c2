// Fixed-point text of a double with a given number of fraction digits, as Formatter's "%f" prints
// it: the shortest decimal digits of Double.toString rounded half-up. The summary statistics'
// toString needs it and the class library has no Formatter yet.
package java.util;

final class FixedDecimalText {

    private FixedDecimalText() {}

    static String format(double value, int fractionDigits) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        boolean negative = Double.compare(value, 0.0) < 0;
        if (Double.isInfinite(value)) {
            return negative ? "-Infinity" : "Infinity";
        }
        StringBuilder out = new StringBuilder();
        if (negative) {
            out.append('-');
        }
        Digits digits = Digits.of(Math.abs(value));
        digits.roundTo(fractionDigits);
        digits.appendFixed(out, fractionDigits);
        return out.toString();
    }

    /** value = 0.d1 d2 ... dn * 10^decimalExponent, with d1 != 0 unless the value is zero. */
    private static final class Digits {
        char[] digits;
        int count;
        int decimalExponent;

        static Digits of(double nonNegative) {
            String text = Double.toString(nonNegative);
            int e = text.indexOf('E');
            int exponent = e < 0 ? 0 : Integer.parseInt(text.substring(e + 1));
            String mantissa = e < 0 ? text : text.substring(0, e);
            int dot = mantissa.indexOf('.');
            String all = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
            Digits d = new Digits();
            d.decimalExponent = dot + exponent;
            int lead = 0;
            while (lead < all.length() && all.charAt(lead) == '0') {
                lead++;
            }
            int end = all.length();
            while (end > lead && all.charAt(end - 1) == '0') {
                end--;
            }
            d.digits = all.substring(lead, end).toCharArray();
            d.count = d.digits.length;
            d.decimalExponent -= lead;
            return d;
        }

        /** Rounds half-up so that at most fractionDigits digits follow the decimal point. */
        void roundTo(int fractionDigits) {
            int keep = decimalExponent + fractionDigits;
            if (count == 0 || keep >= count) {
                return;
            }
            if (keep < 0) {
                count = 0;
                return;
            }
            boolean roundUp = digits[keep] >= '5';
            count = keep;
            if (!roundUp) {
                return;
            }
            int i = keep - 1;
            while (i >= 0 && digits[i] == '9') {
                i--;
            }
            if (i < 0) {
                digits = new char[] {'1'};
                count = 1;
                decimalExponent++;
            } else {
                digits[i]++;
                count = i + 1;
            }
        }

        private char digitAt(int position) {
            return position >= 0 && position < count ? digits[position] : '0';
        }

        void appendFixed(StringBuilder out, int fractionDigits) {
            if (count == 0 || decimalExponent <= 0) {
                out.append('0');
            } else {
                for (int i = 0; i < decimalExponent; i++) {
                    out.append(digitAt(i));
                }
            }
            if (fractionDigits > 0) {
                out.append('.');
                int exponent = count == 0 ? 0 : decimalExponent;
                for (int i = 0; i < fractionDigits; i++) {
                    out.append(digitAt(exponent + i));
                }
            }
        }
    }
}
