// BigDecimal arithmetic: add/subtract/multiply scales, exact divide and its non-terminating
// error, divide with scale/rounding/MathContext, remainder, divideToIntegralValue, pow,
// compareTo vs equals, hash codes, min/max, exact conversions.
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

public class BigDecimalArith {
    interface Action {
        Object run();
    }

    static void attempt(String label, Action a) {
        try {
            Object r = a.run();
            if (r instanceof BigDecimal) {
                BigDecimal d = (BigDecimal) r;
                System.out.println(label + " -> " + d + " (scale " + d.scale() + ", prec " + d.precision() + ")");
            } else {
                System.out.println(label + " -> " + r);
            }
        } catch (ArithmeticException e) {
            System.out.println(label + " !! " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        String[] values = {"0", "0.00", "1", "-1", "2.50", "3", "7", "0.1", "-0.3", "100", "1E+3", "12.345", "-98.7600",
            "0.000001", "123456789.987654321", "4E-5", "8", "0.125"};
        BigDecimal[] vs = new BigDecimal[values.length];
        for (int i = 0; i < values.length; i++) {
            vs[i] = new BigDecimal(values[i]);
        }
        MathContext[] contexts = {new MathContext(3), MathContext.DECIMAL32, new MathContext(2, RoundingMode.DOWN), new MathContext(5, RoundingMode.CEILING)};
        for (BigDecimal a : vs) {
            for (BigDecimal b : vs) {
                String p = a + " , " + b;
                attempt(p + " add", () -> a.add(b));
                attempt(p + " sub", () -> a.subtract(b));
                attempt(p + " mul", () -> a.multiply(b));
                attempt(p + " div", () -> a.divide(b));
                attempt(p + " div4HU", () -> a.divide(b, 4, RoundingMode.HALF_UP));
                attempt(p + " divRM", () -> a.divide(b, RoundingMode.HALF_EVEN));
                for (MathContext mc : contexts) {
                    attempt(p + " div " + mc, () -> a.divide(b, mc));
                }
                attempt(p + " add mc", () -> a.add(b, contexts[0]));
                attempt(p + " mul mc", () -> a.multiply(b, contexts[1]));
                attempt(p + " rem", () -> a.remainder(b));
                attempt(p + " dti", () -> a.divideToIntegralValue(b));
                System.out.println(p + " cmp " + a.compareTo(b) + " eq " + a.equals(b) + " min " + a.min(b) + " max " + a.max(b));
            }
            System.out.println(a + " hash " + a.hashCode() + " signum " + a.signum() + " unscaled " + a.unscaledValue()
                    + " neg " + a.negate() + " abs " + a.abs() + " ulp " + a.ulp() + " pow3 " + a.pow(3) + " pow0 " + a.pow(0)
                    + " int " + a.intValue() + " long " + a.longValue() + " dbl " + a.doubleValue() + " flt " + a.floatValue()
                    + " bi " + a.toBigInteger());
            attempt(a + " intExact", () -> a.intValueExact());
            attempt(a + " biExact", () -> a.toBigIntegerExact());
        }
        attempt("pow -1", () -> BigDecimal.ONE.pow(-1));
        attempt("1/3", () -> BigDecimal.ONE.divide(new BigDecimal(3)));
        attempt("1/3 32", () -> BigDecimal.ONE.divide(new BigDecimal(3), MathContext.DECIMAL128));
        attempt("2/3 64", () -> new BigDecimal(2).divide(new BigDecimal(3), MathContext.DECIMAL64));
        attempt("1/0", () -> BigDecimal.ONE.divide(BigDecimal.ZERO));
        attempt("0/0", () -> BigDecimal.ZERO.divide(BigDecimal.ZERO));
        attempt("1/0 mc", () -> BigDecimal.ONE.divide(BigDecimal.ZERO, MathContext.DECIMAL32));
        attempt("1%0", () -> BigDecimal.ONE.remainder(BigDecimal.ZERO));
        attempt("long exact", () -> new BigDecimal("9223372036854775808").longValueExact());
        attempt("long exact big", () -> new BigDecimal("1E+40").longValueExact());
        attempt("int exact", () -> new BigDecimal("2147483648").intValueExact());
        attempt("exact frac", () -> new BigDecimal("1.5").longValueExact());
        attempt("exact zeros", () -> new BigDecimal("15.000").longValueExact());
        attempt("intValue wrap", () -> new BigDecimal("4294967297.9").intValue());
        attempt("dbl", () -> new BigDecimal("0.1").add(new BigDecimal("0.2")).doubleValue());
        attempt("dbl big", () -> new BigDecimal("1.7976931348623159E+308").doubleValue());
        attempt("dbl tiny", () -> new BigDecimal("2E-324").doubleValue() + " " + new BigDecimal("3E-324").doubleValue());
        String[] dividends = {"0", "1", "0.5", "922337203685477580", "9223372036854775807", "0E+5", "9223372036854775808"};
        String[] zeros = {"0", "0.0", "0E+3", "0E-19"};
        for (String a : dividends) {
            for (String z : zeros) {
                StringBuilder sb = new StringBuilder("zero divisor " + a + " / " + z + ": ");
                for (int s = -21; s <= 21; s += 2) {
                    try {
                        sb.append(new BigDecimal(a).divide(new BigDecimal(z), s, RoundingMode.UP));
                    } catch (ArithmeticException e) {
                        sb.append(e.getMessage().startsWith("/") ? 'L' : e.getMessage().startsWith("BigInteger") ? 'B' : '?');
                    }
                }
                System.out.println(sb);
            }
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 1; i <= 50; i++) {
            sum = sum.add(BigDecimal.ONE.divide(new BigDecimal(i), 30, RoundingMode.HALF_EVEN));
        }
        System.out.println("harmonic " + sum + " " + sum.round(MathContext.DECIMAL64));
        BigDecimal big = new BigDecimal(BigInteger.TEN.pow(60).add(BigInteger.ONE), 20);
        System.out.println("big " + big + " " + big.multiply(big) + " " + big.divide(new BigDecimal("7"), MathContext.DECIMAL128));
        System.out.println("consts " + BigDecimal.ZERO + " " + BigDecimal.ONE + " " + BigDecimal.TEN + " " + BigDecimal.valueOf(5, -2) + " " + BigDecimal.valueOf(-5, 3));
    }
}
