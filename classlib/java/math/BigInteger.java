// Immutable arbitrary-precision integers: a sign and a magnitude (see Magnitude). Bitwise
// operations behave as if the value were stored in infinite two's complement, as the JDK's do.
package java.math;

import java.util.Random;

public class BigInteger extends Number implements Comparable<BigInteger> {

    /** -1, 0 or 1. */
    private final int signum;
    /** The absolute value, least significant word first, no zero words at the top. */
    private final int[] mag;

    private static final int CACHE_LIMIT = 16;
    private static final BigInteger[] POSITIVE_CACHE = new BigInteger[CACHE_LIMIT + 1];
    private static final BigInteger[] NEGATIVE_CACHE = new BigInteger[CACHE_LIMIT + 1];

    static {
        for (int i = 1; i <= CACHE_LIMIT; i++) {
            POSITIVE_CACHE[i] = new BigInteger(1, new int[] {i});
            NEGATIVE_CACHE[i] = new BigInteger(-1, new int[] {i});
        }
    }

    public static final BigInteger ZERO = new BigInteger(0, Magnitude.ZERO);
    public static final BigInteger ONE = valueOf(1);
    public static final BigInteger TWO = valueOf(2);
    public static final BigInteger TEN = valueOf(10);
    private static final BigInteger NEGATIVE_ONE = valueOf(-1);

    /** The primes below 256, for trial division before the probabilistic tests. */
    private static final int[] SMALL_PRIMES = smallPrimes(256);

    private BigInteger(int signum, int[] mag) {
        this.signum = mag.length == 0 ? 0 : signum;
        this.mag = mag;
    }

    private static BigInteger of(int signum, int[] mag) {
        return mag.length == 0 ? ZERO : new BigInteger(signum, mag);
    }

    // ---- construction ----

    public BigInteger(String val) {
        this(val, 10);
    }

    public BigInteger(String val, int radix) {
        this(parse(val, radix));
    }

    private BigInteger(BigInteger other) {
        this.signum = other.signum;
        this.mag = other.mag;
    }

    public BigInteger(byte[] val) {
        this(val, 0, val.length);
    }

    public BigInteger(byte[] val, int off, int len) {
        this(fromTwosComplementBytes(val, off, len));
    }

    public BigInteger(int signum, byte[] magnitude) {
        this(signum, magnitude, 0, magnitude.length);
    }

    public BigInteger(int signum, byte[] magnitude, int off, int len) {
        this(fromSignMagnitude(signum, magnitude, off, len));
    }

    public BigInteger(int numBits, Random rnd) {
        this(randomBits(numBits, rnd));
    }

    public static BigInteger valueOf(long val) {
        if (val == 0) {
            return ZERO;
        }
        if (val > 0 && val <= CACHE_LIMIT) {
            return POSITIVE_CACHE[(int) val];
        }
        if (val < 0 && val >= -CACHE_LIMIT) {
            return NEGATIVE_CACHE[(int) -val];
        }
        return val > 0 ? new BigInteger(1, Magnitude.ofLong(val)) : new BigInteger(-1, Magnitude.ofLong(-val));
    }

    /** The largest k with radix^k < 2^31: how many digits the parser takes per group. */
    private static int digitsPerGroup(int radix) {
        int k = 0;
        long p = 1;
        while (p * radix < (1L << 31)) {
            p *= radix;
            k++;
        }
        return k;
    }

