// Arrays of every element type: default values, loads/stores with narrowing, length, clone,
// covariance, multi-dimensional (full and partial), array class names, and array exceptions.
public class ArrayKinds {
    static class Animal {
        final String name;
        Animal(String name) { this.name = name; }
        public String toString() { return "Animal(" + name + ")"; }
    }

    static class Dog extends Animal {
        Dog(String name) { super(name); }
        public String toString() { return "Dog(" + name + ")"; }
    }

    static void show(String label, Object o) {
        System.out.println(label + ": " + o.getClass().getName());
    }

    public static void main(String[] args) {
        boolean[] z = new boolean[3];
        byte[] b = new byte[3];
        char[] c = new char[3];
        short[] s = new short[3];
        int[] i = new int[3];
        long[] l = new long[3];
        float[] f = new float[3];
        double[] d = new double[3];
        Object[] o = new Object[3];
        System.out.println("defaults: " + z[0] + " " + b[1] + " " + (int) c[2] + " " + s[0] + " " + i[1] + " " + l[2]
                + " " + f[0] + " " + d[1] + " " + o[2]);
        z[1] = true;
        b[0] = (byte) 200;
        b[1] = -1;
        b[2] = 127;
        c[0] = 'x';
        c[1] = (char) -1;
        c[2] = (char) 0x10041;
        s[0] = (short) 40000;
        s[1] = Short.MIN_VALUE;
        i[0] = Integer.MIN_VALUE;
        i[2] = 42;
        l[1] = Long.MAX_VALUE;
        l[2] = -7;
        f[0] = 1.5f;
        f[2] = Float.NaN;
        d[1] = -0.0;
        d[2] = 1e100;
        o[0] = "str";
        o[1] = Integer.valueOf(5);
        System.out.println("z: " + z[0] + z[1] + z[2] + " len " + z.length);
        System.out.println("b: " + b[0] + " " + b[1] + " " + b[2] + " sum " + (b[0] + b[1] + b[2]));
        System.out.println("c: " + c[0] + " " + (int) c[1] + " " + (int) c[2] + " " + c[2]);
        System.out.println("s: " + s[0] + " " + s[1] + " " + s[2]);
        System.out.println("i: " + i[0] + " " + i[1] + " " + i[2]);
        System.out.println("l: " + l[0] + " " + l[1] + " " + l[2]);
        System.out.println("f: " + f[0] + " " + f[1] + " " + f[2]);
        System.out.println("d: " + d[0] + " " + d[1] + " " + d[2]);
        System.out.println("o: " + o[0] + " " + o[1] + " " + o[2]);
        b[0] += 100;
        c[0]++;
        s[1]--;
        i[2] *= -3;
        l[2] <<= 40;
        d[2] /= 3;
        System.out.println("compound: " + b[0] + " " + c[0] + " " + s[1] + " " + i[2] + " " + l[2] + " " + d[2]);

        show("boolean[]", z);
        show("byte[]", b);
        show("char[]", c);
        show("short[]", s);
        show("int[]", i);
        show("long[]", l);
        show("float[]", f);
        show("double[]", d);
        show("Object[]", o);
        show("String[][]", new String[1][1]);
        show("Dog[]", new Dog[0]);
        show("int[][][]", new int[1][2][3]);

        int[] copy = i.clone();
        copy[0] = 99;
        System.out.println("clone independent: " + i[0] + " " + copy[0] + " same class " + (copy.getClass() == i.getClass()));
        int[][] grid = {{1, 2}, {3, 4}};
        int[][] shallow = grid.clone();
        shallow[0][0] = 100;
        shallow[1] = new int[] {7};
        System.out.println("shallow clone: " + grid[0][0] + " " + grid[1].length + " " + shallow[1].length);

        int[][][] cube = new int[2][3][4];
        int n = 0;
        for (int x = 0; x < cube.length; x++)
            for (int y = 0; y < cube[x].length; y++)
                for (int w = 0; w < cube[x][y].length; w++)
                    cube[x][y][w] = n++;
        System.out.println("cube: " + cube.length + " " + cube[1].length + " " + cube[1][2].length + " last " + cube[1][2][3]);
        int[][] partial = new int[3][];
        System.out.println("partial: " + partial.length + " " + partial[0]);
        for (int k = 0; k < partial.length; k++) partial[k] = new int[k + 1];
        partial[2][2] = 5;
        System.out.println("jagged: " + partial[0].length + partial[1].length + partial[2].length + " " + partial[2][2]);
        long[][] lp = new long[2][0];
        System.out.println("zero inner: " + lp[1].length);
        double[][][] dp = new double[2][2][];
        System.out.println("two of three: " + dp[1][1]);
        char[][] text = {"abc".toCharArray(), "de".toCharArray()};
        System.out.println("chars: " + new String(text[0]) + new String(text[1]));

        Animal[] animals = new Dog[2];
        animals[0] = new Dog("rex");
        Object[] objs = animals;
        System.out.println("covariant: " + objs[0] + " " + (objs instanceof Dog[]) + " " + (objs instanceof Animal[]));
        try {
            animals[1] = new Animal("cat");
            System.out.println("no exception?");
        } catch (ArrayStoreException e) {
            System.out.println("caught " + e);
        }
        try {
            objs[1] = "string";
        } catch (ArrayStoreException e) {
            System.out.println("caught " + e);
        }
        Object[] strs = new String[1];
        try {
            strs[0] = Integer.valueOf(1);
        } catch (ArrayStoreException e) {
            System.out.println("caught " + e);
        }
        Object[][] nested = new Integer[1][];
        try {
            nested[0] = new String[0];
        } catch (ArrayStoreException e) {
            System.out.println("caught " + e);
        }
        objs[1] = null;
        System.out.println("null store ok: " + objs[1]);
        Object[] ints2 = new int[2][];
        try {
            ints2[0] = new long[1];
        } catch (ArrayStoreException e) {
            System.out.println("caught " + e);
        }
        Object any = new int[] {1, 2, 3};
        int[] back = (int[]) any;
        System.out.println("back: " + back[2] + " " + (any instanceof Object[]) + " " + (any instanceof int[]));
        Cloneable cl = i;
        java.io.Serializable ser = s;
        System.out.println("array interfaces: " + (cl instanceof int[]) + " " + (ser instanceof short[]));
        int[] empty = {};
        System.out.println("empty: " + empty.length + " " + new Object[0].length);
        String[] words = new String[] {"x", "y", "z"};
        int total = 0;
        for (String w : words) total += w.charAt(0);
        System.out.println("foreach total " + total);
    }
}
