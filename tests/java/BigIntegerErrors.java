// BigInteger failures: parse errors with the JDK's messages, division by zero, bad moduli,
// negative exponents and bit addresses, out-of-range exact conversions.
import java.math.BigInteger;

public class BigIntegerErrors {
    interface Action {
        Object run();
    }

    static void attempt(String label, Action a) {
        try {
            System.out.println(label + " -> " + a.run());
        } catch (RuntimeException e) {
            System.out.println(label + " !! " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        String[] bad = {"", "-", "+", "1-2", "--1", "12a", "a12", "1234567890123456789012345x", "1234567890123456789x012345678",
            " 1", "1 ", "+-1", "-+1", "0x10", "1_000", "-0", "+00012", "000", "\u0661\u0662\u0663"};
        for (String s : bad) {
            attempt("parse '" + s + "'", () -> new BigInteger(s));
        }
        attempt("radix 1", () -> new BigInteger("1", 1));
        attempt("radix 37", () -> new BigInteger("1", 37));
        attempt("hex g", () -> new BigInteger("g", 16));
        attempt("hex long", () -> new BigInteger("ffffffffffffffffffffffffffffffffffffffffffffffffgg", 16));
        attempt("empty bytes", () -> new BigInteger(new byte[0]));
        attempt("signum 2", () -> new BigInteger(2, new byte[] {1}));
        attempt("mismatch", () -> new BigInteger(0, new byte[] {1}));
        BigInteger five = BigInteger.valueOf(5);
        attempt("divide", () -> five.divide(BigInteger.ZERO));
        attempt("remainder", () -> five.remainder(BigInteger.ZERO));
        attempt("divrem", () -> five.divideAndRemainder(BigInteger.ZERO));
        attempt("mod 0", () -> five.mod(BigInteger.ZERO));
        attempt("mod -3", () -> five.mod(BigInteger.valueOf(-3)));
        attempt("modPow", () -> five.modPow(BigInteger.ONE, BigInteger.valueOf(-3)));
        attempt("modPow noninv", () -> BigInteger.TWO.modPow(BigInteger.valueOf(-1), BigInteger.TEN));
        attempt("modInverse", () -> BigInteger.TWO.modInverse(BigInteger.valueOf(4)));
        attempt("modInverse 0", () -> BigInteger.TWO.modInverse(BigInteger.ZERO));
        attempt("pow", () -> five.pow(-1));
        attempt("testBit", () -> five.testBit(-1));
        attempt("setBit", () -> five.setBit(-2));
        attempt("sqrt", () -> five.negate().sqrt());
        attempt("nextPrime", () -> five.negate().nextProbablePrime());
        attempt("int exact", () -> BigInteger.ONE.shiftLeft(31).intValueExact());
        attempt("int exact neg", () -> BigInteger.ONE.shiftLeft(31).negate().intValueExact());
        attempt("long exact", () -> BigInteger.ONE.shiftLeft(63).longValueExact());
        attempt("short exact", () -> BigInteger.valueOf(40000).shortValueExact());
        attempt("byte exact", () -> BigInteger.valueOf(-129).byteValueExact());
        attempt("random bits", () -> new BigInteger(-1, new java.util.Random(1)));
    }
}
