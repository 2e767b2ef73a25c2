// Conversions between BigInteger/BigDecimal and text or primitives: radix round trips,
// correctly rounded doubleValue/floatValue near rounding boundaries, BigDecimal(double) exact
// expansions against valueOf, and longValue/intValue truncation.
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;

public class BigNumberConversions {
    public static void main(String[] args) {
        Random r = new Random(99);
        for (int i = 0; i < 20; i++) {
            BigInteger v = new BigInteger(1 + r.nextInt(300), r);
            if (r.nextBoolean()) {
                v = v.negate();
            }
            StringBuilder sb = new StringBuilder("v" + i + " " + v.bitLength());
            for (int radix : new int[] {2, 7, 10, 16, 36}) {
                String s = v.toString(radix);
                sb.append(' ').append(radix).append(':').append(s.length()).append(new BigInteger(s, radix).equals(v) ? "ok" : "BAD");
            }
            sb.append(" d=").append(v.doubleValue()).append(" f=").append(v.floatValue()).append(" l=").append(v.longValue()).append(" i=").append(v.intValue());
            System.out.println(sb);
        }
        BigInteger one = BigInteger.ONE;
        for (int shift : new int[] {53, 54, 60, 64, 100, 1000}) {
            BigInteger base = one.shiftLeft(shift);
            for (int delta = -2; delta <= 2; delta++) {
                BigInteger v = base.add(BigInteger.valueOf(delta));
                System.out.println("2^" + shift + "+" + delta + " " + v.doubleValue() + " " + v.floatValue() + " " + new BigDecimal(v).doubleValue());
            }
        }
        double[] doubles = {0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 1e-5, 123456.789, 1e15, 1e16, 1e17, 9007199254740993.0, 4.35, 2.675, 1e-300, -1.5e-7};
        for (double d : doubles) {
            BigDecimal exact = new BigDecimal(d);
            BigDecimal shortest = BigDecimal.valueOf(d);
            System.out.println(d + " exact " + exact + " valueOf " + shortest + " cmp " + exact.compareTo(shortest)
                    + " back " + exact.doubleValue() + " " + shortest.doubleValue() + " float " + exact.floatValue());
        }
        String[] decimals = {"0.1", "1e400", "-1e-400", "123456789.123456789123456789", "9.999999999999999999999e307", "1.7976931348623157e308",
            "1.7976931348623158e308", "4.9e-324", "2.4703282292062328e-324", "2.4703282292062327e-324", "-0", "3.4028235e38", "1.4e-45"};
        for (String s : decimals) {
            BigDecimal b = new BigDecimal(s);
            System.out.println(s + " -> " + b.doubleValue() + " " + b.floatValue() + " long " + b.longValue() + " int " + b.intValue());
        }
        BigDecimal wide = new BigDecimal("98765432109876543210.987");
        System.out.println("truncate " + wide.longValue() + " " + wide.intValue() + " " + wide.toBigInteger() + " " + wide.negate().longValue());
        System.out.println("valueOf long " + BigInteger.valueOf(Long.MIN_VALUE) + " " + BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE).longValue()
                + " " + BigDecimal.valueOf(Long.MIN_VALUE, 5) + " " + new BigDecimal(Long.MIN_VALUE).abs());
    }
}
