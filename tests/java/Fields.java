// Fields of every type, static and instance: default values, get/put including two-slot
// long/double, final and volatile fields, field access through subclasses and interfaces,
// compound assignment on fields and static fields, fields shadowed by locals and parameters.
public class Fields {
    static boolean sz;
    static byte sb;
    static char sc;
    static short ss;
    static int si;
    static long sl;
    static float sf;
    static double sd;
    static Object so;
    static volatile long vl;
    static final long FINAL_COMPUTED = System.nanoTime() > 0 ? 5L : 6L;

    boolean z;
    byte b;
    char c;
    short s;
    int i;
    long l;
    float f;
    double d;
    String str;
    int[] arr;
    volatile double vd;
    final int fin;

    Fields(int fin) {
        this.fin = fin;
    }

    static class Sub extends Fields {
        long extra = 99;
        int i = -1; // hides Fields.i

        Sub() {
            super(7);
        }

        int superI() {
            return super.i;
        }
    }

    interface Consts {
        int A = 1;
        String B = "b" + A;
        long[] TABLE = {1L, 2L, 3L};
    }

    static class UsesConsts implements Consts {
        long third() {
            return TABLE[2] + A;
        }
    }

    void shadow(int i) {
        long l = 1000;
        this.i = i * 2;
        this.l = l + this.l;
    }

    public static void main(String[] args) {
        System.out.println("static defaults: " + sz + " " + sb + " " + (int) sc + " " + ss + " " + si + " " + sl + " " + sf + " "
                + sd + " " + so + " " + vl);
        Fields o = new Fields(3);
        System.out.println("instance defaults: " + o.z + " " + o.b + " " + (int) o.c + " " + o.s + " " + o.i + " " + o.l + " " + o.f
                + " " + o.d + " " + o.str + " " + o.arr + " " + o.vd + " fin=" + o.fin);
        sz = true;
        sb = (byte) 0x80;
        sc = '\u4e2d';
        ss = -1;
        si = Integer.MAX_VALUE;
        sl = Long.MIN_VALUE;
        sf = 3.25f;
        sd = -1e-200;
        so = "obj";
        vl = 0x1234567890L;
        System.out.println("static set: " + sz + " " + sb + " " + (int) sc + " " + ss + " " + si + " " + sl + " " + sf + " " + sd
                + " " + so + " " + vl);
        si++;
        sl--;
        sb += 1;
        sc += 1;
        sd *= -2;
        vl <<= 4;
        System.out.println("static compound: " + si + " " + sl + " " + sb + " " + (int) sc + " " + sd + " " + vl);
        o.z = true;
        o.b = 127;
        o.c = 'x';
        o.s = Short.MIN_VALUE;
        o.i = -42;
        o.l = 1L << 62;
        o.f = -0.0f;
        o.d = Double.MAX_VALUE;
        o.str = "s";
        o.arr = new int[] {1};
        o.vd = 0.5;
        o.b++;
        o.s--;
        o.l += o.l;
        o.d *= 2;
        o.arr[0] += 10;
        System.out.println("instance: " + o.z + " " + o.b + " " + o.c + " " + o.s + " " + o.i + " " + o.l + " " + o.f + " " + o.d
                + " " + o.str + " " + o.arr[0] + " " + o.vd);
        o.shadow(21);
        System.out.println("shadowing: " + o.i + " " + o.l);
        Sub sub = new Sub();
        Fields asBase = sub;
        sub.i = 5;
        asBase.i = 6;
        System.out.println("hiding: sub.i=" + sub.i + " base.i=" + asBase.i + " superI=" + sub.superI() + " extra=" + sub.extra
                + " fin=" + sub.fin);
        System.out.println("interface constants: " + Consts.A + " " + Consts.B + " " + new UsesConsts().third() + " "
                + UsesConsts.B + " computed final " + FINAL_COMPUTED);
        Fields[] many = new Fields[3];
        for (int k = 0; k < many.length; k++) {
            many[k] = new Fields(k);
            many[k].d = k / 4.0;
            many[k].l = -k;
        }
        double total = 0;
        long ltotal = 0;
        for (Fields f : many) {
            total += f.d;
            ltotal += f.l * f.fin;
        }
        System.out.println("array of objects: " + total + " " + ltotal);
        int x = o.i = si = 77;
        System.out.println("chained assignment: " + x + " " + o.i + " " + si);
    }
}
