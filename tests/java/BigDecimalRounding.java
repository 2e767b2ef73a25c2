// Every RoundingMode on positive and negative halves and non-halves through setScale and
// round(MathContext); "Rounding necessary"; MathContext constants, parsing and equality.
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

public class BigDecimalRounding {
    public static void main(String[] args) {
        String[] values = {"5.5", "2.5", "1.6", "1.1", "1.0", "-1.0", "-1.1", "-1.6", "-2.5", "-5.5", "0.05", "-0.05", "9.95", "99.5", "0.00"};
        for (RoundingMode mode : RoundingMode.values()) {
            StringBuilder sb = new StringBuilder(mode + " (" + mode.ordinal() + ")");
            for (String v : values) {
                BigDecimal d = new BigDecimal(v);
                try {
                    sb.append(' ').append(d.setScale(0, mode));
                } catch (ArithmeticException e) {
                    sb.append(" [").append(e.getMessage()).append(']');
                }
                try {
                    sb.append('/').append(d.round(new MathContext(1, mode)));
                } catch (ArithmeticException e) {
                    sb.append("/[").append(e.getMessage()).append(']');
                }
            }
            System.out.println(sb);
            System.out.println(mode + " valueOf " + RoundingMode.valueOf(mode.ordinal()) + " " + RoundingMode.valueOf(mode.name()));
        }
        BigDecimal pi = new BigDecimal("3.14159265358979323846264338327950288");
        for (int p = 0; p <= 12; p++) {
            System.out.println("pi " + p + " " + pi.round(new MathContext(p)) + " " + pi.round(new MathContext(p, RoundingMode.DOWN))
                    + " " + new BigDecimal("-999.999").round(new MathContext(p, RoundingMode.HALF_EVEN)));
        }
        for (int s = -3; s <= 5; s++) {
            BigDecimal x = new BigDecimal("12345.6789");
            System.out.println("setScale " + s + " " + x.setScale(s, RoundingMode.HALF_UP) + " " + x.setScale(s, RoundingMode.FLOOR)
                    + " " + x.negate().setScale(s, RoundingMode.CEILING));
        }
        System.out.println("setScale up " + new BigDecimal("1.5").setScale(4) + " " + new BigDecimal("1.500").setScale(1));
        try {
            new BigDecimal("1.55").setScale(1);
        } catch (ArithmeticException e) {
            System.out.println("setScale: " + e.getMessage());
        }
        try {
            System.out.println(new BigDecimal("1.55").setScale(1, 9));
        } catch (IllegalArgumentException e) {
            System.out.println("setScale int: " + e.getMessage());
        }
        System.out.println("legacy " + new BigDecimal("1.55").setScale(1, BigDecimal.ROUND_HALF_DOWN) + " "
                + new BigDecimal("10").divide(new BigDecimal("3"), BigDecimal.ROUND_UP) + " " + new BigDecimal("10").divide(new BigDecimal("3"), 2, BigDecimal.ROUND_FLOOR));
        System.out.println(MathContext.DECIMAL32 + " | " + MathContext.DECIMAL64 + " | " + MathContext.DECIMAL128 + " | " + MathContext.UNLIMITED);
        System.out.println(new MathContext(5) + " | " + new MathContext(0, RoundingMode.CEILING) + " | " + new MathContext("precision=12 roundingMode=FLOOR"));
        System.out.println(new MathContext("precision=16 roundingMode=HALF_EVEN").equals(MathContext.DECIMAL64) + " " + MathContext.DECIMAL32.equals(MathContext.DECIMAL64)
                + " " + MathContext.DECIMAL32.getPrecision() + " " + MathContext.DECIMAL32.getRoundingMode());
        String[] bad = {"precision=x roundingMode=UP", "precision=5", "prec=5 roundingMode=UP", "precision=5 roundingMode=up", "precision=-1 roundingMode=UP"};
        for (String b : bad) {
            try {
                System.out.println(new MathContext(b));
            } catch (IllegalArgumentException e) {
                System.out.println(b + ": " + e.getMessage());
            }
        }
        try {
            new MathContext(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("-1: " + e.getMessage());
        }
        BigDecimal v = new BigDecimal("123.456");
        System.out.println("mc ctors " + new BigDecimal("123.456", new MathContext(4)) + " " + new BigDecimal(123456789L, new MathContext(3))
                + " " + new BigDecimal(0.1, MathContext.DECIMAL32) + " " + new BigDecimal(v.unscaledValue(), 3, new MathContext(2)) + " " + v.plus(new MathContext(1))
                + " " + v.negate(new MathContext(2)) + " " + v.abs(new MathContext(4, RoundingMode.UP)));
    }
}
