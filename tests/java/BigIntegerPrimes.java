// Primality: isProbablePrime on small and large primes, Carmichael numbers and squares;
// nextProbablePrime sequences; random-bit constructors seeded deterministically.
import java.math.BigInteger;
import java.util.Random;

public class BigIntegerPrimes {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i = -5; i < 200; i++) {
            if (BigInteger.valueOf(i).isProbablePrime(50)) {
                sb.append(i).append(' ');
            }
        }
        System.out.println(sb);
        String[] special = {"561", "1105", "1729", "2465", "3215031751", "341550071728321", "3825123056546413051",
            "318665857834031151167461", "2147483647", "2305843009213693951", "618970019642690137449562111",
            "170141183460469231731687303715884105727", "170141183460469231731687303715884105729",
            "1000000007", "999999999999999989", "1000000000000000000000000000057", "4611686014132420609", "25326001"};
        for (String s : special) {
            BigInteger v = new BigInteger(s);
            System.out.println(s + " prime=" + v.isProbablePrime(100) + " next=" + v.nextProbablePrime() + " c0=" + v.isProbablePrime(0));
        }
        BigInteger p = BigInteger.ZERO;
        for (int i = 0; i < 15; i++) {
            p = p.nextProbablePrime();
            System.out.print(p + " ");
        }
        System.out.println();
        BigInteger m127 = BigInteger.ONE.shiftLeft(127).subtract(BigInteger.ONE);
        BigInteger m521 = BigInteger.ONE.shiftLeft(521).subtract(BigInteger.ONE);
        System.out.println("mersenne " + m127.isProbablePrime(100) + " " + m521.isProbablePrime(100) + " "
                + m127.multiply(m521).isProbablePrime(100) + " " + BigInteger.ONE.shiftLeft(523).subtract(BigInteger.ONE).isProbablePrime(100));
        System.out.println("next after 2^100 " + BigInteger.ONE.shiftLeft(100).nextProbablePrime());
        Random r = new Random(7);
        for (int i = 0; i < 8; i++) {
            BigInteger x = new BigInteger(1 + i * 13, r);
            System.out.println("rnd " + x + " " + x.bitLength());
        }
        System.out.println("after " + r.nextInt());
    }
}
