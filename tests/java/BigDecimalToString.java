// BigDecimal's text forms: toString's scientific rule, toEngineeringString (including zeros),
// toPlainString; the string grammar with its error messages; exact double expansion;
// valueOf; movePoint/scaleByPowerOfTen; stripTrailingZeros and precision.
import java.math.BigDecimal;
import java.math.BigInteger;

public class BigDecimalToString {
    public static void main(String[] args) {
        long[] unscaled = {0, 1, -1, 7, 123, -4567, 10, 1000, 123456789};
        for (long u : unscaled) {
            for (int s = -12; s <= 12; s++) {
                BigDecimal d = BigDecimal.valueOf(u, s);
                System.out.println(u + "@" + s + " " + d + " | " + d.toEngineeringString() + " | " + d.toPlainString()
                        + " | prec " + d.precision() + " | strip " + d.stripTrailingZeros() + " | hash " + d.hashCode());
            }
        }
        String[] inputs = {"", "-", "+", ".", "1.2.3", "1e", "1e+", "e5", "1x", "--1", "1-", " 1", "1 ", "1e2147483648", "1e-2147483649",
            "0.1e-2147483647", "1E2147483647", ".5", "5.", "-.5e-3", "1e+5", "1E-5", "\u0661\u0662", "+0.000", "1e10x", "NaN", "Infinity",
            "1_0", "1e1.5", "0x1", "e", ".e1", "-e", "1.e5", "1e+0000000000000000001", "1e-2147483648", "1.5e2147483647", "1ee5", "1e+-5",
            "1.e", "1.5E", "00001.5000", "-0", "1E99999999999", "123456789012345678901234567890.098765432109876543210", "-1.23E-10", "1.23E+10"};
        for (String s : inputs) {
            try {
                BigDecimal d = new BigDecimal(s);
                System.out.println("'" + s + "' = " + d + " scale " + d.scale() + " unscaled " + d.unscaledValue());
            } catch (NumberFormatException e) {
                System.out.println("'" + s + "' !! " + e.getMessage());
            }
        }
        System.out.println("chars " + new BigDecimal("x12.5y".toCharArray(), 1, 4) + " " + new BigDecimal(new char[] {'-', '3'}));
        double[] doubles = {0.0, -0.0, 0.1, 0.5, 1.0, 2.0, 1e20, 1e-10, 3.141592653589793, -123.456, Double.MIN_VALUE, Double.MAX_VALUE, 1e23, 100.0};
        for (double x : doubles) {
            System.out.println(x + " exact " + new BigDecimal(x) + " valueOf " + BigDecimal.valueOf(x) + " scale " + BigDecimal.valueOf(x).scale());
        }
        try {
            new BigDecimal(Double.NaN);
        } catch (NumberFormatException e) {
            System.out.println("NaN: " + e.getMessage());
        }
        try {
            BigDecimal.valueOf(Double.POSITIVE_INFINITY);
        } catch (NumberFormatException e) {
            System.out.println("Inf: " + e.getMessage());
        }
        BigDecimal x = new BigDecimal("123.45");
        for (int n = -4; n <= 4; n++) {
            System.out.println("move " + n + " " + x.movePointLeft(n) + " " + x.movePointRight(n) + " " + x.scaleByPowerOfTen(n)
                    + " " + x.movePointLeft(n).scale());
        }
        System.out.println("strip " + new BigDecimal("0.000").stripTrailingZeros() + " " + new BigDecimal("100").stripTrailingZeros()
                + " " + new BigDecimal("-1.2300").stripTrailingZeros() + " " + new BigDecimal("1E+5").stripTrailingZeros());
        System.out.println("ints " + new BigDecimal(42) + " " + new BigDecimal(-42L) + " " + new BigDecimal(BigInteger.TEN.pow(25))
                + " " + new BigDecimal(BigInteger.valueOf(-314), 2) + " " + new BigDecimal(BigInteger.ONE, -3));
        System.out.println("eq " + new BigDecimal("2.0").equals(new BigDecimal("2.00")) + " " + new BigDecimal("2.0").compareTo(new BigDecimal("2.00"))
                + " " + new BigDecimal("2.0").hashCode() + " " + new BigDecimal("2.00").hashCode());
    }
}
