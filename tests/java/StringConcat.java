// String concatenation (invokedynamic makeConcatWithConstants): every primitive type, char,
// null, objects with toString (and a null-returning toString), constants mixed in, compound +=,
// and an expression of more than 200 pieces (javac splits it across several indy calls).
public class StringConcat {
    static class Point {
        final int x, y;
        Point(int x, int y) { this.x = x; this.y = y; }
        public String toString() { return "(" + x + "," + y + ")"; }
    }

    static class NullToString {
        public String toString() { return null; }
    }

    static final String CONST = "K";
    static final int CONST_INT = 7;

    static String many(int a, long b, String c, double d) {
        return "<0>" + a + b + c + d + "<5>" + a + b + c + d + "<10>" + a + b + c + d + "<15>" + a + b + c + d +
                "<20>" + a + b + c + d + "<25>" + a + b + c + d + "<30>" + a + b + c + d + "<35>" + a + b +
                c + d + "<40>" + a + b + c + d + "<45>" + a + b + c + d + "<50>" + a + b + c + d + "<55>" +
                a + b + c + d + "<60>" + a + b + c + d + "<65>" + a + b + c + d + "<70>" + a + b + c + d +
                "<75>" + a + b + c + d + "<80>" + a + b + c + d + "<85>" + a + b + c + d + "<90>" + a + b +
                c + d + "<95>" + a + b + c + d + "<100>" + a + b + c + d + "<105>" + a + b + c + d +
                "<110>" + a + b + c + d + "<115>" + a + b + c + d + "<120>" + a + b + c + d + "<125>" + a +
                b + c + d + "<130>" + a + b + c + d + "<135>" + a + b + c + d + "<140>" + a + b + c + d +
                "<145>" + a + b + c + d + "<150>" + a + b + c + d + "<155>" + a + b + c + d + "<160>" + a +
                b + c + d + "<165>" + a + b + c + d + "<170>" + a + b + c + d + "<175>" + a + b + c + d +
                "<180>" + a + b + c + d + "<185>" + a + b + c + d + "<190>" + a + b + c + d + "<195>" + a +
                b + c + d + "<200>" + a + b + c + d + "<205>" + a + b + c + d + "<210>" + a + b + c + d +
                "<215>" + a + b + c + d + "<220>" + a + b + c + d + "<225>" + a + b + c + d;
    }

    static String manyVars(int v0, int v1, int v2, int v3, int v4, int v5, int v6, int v7, int v8, int v9) {
        String s = "";
        for (int i = 0; i < 25; i++) {
            s = s + v0 + v1 + v2 + v3 + v4 + v5 + v6 + v7 + v8 + v9 + '|';
        }
        return s;
    }

    public static void main(String[] args) {
        boolean z = true;
        byte b = -5;
        char c = 'q';
        short s = 30000;
        int i = -123456;
        long l = 9876543210L;
        float f = 1.25f;
        double d = -0.0;
        Object o = null;
        String str = null;
        Point p = new Point(3, -4);
        System.out.println("z=" + z + " b=" + b + " c=" + c + " s=" + s + " i=" + i + " l=" + l + " f=" + f + " d=" + d);
        System.out.println(b + c + "" + z + s + i + l + f + d + (b + s) + (c + l) + (f + d));
        System.out.println(1 + 2 + "x" + 1 + 2);
        System.out.println('a' + 'b' + "c" + 'd' + 'e');
        System.out.println("null: " + o + " " + str + " " + null);
        System.out.println("obj: " + p + " arr-len " + new int[3].length);
        System.out.println("toString null: " + new NullToString());
        System.out.println("constants: " + CONST + CONST_INT + "const" + 1.5 + 'c' + true + 10L);
        System.out.println(CONST + CONST);
        String acc = "";
        for (int k = 0; k < 10; k++) acc += k;
        acc += 'x';
        acc += 2.5;
        acc += null;
        acc += p;
        System.out.println("acc=" + acc);
        String sIn = "in";
        System.out.println(sIn + sIn + sIn);
        System.out.println("" + Float.NaN + Double.POSITIVE_INFINITY + Float.MIN_VALUE + Long.MIN_VALUE);
        System.out.println("chars: " + (char) 65 + (char) 0x263A + (int) 'A' + (char) ('A' + 1));
        System.out.println("\u0001 tricky \u0002 recipe chars: " + i + "\u0001" + i + "\u0002");
        String m = many(1, 2L, "three", 4.5);
        System.out.println("many length " + m.length());
        System.out.println(m.substring(0, 60));
        System.out.println(m.substring(m.length() - 60));
        String mv = manyVars(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        System.out.println("manyVars " + mv.length() + " " + mv.substring(0, 33));
        StringBuilder sb = new StringBuilder("sb");
        System.out.println("builder: " + sb + sb.length());
        char[] chars = {'h', 'i'};
        System.out.println("char array via String.valueOf: " + String.valueOf(chars));
        Integer boxed = 12;
        Character ch = 'Z';
        Boolean bo = false;
        System.out.println("boxed: " + boxed + ch + bo + (Long) 5L + (Double) 0.5);
        String big = "";
        for (int k = 0; k < 300; k++) big = big + (k % 10);
        System.out.println(big.length() + " " + big.hashCode());
    }
}
