// printf-style formatting (java.util.Formatter), behind String.format and PrintStream.printf:
// parses a format string into fixed text and specifiers %[index$][flags][width][.precision]conv,
// validates each as HotSpot does (same exceptions, same messages, same order of checks) and
// prints arguments with the root locale's conventions ('.' decimal point, ',' grouping).
// Date/time conversions (%t) are parsed and validated but cannot be printed yet.
package java.util;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UnsupportedEncodingException;

public final class Formatter implements Closeable, Flushable {

    private Appendable a;
    private IOException lastException;

    public Formatter() {
        this.a = new StringBuilder();
    }

    public Formatter(Appendable a) {
        this.a = a == null ? new StringBuilder() : a;
    }

    public Formatter(PrintStream ps) {
        this.a = Objects.requireNonNull(ps);
    }

    public Formatter(OutputStream os) {
        this.a = new BufferedWriter(new OutputStreamWriter(os));
    }

    public Formatter(OutputStream os, String csn) throws UnsupportedEncodingException {
        this.a = new BufferedWriter(new OutputStreamWriter(os, csn));
    }

    private void ensureOpen() {
        if (a == null) {
            throw new FormatterClosedException();
        }
    }

    public Appendable out() {
        ensureOpen();
        return a;
    }

    @Override
    public String toString() {
        ensureOpen();
        return a.toString();
    }

    @Override
    public void flush() {
        ensureOpen();
        if (a instanceof Flushable) {
            try {
                ((Flushable) a).flush();
            } catch (IOException e) {
                lastException = e;
            }
        }
    }

    @Override
    public void close() {
        if (a == null) {
            return;
        }
        try {
            if (a instanceof Closeable) {
                ((Closeable) a).close();
            }
        } catch (IOException e) {
            lastException = e;
        } finally {
            a = null;
        }
    }

    public IOException ioException() {
        return lastException;
    }

    /** Parses the whole format first (so syntax errors print nothing), then prints piece by piece. */
    public Formatter format(String format, Object... args) {
        ensureOpen();
        int last = -1;
        int lastOrdinary = -1;
        List<Object> pieces = parse(format);
        try {
            for (Object piece : pieces) {
                if (piece instanceof String) {
                    a.append((String) piece);
                    continue;
                }
                Specifier spec = (Specifier) piece;
                int index = spec.index;
                if (index == Specifier.NO_ARGUMENT) {
                    spec.print(this, null);
                } else if (index == Specifier.PREVIOUS_ARGUMENT) {
                    if (last < 0 || (args != null && last > args.length - 1)) {
                        throw new MissingFormatArgumentException(spec.toString());
                    }
                    spec.print(this, args == null ? null : args[last]);
                } else if (index == Specifier.NEXT_ARGUMENT) {
                    lastOrdinary++;
                    last = lastOrdinary;
                    if (args != null && lastOrdinary > args.length - 1) {
                        throw new MissingFormatArgumentException(spec.toString());
                    }
                    spec.print(this, args == null ? null : args[lastOrdinary]);
                } else {
                    last = index - 1;
                    if (args != null && last > args.length - 1) {
                        throw new MissingFormatArgumentException(spec.toString());
                    }
                    spec.print(this, args == null ? null : args[last]);
                }
            }
        } catch (IOException e) {
            lastException = e;
        }
        return this;
    }

    private static List<Object> parse(String s) {
        List<Object> pieces = new ArrayList<>();
        int i = 0;
        int max = s.length();
        while (i < max) {
            int percent = s.indexOf('%', i);
            if (percent < 0) {
                pieces.add(s.substring(i));
                break;
            }
            if (percent != i) {
                pieces.add(s.substring(i, percent));
            }
            i = percent + 1;
            if (i >= max) {
                throw new UnknownFormatConversionException("%");
            }
            SpecifierParser parser = new SpecifierParser(s, i);
            pieces.add(parser.parse());
            i = parser.position;
        }
        return pieces;
    }

    /** Splits %[index$][flags][width][.precision][t]conversion into its parts. */
    private static final class SpecifierParser {
        private final String s;
        private final int start;
        int position;

        SpecifierParser(String s, int start) {
            this.s = s;
            this.start = start;
            this.position = start;
        }

        private boolean isDigitAt(int i) {
            return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
        }

