// Argument passing for every shape of native signature: narrow types (sign and zero extension)
// in registers and on the stack, floats and doubles beyond the eight SSE registers, integers
// beyond the six integer registers, objects on the stack, long signatures (more than 16 stack
// words), instance methods, and every return type after stack arguments.
public class JniSignatures {
    static native String narrow(boolean z, byte b, char c, short s);
    static native String narrowOnStack(int a, int b, int c, int d, boolean z, byte b2, char c2, short s, int e);
    static native float floatsOnStack(float a, float b, float c, float d, float e, float f, float g, float h,
            float i, float j, double k);
    static native double interleaved(int a, double b, long c, float d, Object e, double f, int g, float h,
            long i, double j, short k, float l, byte m, double n, char o, float p);
    static native String objectsOnStack(Object a, Object b, Object c, Object d, Object e, Object f, String g);
    static native long longSignature(long a0, long a1, long a2, long a3, long a4, long a5, long a6, long a7,
            long a8, long a9, long a10, long a11, long a12, long a13, long a14, long a15, long a16, long a17,
            long a18, long a19, long a20, long a21);
    static native double longDoubles(double a0, double a1, double a2, double a3, double a4, double a5, double a6,
            double a7, double a8, double a9, double a10, double a11, double a12, double a13, double a14,
            double a15, double a16, double a17, double a18, double a19, double a20, double a21, double a22,
            double a23, double a24, double a25);
    native String instanceMany(int a, long b, float c, double d, Object e, int f, int g, int h);
    static native byte byteAfterStack(int a, int b, int c, int d, int e, byte r);
    static native char charAfterStack(int a, int b, int c, int d, int e, char r);
    static native short shortAfterStack(int a, int b, int c, int d, int e, short r);
    static native boolean booleanAfterStack(int a, int b, int c, int d, int e, int r);
    static native float floatAfterStack(double a, double b, double c, double d, double e, double f, double g,
            double h, double i, float r);
    static native Object objectAfterStack(int a, int b, int c, int d, int e, Object r);
    static native int sixteenStackWords(int a0, int a1, int a2, int a3, int a4, int a5, int a6, int a7, int a8,
            int a9, int a10, int a11, int a12, int a13, int a14, int a15, int a16, int a17, int a18, int a19);
    static native int seventeenStackWords(int a0, int a1, int a2, int a3, int a4, int a5, int a6, int a7,
            int a8, int a9, int a10, int a11, int a12, int a13, int a14, int a15, int a16, int a17, int a18,
            int a19, int a20);

    final String name = "receiver";

    public static void main(String[] args) {
        System.loadLibrary("JniSignatures");
        System.out.println(narrow(true, (byte) -128, '\uffff', (short) -32768));
        System.out.println(narrow(false, (byte) 127, 'A', (short) 32767));
        System.out.println(narrowOnStack(1, 2, 3, 4, true, (byte) -5, '\u8001', (short) -6, -7));
        System.out.println(floatsOnStack(0.5f, 1.5f, 2.5f, 3.5f, 4.5f, 5.5f, 6.5f, 7.5f, -8.25f, Float.MIN_VALUE, 1e300));
        System.out.println(interleaved(1, 2.5, -3L, 4.25f, "five", 6.125, -7, 8.5f, Long.MIN_VALUE, 1e-300,
                (short) -11, 12.75f, (byte) -13, 14.0, '\u00ff', -16.5f));
        System.out.println(objectsOnStack("a", null, 3, new int[] {4}, 'e', 6.0, "g"));
        System.out.println(longSignature(1, -2, 3, -4, 5, -6, 7, -8, 9, -10, 11, -12, 13, -14, 15, -16, 17, -18,
                19, -20, 21, Long.MAX_VALUE));
        System.out.println(longDoubles(0.5, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
                21, 22, 23, 24, -25.25));
        System.out.println(new JniSignatures().instanceMany(-1, 1L << 40, 3.5f, -4.75, "obj", 6, 7, -8));
        System.out.println(byteAfterStack(1, 2, 3, 4, 5, (byte) -100));
        System.out.println((int) charAfterStack(1, 2, 3, 4, 5, '\uabcd'));
        System.out.println(shortAfterStack(1, 2, 3, 4, 5, (short) -30000));
        System.out.println(booleanAfterStack(1, 2, 3, 4, 5, 0x100) + " " + booleanAfterStack(1, 2, 3, 4, 5, 0));
        System.out.println(floatAfterStack(1, 2, 3, 4, 5, 6, 7, 8, 9, -0.125f));
        System.out.println(objectAfterStack(1, 2, 3, 4, 5, "kept"));
        System.out.println(sixteenStackWords(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, -19));
        System.out.println(seventeenStackWords(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, -20));
        // The same natives again: the link made by the first call is reused.
        long sum = 0;
        for (int i = 0; i < 1000; i++) {
            sum += longSignature(i, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, i);
            sum += sixteenStackWords(i, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, i);
        }
        System.out.println(sum);
    }
}
