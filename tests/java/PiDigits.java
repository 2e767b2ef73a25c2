// The Benchmarks Game's pidigits: Gibbons' unbounded spigot for the digits of pi on BigInteger,
// printed ten digits per line followed by a tab, a colon and the running digit count.
// islet-test: args=30
import java.math.BigInteger;

public class PiDigits {
    static final BigInteger THREE = BigInteger.valueOf(3);
    static final BigInteger FOUR = BigInteger.valueOf(4);

    // The linear fractional transformation (q r; 0 t) applied to the digits produced so far.
    static BigInteger q = BigInteger.ONE;
    static BigInteger r = BigInteger.ZERO;
    static BigInteger t = BigInteger.ONE;
    static int k = 0;

    static int extract(BigInteger x) {
        return q.multiply(x).add(r).divide(t).intValue();
    }

    static void nextTerm() {
        k++;
        BigInteger k2 = BigInteger.valueOf(2L * k + 1);
        r = q.shiftLeft(1).add(r).multiply(k2);
        q = q.multiply(BigInteger.valueOf(k));
        t = t.multiply(k2);
    }

    static void eliminate(int digit) {
        r = r.subtract(t.multiply(BigInteger.valueOf(digit))).multiply(BigInteger.TEN);
        q = q.multiply(BigInteger.TEN);
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 27;
        StringBuilder line = new StringBuilder();
        int produced = 0;
        while (produced < n) {
            nextTerm();
            if (q.compareTo(r) > 0) {
                continue;
            }
            int digit = extract(THREE);
            if (digit != extract(FOUR)) {
                continue;
            }
            line.append(digit);
            produced++;
            if (produced % 10 == 0) {
                System.out.println(line + "\t:" + produced);
                line.setLength(0);
            }
            eliminate(digit);
        }
        if (line.length() > 0) {
            while (line.length() < 10) {
                line.append(' ');
            }
            System.out.println(line + "\t:" + produced);
        }
    }
}