        private int skipDigits(int i) {
            while (isDigitAt(i)) {
                i++;
            }
            return i;
        }

        private static boolean isConversionLetter(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '%';
        }

        private UnknownFormatConversionException noConversion() {
            return new UnknownFormatConversionException(String.valueOf(s.charAt(start)));
        }

        Specifier parse() {
            int i = start;
            String index = null;
            int digitsEnd = skipDigits(i);
            if (digitsEnd > i && digitsEnd < s.length() && s.charAt(digitsEnd) == '$') {
                index = s.substring(i, digitsEnd);
                i = digitsEnd + 1;
            }
            int flagsStart = i;
            while (i < s.length() && Flags.isFlag(s.charAt(i))) {
                i++;
            }
            String flags = s.substring(flagsStart, i);
            String width = null;
            int widthEnd = skipDigits(i);
            if (widthEnd > i) {
                width = s.substring(i, widthEnd);
                i = widthEnd;
            }
            String precision = null;
            if (i < s.length() && s.charAt(i) == '.' && isDigitAt(i + 1)) {
                int precisionEnd = skipDigits(i + 1);
                precision = s.substring(i + 1, precisionEnd);
                i = precisionEnd;
            }
            boolean dateTime = false;
            char dateTimePrefix = 0;
            if (i + 1 < s.length() && (s.charAt(i) == 't' || s.charAt(i) == 'T')
                    && isConversionLetter(s.charAt(i + 1))) {
                dateTime = true;
                dateTimePrefix = s.charAt(i);
                i++;
            }
            if (i >= s.length() || !isConversionLetter(s.charAt(i))) {
                throw noConversion();
            }
            char conversion = s.charAt(i);
            position = i + 1;
            return new Specifier(index, flags, width, precision, dateTime, dateTimePrefix, conversion);
        }
    }

    /** The flag set of one specifier; bit values match FormattableFlags for the first three. */
    static final class Flags {
        static final int NONE = 0;
        static final int LEFT_JUSTIFY = 1 << 0;
        static final int UPPERCASE = 1 << 1;
        static final int ALTERNATE = 1 << 2;
        static final int PLUS = 1 << 3;
        static final int LEADING_SPACE = 1 << 4;
        static final int ZERO_PAD = 1 << 5;
        static final int GROUP = 1 << 6;
        static final int PARENTHESES = 1 << 7;
        static final int PREVIOUS = 1 << 8;

        static boolean isFlag(char c) {
            return "-#+ 0,(<".indexOf(c) >= 0;
        }

        static int of(char c) {
            switch (c) {
                case '-': return LEFT_JUSTIFY;
                case '#': return ALTERNATE;
                case '+': return PLUS;
                case ' ': return LEADING_SPACE;
                case '0': return ZERO_PAD;
                case ',': return GROUP;
                case '(': return PARENTHESES;
                case '<': return PREVIOUS;
                default: throw new UnknownFormatFlagsException(String.valueOf(c));
            }
        }

        static String toString(int flags) {
            StringBuilder sb = new StringBuilder();
            if ((flags & LEFT_JUSTIFY) != 0) {
                sb.append('-');
            }
            if ((flags & UPPERCASE) != 0) {
                sb.append('^');
            }
            if ((flags & ALTERNATE) != 0) {
                sb.append('#');
            }
            if ((flags & PLUS) != 0) {
                sb.append('+');
            }
            if ((flags & LEADING_SPACE) != 0) {
                sb.append(' ');
            }
            if ((flags & ZERO_PAD) != 0) {
                sb.append('0');
            }
            if ((flags & GROUP) != 0) {
                sb.append(',');
            }
            if ((flags & PARENTHESES) != 0) {
                sb.append('(');
            }
            if ((flags & PREVIOUS) != 0) {
                sb.append('<');
            }
            return sb.toString();
        }
    }

    /** One format specifier, validated at construction. */
    private static final class Specifier {
        static final int NO_ARGUMENT = -2;
        static final int PREVIOUS_ARGUMENT = -1;
        static final int NEXT_ARGUMENT = 0;

        int index = NEXT_ARGUMENT;
        int flags = Flags.NONE;
        int width = -1;
        int precision = -1;
        boolean dateTime;
        char c;

