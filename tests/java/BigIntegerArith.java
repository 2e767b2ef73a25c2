// BigInteger arithmetic: add/subtract/multiply (incl. Karatsuba-sized factors), division
// with remainders of every sign, pow, gcd, modPow, modInverse, sqrt and hash codes.
import java.math.BigInteger;
import java.util.Random;

public class BigIntegerArith {
    static final String[] VALUES = {
        "0", "1", "-1", "2", "-7", "10", "4294967295", "4294967296", "-4294967296",
        "9223372036854775807", "-9223372036854775808", "18446744073709551616",
        "123456789012345678901234567890", "-98765432109876543210987654321098765",
        "340282366920938463463374607431768211455", "1000000000000000000000000000000000000000001",
    };

    static void show(String label, BigInteger v) {
        System.out.println(label + " = " + v + " hash=" + v.hashCode() + " sig=" + v.signum());
    }

    public static void main(String[] args) {
        BigInteger[] vs = new BigInteger[VALUES.length];
        for (int i = 0; i < VALUES.length; i++) {
            vs[i] = new BigInteger(VALUES[i]);
        }
        for (BigInteger a : vs) {
            for (BigInteger b : vs) {
                System.out.println(a + " op " + b + ": + " + a.add(b) + " - " + a.subtract(b) + " * " + a.multiply(b)
                        + " cmp " + a.compareTo(b) + " eq " + a.equals(b) + " min " + a.min(b) + " max " + a.max(b));
                if (b.signum() != 0) {
                    BigInteger[] qr = a.divideAndRemainder(b);
                    System.out.println("  / " + a.divide(b) + " % " + a.remainder(b) + " qr " + qr[0] + "," + qr[1]
                            + " gcd " + a.gcd(b));
                    if (b.signum() > 0) {
                        System.out.println("  mod " + a.mod(b) + " modPow " + a.modPow(BigInteger.valueOf(65537), b));
                    }
                }
            }
            show("abs", a.abs());
            show("neg", a.negate());
            show("pow5", a.pow(5));
            if (a.signum() >= 0) {
                BigInteger[] sr = a.sqrtAndRemainder();
                System.out.println("sqrt " + a.sqrt() + " rem " + sr[1]);
            }
        }
        // Large factors exercise the split multiplication path.
        BigInteger big = BigInteger.ONE.shiftLeft(6000).subtract(BigInteger.valueOf(12345));
        BigInteger big2 = new BigInteger("7").pow(2500).add(BigInteger.TEN);
        BigInteger prod = big.multiply(big2);
        show("bigprod mod 1e9+7", prod.mod(BigInteger.valueOf(1000000007)));
        System.out.println("bigprod bits " + prod.bitLength() + " hash " + prod.hashCode());
        System.out.println("div back " + prod.divide(big2).equals(big) + " rem " + prod.remainder(big2));
        BigInteger[] qr = prod.add(BigInteger.valueOf(99)).divideAndRemainder(big);
        System.out.println("qr " + qr[0].equals(big2) + " " + qr[1]);
        String s = big2.toString();
        System.out.println("7^2500+10 digits " + s.length() + " head " + s.substring(0, 30) + " tail " + s.substring(s.length() - 30));
        System.out.println("parse back " + new BigInteger(s).equals(big2) + " hex " + big2.toString(16).substring(0, 40));
        // Random products checked by division.
        Random r = new Random(42);
        for (int i = 0; i < 30; i++) {
            BigInteger x = new BigInteger(64 + r.nextInt(3000), r);
            BigInteger y = new BigInteger(1 + r.nextInt(2000), r).add(BigInteger.ONE);
            if (r.nextBoolean()) x = x.negate();
            BigInteger[] d = x.divideAndRemainder(y);
            boolean ok = d[0].multiply(y).add(d[1]).equals(x) && d[1].abs().compareTo(y) < 0;
            System.out.println("rand " + i + " " + ok + " " + x.hashCode() + " " + y.hashCode() + " " + d[0].hashCode() + " " + d[1].hashCode());
        }
        // Factorials and binomials.
        BigInteger f = BigInteger.ONE;
        for (int i = 1; i <= 100; i++) {
            f = f.multiply(BigInteger.valueOf(i));
        }
        System.out.println("100! = " + f);
        System.out.println("100! hash " + f.hashCode() + " bits " + f.bitLength() + " low " + f.getLowestSetBit());
        BigInteger m = new BigInteger("1000000007");
        System.out.println("inverse " + BigInteger.valueOf(123456).modInverse(m) + " " + BigInteger.valueOf(-3).modInverse(BigInteger.valueOf(11)));
        System.out.println("modPow neg " + BigInteger.valueOf(3).modPow(BigInteger.valueOf(-5), m));
        System.out.println("modPow 0 " + BigInteger.valueOf(0).modPow(BigInteger.ZERO, m) + " m1 " + BigInteger.TEN.modPow(BigInteger.TEN, BigInteger.ONE));
        System.out.println("fermat " + BigInteger.TWO.modPow(m.subtract(BigInteger.ONE), m));
        System.out.println("gcd " + f.gcd(BigInteger.TWO.pow(200)) + " " + BigInteger.ZERO.gcd(BigInteger.ZERO) + " " + BigInteger.valueOf(-12).gcd(BigInteger.valueOf(18)));
        System.out.println("consts " + BigInteger.ZERO + BigInteger.ONE + BigInteger.TWO + BigInteger.TEN);
        System.out.println("cache " + (BigInteger.valueOf(1) == BigInteger.ONE) + " " + (BigInteger.valueOf(10) == BigInteger.TEN));
    }
}
