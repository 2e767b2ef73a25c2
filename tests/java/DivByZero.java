// ArithmeticException "/ by zero" from idiv, irem, ldiv, lrem (also via compound assignment and
// in expressions), while float and double division by zero yield infinities and NaN.
public class DivByZero {
    static int zeroInt() { return 0; }
    static long zeroLong() { return 0L; }

    public static void main(String[] args) {
        int a = 7;
        long b = 7L;
        try {
            System.out.println(a / zeroInt());
        } catch (ArithmeticException e) {
            System.out.println("idiv: " + e + " | message=" + e.getMessage());
        }
        try {
            System.out.println(a % zeroInt());
        } catch (ArithmeticException e) {
            System.out.println("irem: " + e);
        }
        try {
            System.out.println(b / zeroLong());
        } catch (ArithmeticException e) {
            System.out.println("ldiv: " + e);
        }
        try {
            System.out.println(b % zeroLong());
        } catch (ArithmeticException e) {
            System.out.println("lrem: " + e);
        }
        try {
            a /= zeroInt();
        } catch (ArithmeticException e) {
            System.out.println("compound: " + e + " a still " + a);
        }
        try {
            int x = Integer.MIN_VALUE;
            System.out.println("MIN/-1 fine: " + (x / -1) + " then " + (x / zeroInt()));
        } catch (ArithmeticException e) {
            System.out.println("after partial evaluation: " + e);
        }
        try {
            long x = Long.MIN_VALUE;
            System.out.println(x % zeroLong());
        } catch (RuntimeException e) {
            System.out.println("as RuntimeException: " + e.getClass().getName());
        }
        try {
            System.out.println(Math.floorDiv(1, zeroInt()));
        } catch (ArithmeticException e) {
            System.out.println("floorDiv: " + e);
        }
        try {
            System.out.println(Math.floorMod(1L, zeroLong()));
        } catch (ArithmeticException e) {
            System.out.println("floorMod: " + e);
        }
        try {
            System.out.println(Integer.divideUnsigned(1, zeroInt()));
        } catch (ArithmeticException e) {
            System.out.println("divideUnsigned: " + e);
        }
        int c = 0;
        for (int d = -2; d <= 2; d++) {
            try {
                c += 100 / d;
            } catch (ArithmeticException e) {
                c += 1000;
            }
        }
        System.out.println("loop c=" + c);
        System.out.println("float: " + (1.0f / zeroInt()) + " " + (-1.0f / zeroInt()) + " " + (0.0f / zeroInt()));
        System.out.println("double: " + (1.0 / zeroLong()) + " " + (5.0 % zeroLong()));
        ArithmeticException custom = new ArithmeticException("custom");
        System.out.println(custom.getMessage() + " " + new ArithmeticException().getMessage());
    }
}