        Specifier(String indexText, String flagsText, String widthText, String precisionText,
                boolean dateTime, char dateTimePrefix, char conversion) {
            parseIndex(indexText);
            parseFlags(flagsText);
            parseWidth(widthText);
            parsePrecision(precisionText);
            if (dateTime) {
                this.dateTime = true;
                if (dateTimePrefix == 'T') {
                    flags |= Flags.UPPERCASE;
                }
            }
            setConversion(conversion);
            if (this.dateTime) {
                checkDateTime();
            } else if (isGeneral(c)) {
                checkGeneral();
            } else if (c == 'c') {
                checkCharacter();
            } else if (c == 'd' || c == 'o' || c == 'x') {
                checkInteger();
            } else if (c == 'e' || c == 'f' || c == 'g' || c == 'a') {
                checkFloat();
            } else if (c == 'n' || c == '%') {
                checkText();
            } else {
                throw new UnknownFormatConversionException(String.valueOf(c));
            }
        }

        private static boolean isGeneral(char c) {
            return c == 'b' || c == 'h' || c == 's';
        }

        private void parseIndex(String text) {
            if (text == null) {
                return;
            }
            int value;
            try {
                value = Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw new IllegalFormatArgumentIndexException(Integer.MIN_VALUE);
            }
            if (value <= 0) {
                throw new IllegalFormatArgumentIndexException(value);
            }
            index = value;
        }

        private void parseFlags(String text) {
            for (int i = 0; i < text.length(); i++) {
                int flag = Flags.of(text.charAt(i));
                if ((flags & flag) != 0) {
                    throw new DuplicateFormatFlagsException(Flags.toString(flag));
                }
                flags |= flag;
            }
            if ((flags & Flags.PREVIOUS) != 0) {
                index = PREVIOUS_ARGUMENT;
            }
        }

        private void parseWidth(String text) {
            if (text == null) {
                return;
            }
            try {
                width = Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw new IllegalFormatWidthException(Integer.MIN_VALUE);
            }
        }

        private void parsePrecision(String text) {
            if (text == null) {
                return;
            }
            try {
                precision = Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw new IllegalFormatPrecisionException(Integer.MIN_VALUE);
            }
        }

        private void setConversion(char conversion) {
            c = conversion;
            if (dateTime) {
                return;
            }
            if ("bBhHsScCdoxXeEfgGaAn%".indexOf(conversion) < 0) {
                throw new UnknownFormatConversionException(String.valueOf(conversion));
            }
            if (Character.isUpperCase(conversion)) {
                flags |= Flags.UPPERCASE;
                c = Character.toLowerCase(conversion);
            }
            if (c == 'n' || c == '%') {
                index = NO_ARGUMENT;
            }
        }

        private boolean has(int flag) {
            return (flags & flag) != 0;
        }

        private void failMismatch(int flag) {
            throw new FormatFlagsConversionMismatchException(Flags.toString(flag), c);
        }

        private void checkBadFlags(int... badFlags) {
            for (int flag : badFlags) {
                if (has(flag)) {
                    failMismatch(flag);
                }
            }
        }

        private void requireWidthForLeftJustify() {
            if (width == -1 && has(Flags.LEFT_JUSTIFY)) {
                throw new MissingFormatWidthException(toString());
            }
        }

        private void checkGeneral() {
            if ((c == 'b' || c == 'h') && has(Flags.ALTERNATE)) {
                failMismatch(Flags.ALTERNATE);
            }
            requireWidthForLeftJustify();
            checkBadFlags(Flags.PLUS, Flags.LEADING_SPACE, Flags.ZERO_PAD, Flags.GROUP, Flags.PARENTHESES);
        }

        private void checkDateTime() {
            if (precision != -1) {
                throw new IllegalFormatPrecisionException(precision);
            }
            if ("HIklMSLNpzZsQBbhAaCYyjmdeRTrDFc".indexOf(c) < 0) {
                throw new UnknownFormatConversionException("t" + c);
            }
            checkBadFlags(Flags.ALTERNATE, Flags.PLUS, Flags.LEADING_SPACE, Flags.ZERO_PAD, Flags.GROUP,
                    Flags.PARENTHESES);
            requireWidthForLeftJustify();
        }

