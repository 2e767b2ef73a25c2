// BigInteger number theory at realistic sizes: RSA key setup and round trips (modPow,
// modInverse, Chinese remaindering), Fibonacci by fast doubling, factorial digit sums,
// extended gcd identities and Mersenne-style modular arithmetic.
import java.math.BigInteger;
import java.util.Random;

public class BigIntegerCrypto {
    static BigInteger[] fib(int n) {
        if (n == 0) {
            return new BigInteger[] {BigInteger.ZERO, BigInteger.ONE};
        }
        BigInteger[] half = fib(n / 2);
        BigInteger a = half[0];
        BigInteger b = half[1];
        BigInteger c = a.multiply(b.shiftLeft(1).subtract(a));
        BigInteger d = a.multiply(a).add(b.multiply(b));
        return n % 2 == 0 ? new BigInteger[] {c, d} : new BigInteger[] {d, c.add(d)};
    }

    public static void main(String[] args) {
        BigInteger p = new BigInteger("170141183460469231731687303715884105727");
        BigInteger q = BigInteger.ONE.shiftLeft(521).subtract(BigInteger.ONE);
        BigInteger n = p.multiply(q);
        BigInteger phi = p.subtract(BigInteger.ONE).multiply(q.subtract(BigInteger.ONE));
        BigInteger e = BigInteger.valueOf(65537);
        BigInteger d = e.modInverse(phi);
        System.out.println("n bits " + n.bitLength() + " d hash " + d.hashCode() + " check " + e.multiply(d).mod(phi));
        Random r = new Random(2024);
        for (int i = 0; i < 5; i++) {
            BigInteger m = new BigInteger(600, r);
            BigInteger c = m.modPow(e, n);
            BigInteger back = c.modPow(d, n);
            // Chinese remainder decryption gives the same result.
            BigInteger mp = c.modPow(d.mod(p.subtract(BigInteger.ONE)), p);
            BigInteger mq = c.modPow(d.mod(q.subtract(BigInteger.ONE)), q);
            BigInteger h = q.modInverse(p).multiply(mp.subtract(mq)).mod(p);
            BigInteger crt = mq.add(h.multiply(q));
            System.out.println("rsa " + i + " " + back.equals(m) + " " + crt.equals(m) + " c=" + c.toString(36).substring(0, 20));
        }
        BigInteger[] f = fib(1000);
        System.out.println("fib(1000) = " + f[0]);
        System.out.println("fib(5000) digits " + fib(5000)[0].toString().length() + " mod 1e9+7 " + fib(5000)[0].mod(BigInteger.valueOf(1000000007)));
        BigInteger fact = BigInteger.ONE;
        for (int i = 2; i <= 500; i++) {
            fact = fact.multiply(BigInteger.valueOf(i));
        }
        String digits = fact.toString();
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += digits.charAt(i) - '0';
        }
        int zeros = 0;
        while (digits.charAt(digits.length() - 1 - zeros) == '0') {
            zeros++;
        }
        System.out.println("500! digits " + digits.length() + " digit sum " + sum + " trailing zeros " + zeros);
        BigInteger a = new BigInteger("123456789012345678901234567890123456789");
        BigInteger b = new BigInteger("987654321098765432109876543210");
        BigInteger g = a.gcd(b);
        System.out.println("gcd " + g + " lcm " + a.divide(g).multiply(b) + " coprime parts " + a.divide(g).gcd(b.divide(g)));
        BigInteger mod = BigInteger.ONE.shiftLeft(127).subtract(BigInteger.ONE);
        BigInteger x = BigInteger.valueOf(3);
        for (int i = 0; i < 10; i++) {
            x = x.multiply(x).add(BigInteger.ONE).mod(mod);
        }
        System.out.println("iterated " + x + " sqrt " + x.sqrt() + " pow " + BigInteger.valueOf(-3).pow(41));
        System.out.println("2^1000 mod 10^20 " + BigInteger.TWO.modPow(BigInteger.valueOf(1000), BigInteger.TEN.pow(20)));
    }
}
