// java.util.Arrays breadth: sorting (stable for objects, ranges, NaN/-0.0 order for floats),
// binarySearch on every type, fill/copyOf/copyOfRange, asList, equals/deepEquals,
// hashCode/deepHashCode, toString/deepToString, setAll/parallelPrefix, mismatch/compare.
import java.util.*;

public class ArraysMore {
    static void tryRun(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e);
        }
    }

    record Item(String key, int seq) {
        public String toString() {
            return key + seq;
        }
    }

    public static void main(String[] args) {
        int[] ints = {5, -3, 9, 0, 9, -3, 7, Integer.MIN_VALUE, Integer.MAX_VALUE, 1};
        Arrays.sort(ints);
        System.out.println("ints " + Arrays.toString(ints));
        long[] longs = {3L, -1L, Long.MAX_VALUE, 0L, Long.MIN_VALUE, 42L};
        Arrays.sort(longs, 1, 5);
        System.out.println("longs range " + Arrays.toString(longs));
        double[] ds = {3.5, Double.NaN, -0.0, 0.0, Double.NEGATIVE_INFINITY, -1.25, Double.POSITIVE_INFINITY, 0.0, -0.0};
        Arrays.sort(ds);
        System.out.println("doubles " + Arrays.toString(ds));
        float[] fs = {Float.NaN, 1f, -0f, 0f, -2.5f, Float.MIN_VALUE};
        Arrays.sort(fs);
        System.out.println("floats " + Arrays.toString(fs));
        char[] cs = "hello world".toCharArray();
        Arrays.sort(cs);
        short[] ss = {300, -300, 0, 7};
        Arrays.parallelSort(ss);
        byte[] bs = {10, -128, 127, 0, -1};
        Arrays.sort(bs);
        System.out.println("chars " + Arrays.toString(cs) + " shorts " + Arrays.toString(ss) + " bytes " + Arrays.toString(bs));
        int[] bigInts = new int[1000];
        Random rnd = new Random(99);
        for (int i = 0; i < bigInts.length; i++) {
            bigInts[i] = rnd.nextInt(500) - 250;
        }
        Arrays.sort(bigInts);
        boolean sortedOk = true;
        for (int i = 1; i < bigInts.length; i++) {
            sortedOk &= bigInts[i - 1] <= bigInts[i];
        }
        System.out.println("big sort ok " + sortedOk + " " + bigInts[0] + " " + bigInts[999] + " hash " + Arrays.hashCode(bigInts));

        Item[] items = new Item[40];
        for (int i = 0; i < items.length; i++) {
            items[i] = new Item(String.valueOf((char) ('a' + (i * 7) % 5)), i);
        }
        Arrays.sort(items, Comparator.comparing(Item::key));
        System.out.println("stable " + Arrays.toString(items));
        String[] words = {"pear", "Apple", "fig", "apple", "Fig", "banana"};
        String[] w2 = words.clone();
        Arrays.sort(w2);
        System.out.println("natural " + Arrays.toString(w2));
        Arrays.sort(w2, String.CASE_INSENSITIVE_ORDER);
        System.out.println("ci stable " + Arrays.toString(w2));
        Arrays.sort(w2, 1, 4, Comparator.reverseOrder());
        System.out.println("range reversed " + Arrays.toString(w2));
        Arrays.parallelSort(w2, 0, 3);
        System.out.println("parallelSort range " + Arrays.toString(w2));
        tryRun("sort bad range", () -> Arrays.sort(new int[3], 2, 1));
        tryRun("sort range past end", () -> Arrays.sort(new int[3], 0, 4));
        tryRun("sort negative from", () -> Arrays.sort(new Object[3], -1, 2));
        tryRun("sort non-comparable", () -> Arrays.sort(new Object[] {new Object(), new Object()}));
        tryRun("sort mixed", () -> Arrays.sort(new Object[] {"a", 1}));

        int[] sorted = {1, 3, 5, 7, 9, 11};
        System.out.println("binarySearch int " + Arrays.binarySearch(sorted, 7) + " " + Arrays.binarySearch(sorted, 8)
                + " " + Arrays.binarySearch(sorted, 0) + " " + Arrays.binarySearch(sorted, 12) + " range "
                + Arrays.binarySearch(sorted, 1, 4, 9));
        System.out.println("binarySearch others " + Arrays.binarySearch(new long[] {1, 5, 9}, 5L) + " "
                + Arrays.binarySearch(new double[] {-0.0, 0.0, Double.NaN}, 0.0) + " "
                + Arrays.binarySearch(new double[] {-0.0, 0.0, Double.NaN}, Double.NaN) + " "
                + Arrays.binarySearch(new float[] {1f, 2f}, 1.5f) + " " + Arrays.binarySearch(new char[] {'a', 'c'}, 'c')
                + " " + Arrays.binarySearch(new short[] {1, 2}, (short) 3) + " "
                + Arrays.binarySearch(new byte[] {-5, 5}, (byte) -5) + " "
                + Arrays.binarySearch(new String[] {"a", "c", "e"}, "d") + " "
                + Arrays.binarySearch(new String[] {"e", "c", "a"}, "c", Comparator.reverseOrder()));
        tryRun("binarySearch bad range", () -> Arrays.binarySearch(sorted, 3, 2, 1));

        int[] filled = new int[6];
        Arrays.fill(filled, 7);
        Arrays.fill(filled, 1, 3, -1);
        Object[] objs = new Object[4];
        Arrays.fill(objs, "x");
        System.out.println("fill " + Arrays.toString(filled) + " " + Arrays.toString(objs));
        tryRun("fill wrong type", () -> Arrays.fill(new String[2], 1));
        tryRun("fill bad range", () -> Arrays.fill(filled, 4, 9, 0));
        System.out.println("copyOf " + Arrays.toString(Arrays.copyOf(sorted, 3)) + " " + Arrays.toString(Arrays.copyOf(sorted, 8))
                + " " + Arrays.toString(Arrays.copyOf(words, 2)) + " " + Arrays.toString(Arrays.copyOf(new boolean[] {true}, 3))
                + " " + Arrays.toString(Arrays.copyOfRange(sorted, 2, 9)) + " "
                + Arrays.toString(Arrays.copyOfRange(new char[] {'a', 'b', 'c'}, 1, 2)));
        Object[] asObjects = Arrays.copyOf(words, 3, Object[].class);
        System.out.println("copyOf newType " + asObjects.getClass().getSimpleName() + " " + Arrays.toString(asObjects));
        tryRun("copyOf negative", () -> Arrays.copyOf(sorted, -1));
        tryRun("copyOfRange from > to", () -> Arrays.copyOfRange(sorted, 3, 1));
        tryRun("copyOfRange from > length", () -> Arrays.copyOfRange(sorted, 7, 9));
        tryRun("copyOf wrong type", () -> Arrays.copyOf(new Object[] {1}, 1, String[].class));

        List<String> view = Arrays.asList(words);
        view.set(0, "PEAR");
        System.out.println("asList writes through " + words[0] + " " + view + " size " + view.size() + " indexOf "
                + view.indexOf("fig") + " contains " + view.contains("banana"));
        view.sort(null);
        System.out.println("asList sort writes through " + Arrays.toString(words));
        view.replaceAll(String::toUpperCase);
        System.out.println("asList replaceAll " + Arrays.toString(words) + " toArray type "
                + view.toArray().getClass().getSimpleName());
        tryRun("asList add", () -> view.add("x"));
        tryRun("asList remove", () -> view.remove(0));
        tryRun("asList clear", view::clear);
        System.out.println("asList empty " + Arrays.asList() + " equals " + Arrays.asList(1, 2).equals(List.of(1, 2))
                + " hash " + Arrays.asList(1, 2).hashCode());

        int[][] grid = {{1, 2}, {3}, null, {}};
        Object[] nested = {1, "s", new int[] {4}, new String[] {"a", null}, null, new double[][] {{1.5}}, new char[] {'x'}};
        Object[] self = new Object[2];
        self[0] = self;
        self[1] = List.of(1);
        System.out.println("deepToString " + Arrays.deepToString(grid) + " " + Arrays.deepToString(nested) + " "
                + Arrays.deepToString(self) + " " + Arrays.deepToString(null));
        System.out.println("toString null " + Arrays.toString((int[]) null) + " " + Arrays.toString(new Object[0])
                + " " + Arrays.toString(new boolean[] {true, false}) + " " + Arrays.toString(new float[] {1.5f, -0f}));
        Object[] nested2 = {1, "s", new int[] {4}, new String[] {"a", null}, null, new double[][] {{1.5}}, new char[] {'x'}};
        System.out.println("deepEquals " + Arrays.deepEquals(nested, nested2) + " equals " + Arrays.equals(nested, nested2)
                + " deepHashCode " + (Arrays.deepHashCode(nested) == Arrays.deepHashCode(nested2)) + " "
                + Arrays.deepHashCode(new Object[] {new int[] {1, 2}, "a", null}) + " hashCode "
                + Arrays.hashCode(new long[] {1L << 40, -1}) + " " + Arrays.hashCode(new double[] {0.5, -0.0}) + " "
                + Arrays.hashCode(new boolean[] {true, false}) + " " + Arrays.hashCode((Object[]) null));
        System.out.println("equals " + Arrays.equals(new int[] {1, 2}, new int[] {1, 2}) + " "
                + Arrays.equals(new double[] {Double.NaN}, new double[] {Double.NaN}) + " "
                + Arrays.equals(new double[] {0.0}, new double[] {-0.0}) + " " + Arrays.equals((int[]) null, null) + " "
                + Arrays.equals(new int[] {1, 2, 3}, 1, 3, new int[] {0, 2, 3}, 1, 3) + " "
                + Arrays.equals(new String[] {"a", "B"}, new String[] {"A", "b"}, String.CASE_INSENSITIVE_ORDER) + " "
                + Arrays.equals(new Object[] {1, 2, 3}, 0, 2, new Object[] {1, 2}, 0, 2) + " "
                + Arrays.equals(new String[] {"x", "a"}, 1, 2, new String[] {"A"}, 0, 1, String.CASE_INSENSITIVE_ORDER));

        String[] gen = new String[5];
        Arrays.setAll(gen, i -> "g" + i * i);
        long[] lg = new long[5];
        Arrays.parallelSetAll(lg, i -> 1L << (i * 10));
        double[] dg = new double[4];
        Arrays.setAll(dg, i -> i / 4.0);
        int[] prefix = {1, 2, 3, 4, 5};
        Arrays.parallelPrefix(prefix, Integer::sum);
        String[] sp = {"a", "b", "c", "d"};
        Arrays.parallelPrefix(sp, 1, 3, String::concat);
        double[] dp = {1, 2, 3};
        Arrays.parallelPrefix(dp, (x, y) -> x * y);
        System.out.println("setAll " + Arrays.toString(gen) + " " + Arrays.toString(lg) + " " + Arrays.toString(dg)
                + " prefix " + Arrays.toString(prefix) + " " + Arrays.toString(sp) + " " + Arrays.toString(dp));

        System.out.println("mismatch " + Arrays.mismatch(new int[] {1, 2, 3}, new int[] {1, 2, 4}) + " "
                + Arrays.mismatch(new int[] {1, 2}, new int[] {1, 2, 3}) + " " + Arrays.mismatch(new int[] {1}, new int[] {1})
                + " " + Arrays.mismatch(new String[] {"a", null}, new String[] {"a", "b"}) + " "
                + Arrays.mismatch(new Object[] {1, 2, 9}, 1, 3, new Object[] {2, 8}, 0, 2) + " "
                + Arrays.mismatch(new String[] {"a", "B"}, 0, 2, new String[] {"A", "b", "c"}, 0, 3, String.CASE_INSENSITIVE_ORDER)
                + " " + Arrays.mismatch(new char[] {'a', 'b'}, 0, 2, new char[] {'a', 'c'}, 0, 2));
        System.out.println("compare " + Arrays.compare(new int[] {1, 2}, new int[] {1, 3}) + " "
                + Arrays.compare(new int[] {1, 2, 0}, new int[] {1, 2}) + " " + Arrays.compare((int[]) null, new int[0])
                + " " + Arrays.compare(new String[] {"a", null}, new String[] {"a", "b"}) + " "
                + Arrays.compare(new String[] {"b"}, new String[] {"a", "z"}) + " "
                + Arrays.compare(new Integer[] {5, 6, 7}, 1, 3, new Integer[] {6, 8}, 0, 2) + " "
                + Arrays.compare(new String[] {"x"}, 0, 1, new String[] {"X"}, 0, 1, String.CASE_INSENSITIVE_ORDER) + " "
                + Arrays.compare(new boolean[] {false, true}, new boolean[] {true}) + " "
                + Arrays.compare(new double[] {Double.NaN}, new double[] {1.0}) + " "
                + Arrays.compare(new byte[] {-1}, new byte[] {1}) + " " + Arrays.compareUnsigned(new byte[] {-1}, new byte[] {1})
                + " " + Arrays.compareUnsigned(new int[] {-1, 0}, 0, 1, new int[] {1}, 0, 1) + " "
                + Arrays.compareUnsigned(new long[] {5, 6}, 0, 2, new long[] {5}, 0, 1) + " "
                + Arrays.compareUnsigned(new short[] {-2}, 0, 1, new short[] {-3}, 0, 1) + " "
                + Arrays.compareUnsigned(new byte[] {1, 2}, 0, 2, new byte[] {1, 2}, 0, 2));
        tryRun("mismatch null", () -> Arrays.mismatch((int[]) null, new int[0]));
        tryRun("compare range bad", () -> Arrays.compare(new int[2], 0, 3, new int[2], 0, 1));
        tryRun("equals range bad", () -> Arrays.equals(new Object[2], 2, 1, new Object[2], 0, 1));
    }
}