        private void checkCharacter() {
            if (precision != -1) {
                throw new IllegalFormatPrecisionException(precision);
            }
            checkBadFlags(Flags.ALTERNATE, Flags.PLUS, Flags.LEADING_SPACE, Flags.ZERO_PAD, Flags.GROUP,
                    Flags.PARENTHESES);
            requireWidthForLeftJustify();
        }

        private void checkInteger() {
            checkNumeric();
            if (precision != -1) {
                throw new IllegalFormatPrecisionException(precision);
            }
            if (c == 'd') {
                checkBadFlags(Flags.ALTERNATE);
            } else {
                checkBadFlags(Flags.GROUP);
            }
        }

        private void checkNumeric() {
            if (width != -1 && width < 0) {
                throw new IllegalFormatWidthException(width);
            }
            if (precision != -1 && precision < 0) {
                throw new IllegalFormatPrecisionException(precision);
            }
            if (width == -1 && (has(Flags.LEFT_JUSTIFY) || has(Flags.ZERO_PAD))) {
                throw new MissingFormatWidthException(toString());
            }
            if ((has(Flags.PLUS) && has(Flags.LEADING_SPACE)) || (has(Flags.LEFT_JUSTIFY) && has(Flags.ZERO_PAD))) {
                throw new IllegalFormatFlagsException(Flags.toString(flags));
            }
        }

        private void checkFloat() {
            checkNumeric();
            if (c == 'a') {
                checkBadFlags(Flags.PARENTHESES, Flags.GROUP);
            } else if (c == 'e') {
                checkBadFlags(Flags.GROUP);
            } else if (c == 'g') {
                checkBadFlags(Flags.ALTERNATE);
            }
        }

        private void checkText() {
            if (precision != -1) {
                throw new IllegalFormatPrecisionException(precision);
            }
            if (c == '%') {
                if (flags != Flags.LEFT_JUSTIFY && flags != Flags.NONE) {
                    throw new IllegalFormatFlagsException(Flags.toString(flags));
                }
                requireWidthForLeftJustify();
            } else {
                if (width != -1) {
                    throw new IllegalFormatWidthException(width);
                }
                if (flags != Flags.NONE) {
                    throw new IllegalFormatFlagsException(Flags.toString(flags));
                }
            }
        }

        /** The specifier as written (normalised), as exception messages quote it. */
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("%");
            sb.append(Flags.toString(flags & ~Flags.UPPERCASE));
            if (index > 0) {
                sb.append(index).append('$');
            }
            if (width != -1) {
                sb.append(width);
            }
            if (precision != -1) {
                sb.append('.').append(precision);
            }
            if (dateTime) {
                sb.append(has(Flags.UPPERCASE) ? 'T' : 't');
            }
            sb.append(has(Flags.UPPERCASE) ? Character.toUpperCase(c) : c);
            return sb.toString();
        }

        // ---- Printing ----

        void print(Formatter formatter, Object arg) throws IOException {
            Appendable a = formatter.a;
            if (dateTime) {
                printDateTime(a, arg);
                return;
            }
            switch (c) {
                case 'd': case 'o': case 'x':
                    printInteger(a, arg);
                    break;
                case 'e': case 'f': case 'g': case 'a':
                    printFloat(a, arg);
                    break;
                case 'c':
                    printCharacter(a, arg);
                    break;
                case 'b':
                    printText(a, arg == null ? "false" : (arg instanceof Boolean ? arg.toString() : "true"));
                    break;
                case 's':
                    printString(formatter, a, arg);
                    break;
                case 'h':
                    printText(a, arg == null ? "null" : Integer.toHexString(arg.hashCode()));
                    break;
                case 'n':
                    a.append(System.lineSeparator());
                    break;
                default:
                    printText(a, "%");
                    break;
            }
        }

        private void printDateTime(Appendable a, Object arg) throws IOException {
            if (arg == null) {
                printText(a, "null");
                return;
            }
            if (!(arg instanceof Long)) {
                failConversion(arg);
            }
            throw new UnsupportedOperationException("islet: date/time conversions (%t" + c + ") are not supported yet");
        }

        private IllegalFormatConversionException failConversion(Object arg) {
            throw new IllegalFormatConversionException(c, arg.getClass());
        }