    private static BigInteger parse(String val, int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            throw new NumberFormatException("Radix out of range");
        }
        int len = val.length();
        if (len == 0) {
            throw new NumberFormatException("Zero length BigInteger");
        }
        int sign = 1;
        int cursor = 0;
        int minus = val.lastIndexOf('-');
        int plus = val.lastIndexOf('+');
        if (minus >= 0) {
            if (minus != 0 || plus >= 0) {
                throw new NumberFormatException("Illegal embedded sign character");
            }
            sign = -1;
            cursor = 1;
        } else if (plus >= 0) {
            if (plus != 0) {
                throw new NumberFormatException("Illegal embedded sign character");
            }
            cursor = 1;
        }
        if (cursor == len) {
            throw new NumberFormatException("Zero length BigInteger");
        }
        while (cursor < len && Character.digit(val.charAt(cursor), radix) == 0) {
            cursor++;
        }
        if (cursor == len) {
            return ZERO;
        }
        // Digits are consumed in groups (the first one shorter) so a bad digit is reported with
        // its group, as Integer.parseInt reports it.
        int perGroup = digitsPerGroup(radix);
        int groupScale = 1;
        for (int i = 0; i < perGroup; i++) {
            groupScale *= radix;
        }
        int numDigits = len - cursor;
        int firstGroup = numDigits % perGroup;
        if (firstGroup == 0) {
            firstGroup = perGroup;
        }
        int[] mag = Magnitude.ZERO;
        int end = cursor + firstGroup;
        mag = Magnitude.multiplyAdd(mag, 0, Integer.parseInt(val.substring(cursor, end), radix));
        cursor = end;
        while (cursor < len) {
            end = cursor + perGroup;
            int group = Integer.parseInt(val.substring(cursor, end), radix);
            if (group < 0) {
                throw new NumberFormatException("Illegal digit");
            }
            mag = Magnitude.multiplyAdd(mag, groupScale, group);
            cursor = end;
        }
        return of(sign, mag);
    }

    private static BigInteger fromTwosComplementBytes(byte[] val, int off, int len) {
        if (off < 0 || len < 0 || off > val.length - len) {
            throw new IndexOutOfBoundsException();
        }
        if (len == 0) {
            throw new NumberFormatException("Zero length BigInteger");
        }
        int[] words = new int[(len + 3) / 4 + 1];
        boolean negative = val[off] < 0;
        for (int i = 0; i < words.length * 4; i++) {
            int b = i < len ? val[off + len - 1 - i] & 0xff : (negative ? 0xff : 0);
            words[i >>> 2] |= b << (8 * (i & 3));
        }
        return fromTwosComplement(words);
    }

    private static BigInteger fromSignMagnitude(int signum, byte[] magnitude, int off, int len) {
        if (signum < -1 || signum > 1) {
            throw new NumberFormatException("Invalid signum value");
        }
        if (off < 0 || len < 0 || off > magnitude.length - len) {
            throw new IndexOutOfBoundsException();
        }
        int[] words = new int[(len + 3) / 4];
        for (int i = 0; i < len; i++) {
            words[i >>> 2] |= (magnitude[off + len - 1 - i] & 0xff) << (8 * (i & 3));
        }
        int[] mag = Magnitude.strip(words);
        if (signum == 0 && mag.length != 0) {
            throw new NumberFormatException("signum-magnitude mismatch");
        }
        return of(signum, mag);
    }

    private static BigInteger randomBits(int numBits, Random rnd) {
        if (numBits < 0) {
            throw new IllegalArgumentException("numBits must be non-negative");
        }
        if (numBits == 0) {
            return ZERO;
        }
        int numBytes = (int) (((long) numBits + 7) / 8);
        byte[] bytes = new byte[numBytes];
        rnd.nextBytes(bytes);
        int excessBits = 8 * numBytes - numBits;
        bytes[0] &= (byte) ((1 << (8 - excessBits)) - 1);
        return fromSignMagnitude(1, bytes, 0, numBytes);
    }

    // ---- two's complement view ----

    /** Word i (least significant first) of this value in infinite two's complement. */
    private int twosWord(int i) {
        if (i >= mag.length) {
            return signum < 0 ? -1 : 0;
        }
        if (signum >= 0) {
            return mag[i];
        }
        int firstNonZero = 0;
        while (mag[firstNonZero] == 0) {
            firstNonZero++;
        }
        if (i < firstNonZero) {
            return 0;
        }
        return i == firstNonZero ? -mag[i] : ~mag[i];
    }

    private int[] twosComplement(int words) {
        int[] r = new int[words];
        if (signum >= 0) {
            System.arraycopy(mag, 0, r, 0, Math.min(words, mag.length));
            return r;
        }
        long carry = 1;
        for (int i = 0; i < words; i++) {
            long s = (~(i < mag.length ? mag[i] : 0) & Magnitude.MASK) + carry;
            r[i] = (int) s;
            carry = s >>> 32;
        }
        return r;
    }

    private static BigInteger fromTwosComplement(int[] words) {
        if (words.length == 0 || words[words.length - 1] >= 0) {
            return of(1, Magnitude.strip(words.clone()));
        }
        int[] m = new int[words.length];
        long carry = 1;
        for (int i = 0; i < words.length; i++) {
            long s = (~words[i] & Magnitude.MASK) + carry;
            m[i] = (int) s;
            carry = s >>> 32;
        }
        return of(-1, Magnitude.strip(m));
    }

    // ---- arithmetic ----

    public BigInteger add(BigInteger val) {
        if (val.signum == 0) {
            return this;
        }
        if (signum == 0) {
            return val;
        }
        if (val.signum == signum) {
            return of(signum, Magnitude.add(mag, val.mag));
        }
        int cmp = Magnitude.compare(mag, val.mag);
        if (cmp == 0) {
            return ZERO;
        }
        return cmp > 0 ? of(signum, Magnitude.subtract(mag, val.mag)) : of(val.signum, Magnitude.subtract(val.mag, mag));
    }

    public BigInteger subtract(BigInteger val) {
        return add(val.negate());
    }

    public BigInteger multiply(BigInteger val) {
        if (signum == 0 || val.signum == 0) {
            return ZERO;
        }
        return of(signum * val.signum, Magnitude.multiply(mag, val.mag));
    }

    private static void checkDivisor(BigInteger val) {
        if (val.signum == 0) {
            throw new ArithmeticException("BigInteger divide by zero");
        }
    }

    public BigInteger divide(BigInteger val) {
        checkDivisor(val);
        return of(signum * val.signum, Magnitude.quotient(mag, val.mag));
    }

    public BigInteger remainder(BigInteger val) {
        checkDivisor(val);
        return of(signum, Magnitude.divide(mag, val.mag)[1]);
    }

    public BigInteger[] divideAndRemainder(BigInteger val) {
        checkDivisor(val);
        int[][] qr = Magnitude.divide(mag, val.mag);
        return new BigInteger[] {of(signum * val.signum, qr[0]), of(signum, qr[1])};
    }

    private static void checkModulus(BigInteger m) {
        if (m.signum <= 0) {
            throw new ArithmeticException("BigInteger: modulus not positive");
        }
    }

    public BigInteger mod(BigInteger m) {
        checkModulus(m);
        BigInteger r = remainder(m);
        return r.signum >= 0 ? r : r.add(m);
    }

    public BigInteger pow(int exponent) {
        if (exponent < 0) {
            throw new ArithmeticException("Negative exponent");
        }
        BigInteger result = ONE;
        BigInteger base = this;
        int e = exponent;
        while (e != 0) {
            if ((e & 1) != 0) {
                result = result.multiply(base);
            }
            e >>>= 1;
            if (e != 0) {
                base = base.multiply(base);
            }
        }
        return result;
    }

    public BigInteger modPow(BigInteger exponent, BigInteger m) {
        checkModulus(m);
        if (m.equals(ONE)) {
            return ZERO;
        }
        BigInteger base = exponent.signum < 0 ? modInverse(m) : mod(m);
        int[] e = exponent.mag;
        BigInteger result = ONE;
        for (int bit = Magnitude.bitLength(e) - 1; bit >= 0; bit--) {
            result = result.multiply(result).mod(m);
            if ((e[bit >>> 5] & (1 << (bit & 31))) != 0) {
                result = result.multiply(base).mod(m);
            }
        }
        return result;
    }

    public BigInteger modInverse(BigInteger m) {
        checkModulus(m);
        if (m.equals(ONE)) {
            return ZERO;
        }
        // Extended Euclid on (this mod m, m), tracking the coefficient of this.
        BigInteger a = mod(m);
        BigInteger b = m;
        BigInteger x0 = ONE;
        BigInteger x1 = ZERO;
        while (b.signum != 0) {
            BigInteger[] qr = a.divideAndRemainder(b);
            BigInteger next = x0.subtract(qr[0].multiply(x1));
            x0 = x1;
            x1 = next;
            a = b;
            b = qr[1];
        }
        if (!a.equals(ONE)) {
            throw new ArithmeticException("BigInteger not invertible.");
        }
        return x0.mod(m);
    }

    public BigInteger gcd(BigInteger val) {
        int[] a = mag;
        int[] b = val.mag;
        while (b.length != 0) {
            int[] r = Magnitude.divide(a, b)[1];
            a = b;
            b = r;
        }
        return of(1, a);
    }

    public BigInteger sqrt() {
        if (signum < 0) {
            throw new ArithmeticException("Negative BigInteger");
        }
        if (signum == 0) {
            return ZERO;
        }
        // Newton's iteration from a power of two above the root decreases monotonically to it.
        BigInteger x = ONE.shiftLeft((bitLength() + 1) / 2);
        while (true) {
            BigInteger next = x.add(divide(x)).shiftRight(1);
            if (next.compareTo(x) >= 0) {
                return x;
            }
            x = next;
        }
    }

    public BigInteger[] sqrtAndRemainder() {
        BigInteger s = sqrt();
        return new BigInteger[] {s, subtract(s.multiply(s))};
    }

    public BigInteger abs() {
        return signum >= 0 ? this : negate();
    }

    public BigInteger negate() {
        return of(-signum, mag);
    }

    public int signum() {
        return signum;
    }

    // ---- bits ----

    public BigInteger shiftLeft(int n) {
        if (signum == 0) {
            return ZERO;
        }
        if (n > 0) {
            return of(signum, Magnitude.shiftLeft(mag, n));
        }
        if (n == 0) {
            return this;
        }
        return shiftRightBy(n == Integer.MIN_VALUE ? Integer.MAX_VALUE : -n);
    }

    public BigInteger shiftRight(int n) {
        if (signum == 0) {
            return ZERO;
        }
        if (n > 0) {
            return shiftRightBy(n);
        }
        if (n == 0) {
            return this;
        }
        if (n == Integer.MIN_VALUE) {
            throw new ArithmeticException("Shift distance of Integer.MIN_VALUE not supported.");
        }
        return of(signum, Magnitude.shiftLeft(mag, -n));
    }

    /** Arithmetic shift: rounds toward negative infinity, as a two's complement shift would. */
    private BigInteger shiftRightBy(int n) {
        int[] shifted = Magnitude.shiftRight(mag, n);
        if (signum < 0 && Magnitude.anyLowBits(mag, n)) {
            shifted = Magnitude.add(shifted, new int[] {1});
        }
        return of(signum, shifted);
    }

    private int bitwiseWords(BigInteger val) {
        return Math.max(mag.length, val.mag.length) + 1;
    }

    public BigInteger and(BigInteger val) {
        int n = bitwiseWords(val);
        int[] r = twosComplement(n);
        int[] other = val.twosComplement(n);
        for (int i = 0; i < n; i++) {
            r[i] &= other[i];
        }
        return fromTwosComplement(r);
    }

    public BigInteger or(BigInteger val) {
        int n = bitwiseWords(val);
        int[] r = twosComplement(n);
        int[] other = val.twosComplement(n);
        for (int i = 0; i < n; i++) {
            r[i] |= other[i];
        }
        return fromTwosComplement(r);
    }

    public BigInteger xor(BigInteger val) {
        int n = bitwiseWords(val);
        int[] r = twosComplement(n);
        int[] other = val.twosComplement(n);
        for (int i = 0; i < n; i++) {
            r[i] ^= other[i];
        }
        return fromTwosComplement(r);
    }

    public BigInteger andNot(BigInteger val) {
        int n = bitwiseWords(val);
        int[] r = twosComplement(n);
        int[] other = val.twosComplement(n);
        for (int i = 0; i < n; i++) {
            r[i] &= ~other[i];
        }
        return fromTwosComplement(r);
    }

    public BigInteger not() {
        int n = mag.length + 1;
        int[] r = twosComplement(n);
        for (int i = 0; i < n; i++) {
            r[i] = ~r[i];
        }
        return fromTwosComplement(r);
    }

    private static void checkBitAddress(int n) {
        if (n < 0) {
            throw new ArithmeticException("Negative bit address");
        }
    }

    public boolean testBit(int n) {
        checkBitAddress(n);
        return (twosWord(n >>> 5) & (1 << (n & 31))) != 0;
    }

    private BigInteger withBit(int n, int mode) {
        checkBitAddress(n);
        int word = n >>> 5;
        int[] r = twosComplement(Math.max(mag.length, word + 1) + 1);
        int bit = 1 << (n & 31);
        if (mode == 0) {
            r[word] |= bit;
        } else if (mode == 1) {
            r[word] &= ~bit;
        } else {
            r[word] ^= bit;
        }
        return fromTwosComplement(r);
    }

    public BigInteger setBit(int n) {
        return withBit(n, 0);
    }

    public BigInteger clearBit(int n) {
        return withBit(n, 1);
    }

    public BigInteger flipBit(int n) {
        return withBit(n, 2);
    }

    public int getLowestSetBit() {
        return Magnitude.lowestSetBit(mag);
    }

    public int bitLength() {
        int n = Magnitude.bitLength(mag);
        return signum < 0 && Magnitude.isPowerOfTwo(mag) ? n - 1 : n;
    }

    public int bitCount() {
        int count = 0;
        for (int w : mag) {
            count += Integer.bitCount(w);
        }
        // -m has as many bits differing from its sign as m - 1 has ones.
        return signum < 0 ? count + Magnitude.lowestSetBit(mag) - 1 : count;
    }

    // ---- primes ----

    private static int[] smallPrimes(int limit) {
        int[] primes = new int[limit];
        int count = 0;
        for (int n = 2; n < limit; n++) {
            boolean prime = true;
            for (int i = 0; i < count && primes[i] * primes[i] <= n; i++) {
                if (n % primes[i] == 0) {
                    prime = false;
                    break;
                }
            }
            if (prime) {
                primes[count++] = n;
            }
        }
        int[] r = new int[count];
        System.arraycopy(primes, 0, r, 0, count);
        return r;
    }

    /**
     * Baillie-PSW: trial division, a strong base-2 Miller-Rabin test and a strong Lucas test.
     * No composite is known to pass it, so the answer is the one HotSpot's randomized tests give.
     */
    public boolean isProbablePrime(int certainty) {
        if (certainty <= 0) {
            return true;
        }
        BigInteger w = abs();
        if (w.compareTo(valueOf(2)) < 0) {
            return false;
        }
        for (int p : SMALL_PRIMES) {
            BigInteger bp = valueOf(p);
            if (w.equals(bp)) {
                return true;
            }
            if (w.remainder(bp).signum == 0) {
                return false;
            }
        }
        if (w.bitLength() <= 16) {
            return true; // no factor below 256 and below 2^16: prime
        }
        return w.passesMillerRabin(TWO) && w.passesStrongLucas();
    }

    private boolean passesMillerRabin(BigInteger base) {
        BigInteger nMinus1 = subtract(ONE);
        int s = nMinus1.getLowestSetBit();
        BigInteger d = nMinus1.shiftRight(s);
        BigInteger x = base.modPow(d, this);
        if (x.equals(ONE) || x.equals(nMinus1)) {
            return true;
        }
        for (int r = 1; r < s; r++) {
            x = x.multiply(x).mod(this);
            if (x.equals(nMinus1)) {
                return true;
            }
        }
        return false;
    }

    /** The strong Lucas probable-prime test with Selfridge's parameters (P = 1, Q = (1 - D) / 4). */
    private boolean passesStrongLucas() {
        int d = 5;
        while (jacobi(d, this) != -1) {
            d = d > 0 ? -(d + 2) : -(d - 2);
            if (d == -15 && sqrt().pow(2).equals(this)) {
                return false; // a perfect square has no D with Jacobi symbol -1
            }
        }
        BigInteger bigD = valueOf(d);
        BigInteger q = valueOf((1 - d) / 4);
        BigInteger nPlus1 = add(ONE);
        int s = nPlus1.getLowestSetBit();
        BigInteger k = nPlus1.shiftRight(s);
        BigInteger u = ONE;
        BigInteger v = ONE;
        BigInteger qk = q.mod(this);
        for (int i = k.bitLength() - 2; i >= 0; i--) {
            u = u.multiply(v).mod(this);
            v = v.multiply(v).subtract(qk.shiftLeft(1)).mod(this);
            qk = qk.multiply(qk).mod(this);
            if (k.testBit(i)) {
                BigInteger u2 = halve(u.add(v));
                BigInteger v2 = halve(bigD.multiply(u).add(v));
                u = u2;
                v = v2;
                qk = qk.multiply(q).mod(this);
            }
        }
        if (u.signum == 0 || v.signum == 0) {
            return true;
        }
        for (int r = 1; r < s; r++) {
            v = v.multiply(v).subtract(qk.shiftLeft(1)).mod(this);
            if (v.signum == 0) {
                return true;
            }
            qk = qk.multiply(qk).mod(this);
        }
        return false;
    }

    /** x / 2 modulo this (odd): adds the modulus first when x is odd. */
    private BigInteger halve(BigInteger x) {
        BigInteger t = x.mod(this);
        if (t.testBit(0)) {
            t = t.add(this);
        }
        return t.shiftRight(1);
    }

    private static int jacobi(int a, BigInteger n) {
        BigInteger aa = valueOf(a).mod(n);
        BigInteger nn = n;
        int result = 1;
        while (aa.signum != 0) {
            int twos = aa.getLowestSetBit();
            aa = aa.shiftRight(twos);
            int nMod8 = nn.mag[0] & 7;
            if ((twos & 1) != 0 && (nMod8 == 3 || nMod8 == 5)) {
                result = -result;
            }
            if ((aa.mag[0] & 3) == 3 && (nn.mag[0] & 3) == 3) {
                result = -result;
            }
            BigInteger t = aa;
            aa = nn.mod(t);
            nn = t;
        }
        return nn.equals(ONE) ? result : 0;
    }

    public BigInteger nextProbablePrime() {
        if (signum < 0) {
            throw new ArithmeticException("start < 0: " + this);
        }
        BigInteger n = add(ONE);
        if (n.compareTo(TWO) <= 0) {
            return TWO;
        }
        if (!n.testBit(0)) {
            n = n.add(ONE);
        }
        while (!n.isProbablePrime(100)) {
            n = n.add(TWO);
        }
        return n;
    }

    // ---- comparison ----

    public int compareTo(BigInteger val) {
        if (signum != val.signum) {
            return signum > val.signum ? 1 : -1;
        }
        int c = Magnitude.compare(mag, val.mag);
        return signum >= 0 ? c : -c;
    }

    public boolean equals(Object x) {
        if (x == this) {
            return true;
        }
        if (!(x instanceof BigInteger)) {
            return false;
        }
        BigInteger other = (BigInteger) x;
        return signum == other.signum && Magnitude.compare(mag, other.mag) == 0;
    }

    /** The JDK's hash: over the magnitude's words, most significant first, times the sign. */
    public int hashCode() {
        int h = 0;
        for (int i = mag.length - 1; i >= 0; i--) {
            h = 31 * h + mag[i];
        }
        return h * signum;
    }

    public BigInteger min(BigInteger val) {
        return compareTo(val) < 0 ? this : val;
    }

    public BigInteger max(BigInteger val) {
        return compareTo(val) > 0 ? this : val;
    }

    // ---- conversion ----

    public String toString() {
        return toString(10);
    }

    public String toString(int radix) {
        if (signum == 0) {
            return "0";
        }
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            radix = 10;
        }
        int perGroup = digitsPerGroup(radix);
        int groupScale = 1;
        for (int i = 0; i < perGroup; i++) {
            groupScale *= radix;
        }
        // Peel off groups of digits from the low end, then print them most significant first.
        int[] groups = new int[mag.length * 32 / perGroup + 2];
        int count = 0;
        int[] rest = mag.clone();
        int[] q = new int[rest.length];
        while (rest.length != 0) {
            groups[count++] = Magnitude.divideByWord(rest, groupScale, q);
            rest = Magnitude.strip(q);
            q = new int[rest.length];
        }
        StringBuilder sb = new StringBuilder(count * perGroup + 1);
        if (signum < 0) {
            sb.append('-');
        }
        sb.append(Integer.toString(groups[count - 1], radix));
        for (int i = count - 2; i >= 0; i--) {
            String digits = Integer.toString(groups[i], radix);
            for (int pad = digits.length(); pad < perGroup; pad++) {
                sb.append('0');
            }
            sb.append(digits);
        }
        return sb.toString();
    }

    public byte[] toByteArray() {
        int byteLen = bitLength() / 8 + 1;
        byte[] bytes = new byte[byteLen];
        for (int i = 0; i < byteLen; i++) {
            bytes[byteLen - 1 - i] = (byte) (twosWord(i >>> 2) >>> (8 * (i & 3)));
        }
        return bytes;
    }

    public int intValue() {
        return twosWord(0);
    }

    public long longValue() {
        return ((long) twosWord(1) << 32) | (twosWord(0) & Magnitude.MASK);
    }

    public long longValueExact() {
        if (mag.length <= 2 && bitLength() <= 63) {
            return longValue();
        }
        throw new ArithmeticException("BigInteger out of long range");
    }

    public int intValueExact() {
        if (mag.length <= 1 && bitLength() <= 31) {
            return intValue();
        }
        throw new ArithmeticException("BigInteger out of int range");
    }

    public short shortValueExact() {
        if (mag.length <= 1 && bitLength() <= 31) {
            int v = intValue();
            if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
                return (short) v;
            }
        }
        throw new ArithmeticException("BigInteger out of short range");
    }

    public byte byteValueExact() {
        if (mag.length <= 1 && bitLength() <= 31) {
            int v = intValue();
            if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
                return (byte) v;
            }
        }
        throw new ArithmeticException("BigInteger out of byte range");
    }

    /**
     * The top 63 bits of the magnitude with a sticky low bit for everything below: converting
     * that long rounds exactly as converting the whole value would.
     */
    private long topBitsWithSticky(int bits) {
        int shift = bits - 63;
        long top = Magnitude.lowLong(Magnitude.shiftRight(mag, shift));
        return Magnitude.anyLowBits(mag, shift) ? top | 1 : top;
    }

    public double doubleValue() {
        int bits = Magnitude.bitLength(mag);
        if (bits <= 63) {
            return signum * (double) Magnitude.lowLong(mag);
        }
        if (bits > Double.MAX_EXPONENT + 1) {
            return signum * Double.POSITIVE_INFINITY;
        }
        double d = Math.scalb((double) topBitsWithSticky(bits), bits - 63);
        return signum * d;
    }

    public float floatValue() {
        int bits = Magnitude.bitLength(mag);
        if (bits <= 63) {
            return signum * (float) Magnitude.lowLong(mag);
        }
        if (bits > Float.MAX_EXPONENT + 1) {
            return signum * Float.POSITIVE_INFINITY;
        }
        float f = Math.scalb((float) topBitsWithSticky(bits), bits - 63);
        return signum * f;
    }

    /** The magnitude's words (least significant first), for BigDecimal. */
    int[] magnitude() {
        return mag;
    }

    static BigInteger ofMagnitude(int signum, int[] mag) {
        return of(signum, mag);
    }
}
