// BigInteger's two's complement view: shifts, and/or/xor/not/andNot, bit tests and updates,
// bitLength/bitCount/getLowestSetBit, toByteArray and the byte[] constructors.
import java.math.BigInteger;
import java.util.Arrays;

public class BigIntegerBits {
    public static void main(String[] args) {
        String[] values = {"0", "1", "-1", "255", "-256", "-255", "65536", "-65536", "4294967295", "-4294967296",
            "-4294967295", "9223372036854775807", "-9223372036854775808", "123456789abcdef0123", "-80000000000000000000"};
        BigInteger[] vs = new BigInteger[values.length];
        for (int i = 0; i < values.length; i++) {
            vs[i] = new BigInteger(values[i], 16);
        }
        for (BigInteger a : vs) {
            System.out.println(a.toString(16) + ": len " + a.bitLength() + " cnt " + a.bitCount() + " low " + a.getLowestSetBit()
                    + " not " + a.not() + " int " + a.intValue() + " long " + a.longValue()
                    + " dbl " + a.doubleValue() + " flt " + a.floatValue() + " bytes " + Arrays.toString(a.toByteArray()));
            for (int n : new int[] {0, 1, 7, 31, 32, 33, 64, 100}) {
                System.out.println("  n=" + n + " << " + a.shiftLeft(n) + " >> " + a.shiftRight(n) + " test " + a.testBit(n)
                        + " set " + a.setBit(n) + " clr " + a.clearBit(n) + " flip " + a.flipBit(n));
            }
            System.out.println("  <<-3 " + a.shiftLeft(-3) + " >>-3 " + a.shiftRight(-3));
            for (BigInteger b : vs) {
                System.out.println("  & " + a.and(b) + " | " + a.or(b) + " ^ " + a.xor(b) + " &~ " + a.andNot(b));
            }
            System.out.println("  roundtrip " + new BigInteger(a.toByteArray()).equals(a));
        }
        byte[][] arrays = {{0}, {-1}, {0, -1}, {-128}, {1, 2, 3, 4, 5, 6, 7, 8, 9}, {-1, -1, -1, -1, -1}, {0, 0, 0, 1}, {-128, 0, 0, 0, 0}};
        for (byte[] b : arrays) {
            System.out.println(Arrays.toString(b) + " -> " + new BigInteger(b) + " / unsigned " + new BigInteger(1, b)
                    + " / neg " + new BigInteger(-1, b));
        }
        System.out.println("slice " + new BigInteger(new byte[] {9, 1, 0, 9}, 1, 2));
        System.out.println("sign0 " + new BigInteger(0, new byte[] {0, 0}));
        // doubleValue rounding at the 53-bit boundary and overflow.
        BigInteger two53 = BigInteger.ONE.shiftLeft(53);
        for (int d = -3; d <= 3; d++) {
            BigInteger v = two53.add(BigInteger.valueOf(d)).shiftLeft(20);
            System.out.println("round " + d + " " + v.doubleValue() + " " + v.add(BigInteger.ONE).doubleValue() + " " + v.floatValue());
        }
        BigInteger huge = BigInteger.ONE.shiftLeft(1024);
        System.out.println("huge " + huge.doubleValue() + " " + huge.subtract(BigInteger.ONE).doubleValue() + " " + huge.negate().doubleValue()
                + " " + huge.shiftRight(1).doubleValue() + " " + huge.floatValue());
        BigInteger nearMax = BigInteger.ONE.shiftLeft(1024).subtract(BigInteger.ONE.shiftLeft(970));
        System.out.println("nearMax " + nearMax.doubleValue() + " " + nearMax.subtract(BigInteger.ONE).doubleValue());
        System.out.println("radix " + BigInteger.valueOf(-255).toString(2) + " " + BigInteger.valueOf(1295).toString(36)
                + " " + BigInteger.valueOf(1295).toString(99) + " " + new BigInteger("-zz", 36) + " " + new BigInteger("1010", 2));
        System.out.println("exact " + BigInteger.valueOf(Integer.MAX_VALUE).intValueExact() + " " + BigInteger.valueOf(Long.MIN_VALUE).longValueExact()
                + " " + BigInteger.valueOf(-128).byteValueExact() + " " + BigInteger.valueOf(32767).shortValueExact());
    }
}
