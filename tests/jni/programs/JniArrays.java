// JNI arrays: New<Type>Array for every type, Get/Release<Type>ArrayElements with modes 0,
// JNI_COMMIT and JNI_ABORT, the region functions and their bounds errors, object arrays
// (NewObjectArray, Get/SetObjectArrayElement, ArrayStoreException, negative sizes) and
// GetPrimitiveArrayCritical.
import java.util.Arrays;

public class JniArrays {
    static { System.loadLibrary("JniArrays"); }

    static native Object newArray(char type, int length);   // filled with 1, 2, 3, ... by SetRegion
    static native String elementsModes(int[] array);         // writes through each release mode
    static native void incrementAll(Object array);           // Get/Release<T>ArrayElements, mode 0
    static native String region(int[] array, int start, int len, boolean set);
    static native long criticalSum(int[] ints, double[] doubles);
    static native void criticalWrite(byte[] bytes);
    static native Object[] objects(int length, Class<?> type, Object init);
    static native Object getElement(Object[] array, int index);
    static native void setElement(Object[] array, int index, Object value);
    static native int length(Object array);
    static native String isCopy(int[] array);

    static String show(Object a) {
        if (a instanceof boolean[]) return Arrays.toString((boolean[]) a);
        if (a instanceof byte[]) return Arrays.toString((byte[]) a);
        if (a instanceof char[]) {
            StringBuilder sb = new StringBuilder();
            for (char c : (char[]) a) sb.append((int) c).append(' ');
            return sb.toString();
        }
        if (a instanceof short[]) return Arrays.toString((short[]) a);
        if (a instanceof int[]) return Arrays.toString((int[]) a);
        if (a instanceof long[]) return Arrays.toString((long[]) a);
        if (a instanceof float[]) return Arrays.toString((float[]) a);
        if (a instanceof double[]) return Arrays.toString((double[]) a);
        return Arrays.deepToString((Object[]) a);
    }

    public static void main(String[] args) {
        for (char type : "ZBCSIJFD".toCharArray()) {
            Object a = newArray(type, 4);
            System.out.println(type + " " + a.getClass().getName() + " " + show(a));
            incrementAll(a);
            System.out.println("  incremented " + show(a));
            System.out.println("  length " + length(a));
        }
        System.out.println("empty " + show(newArray('I', 0)));
        try {
            newArray('J', -3);
        } catch (NegativeArraySizeException e) {
            System.out.println("negative: " + e);
        }
        int[] ints = {10, 20, 30};
        System.out.println(elementsModes(ints) + " -> " + Arrays.toString(ints));
        System.out.println(isCopy(ints));

        int[] r = {0, 1, 2, 3, 4, 5, 6, 7};
        int[][] ranges = {{0, 8}, {2, 3}, {8, 0}, {0, 0}, {7, 2}, {-1, 1}, {3, -1}, {9, 0}, {Integer.MAX_VALUE, 5}};
        for (int[] range : ranges) {
            for (boolean set : new boolean[] {false, true}) {
                try {
                    System.out.println((set ? "set" : "get") + " " + range[0] + "," + range[1] + ": "
                            + region(r, range[0], range[1], set));
                } catch (ArrayIndexOutOfBoundsException e) {
                    System.out.println((set ? "set" : "get") + " " + range[0] + "," + range[1] + ": " + e);
                }
            }
        }
        System.out.println(Arrays.toString(r));

        int[] big = new int[1000];
        double[] dbl = new double[10];
        for (int i = 0; i < big.length; i++) big[i] = i;
        for (int i = 0; i < dbl.length; i++) dbl[i] = i * 0.5;
        System.out.println("critical sum " + criticalSum(big, dbl));
        byte[] bytes = new byte[5];
        criticalWrite(bytes);
        System.out.println("critical write " + Arrays.toString(bytes));

        Object[] strings = objects(3, String.class, "init");
        System.out.println(strings.getClass().getName() + " " + Arrays.toString(strings));
        Object[] nulls = objects(2, Object.class, null);
        System.out.println(nulls.getClass().getName() + " " + Arrays.toString(nulls));
        Object[] nested = objects(2, int[].class, new int[] {7});
        System.out.println(nested.getClass().getName() + " " + show(nested));
        System.out.println(objects(1, Runnable.class, null).getClass().getName());
        setElement(strings, 1, "second");
        System.out.println(getElement(strings, 1) + " " + getElement(strings, 0));
        setElement(strings, 2, null);
        System.out.println(Arrays.toString(strings));
        try {
            objects(-1, String.class, null);
        } catch (NegativeArraySizeException e) {
            System.out.println("negative: " + e);
        }
        Object[] cases = {Integer.valueOf(5), new StringBuilder("sb"), new int[1]};
        for (Object wrong : cases) {
            try {
                setElement(strings, 0, wrong);
            } catch (ArrayStoreException e) {
                System.out.println(e);
            }
        }
        try {
            setElement(new Integer[2][3], 1, "x");
        } catch (ArrayStoreException e) {
            System.out.println(e);
        }
        try {
            setElement(new int[2][3], 0, new long[1]);
        } catch (ArrayStoreException e) {
            System.out.println(e);
        }
        for (int index : new int[] {-1, 3, 100}) {
            try {
                getElement(strings, index);
            } catch (ArrayIndexOutOfBoundsException e) {
                System.out.println("get " + e);
            }
            try {
                setElement(strings, index, "v");
            } catch (ArrayIndexOutOfBoundsException e) {
                System.out.println("set " + e);
            }
        }
    }
}