        private void printString(Formatter formatter, Appendable a, Object arg) throws IOException {
            if (arg instanceof Formattable) {
                ((Formattable) arg).formatTo(formatter, flags & (Flags.LEFT_JUSTIFY | Flags.UPPERCASE | Flags.ALTERNATE),
                        width, precision);
                return;
            }
            if (has(Flags.ALTERNATE)) {
                failMismatch(Flags.ALTERNATE);
            }
            printText(a, arg == null ? "null" : arg.toString());
        }

        /** Text conversions: precision truncates, then case, then padding to the width. */
        private void printText(Appendable a, String s) throws IOException {
            if (precision != -1 && precision < s.length()) {
                s = s.substring(0, precision);
            }
            if (has(Flags.UPPERCASE)) {
                s = s.toUpperCase();
            }
            appendJustified(a, s);
        }

        private void appendJustified(Appendable a, CharSequence cs) throws IOException {
            if (width == -1) {
                a.append(cs);
                return;
            }
            boolean padRight = has(Flags.LEFT_JUSTIFY);
            int spaces = width - cs.length();
            if (padRight) {
                a.append(cs);
            }
            for (int k = 0; k < spaces; k++) {
                a.append(' ');
            }
            if (!padRight) {
                a.append(cs);
            }
        }

        private void printCharacter(Appendable a, Object arg) throws IOException {
            if (arg == null) {
                printText(a, "null");
                return;
            }
            String s;
            if (arg instanceof Character) {
                s = ((Character) arg).toString();
            } else if (arg instanceof Byte || arg instanceof Short || arg instanceof Integer) {
                int codePoint = ((Number) arg).intValue();
                if (!Character.isValidCodePoint(codePoint)) {
                    throw new IllegalFormatCodePointException(codePoint);
                }
                s = new String(Character.toChars(codePoint));
            } else {
                throw failConversion(arg);
            }
            printText(a, s);
        }

        private void printInteger(Appendable a, Object arg) throws IOException {
            if (arg == null) {
                printText(a, "null");
            } else if (arg instanceof Byte) {
                printInteger(a, (Byte) arg, 8);
            } else if (arg instanceof Short) {
                printInteger(a, (Short) arg, 16);
            } else if (arg instanceof Integer) {
                printInteger(a, (Integer) arg, 32);
            } else if (arg instanceof Long) {
                printInteger(a, (Long) arg, 64);
            } else {
                throw failConversion(arg);
            }
        }

        /** Octal and hex show negative values as the two's complement of the argument's own width. */
        private void printInteger(Appendable a, long value, int bits) throws IOException {
            StringBuilder sb = new StringBuilder();
            if (c == 'd') {
                boolean negative = value < 0;
                String digits = Long.toString(value);
                leadingSign(sb, negative);
                localizedMagnitude(sb, digits, negative ? 1 : 0, adjustWidth(width, negative));
                trailingSign(sb, negative);
            } else {
                checkBadFlags(Flags.PARENTHESES, Flags.LEADING_SPACE, Flags.PLUS);
                long unsigned = value < 0 && bits < 64 ? value + (1L << bits) : value;
                String digits = c == 'o' ? Long.toOctalString(unsigned) : Long.toHexString(unsigned);
                String prefix = "";
                if (has(Flags.ALTERNATE)) {
                    prefix = c == 'o' ? "0" : (has(Flags.UPPERCASE) ? "0X" : "0x");
                }
                sb.append(prefix);
                if (has(Flags.ZERO_PAD)) {
                    appendZeros(sb, width - prefix.length() - digits.length());
                }
                sb.append(has(Flags.UPPERCASE) ? digits.toUpperCase() : digits);
            }
            appendJustified(a, sb);
        }

        private static void appendZeros(StringBuilder sb, int count) {
            for (int k = 0; k < count; k++) {
                sb.append('0');
            }
        }

        private void leadingSign(StringBuilder sb, boolean negative) {
            if (!negative) {
                if (has(Flags.PLUS)) {
                    sb.append('+');
                } else if (has(Flags.LEADING_SPACE)) {
                    sb.append(' ');
                }
            } else {
                sb.append(has(Flags.PARENTHESES) ? '(' : '-');
            }
        }

        private void trailingSign(StringBuilder sb, boolean negative) {
            if (negative && has(Flags.PARENTHESES)) {
                sb.append(')');
            }
        }

