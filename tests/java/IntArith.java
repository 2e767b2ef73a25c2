// Integer arithmetic: overflow wrap, division and remainder signs, shifts masked by 31,
// narrowing conversions i2b/i2c/i2s, compound assignment narrowing, comparisons.
public class IntArith {
    static int[] VALUES = {0, 1, -1, 2, -2, 7, -7, 100, -100, 127, 128, -128, -129, 255, 256,
            32767, 32768, -32768, -32769, 65535, 65536, 0x7fffffff, 0x80000000, 0x12345678, 0xdeadbeef};

    static int add(int a, int b) { return a + b; }
    static int sub(int a, int b) { return a - b; }
    static int mul(int a, int b) { return a * b; }
    static int div(int a, int b) { return a / b; }
    static int rem(int a, int b) { return a % b; }
    static int neg(int a) { return -a; }

    public static void main(String[] args) {
        System.out.println("MAX+1 = " + add(Integer.MAX_VALUE, 1));
        System.out.println("MIN-1 = " + sub(Integer.MIN_VALUE, 1));
        System.out.println("MIN/-1 = " + div(Integer.MIN_VALUE, -1));
        System.out.println("MIN%-1 = " + rem(Integer.MIN_VALUE, -1));
        System.out.println("-MIN = " + neg(Integer.MIN_VALUE));
        System.out.println("MAX*MAX = " + mul(Integer.MAX_VALUE, Integer.MAX_VALUE));
        System.out.println("65536*65536 = " + mul(65536, 65536));
        System.out.println("46341*46341 = " + mul(46341, 46341));
        int[][] divs = {{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {1, 3}, {-1, 3}, {0, -5}, {Integer.MIN_VALUE, 2},
                {Integer.MIN_VALUE, Integer.MAX_VALUE}, {Integer.MAX_VALUE, Integer.MIN_VALUE}};
        for (int[] d : divs) {
            System.out.println(d[0] + " / " + d[1] + " = " + div(d[0], d[1]) + ", % = " + rem(d[0], d[1]));
        }
        int[] shifts = {0, 1, 4, 31, 32, 33, 63, 64, -1, -31, -32, 100};
        for (int v : new int[] {1, -1, 0x80000000, 0x12345678, -12345}) {
            StringBuilder sb = new StringBuilder();
            for (int s : shifts) {
                sb.append(v << s).append(' ').append(v >> s).append(' ').append(v >>> s).append(" | ");
            }
            System.out.println(v + ": " + sb);
        }
        long sum = 0;
        for (int v : VALUES) {
            byte b = (byte) v;
            char c = (char) v;
            short s = (short) v;
            System.out.println(v + " -> b=" + b + " c=" + (int) c + " s=" + s + " ~=" + ~v
                    + " &=" + (v & 0xff0f) + " |=" + (v | 0x10) + " ^=" + (v ^ -1) + " neg=" + (-v));
            sum += v;
        }
        System.out.println("sum=" + sum);
        byte bb = 100;
        bb += 100;
        System.out.println("byte 100+=100: " + bb);
        bb *= 3;
        System.out.println("byte *=3: " + bb);
        short ss = 30000;
        ss += 30000;
        System.out.println("short 30000+=30000: " + ss);
        char ch = 'z';
        ch += 10;
        System.out.println("char z+10: " + (int) ch);
        ch = 0;
        ch--;
        System.out.println("char 0-1: " + (int) ch);
        int i = 5;
        i = i++ + ++i;
        System.out.println("i++ + ++i = " + i);
        i = 10;
        i += i++ * 2;
        System.out.println("i += i++*2: " + i);
        int x = 0x7ffffff0;
        for (int k = 0; k < 40; k++) {
            x += 1;
        }
        System.out.println("overflow loop: " + x);
        int cmp = 0;
        for (int a : VALUES) {
            for (int b : VALUES) {
                if (a < b) cmp += 1;
                if (a <= b) cmp += 10;
                if (a == b) cmp += 100;
                if (a != b) cmp += 1000;
                if (a > b) cmp += 10000;
                if (a >= b) cmp += 100000;
            }
        }
        System.out.println("cmp=" + cmp);
        int zero = 0;
        System.out.println("compare with zero: " + (zero == 0) + " " + (zero < 0) + " " + (-1 < 0) + " " + (1 > 0));
        int h = 0;
        for (int k = 0; k < 1000; k++) {
            h = 31 * h + k * k;
            h ^= h >>> 7;
        }
        System.out.println("mix=" + h);
        System.out.println("Integer.MIN_VALUE=" + Integer.MIN_VALUE + " MAX=" + Integer.MAX_VALUE);
        System.out.println("abs(MIN)=" + Math.abs(Integer.MIN_VALUE));
    }
}
