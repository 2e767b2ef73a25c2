// JNI field access: Get/Set<Type>Field and Get/SetStatic<Type>Field for every type, inherited
// and interface fields, volatile fields, boolean normalisation, and static initialisation
// triggered by GetStaticFieldID.
public class JniFields {
    static { System.loadLibrary("JniFields"); }

    static native String readAll(Holder h);
    static native void writeAll(Holder h, int seed);
    static native String readStatics();
    static native void writeStatics(int seed);
    static native void writeBooleanRaw(Holder h, int raw, boolean isStatic);
    static native int readInherited(Sub s);
    static native int readInterfaceConstant();
    static native long swapVolatile(Holder h, long value);
    static native String readLazyStatic();

    interface Constants {
        int ANSWER = 42;
    }

    static class Holder {
        boolean z = true;
        byte b = -8;
        char c = 'J';
        short s = -300;
        int i = 123456;
        long j = -1234567890123L;
        float f = 1.5f;
        double d = -2.25;
        Object l = "string field";
        volatile long v = 5;

        static boolean sz = false;
        static byte sb = 100;
        static char sc = '\u4e2d';
        static short ss = 30000;
        static int si = -1;
        static long sj = Long.MIN_VALUE;
        static float sf = Float.NaN;
        static double sd = Double.MAX_VALUE;
        static Object sl = null;

        public String toString() {
            return "z=" + z + " b=" + b + " c=" + (int) c + " s=" + s + " i=" + i + " j=" + j + " f=" + f + " d=" + d
                    + " l=" + l + " v=" + v;
        }

        static String statics() {
            return "sz=" + sz + " sb=" + sb + " sc=" + (int) sc + " ss=" + ss + " si=" + si + " sj=" + sj + " sf=" + sf
                    + " sd=" + sd + " sl=" + sl;
        }
    }

    static class Sub extends Holder implements Constants {
        int i = 777;  // hides Holder.i
    }

    static class Lazy {
        static final String VALUE;
        static {
            System.out.println("Lazy.<clinit>");
            VALUE = "lazy " + Integer.toString(6 * 7);
        }
    }

    public static void main(String[] args) {
        Holder h = new Holder();
        System.out.println("read: " + readAll(h));
        writeAll(h, 3);
        System.out.println("after write: " + h);
        System.out.println("statics: " + readStatics());
        writeStatics(9);
        System.out.println("after write: " + Holder.statics());
        for (int raw : new int[] {0, 1, 2, 255, 256}) {
            writeBooleanRaw(h, raw, false);
            writeBooleanRaw(h, raw, true);
            System.out.println("boolean from " + raw + ": " + h.z + " " + Holder.sz);
        }
        Sub sub = new Sub();
        System.out.println("inherited: " + readInherited(sub) + " " + sub.i + " " + ((Holder) sub).i);
        System.out.println("interface constant: " + readInterfaceConstant());
        System.out.println("volatile swap: " + swapVolatile(h, 99) + " now " + h.v);
        System.out.println("before lazy");
        System.out.println(readLazyStatic());
    }
}