        /** The width left for the magnitude: a closing parenthesis takes one column. */
        private int adjustWidth(int w, boolean negative) {
            if (w != -1 && negative && has(Flags.PARENTHESES)) {
                return w - 1;
            }
            return w;
        }

        /**
         * Appends digits (with an optional '.' fraction) from `offset`, inserting ',' every three
         * integer digits under the GROUP flag and zero-padding the whole field to `w` under ZERO_PAD.
         */
        private void localizedMagnitude(StringBuilder sb, CharSequence value, int offset, int w) {
            int begin = sb.length();
            int length = value.length();
            int dot = length;
            for (int j = offset; j < length; j++) {
                if (value.charAt(j) == '.') {
                    dot = j;
                    break;
                }
            }
            boolean group = has(Flags.GROUP);
            for (int j = offset; j < length; j++) {
                if (j == dot) {
                    sb.append('.');
                    group = false;
                    continue;
                }
                sb.append(value.charAt(j));
                if (group && j != dot - 1 && (dot - j) % 3 == 1) {
                    sb.append(',');
                }
            }
            if (w != -1 && has(Flags.ZERO_PAD)) {
                for (int k = sb.length(); k < w; k++) {
                    sb.insert(begin, '0');
                }
            }
        }

        private void printFloat(Appendable a, Object arg) throws IOException {
            if (arg == null) {
                printText(a, "null");
            } else if (arg instanceof Float) {
                printDouble(a, ((Float) arg).doubleValue());
            } else if (arg instanceof Double) {
                printDouble(a, (Double) arg);
            } else {
                throw failConversion(arg);
            }
        }

        private void printDouble(Appendable a, double value) throws IOException {
            StringBuilder sb = new StringBuilder();
            boolean negative = Double.compare(value, 0.0) == -1;
            if (Double.isNaN(value)) {
                sb.append(has(Flags.UPPERCASE) ? "NAN" : "NaN");
            } else {
                double magnitude = Math.abs(value);
                leadingSign(sb, negative);
                if (Double.isInfinite(magnitude)) {
                    sb.append(has(Flags.UPPERCASE) ? "INFINITY" : "Infinity");
                } else {
                    printMagnitude(sb, magnitude, negative);
                }
                trailingSign(sb, negative);
            }
            appendJustified(a, sb);
        }

        private void printMagnitude(StringBuilder sb, double value, boolean negative) {
            switch (c) {
                case 'e':
                    printScientific(sb, value, negative);
                    break;
                case 'f':
                    printDecimal(sb, value, negative);
                    break;
                case 'g':
                    printGeneral(sb, value, negative);
                    break;
                default:
                    printHex(sb, value, negative);
                    break;
            }
        }

        private void printScientific(StringBuilder sb, double value, boolean negative) {
            int prec = precision == -1 ? 6 : precision;
            FormattedDecimal fd = FormattedDecimal.valueOf(value, prec, FormattedDecimal.SCIENTIFIC);
            StringBuilder mantissa = new StringBuilder(fd.getMantissa());
            addZeros(mantissa, prec);
            if (has(Flags.ALTERNATE) && prec == 0) {
                mantissa.append('.');
            }
            char[] exponent = value == 0.0 ? new char[] {'+', '0', '0'} : fd.getExponent();
            int w = width;
            if (width != -1) {
                w = adjustWidth(width - exponent.length - 1, negative);
            }
            localizedMagnitude(sb, mantissa, 0, w);
            sb.append(has(Flags.UPPERCASE) ? 'E' : 'e');
            sb.append(exponent);
        }

        private void printDecimal(StringBuilder sb, double value, boolean negative) {
            int prec = precision == -1 ? 6 : precision;
            FormattedDecimal fd = FormattedDecimal.valueOf(value, prec, FormattedDecimal.DECIMAL_FLOAT);
            StringBuilder mantissa = new StringBuilder(fd.getMantissa());
            addZeros(mantissa, prec);
            if (has(Flags.ALTERNATE) && prec == 0) {
                mantissa.append('.');
            }
            localizedMagnitude(sb, mantissa, 0, width == -1 ? -1 : adjustWidth(width, negative));
        }

