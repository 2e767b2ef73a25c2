// Array exceptions with their exact messages: ArrayIndexOutOfBounds for every element kind
// (load and store), NegativeArraySize for newarray/anewarray/multianewarray, ArrayStore.
public class ArrayExceptions {
    interface Action {
        void run() throws Exception;
    }

    static void attempt(String label, Action a) {
        try {
            a.run();
            System.out.println(label + ": no exception");
        } catch (Exception e) {
            System.out.println(label + ": " + e);
        }
    }

    static int index(int k) { return k; }

    public static void main(String[] args) {
        boolean[] z = new boolean[3];
        byte[] b = new byte[3];
        char[] c = new char[3];
        short[] s = new short[3];
        int[] i = new int[3];
        long[] l = new long[3];
        float[] f = new float[3];
        double[] d = new double[3];
        String[] o = new String[3];
        attempt("baload", () -> System.out.println(b[index(5)]));
        attempt("bastore", () -> b[index(3)] = 1);
        attempt("zaload", () -> System.out.println(z[index(-1)]));
        attempt("zastore", () -> z[index(Integer.MAX_VALUE)] = true);
        attempt("caload", () -> System.out.println(c[index(5)]));
        attempt("castore", () -> c[index(Integer.MIN_VALUE)] = 'a');
        attempt("saload", () -> System.out.println(s[index(5)]));
        attempt("sastore", () -> s[index(3)] = 2);
        attempt("iaload", () -> System.out.println(i[index(5)]));
        attempt("iastore", () -> i[index(-3)] = 2);
        attempt("laload", () -> System.out.println(l[index(5)]));
        attempt("lastore", () -> l[index(4)] = 2);
        attempt("faload", () -> System.out.println(f[index(5)]));
        attempt("fastore", () -> f[index(100)] = 2);
        attempt("daload", () -> System.out.println(d[index(5)]));
        attempt("dastore", () -> d[index(3)] = 2);
        attempt("aaload", () -> System.out.println(o[index(5)]));
        attempt("aastore", () -> o[index(3)] = "x");
        int[] none = new int[0];
        attempt("empty", () -> System.out.println(none[index(0)]));
        attempt("iinc on element", () -> i[index(3)]++);
        int[][] grid = new int[2][4];
        attempt("2d inner", () -> System.out.println(grid[index(1)][index(4)]));
        attempt("2d outer", () -> System.out.println(grid[index(2)][index(0)]));
        attempt("newarray -1", () -> System.out.println(new int[index(-1)].length));
        attempt("newarray MIN", () -> System.out.println(new byte[index(Integer.MIN_VALUE)].length));
        attempt("anewarray -5", () -> System.out.println(new String[index(-5)].length));
        attempt("multi -2 first", () -> System.out.println(new int[index(-2)][3].length));
        attempt("multi -3 second", () -> System.out.println(new long[2][index(-3)].length));
        attempt("multi zero then negative", () -> System.out.println(new int[0][index(-1)].length));
        attempt("multi partial", () -> System.out.println(new Object[index(-7)][].length));
        attempt("arraycopy bounds", () -> System.arraycopy(i, 0, new int[2], 0, 3));
        attempt("arraycopy negative", () -> System.arraycopy(i, -1, new int[5], 0, 1));
        attempt("arraycopy type", () -> System.arraycopy(i, 0, new long[5], 0, 1));
        attempt("arraycopy store", () -> System.arraycopy(new Object[] {"a", 1}, 0, new String[2], 0, 2));
        attempt("arraycopy not array", () -> System.arraycopy("abc", 0, new int[5], 0, 1));
        attempt("charAt", () -> System.out.println("abc".charAt(index(3))));
        attempt("substring", () -> System.out.println("abc".substring(index(2), index(1))));
        int[] ok = new int[index(0)];
        System.out.println("zero length ok: " + ok.length);
    }
}
