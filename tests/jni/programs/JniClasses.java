// JNI class functions: FindClass (with the native's class loader, arrays, initialization, missing
// classes), GetSuperclass, IsAssignableFrom, IsInstanceOf, GetObjectClass, AllocObject,
// GetMethodID/GetStaticMethodID and GetFieldID/GetStaticFieldID with their errors, DefineClass,
// and the reflection conversions (To/FromReflectedMethod, To/FromReflectedField).
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.reflect.Method;

public class JniClasses {
    static { System.loadLibrary("JniClasses"); }

    static native String find(String name);                  // class name, or the exception
    static native String superOf(Class<?> c);
    static native boolean assignable(Class<?> from, Class<?> to);
    static native boolean instanceOf(Object o, Class<?> c);
    static native Class<?> classOf(Object o);
    static native Object alloc(Class<?> c) throws InstantiationException;
    static native String methodId(Class<?> c, String name, String sig, boolean isStatic);
    static native String fieldId(Class<?> c, String name, String sig, boolean isStatic);
    static native Class<?> define(String name, byte[] bytes);
    static native Object toReflectedMethod(Class<?> c, String name, String sig, boolean isStatic);
    static native Object toReflectedField(Class<?> c, String name, String sig, boolean isStatic);
    static native int callThroughReflected(Method m, int arg);      // FromReflectedMethod + call
    static native long readThroughReflected(Field f, Object target); // FromReflectedField + get

    static class Initialized {
        static { System.out.println("Initialized.<clinit> runs"); }
        static int value = 7;
    }

    interface Shape {
        int SIDES = 0;
        double area();
        default String kind() { return "shape"; }
    }

    abstract static class Base implements Shape {
        protected long id = 17;
        static String label = "base";
        Base() { System.out.println("Base() runs"); }
        public String toString() { return "Base" + id; }
    }

    static class Square extends Base {
        double side = 2;
        public double area() { return side * side; }
        static int twice(int x) { return 2 * x; }
        private int secret(int x) { return x + 1000; }
    }

