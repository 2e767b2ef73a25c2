// java.util.Arrays: sort of every primitive kind (including -0.0/NaN ordering for floating
// point), sort ranges, object sort with comparator (stable), binarySearch hits and insertion
// points, fill, copyOf/copyOfRange with padding and truncation, equals/deepEquals, toString/
// deepToString, hashCode/deepHashCode, asList views, and System.arraycopy with overlap.
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

public class ArraysUtil {
    public static void main(String[] args) {
        int[] ints = {5, -3, 9, 0, Integer.MIN_VALUE, 7, Integer.MAX_VALUE, -3, 2};
        Arrays.sort(ints);
        System.out.println(Arrays.toString(ints));
        long[] longs = {3L, -1L, Long.MAX_VALUE, 0L, Long.MIN_VALUE};
        Arrays.sort(longs);
        System.out.println(Arrays.toString(longs));
        double[] ds = {3.5, -0.0, Double.NaN, 0.0, Double.NEGATIVE_INFINITY, -1.0, Double.POSITIVE_INFINITY, 0.0, -0.0, 1e-300};
        Arrays.sort(ds);
        System.out.println(Arrays.toString(ds));
        float[] fs = {Float.NaN, 1f, -0f, 0f, -1f};
        Arrays.sort(fs);
        System.out.println(Arrays.toString(fs));
        char[] cs = "hello world".toCharArray();
        Arrays.sort(cs);
        System.out.println("[" + new String(cs) + "] " + Arrays.toString(cs));
        byte[] bs = {5, -128, 127, 0, -1};
        Arrays.sort(bs);
        short[] ss = {500, -500, 0, Short.MAX_VALUE, Short.MIN_VALUE};
        Arrays.sort(ss);
        System.out.println(Arrays.toString(bs) + " " + Arrays.toString(ss));
        int[] range = {9, 8, 7, 6, 5, 4, 3, 2, 1};
        Arrays.sort(range, 2, 6);
        System.out.println("range sort " + Arrays.toString(range));
        int[] big = new int[5000];
        int seed = 12345;
        for (int i = 0; i < big.length; i++) {
            seed = seed * 1103515245 + 12345;
            big[i] = seed >> 8;
        }
        Arrays.sort(big);
        boolean sorted = true;
        for (int i = 1; i < big.length; i++) sorted &= big[i - 1] <= big[i];
        System.out.println("big sorted " + sorted + " first " + big[0] + " last " + big[big.length - 1] + " median " + big[2500]);
        String[] words = {"pear", "Apple", "fig", "banana", "apple", "Fig", "kiwi"};
        String[] natural = words.clone();
        Arrays.sort(natural);
        System.out.println("natural " + Arrays.toString(natural));
        Arrays.sort(words, Comparator.comparing(String::length));
        System.out.println("stable by length " + Arrays.toString(words));
        Arrays.sort(words, String.CASE_INSENSITIVE_ORDER);
        System.out.println("case-insensitive " + Arrays.toString(words));
        Integer[] boxed = {3, 1, 2};
        Arrays.sort(boxed, Comparator.reverseOrder());
        System.out.println("boxed reverse " + Arrays.toString(boxed));
        int[] sortedInts = {1, 3, 5, 7, 9, 11};
        System.out.println("binarySearch " + Arrays.binarySearch(sortedInts, 7) + " " + Arrays.binarySearch(sortedInts, 0) + " "
                + Arrays.binarySearch(sortedInts, 6) + " " + Arrays.binarySearch(sortedInts, 12) + " "
                + Arrays.binarySearch(new String[] {"a", "c", "e"}, "d") + " " + Arrays.binarySearch(new double[] {0.5, 1.5}, 1.5));
        int[] filled = new int[6];
        Arrays.fill(filled, 7);
        Arrays.fill(filled, 1, 3, -1);
        Object[] ofill = new Object[3];
        Arrays.fill(ofill, "o");
        System.out.println("fill " + Arrays.toString(filled) + " " + Arrays.toString(ofill));
        System.out.println("copyOf " + Arrays.toString(Arrays.copyOf(sortedInts, 3)) + " " + Arrays.toString(Arrays.copyOf(sortedInts, 8))
                + " " + Arrays.toString(Arrays.copyOfRange(sortedInts, 4, 9)) + " " + Arrays.toString(Arrays.copyOf(new String[] {"s"}, 2))
                + " " + Arrays.toString(Arrays.copyOf(new boolean[] {true}, 2)) + " " + Arrays.toString(Arrays.copyOf(new char[] {'a'}, 2)).length());
        System.out.println("equals " + Arrays.equals(new int[] {1, 2}, new int[] {1, 2}) + " " + Arrays.equals(new int[] {1}, new int[] {2})
                + " " + Arrays.equals(new double[] {Double.NaN}, new double[] {Double.NaN}) + " "
                + Arrays.equals(new double[] {0.0}, new double[] {-0.0}) + " " + Arrays.equals((int[]) null, null) + " "
                + Arrays.deepEquals(new int[][] {{1}, {2}}, new int[][] {{1}, {2}}) + " "
                + Arrays.equals(new Object[] {new int[] {1}}, new Object[] {new int[] {1}}));
        Object[] deep = {1, "two", new int[] {3, 4}, new String[] {"five"}, null, new Object[] {new long[] {6L}}};
        System.out.println("deepToString " + Arrays.deepToString(deep));
        System.out.println("toString misc " + Arrays.toString((int[]) null) + " " + Arrays.toString(new int[0]) + " "
                + Arrays.toString(new double[] {1.0, -0.0}) + " " + Arrays.toString(new Object[] {null, 'c'}));
        System.out.println("hashCode " + Arrays.hashCode(new int[] {1, 2}) + " " + Arrays.hashCode(new double[] {1.5}) + " "
                + Arrays.hashCode(new boolean[] {true, false}) + " " + Arrays.hashCode(new char[] {'a'}) + " "
                + Arrays.deepHashCode(new Object[] {new int[] {1, 2}, "x"}) + " " + Arrays.hashCode(new String[] {"a", "b"}));
        List<String> view = Arrays.asList(natural);
        natural[0] = "CHANGED";
        System.out.println("asList view " + view.get(0) + " size " + view.size() + " indexOf " + view.indexOf("fig"));
        int[] overlap = {1, 2, 3, 4, 5, 6, 7, 8};
        System.arraycopy(overlap, 0, overlap, 2, 5);
        System.out.println("arraycopy forward overlap " + Arrays.toString(overlap));
        System.arraycopy(overlap, 3, overlap, 0, 5);
        System.out.println("arraycopy backward overlap " + Arrays.toString(overlap));
        Object[] src = {"a", "b", "c"};
        String[] dst = new String[4];
        System.arraycopy(src, 0, dst, 1, 3);
        System.out.println("object arraycopy " + Arrays.toString(dst));
        long[] lsrc = {1L, 2L, 3L};
        long[] ldst = new long[3];
        System.arraycopy(lsrc, 1, ldst, 0, 2);
        System.out.println("long arraycopy " + Arrays.toString(ldst));
        int[][] matrix = new int[3][3];
        for (int[] row : matrix) Arrays.fill(row, 1);
        matrix[1][1] = 5;
        System.out.println("matrix " + Arrays.deepToString(matrix));
        Integer[] setAll = new Integer[5];
        Arrays.setAll(setAll, i -> i * i);
        System.out.println("setAll " + Arrays.toString(setAll) + " compare " + Arrays.compare(new int[] {1, 2}, new int[] {1, 3})
                + " mismatch " + Arrays.mismatch(new int[] {1, 2, 3}, new int[] {1, 2, 4}));
    }
}
