// A text scanner (java.util.Scanner): splits input into tokens with a delimiter pattern and
// parses them as numbers, booleans or lines. Input is read lazily into a buffer; a token is only
// taken once the regex matcher shows that more input could not change it (hitEnd/requireEnd),
// so interactive input works line by line. Number syntax is the JDK's for the root/English
// locale: ',' groups digits in threes, '.' is the decimal point.
package java.util;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class Scanner implements Iterator<String>, Closeable {

    private static final int BUFFER_SIZE = 1024;
    private static final Pattern WHITESPACE_PATTERN = Pattern.compile("\\p{javaWhitespace}+");
    private static final Pattern FIND_ANY_PATTERN = Pattern.compile("(?s).*");
    private static final Pattern NON_ASCII_DIGIT = Pattern.compile("[\\p{javaDigit}&&[^0-9]]");
    private static final Pattern BOOLEAN_PATTERN = Pattern.compile("true|false", Pattern.CASE_INSENSITIVE);
    private static final Pattern LINE_SEPARATOR_PATTERN = Pattern.compile("\r\n|[\n\r\u2028\u2029\u0085]");
    private static final Pattern LINE_PATTERN = Pattern.compile(".*(\r\n|[\n\r\u2028\u2029\u0085])|.+$");
    // The group of integerPattern() that holds a plain run of digits (no separators or affixes).
    private static final int SIMPLE_GROUP_INDEX = 5;
    private static final String DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";

    // Locale-dependent pieces of the number patterns, for the root/English locale, as regex text.
    private static final String GROUP_SEPARATOR = "\\x{2c}";
    private static final String DECIMAL_SEPARATOR = "\\x{2e}";
    private static final String NAN_STRING = "\\QNaN\\E";
    private static final String INFINITY_STRING = "\\Q\u221E\\E";
    private static final String POSITIVE_PREFIX = "";
    private static final String NEGATIVE_PREFIX = "\\Q-\\E";
    private static final String POSITIVE_SUFFIX = "";
    private static final String NEGATIVE_SUFFIX = "";

    private final StringBuilder buf = new StringBuilder();
    private int position;
    private Matcher matcher;
    private Pattern delimPattern;
    private Pattern hasNextPattern;
    private int hasNextPosition;
    private String hasNextResult;
    private Reader source;
    private boolean sourceClosed;
    private boolean needInput;
    private boolean skipped;
    private int savedScannerPosition = -1;
    private Object typeCache;
    private boolean matchValid;
    private boolean closed;
    private int radix = 10;
    private int defaultRadix = 10;
    private IOException lastException;

    private Pattern integerPattern;
    private int integerPatternRadix = -1;
    private Pattern floatPattern;

    private Scanner(Reader source, Pattern delimiter) {
        this.source = source;
        this.delimPattern = delimiter;
        this.matcher = delimiter.matcher(buf);
        matcher.useTransparentBounds(true);
        matcher.useAnchoringBounds(false);
    }

    public Scanner(InputStream source) {
        this(new InputStreamReader(Objects.requireNonNull(source, "source")), WHITESPACE_PATTERN);
    }

    public Scanner(InputStream source, String charsetName) {
        this(toReader(Objects.requireNonNull(source, "source"), charsetName), WHITESPACE_PATTERN);
    }

    public Scanner(InputStream source, Charset charset) {
        this(new InputStreamReader(Objects.requireNonNull(source, "source"), charset), WHITESPACE_PATTERN);
    }

    public Scanner(String source) {
        this(new StringReader(source), WHITESPACE_PATTERN);
    }

    private static Reader toReader(InputStream source, String charsetName) {
        Objects.requireNonNull(charsetName, "charsetName");
        try {
            return new InputStreamReader(source, charsetName);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalArgumentException(charsetName);
        }
    }

    // ---- Buffer management ----

    private void saveState() {
        savedScannerPosition = position;
    }

    private void revertState() {
        position = savedScannerPosition;
        savedScannerPosition = -1;
        skipped = false;
    }

    private boolean revertState(boolean result) {
        revertState();
        return result;
    }

    private void cacheResult() {
        hasNextResult = matcher.group();
        hasNextPosition = matcher.end();
        hasNextPattern = matcher.pattern();
    }

    private void cacheResult(String result) {
        hasNextResult = result;
        hasNextPosition = matcher.end();
        hasNextPattern = matcher.pattern();
    }

    private void clearCaches() {
        hasNextPattern = null;
        typeCache = null;
    }

    private String getCachedResult() {
        position = hasNextPosition;
        hasNextPattern = null;
        typeCache = null;
        return hasNextResult;
    }

    private void useTypeCache() {
        ensureOpen();
        position = hasNextPosition;
        hasNextPattern = null;
        typeCache = null;
    }

    private void readInput() {
        compact();
        char[] chunk = new char[BUFFER_SIZE];
        int n;
        try {
            n = source.read(chunk, 0, chunk.length);
        } catch (IOException e) {
            lastException = e;
            n = -1;
        }
        if (n == -1) {
            sourceClosed = true;
            needInput = false;
        }
        if (n > 0) {
            buf.append(chunk, 0, n);
            needInput = false;
        }
    }

    /** Drops consumed text once enough has piled up (positions that refer to it move down). */
    private void compact() {
        int offset = savedScannerPosition == -1 ? position : savedScannerPosition;
        if (offset < BUFFER_SIZE) {
            return;
        }
        clearCaches();
        buf.delete(0, offset);
        position -= offset;
        if (savedScannerPosition != -1) {
            savedScannerPosition -= offset;
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("Scanner closed");
        }
    }

    private void throwFor() {
        skipped = false;
        if (sourceClosed && position == buf.length()) {
            throw new NoSuchElementException();
        }
        throw new InputMismatchException();
    }

    /** Whether a token starts in the buffer after the delimiters at the current position. */
    private boolean hasTokenInBuffer() {
        matchValid = false;
        matcher.usePattern(delimPattern);
        matcher.region(position, buf.length());
        if (matcher.lookingAt()) {
            if (matcher.hitEnd() && !sourceClosed) {
                needInput = true;
                return false;
            }
            position = matcher.end();
        }
        return position != buf.length();
    }

    /**
     * The next complete token if it matches `pattern` (any token when null), or null with
     * needInput set when more input is needed to decide.
     */
    private String getCompleteTokenInBuffer(Pattern pattern) {
        matchValid = false;
        matcher.usePattern(delimPattern);
        if (!skipped) {
            matcher.region(position, buf.length());
            if (matcher.lookingAt()) {
                if (matcher.hitEnd() && !sourceClosed) {
                    needInput = true;
                    return null;
                }
                skipped = true;
                position = matcher.end();
            }
        }
        if (position == buf.length()) {
            if (sourceClosed) {
                return null;
            }
            needInput = true;
            return null;
        }
        matcher.region(position, buf.length());
        boolean foundNextDelim = matcher.find();
        if (foundNextDelim && matcher.end() == position) {
            // A zero-length delimiter right here is the one just skipped: look for the next.
            foundNextDelim = matcher.find();
        }
        if (foundNextDelim) {
            if (matcher.requireEnd() && !sourceClosed) {
                needInput = true;
                return null;
            }
            int tokenEnd = matcher.start();
            return matchToken(pattern == null ? FIND_ANY_PATTERN : pattern, tokenEnd);
        }
        if (sourceClosed) {
            return matchToken(pattern == null ? FIND_ANY_PATTERN : pattern, buf.length());
        }
        needInput = true;
        return null;
    }

    private String matchToken(Pattern pattern, int tokenEnd) {
        matcher.usePattern(pattern);
        matcher.region(position, tokenEnd);
        if (matcher.matches()) {
            String s = matcher.group();
            position = matcher.end();
            return s;
        }
        return null;
    }

    private boolean findPatternInBuffer(Pattern pattern, int horizon) {
        matchValid = false;
        matcher.usePattern(pattern);
        int bufferLimit = buf.length();
        int horizonLimit = -1;
        int searchLimit = bufferLimit;
        if (horizon > 0) {
            horizonLimit = position + horizon;
            if (horizonLimit < bufferLimit) {
                searchLimit = horizonLimit;
            }
        }
        matcher.region(position, searchLimit);
        if (matcher.find()) {
            if (matcher.hitEnd() && !sourceClosed) {
                if (searchLimit != horizonLimit) {
                    // Hit the end of what has been read: more input could extend the match.
                    needInput = true;
                    return false;
                }
                if (matcher.requireEnd()) {
                    needInput = true;
                    return false;
                }
            }
            position = matcher.end();
            return true;
        }
        if (sourceClosed) {
            return false;
        }
        if (horizon == 0 || searchLimit != horizonLimit) {
            needInput = true;
        }
        return false;
    }

    private boolean matchPatternInBuffer(Pattern pattern) {
        matchValid = false;
        matcher.usePattern(pattern);
        matcher.region(position, buf.length());
        if (matcher.lookingAt()) {
            if (matcher.hitEnd() && !sourceClosed) {
                needInput = true;
                return false;
            }
            position = matcher.end();
            return true;
        }
        if (sourceClosed) {
            return false;
        }
        needInput = true;
        return false;
    }

    // ---- Configuration ----

    @Override
    public void close() {
        if (closed) {
            return;
        }
        try {
            source.close();
        } catch (IOException e) {
            lastException = e;
        }
        sourceClosed = true;
        source = null;
        closed = true;
    }

    public IOException ioException() {
        return lastException;
    }

    public Pattern delimiter() {
        return delimPattern;
    }

    public Scanner useDelimiter(Pattern pattern) {
        delimPattern = pattern;
        return this;
    }

    public Scanner useDelimiter(String pattern) {
        delimPattern = Pattern.compile(pattern);
        return this;
    }

    public int radix() {
        return defaultRadix;
    }

    public Scanner useRadix(int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            throw new IllegalArgumentException("radix:" + radix);
        }
        if (defaultRadix == radix) {
            return this;
        }
        defaultRadix = radix;
        integerPattern = null;
        return this;
    }

    private void setRadix(int radix) {
        if (radix > Character.MAX_RADIX) {
            throw new IllegalArgumentException("radix:" + radix);
        }
        if (this.radix != radix) {
            integerPattern = null;
            this.radix = radix;
        }
    }

    public Scanner reset() {
        delimPattern = WHITESPACE_PATTERN;
        useRadix(10);
        clearCaches();
        return this;
    }

    public MatchResult match() {
        if (!matchValid) {
            throw new IllegalStateException("No match result available");
        }
        return matcher.toMatchResult();
    }

    @Override
    public String toString() {
        return "java.util.Scanner" + "[delimiters=" + delimPattern + "]" + "[position=" + position + "]"
                + "[match valid=" + matchValid + "]" + "[need input=" + needInput + "]"
                + "[source closed=" + sourceClosed + "]" + "[skipped=" + skipped + "]"
                + "[group separator=" + GROUP_SEPARATOR + "]" + "[decimal separator=" + DECIMAL_SEPARATOR + "]"
                + "[positive prefix=" + POSITIVE_PREFIX + "]" + "[negative prefix=" + NEGATIVE_PREFIX + "]"
                + "[positive suffix=" + POSITIVE_SUFFIX + "]" + "[negative suffix=" + NEGATIVE_SUFFIX + "]"
                + "[NaN string=" + NAN_STRING + "]" + "[infinity string=" + INFINITY_STRING + "]";
    }

    // ---- Tokens ----

    @Override
    public boolean hasNext() {
        ensureOpen();
        saveState();
        while (!sourceClosed) {
            if (hasTokenInBuffer()) {
                return revertState(true);
            }
            readInput();
        }
        boolean result = hasTokenInBuffer();
        return revertState(result);
    }

    @Override
    public String next() {
        ensureOpen();
        clearCaches();
        while (true) {
            String token = getCompleteTokenInBuffer(null);
            if (token != null) {
                matchValid = true;
                skipped = false;
                return token;
            }
            if (needInput) {
                readInput();
            } else {
                throwFor();
            }
        }
    }

    @Override
    public void remove() {
        throw new UnsupportedOperationException();
    }

    public boolean hasNext(String pattern) {
        return hasNext(Pattern.compile(pattern));
    }

    public String next(String pattern) {
        return next(Pattern.compile(pattern));
    }

    public boolean hasNext(Pattern pattern) {
        ensureOpen();
        if (pattern == null) {
            throw new NullPointerException();
        }
        hasNextPattern = null;
        saveState();
        while (true) {
            if (getCompleteTokenInBuffer(pattern) != null) {
                matchValid = true;
                cacheResult();
                return revertState(true);
            }
            if (needInput) {
                readInput();
            } else {
                return revertState(false);
            }
        }
    }

    public String next(Pattern pattern) {
        ensureOpen();
        if (pattern == null) {
            throw new NullPointerException();
        }
        if (hasNextPattern == pattern) {
            return getCachedResult();
        }
        clearCaches();
        while (true) {
            String token = getCompleteTokenInBuffer(pattern);
            if (token != null) {
                matchValid = true;
                skipped = false;
                return token;
            }
            if (needInput) {
                readInput();
            } else {
                throwFor();
            }
        }
    }

    public boolean hasNextLine() {
        saveState();
        String result = findWithinHorizon(LINE_PATTERN, 0);
        if (result != null) {
            MatchResult mr = match();
            String lineSep = mr.group(1);
            if (lineSep != null) {
                result = result.substring(0, result.length() - lineSep.length());
                cacheResult(result);
            } else {
                cacheResult();
            }
        }
        revertState();
        return result != null;
    }

    public String nextLine() {
        if (hasNextPattern == LINE_PATTERN) {
            return getCachedResult();
        }
        clearCaches();
        String result = findWithinHorizon(LINE_PATTERN, 0);
        if (result == null) {
            throw new NoSuchElementException("No line found");
        }
        MatchResult mr = match();
        String lineSep = mr.group(1);
        if (lineSep != null) {
            result = result.substring(0, result.length() - lineSep.length());
        }
        return result;
    }

    public String findInLine(String pattern) {
        return findInLine(Pattern.compile(pattern));
    }

    public String findInLine(Pattern pattern) {
        ensureOpen();
        if (pattern == null) {
            throw new NullPointerException();
        }
        clearCaches();
        int endPosition;
        saveState();
        while (true) {
            if (findPatternInBuffer(LINE_SEPARATOR_PATTERN, 0)) {
                endPosition = matcher.start();
                break;
            }
            if (needInput) {
                readInput();
            } else {
                endPosition = buf.length();
                break;
            }
        }
        revertState();
        int horizonForLine = endPosition - position;
        if (horizonForLine == 0) {
            return null;
        }
        return findWithinHorizon(pattern, horizonForLine);
    }

    public String findWithinHorizon(String pattern, int horizon) {
        return findWithinHorizon(Pattern.compile(pattern), horizon);
    }

    public String findWithinHorizon(Pattern pattern, int horizon) {
        ensureOpen();
        if (pattern == null) {
            throw new NullPointerException();
        }
        if (horizon < 0) {
            throw new IllegalArgumentException("horizon < 0");
        }
        clearCaches();
        while (true) {
            if (findPatternInBuffer(pattern, horizon)) {
                matchValid = true;
                return matcher.group();
            }
            if (needInput) {
                readInput();
            } else {
                break;
            }
        }
        return null;
    }

    public Scanner skip(Pattern pattern) {
        ensureOpen();
        if (pattern == null) {
            throw new NullPointerException();
        }
        clearCaches();
        while (true) {
            if (matchPatternInBuffer(pattern)) {
                matchValid = true;
                position = matcher.end();
                return this;
            }
            if (needInput) {
                readInput();
            } else {
                throw new NoSuchElementException();
            }
        }
    }

    public Scanner skip(String pattern) {
        return skip(Pattern.compile(pattern));
    }

    // ---- Booleans ----

    public boolean hasNextBoolean() {
        return hasNext(BOOLEAN_PATTERN);
    }

    public boolean nextBoolean() {
        clearCaches();
        return Boolean.parseBoolean(next(BOOLEAN_PATTERN));
    }

    // ---- Integers ----

    /** The JDK's integer syntax: optional sign, then plain digits or ','-grouped threes. */
    private Pattern integerPattern() {
        if (integerPattern == null || integerPatternRadix != radix) {
            String radixDigits = DIGITS.substring(0, radix);
            String digit = "((?i)[" + radixDigits + "\\p{javaDigit}])";
            String non0Digit = "[\\p{javaDigit}&&[^0]]";
            String groupedNumeral = "(" + non0Digit + digit + "?" + digit + "?(" + GROUP_SEPARATOR + digit + digit
                    + digit + ")+)";
            String numeral = "((" + digit + "++)|" + groupedNumeral + ")";
            String javaStyleInteger = "([-+]?(" + numeral + "))";
            String negativeInteger = NEGATIVE_PREFIX + numeral + NEGATIVE_SUFFIX;
            String positiveInteger = POSITIVE_PREFIX + numeral + POSITIVE_SUFFIX;
            integerPattern = Pattern.compile("(" + javaStyleInteger + ")|(" + positiveInteger + ")|("
                    + negativeInteger + ")");
            integerPatternRadix = radix;
        }
        return integerPattern;
    }

    /**
     * A grouped token without its separators. (The JDK also strips the locale's affixes here, but
     * compares against their regex-quoted form, which never matches; so neither do we.)
     */
    private String integerToken(String token) {
        return matcher.group(SIMPLE_GROUP_INDEX) == null ? token.replace(",", "") : token;
    }

    private static Object parseInteger(String s, int radix, int bits) {
        switch (bits) {
            case 8:
                return Byte.parseByte(s, radix);
            case 16:
                return Short.parseShort(s, radix);
            case 32:
                return Integer.parseInt(s, radix);
            default:
                return Long.parseLong(s, radix);
        }
    }

    private static Class<?> boxClass(int bits) {
        switch (bits) {
            case 8:
                return Byte.class;
            case 16:
                return Short.class;
            case 32:
                return Integer.class;
            default:
                return Long.class;
        }
    }

    private boolean hasNextInteger(int radix, int bits) {
        setRadix(radix);
        boolean result = hasNext(integerPattern());
        if (result) {
            try {
                typeCache = parseInteger(integerToken(hasNextResult), radix, bits);
            } catch (NumberFormatException nfe) {
                result = false;
            }
        }
        return result;
    }

    private Object nextInteger(int radix, int bits) {
        if (typeCache != null && this.radix == radix && typeCache.getClass() == boxClass(bits)) {
            Object cached = typeCache;
            useTypeCache();
            return cached;
        }
        setRadix(radix);
        clearCaches();
        try {
            return parseInteger(integerToken(next(integerPattern())), radix, bits);
        } catch (NumberFormatException nfe) {
            position = matcher.start();
            throw new InputMismatchException(nfe.getMessage());
        }
    }

    public boolean hasNextByte() {
        return hasNextInteger(defaultRadix, 8);
    }

    public boolean hasNextByte(int radix) {
        return hasNextInteger(radix, 8);
    }

    public byte nextByte() {
        return nextByte(defaultRadix);
    }

    public byte nextByte(int radix) {
        return (Byte) nextInteger(radix, 8);
    }

    public boolean hasNextShort() {
        return hasNextInteger(defaultRadix, 16);
    }

    public boolean hasNextShort(int radix) {
        return hasNextInteger(radix, 16);
    }

    public short nextShort() {
        return nextShort(defaultRadix);
    }

    public short nextShort(int radix) {
        return (Short) nextInteger(radix, 16);
    }

    public boolean hasNextInt() {
        return hasNextInteger(defaultRadix, 32);
    }

    public boolean hasNextInt(int radix) {
        return hasNextInteger(radix, 32);
    }

    public int nextInt() {
        return nextInt(defaultRadix);
    }

    public int nextInt(int radix) {
        return (Integer) nextInteger(radix, 32);
    }

    public boolean hasNextLong() {
        return hasNextInteger(defaultRadix, 64);
    }

    public boolean hasNextLong(int radix) {
        return hasNextInteger(radix, 64);
    }

    public long nextLong() {
        return nextLong(defaultRadix);
    }

    public long nextLong(int radix) {
        return (Long) nextInteger(radix, 64);
    }

    // ---- Floating point ----

    private void buildFloatAndDecimalPattern() {
        String digit = "(([0-9\\p{javaDigit}]))";
        String exponent = "([eE][+-]?" + digit + "+)?";
        String non0Digit = "[\\p{javaDigit}&&[^0]]";
        String groupedNumeral = "(" + non0Digit + digit + "?" + digit + "?(" + GROUP_SEPARATOR + digit + digit
                + digit + ")+)";
        String numeral = "((" + digit + "++)|" + groupedNumeral + ")";
        String decimalNumeral = "(" + numeral + "|" + numeral + DECIMAL_SEPARATOR + digit + "*+|"
                + DECIMAL_SEPARATOR + digit + "++)";
        String nonNumber = "(NaN|" + NAN_STRING + "|Infinity|" + INFINITY_STRING + ")";
        String positiveFloat = "(" + POSITIVE_PREFIX + decimalNumeral + POSITIVE_SUFFIX + exponent + ")";
        String negativeFloat = "(" + NEGATIVE_PREFIX + decimalNumeral + NEGATIVE_SUFFIX + exponent + ")";
        String decimal = "(([-+]?" + decimalNumeral + exponent + ")|" + positiveFloat + "|" + negativeFloat + ")";
        String hexFloat = "[-+]?0[xX][0-9a-fA-F]*\\.[0-9a-fA-F]+([pP][-+]?[0-9]+)?";
        String positiveNonNumber = "(" + POSITIVE_PREFIX + nonNumber + POSITIVE_SUFFIX + ")";
        String negativeNonNumber = "(" + NEGATIVE_PREFIX + nonNumber + NEGATIVE_SUFFIX + ")";
        String signedNonNumber = "(([-+]?" + nonNumber + ")|" + positiveNonNumber + "|" + negativeNonNumber + ")";
        floatPattern = Pattern.compile(decimal + "|" + hexFloat + "|" + signedNonNumber);
    }

    private Pattern floatPattern() {
        if (floatPattern == null) {
            buildFloatAndDecimalPattern();
        }
        return floatPattern;
    }

    /**
     * A float token in Double.parseDouble syntax: separators removed, non-ASCII digits made
     * ASCII. (As in the JDK, a token spelled with the locale's NaN or infinity symbol stays as
     * it is, so "\u221E" matches the float pattern but then fails to parse.)
     */
    private String processFloatToken(String token) {
        String result = token.replace(",", "");
        if (NON_ASCII_DIGIT.matcher(result).find()) {
            StringBuilder ascii = new StringBuilder();
            for (int i = 0; i < result.length(); i++) {
                char c = result.charAt(i);
                int d = Character.isDigit(c) ? Character.digit(c, 10) : -1;
                if (d != -1) {
                    ascii.append(d);
                } else {
                    ascii.append(c);
                }
            }
            result = ascii.toString();
        }
        return result;
    }

    public boolean hasNextFloat() {
        setRadix(10);
        boolean result = hasNext(floatPattern());
        if (result) {
            try {
                typeCache = Float.parseFloat(processFloatToken(hasNextResult));
            } catch (NumberFormatException nfe) {
                result = false;
            }
        }
        return result;
    }

    public float nextFloat() {
        if (typeCache instanceof Float) {
            float value = (Float) typeCache;
            useTypeCache();
            return value;
        }
        setRadix(10);
        clearCaches();
        try {
            return Float.parseFloat(processFloatToken(next(floatPattern())));
        } catch (NumberFormatException nfe) {
            position = matcher.start();
            throw new InputMismatchException(nfe.getMessage());
        }
    }

    public boolean hasNextDouble() {
        setRadix(10);
        boolean result = hasNext(floatPattern());
        if (result) {
            try {
                typeCache = Double.parseDouble(processFloatToken(hasNextResult));
            } catch (NumberFormatException nfe) {
                result = false;
            }
        }
        return result;
    }

    public double nextDouble() {
        if (typeCache instanceof Double) {
            double value = (Double) typeCache;
            useTypeCache();
            return value;
        }
        setRadix(10);
        clearCaches();
        try {
            return Double.parseDouble(processFloatToken(next(floatPattern())));
        } catch (NumberFormatException nfe) {
            position = matcher.start();
            throw new InputMismatchException(nfe.getMessage());
        }
    }
}
