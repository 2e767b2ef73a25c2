// java.lang.reflect.Array and array classes: creation (one and many dimensions), element access
// with widening, errors in the VM's order, and the names and relations of array classes.
import java.lang.reflect.Array;
import java.util.Arrays;

public class ReflectArrays {
    static void attempt(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e);
        }
    }

    static String forName(String name) {
        try {
            return Class.forName(name).getSimpleName();
        } catch (ClassNotFoundException e) {
            return e.toString();
        }
    }

    public static void main(String[] args) {
        Object ints = Array.newInstance(int.class, 4);
        System.out.println(ints.getClass().getName() + " length " + Array.getLength(ints));
        for (int i = 0; i < 4; i++) {
            Array.setInt(ints, i, i * i);
        }
        Array.set(ints, 0, (short) 99);
        Array.setChar(ints, 1, 'A');
        System.out.println(Arrays.toString((int[]) ints));
        System.out.println("get " + Array.get(ints, 2) + " getLong " + Array.getLong(ints, 3) + " getDouble "
                + Array.getDouble(ints, 1) + " getFloat " + Array.getFloat(ints, 0));
        attempt("getShort of int[]", () -> Array.getShort(ints, 0));
        attempt("setLong into int[]", () -> Array.setLong(ints, 0, 5L));
        attempt("set String into int[]", () -> Array.set(ints, 0, "s"));
        attempt("set null into int[]", () -> Array.set(ints, 0, null));
        attempt("index 4", () -> Array.get(ints, 4));
        attempt("index -1", () -> Array.setInt(ints, -1, 0));
        attempt("not an array", () -> Array.getLength("text"));
        attempt("null array", () -> Array.get(null, 0));
        attempt("bad index on non-array", () -> Array.get("text", 10));

        String[][] grid = (String[][]) Array.newInstance(String.class, 2, 3);
        grid[1][2] = "x";
        System.out.println(grid.getClass().getName() + " " + Arrays.deepToString(grid));
        Object cube = Array.newInstance(long.class, 2, 2, 2);
        System.out.println(cube.getClass().getName() + " " + Arrays.deepToString((Object[]) cube));
        Object jagged = Array.newInstance(int[].class, 3);
        System.out.println(jagged.getClass().getName() + " " + Arrays.toString((Object[]) jagged));
        attempt("store Integer in String[]", () -> Array.set(Array.newInstance(String.class, 1), 0, 5));
        Object objects = Array.newInstance(Object.class, 2);
        Array.set(objects, 0, 5);
        Array.set(objects, 1, "five");
        System.out.println(Arrays.toString((Object[]) objects));
        attempt("empty dimensions", () -> Array.newInstance(int.class, new int[0]));
        attempt("negative", () -> Array.newInstance(String.class, -2));
        attempt("negative inner", () -> Array.newInstance(String.class, 2, -2));
        attempt("zero length", () -> System.out.println(Array.getLength(Array.newInstance(char.class, 0))));

        Object bools = Array.newInstance(boolean.class, 2);
        Array.setBoolean(bools, 1, true);
        System.out.println("bools " + Array.getBoolean(bools, 1) + " " + Array.get(bools, 0));
        attempt("getInt of boolean[]", () -> Array.getInt(bools, 0));
        Object chars = new char[] {'a', 'b'};
        System.out.println("chars " + Array.getInt(chars, 1) + " " + Array.getChar(chars, 0));
        attempt("setByte into char[]", () -> Array.setByte(chars, 0, (byte) 1));
        Object doubles = new double[2];
        Array.setFloat(doubles, 0, 1.5f);
        Array.setLong(doubles, 1, 3L);
        System.out.println("doubles " + Arrays.toString((double[]) doubles));
        Object bytes = new byte[] {-1};
        System.out.println("byte widened: " + Array.getShort(bytes, 0) + " " + Array.getInt(bytes, 0) + " "
                + Array.getDouble(bytes, 0));

        Class<?>[] types = {int[].class, String[][].class, Object[].class, boolean[][][].class, Runnable[].class};
        for (Class<?> t : types) {
            System.out.println(t.getName() + " | simple=" + t.getSimpleName() + " | type=" + t.getTypeName()
                    + " | canonical=" + t.getCanonicalName() + " | component=" + t.getComponentType().getName()
                    + " | isArray=" + t.isArray() + " | super=" + t.getSuperclass().getName()
                    + " | interfaces=" + Arrays.toString(t.getInterfaces()) + " | mods="
                    + java.lang.reflect.Modifier.toString(t.getModifiers()));
        }
        System.out.println("arrayType " + int.class.arrayType().getName() + " " + String[].class.arrayType().getName()
                + " componentType of int " + int.class.componentType());
        System.out.println("assignable String[] -> Object[]: " + Object[].class.isAssignableFrom(String[].class)
                + ", int[] -> Object[]: " + Object[].class.isAssignableFrom(int[].class)
                + ", int[] -> Object: " + Object.class.isAssignableFrom(int[].class)
                + ", String[][] -> Object[]: " + Object[].class.isAssignableFrom(String[][].class)
                + ", int[] -> Cloneable: " + Cloneable.class.isAssignableFrom(int[].class));
        System.out.println("isInstance " + String[].class.isInstance(new Object[0]) + " "
                + Object[].class.isInstance(new String[0]));
        System.out.println("Class.forName arrays: " + forName("[I") + " " + forName("[[Ljava.lang.String;"));
    }
}
