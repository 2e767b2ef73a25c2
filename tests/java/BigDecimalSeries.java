// BigDecimal numerics: square root of 2 by Newton's method with MathContext division, e and
// pi (Machin's formula) with fixed-scale division, compound interest with HALF_EVEN money
// rounding, and a running sum whose scale grows exactly.
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

public class BigDecimalSeries {
    static BigDecimal arctanInverse(int x, int scale) {
        BigDecimal result = BigDecimal.ZERO;
        BigDecimal xSquared = BigDecimal.valueOf((long) x * x);
        BigDecimal term = BigDecimal.ONE.divide(BigDecimal.valueOf(x), scale, RoundingMode.HALF_EVEN);
        int n = 1;
        boolean add = true;
        while (term.signum() != 0) {
            BigDecimal part = term.divide(BigDecimal.valueOf(n), scale, RoundingMode.HALF_EVEN);
            result = add ? result.add(part) : result.subtract(part);
            term = term.divide(xSquared, scale, RoundingMode.HALF_EVEN);
            n += 2;
            add = !add;
        }
        return result;
    }

    public static void main(String[] args) {
        MathContext mc = new MathContext(60);
        BigDecimal two = BigDecimal.valueOf(2);
        BigDecimal x = BigDecimal.ONE;
        for (int i = 0; i < 8; i++) {
            x = x.add(two.divide(x, mc)).divide(two, mc);
            System.out.println("sqrt2 step " + i + " " + x + " scale " + x.scale());
        }
        System.out.println("square " + x.multiply(x, mc) + " error " + x.multiply(x).subtract(two).round(new MathContext(3)));

        BigDecimal e = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        for (int k = 1; k < 60; k++) {
            term = term.divide(BigDecimal.valueOf(k), 80, RoundingMode.HALF_UP);
            e = e.add(term);
        }
        System.out.println("e " + e.setScale(50, RoundingMode.HALF_UP) + " prec " + e.precision());

        int scale = 110;
        BigDecimal pi = arctanInverse(5, scale).multiply(BigDecimal.valueOf(16)).subtract(arctanInverse(239, scale).multiply(BigDecimal.valueOf(4)));
        System.out.println("pi " + pi.setScale(100, RoundingMode.DOWN));
        System.out.println("pi round " + pi.round(MathContext.DECIMAL32) + " " + pi.round(MathContext.DECIMAL64) + " " + pi.round(MathContext.DECIMAL128));

        BigDecimal balance = new BigDecimal("1000.00");
        BigDecimal rate = new BigDecimal("0.0375");
        for (int month = 1; month <= 24; month++) {
            BigDecimal interest = balance.multiply(rate).divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_EVEN);
            balance = balance.add(interest);
            if (month % 6 == 0) {
                System.out.println("month " + month + " interest " + interest + " balance " + balance);
            }
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 1; i <= 20; i++) {
            sum = sum.add(new BigDecimal(BigInteger.valueOf(i), i % 7));
        }
        System.out.println("sum " + sum + " scale " + sum.scale() + " strip " + sum.stripTrailingZeros() + " plain " + sum.toPlainString()
                + " eng " + sum.movePointRight(10).toEngineeringString() + " " + sum.scaleByPowerOfTen(-30));
        BigDecimal tiny = new BigDecimal("1E-20");
        System.out.println("tiny " + tiny.add(BigDecimal.ONE) + " " + tiny.add(BigDecimal.ONE, MathContext.DECIMAL64) + " " + tiny.multiply(tiny)
                + " " + tiny.divide(new BigDecimal("3"), MathContext.DECIMAL32) + " " + tiny.doubleValue() + " " + tiny.pow(3).toEngineeringString());
    }
}