        private void printGeneral(StringBuilder sb, double value, boolean negative) {
            int prec = precision;
            if (precision == -1) {
                prec = 6;
            } else if (precision == 0) {
                prec = 1;
            }
            char[] exponent;
            StringBuilder mantissa = new StringBuilder();
            int exponentRounded;
            if (value == 0.0) {
                exponent = null;
                mantissa.append('0');
                exponentRounded = 0;
            } else {
                FormattedDecimal fd = FormattedDecimal.valueOf(value, prec - 1, FormattedDecimal.GENERAL);
                exponent = fd.getExponent();
                mantissa.append(fd.getMantissa());
                exponentRounded = fd.getExponentRounded();
            }
            if (exponent != null) {
                prec -= 1;
            } else {
                prec -= exponentRounded + 1;
            }
            addZeros(mantissa, prec);
            if (has(Flags.ALTERNATE) && prec == 0) {
                mantissa.append('.');
            }
            int w = width;
            if (width != -1) {
                w = adjustWidth(exponent != null ? width - exponent.length - 1 : width, negative);
            }
            localizedMagnitude(sb, mantissa, 0, w);
            if (exponent != null) {
                sb.append(has(Flags.UPPERCASE) ? 'E' : 'e');
                sb.append(exponent);
            }
        }

        /** Pads the fraction of `mantissa` with zeros to `prec` digits, adding the '.' if needed. */
        private static void addZeros(StringBuilder mantissa, int prec) {
            int length = mantissa.length();
            int dot = mantissa.indexOf(".");
            boolean needDot = dot < 0;
            int existing = needDot ? 0 : length - dot - 1;
            if (existing >= prec) {
                return;
            }
            if (needDot) {
                mantissa.append('.');
            }
            appendZeros(mantissa, prec - existing);
        }

        private void printHex(StringBuilder sb, double value, boolean negative) {
            int prec = precision;
            if (precision == -1) {
                prec = 0;
            } else if (precision == 0) {
                prec = 1;
            }
            String s = hexDouble(value, prec);
            boolean upper = has(Flags.UPPERCASE);
            sb.append(upper ? "0X" : "0x");
            if (has(Flags.ZERO_PAD)) {
                int leading = (has(Flags.LEADING_SPACE) || has(Flags.PLUS) || negative) ? 3 : 2;
                appendZeros(sb, width - s.length() - leading);
            }
            int p = s.indexOf('p');
            StringBuilder significand = new StringBuilder(upper ? s.substring(0, p).toUpperCase() : s.substring(0, p));
            if (prec != 0) {
                addZeros(significand, prec);
            }
            sb.append(significand);
            sb.append(upper ? 'P' : 'p');
            sb.append(s, p + 1, s.length());
        }

        /**
         * Double.toHexString without "0x", with the significand rounded half-even to `prec` hex
         * digits (1..12); subnormals are shown normalised (1.xxxp-1023 and below).
         */
        private static String hexDouble(double d, int prec) {
            if (!Double.isFinite(d) || d == 0.0 || prec == 0 || prec >= 13) {
                return Double.toHexString(d).substring(2);
            }
            int exponent = Math.getExponent(d);
            boolean subnormal = exponent == Double.MIN_EXPONENT - 1;
            if (subnormal) {
                d *= Math.scalb(1.0, 54);
            }
            int keptBits = 1 + prec * 4;
            int shift = 53 - keptBits;
            long bits = Double.doubleToLongBits(d);
            long kept = (bits & 0x7FFFFFFFFFFFFFFFL) >> shift;
            long dropped = bits & ~(~0L << shift);
            boolean lowestKeptIsZero = (kept & 1L) == 0L;
            boolean roundBit = ((1L << (shift - 1)) & dropped) != 0L;
            boolean stickyBits = shift > 1 && (~(1L << (shift - 1)) & dropped) != 0;
            if (roundBit && (!lowestKeptIsZero || stickyBits)) {
                kept++;
            }
            long signBit = bits & 0x8000000000000000L;
            double rounded = Double.longBitsToDouble(signBit | (kept << shift));
            if (Double.isInfinite(rounded)) {
                return "1.0p1024";
            }
            String result = Double.toHexString(rounded).substring(2);
            if (!subnormal) {
                return result;
            }
            int p = result.indexOf('p');
            int shownExponent = Integer.parseInt(result.substring(p + 1)) - 54;
            return result.substring(0, p) + "p" + shownExponent;
        }
    }
}