    public static void main(String[] args) throws Exception {
        String[] names = {"java/lang/String", "JniClasses$Square", "[I", "[[Ljava/lang/Object;", "[LJniClasses$Shape;",
                "JniClasses$Initialized", "no/such/Thing", "java.lang.String", "Ljava/lang/String;", "I", ""};
        for (String name : names) {
            System.out.println("FindClass(\"" + name + "\") -> " + find(name));
        }
        Class<?>[] classes = {Square.class, Base.class, Object.class, Shape.class, int[].class, String[].class, int.class,
                Runnable.class};
        for (Class<?> c : classes) {
            System.out.println("superclass of " + c.getName() + ": " + superOf(c));
        }
        System.out.println(assignable(Square.class, Base.class) + " " + assignable(Base.class, Square.class) + " "
                + assignable(Square.class, Shape.class) + " " + assignable(String[].class, Object[].class) + " "
                + assignable(int[].class, Object.class) + " " + assignable(int.class, int.class) + " "
                + assignable(int.class, long.class) + " " + assignable(Shape.class, Object.class));
        Square square = new Square();
        System.out.println(instanceOf(square, Shape.class) + " " + instanceOf(square, String.class) + " "
                + instanceOf(null, String.class) + " " + instanceOf(new int[0], Object.class));
        System.out.println(classOf(square).getName() + " " + classOf("s").getName() + " " + classOf(new long[1][1]).getName());

        Object allocated = alloc(Square.class);
        System.out.println("AllocObject: " + allocated.getClass().getName() + " side=" + ((Square) allocated).side
                + " id=" + ((Square) allocated).id);
        for (Class<?> c : new Class<?>[] {Base.class, Shape.class, int[].class}) {
            try {
                alloc(c);
            } catch (InstantiationException e) {
                System.out.println("AllocObject(" + c.getSimpleName() + "): " + e);
            }
        }

        String[][] methods = {
            {"JniClasses$Square", "area", "()D", "false"},
            {"JniClasses$Square", "kind", "()Ljava/lang/String;", "false"},
            {"JniClasses$Square", "toString", "()Ljava/lang/String;", "false"},
            {"JniClasses$Square", "hashCode", "()I", "false"},
            {"JniClasses$Square", "twice", "(I)I", "true"},
            {"JniClasses$Square", "secret", "(I)I", "false"},
            {"JniClasses$Square", "<init>", "()V", "false"},
            {"JniClasses$Shape", "area", "()D", "false"},
            {"JniClasses$Shape", "hashCode", "()I", "false"},
            {"JniClasses$Square", "twice", "(I)I", "false"},
            {"JniClasses$Square", "area", "()D", "true"},
            {"JniClasses$Square", "area", "(I)D", "false"},
            {"JniClasses$Square", "<init>", "(I)V", "false"},
            {"JniClasses$Base", "<init>", "()V", "false"},
            {"JniClasses$Square", "<clinit>", "()V", "true"},
            {"JniClasses$Initialized", "<clinit>", "()V", "true"},
        };
        for (String[] m : methods) {
            System.out.println("method " + m[0] + "." + m[1] + m[2] + " static=" + m[3] + " -> "
                    + methodId(Class.forName(m[0].replace('/', '.')), m[1], m[2], Boolean.parseBoolean(m[3])));
        }
        String[][] fields = {
            {"side", "D", "false"}, {"id", "J", "false"}, {"label", "Ljava/lang/String;", "true"},
            {"SIDES", "I", "true"}, {"side", "I", "false"}, {"label", "Ljava/lang/String;", "false"},
            {"id", "J", "true"}, {"nothing", "I", "false"},
        };
        for (String[] f : fields) {
            System.out.println("field Square." + f[0] + " " + f[1] + " static=" + f[2] + " -> "
                    + fieldId(Square.class, f[0], f[1], Boolean.parseBoolean(f[2])));
        }

        byte[] bytes = Files.readAllBytes(Path.of("defined-classes/DefinedByJni.class"));
        Class<?> defined = define("DefinedByJni", bytes);
        System.out.println("DefineClass: " + defined.getName() + " loader=" + defined.getClassLoader() + " "
                + defined.getMethod("hello", int.class).invoke(null, 5));
        for (String name : new String[] {"DefinedByJni", "Misnamed"}) {
            try {
                define(name, bytes);
            } catch (LinkageError e) {
                System.out.println("DefineClass(" + name + ") again: " + e);
            }
        }
        try {
            define("Garbage", new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
        } catch (ClassFormatError e) {
            // islet's parser adds where in the file it stopped; the rest is HotSpot's text.
            System.out.println("DefineClass(garbage): " + e.getClass().getName() + " "
                    + e.getMessage().startsWith("Incompatible magic value 16909060 in class file Garbage"));
        }

        Method twice = Square.class.getDeclaredMethod("twice", int.class);
        Method area = Square.class.getDeclaredMethod("area");
        System.out.println("FromReflectedMethod twice(21) = " + callThroughReflected(twice, 21));
        Field id = Base.class.getDeclaredField("id");
        System.out.println("FromReflectedField id = " + readThroughReflected(id, square));
        Object reflected = toReflectedMethod(Square.class, "twice", "(I)I", true);
        System.out.println("ToReflectedMethod: " + reflected + " equal=" + reflected.equals(twice));
        System.out.println("ToReflectedMethod: " + toReflectedMethod(Square.class, "area", "()D", false).equals(area));
        System.out.println("ToReflectedMethod ctor: " + toReflectedMethod(Square.class, "<init>", "()V", false));
        System.out.println("ToReflectedField: " + toReflectedField(Square.class, "side", "D", false));
        System.out.println("ToReflectedField static: " + toReflectedField(Base.class, "label", "Ljava/lang/String;", true));
    }
}
