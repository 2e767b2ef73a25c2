// Native methods of every signature shape (all primitive types, many arguments, overloads that
// need long mangled names, names with '_' and '$'), and natives calling back into Java through
// every Call<Type>Method form (plain, V, A; virtual, nonvirtual, static) and NewObject*.
public class JniCalls {
    static { System.loadLibrary("JniCalls"); }

    // Java -> native: primitives in and out.
    static native boolean notBool(boolean b);
    static native byte negByte(byte b);
    static native char nextChar(char c);
    static native short negShort(short s);
    static native int addInts(int a, int b);
    static native long mulLongs(long a, long b);
    static native float halfFloat(float f);
    static native double sqrtDouble(double d);
    static native void doNothing();
    static native boolean rawBoolean(int value); // returns the jboolean (jboolean) value unnormalized
    static native String echo(String s);
    static native Object identity(Object o);
    static native int[] makeInts(int n);
    static native long manyArgs(int a, long b, int c, long d, int e, long f, int g, long h, int i, long j);
    static native double manyDoubles(double a, float b, double c, float d, double e, float f, double g,
            float h, double i, float j, int k, double l);
    static native String mixed(byte b, char c, short s, int i, long l, float f, double d, boolean z, String str);
    // Overloads: only long names tell them apart.
    static native String over(int x);
    static native String over(String x);
    static native String over(int[] x, String[][] y);
    static native int under_score$dollar(int x);
    native int instanceAdd(int x);
    native String describe();

    // Native -> Java.
    static native String callEveryType(Target t);
    static native String callStatics();
    static native String callNonvirtual(Target t);
    static native Object construct(int how, int value);
    static native String callInterface(Runnable r, Comparable<String> c);

    int base = 100;

    public String toString() { return "JniCalls(" + base + ")"; }

    public static class Target {
        int value;
        Target(int value) { this.value = value; }
        public Target() { this(-1); }
        boolean isPositive() { return value > 0; }
        byte asByte() { return (byte) value; }
        char asChar() { return (char) ('a' + value); }
        short asShort() { return (short) (value * 1000); }
        int twice(int x) { return 2 * x + value; }
        long widen(int x, long y) { return x * y + value; }
        float ratio(float a, double b) { return (float) (a / b); }
        double sum(byte b, char c, short s, int i, long l, float f, double d, boolean z) {
            return b + c + s + i + l + f + d + (z ? 1000 : 0);
        }
        void bump(int by) { value += by; }
        String name() { return "Target" + value; }
        public String toString() { return "Target(" + value + ")"; }
    }

    public static class SubTarget extends Target {
        SubTarget(int v) { super(v); }
        String name() { return "SubTarget" + value; }
    }

    static int counter;
    static boolean sFlag(boolean b) { return !b; }
    static byte sByte(byte b) { return (byte) (b + 1); }
    static char sChar(char c) { return Character.toUpperCase(c); }
    static short sShort(short s) { return (short) (s - 1); }
    static int sInt(int a, int b) { return a * b; }
    static long sLong(long a) { return a << 3; }
    static float sFloat(float f) { return f * 2; }
    static double sDouble(double d) { return d / 4; }
    static void sVoid() { counter++; }
    static Object sObject(String s) { return s + "!"; }

    public static void main(String[] args) {
        System.out.println(notBool(true) + " " + notBool(false));
        System.out.println(negByte((byte) 5) + " " + negByte(Byte.MIN_VALUE));
        System.out.println((int) nextChar('A') + " " + (int) nextChar('\uffff'));
        System.out.println(negShort((short) 300) + " " + negShort(Short.MIN_VALUE));
        System.out.println(addInts(2, 3) + " " + addInts(Integer.MAX_VALUE, 1));
        System.out.println(mulLongs(1L << 40, 3) + " " + mulLongs(-7, 6));
        System.out.println(halfFloat(3f) + " " + halfFloat(-0.5f));
        System.out.println(sqrtDouble(2) + " " + sqrtDouble(-1));
        doNothing();
        System.out.println(rawBoolean(0) + " " + rawBoolean(1) + " " + rawBoolean(2) + " " + rawBoolean(256));
        System.out.println(echo("hello") + " " + echo(null));
        Object o = new Object();
        System.out.println((identity(o) == o) + " " + identity(null));
        int[] ints = makeInts(5);
        System.out.println(ints.length + " " + ints[4]);
        System.out.println(manyArgs(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
        System.out.println(manyDoubles(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
        System.out.println(mixed((byte) -1, 'z', (short) -2, -3, -4L, 1.5f, 2.25, true, "s"));
        System.out.println(over(7) + " " + over("x") + " " + over(new int[3], new String[2][1]));
        System.out.println(under_score$dollar(41));
        JniCalls self = new JniCalls();
        System.out.println(self.instanceAdd(5) + " " + self.describe());

        Target t = new Target(3);
        System.out.println(callEveryType(t));
        System.out.println(t);
        System.out.println(callStatics() + " counter=" + counter);
        System.out.println(callNonvirtual(new SubTarget(4)));
        for (int how = 0; how < 3; how++) {
            System.out.println(construct(how, 40 + how));
        }
        System.out.println(callInterface(() -> counter += 10, "b"::compareTo) + " counter=" + counter);
    }
}
