// The well-formed class that classformat.sh corrupts: a constant pool with every common constant
// kind, fields, several methods with branches, a switch and an exception table, and no nested
// classes (so the test deals with a single .class file).
public class CfTarget {
    static final long BIG = 0x123456789abcdefL;
    static final double RATIO = 2.5;
    static int counter = 7;
    String name = "target";

    static int branchy(int x) {
        int acc = 0;
        for (int i = 0; i < x; i++) {
            if (i % 3 == 0) acc += i;
            else acc -= 1;
        }
        return acc;
    }

    static String kind(int k) {
        switch (k) {
            case 0: return "zero";
            case 1: return "one";
            case 5: return "five";
            default: return "many";
        }
    }

    static int safeDivide(int a, int b) {
        try {
            return a / b;
        } catch (ArithmeticException e) {
            return -1;
        }
    }

    public static void main(String[] args) {
        CfTarget t = new CfTarget();
        System.out.println(t.name + " " + branchy(10) + " " + kind(5) + " " + safeDivide(1, 0) + " " + BIG + " " + RATIO
                + " " + counter + " " + 3.5f);
    }
}
