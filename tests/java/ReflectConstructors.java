// Constructors through reflection: listing (sorted), descriptions, newInstance with argument
// conversion, private constructors, exceptions from constructors, abstract classes, enums,
// Class.newInstance, and initialization of the class on first instantiation.
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public class ReflectConstructors {
    static class Point {
        final long x;
        final long y;

        public Point() {
            this(0, 0);
        }

        public Point(long x, long y) {
            this.x = x;
            this.y = y;
        }

        protected Point(String text) {
            this(Long.parseLong(text), Long.parseLong(text));
        }

        private Point(int both) {
            this(both, both);
        }

        Point(Point other, String... tags) throws CloneNotSupportedException {
            this(other.x + tags.length, other.y);
        }

        public String toString() {
            return "(" + x + "," + y + ")";
        }
    }

    static abstract class Shape {
        public Shape() {
        }
    }

    enum Color { RED, GREEN }

    static class Noisy {
        static {
            System.out.println("Noisy initialized");
        }

        public Noisy() {
            System.out.println("Noisy constructed");
        }
    }

    static class Failing {
        public Failing(int code) {
            if (code > 0) {
                throw new IllegalArgumentException("code " + code);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        List<String> all = new ArrayList<>();
        for (Constructor<?> c : Point.class.getDeclaredConstructors()) {
            all.add(c + " | " + c.getName() + " params=" + c.getParameterCount() + " varargs=" + c.isVarArgs()
                    + " mods=" + Modifier.toString(c.getModifiers()));
        }
        Collections.sort(all);
        for (String s : all) {
            System.out.println(s);
        }
        List<String> pub = new ArrayList<>();
        for (Constructor<?> c : Point.class.getConstructors()) {
            pub.add(c.toString());
        }
        Collections.sort(pub);
        System.out.println("public: " + pub);

        Constructor<Point> two = Point.class.getConstructor(long.class, long.class);
        System.out.println("new " + two.newInstance(3, 4L));
        System.out.println("new widened " + two.newInstance('a', (short) 2));
        Constructor<Point> fromText = Point.class.getDeclaredConstructor(String.class);
        System.out.println("protected " + fromText.newInstance("7"));
        try {
            fromText.newInstance("x");
        } catch (InvocationTargetException e) {
            System.out.println("wrapped " + e.getCause());
        }
        Constructor<Point> priv = Point.class.getDeclaredConstructor(int.class);
        System.out.println("private (nestmate) " + priv.newInstance(9));
        Constructor<Point> copy = Point.class.getDeclaredConstructor(Point.class, String[].class);
        System.out.println("varargs ctor " + copy.newInstance(new Point(1, 1), new String[] {"a", "b"}));
        System.out.println("exceptions " + copy.getExceptionTypes()[0].getName());
        System.out.println("declaring " + copy.getDeclaringClass().getSimpleName());
        System.out.println("equals " + copy.equals(Point.class.getDeclaredConstructor(Point.class, String[].class))
                + " hash " + (copy.hashCode() == Point.class.getName().hashCode()));

        try {
            Shape.class.getConstructor().newInstance();
        } catch (InstantiationException e) {
            System.out.println("abstract: " + e);
        }
        try {
            Constructor<?> c = Color.class.getDeclaredConstructors()[0];
            c.setAccessible(true);
            c.newInstance("BLUE", 2);
        } catch (IllegalArgumentException e) {
            System.out.println("enum: " + e.getMessage());
        }
        System.out.println("enum constructors " + Color.class.getDeclaredConstructors().length
                + " params " + Color.class.getDeclaredConstructors()[0].getParameterCount());
        try {
            Failing.class.getConstructor(int.class).newInstance(5);
        } catch (InvocationTargetException e) {
            System.out.println("failing: " + e.getTargetException().getMessage());
        }
        try {
            Failing.class.getConstructor(int.class).newInstance();
        } catch (IllegalArgumentException e) {
            System.out.println("failing arity: " + e.getMessage());
        }

        System.out.println("before Noisy");
        Constructor<Noisy> noisy = Noisy.class.getConstructor();
        System.out.println("got constructor");
        noisy.newInstance();
        @SuppressWarnings("deprecation")
        Noisy again = Noisy.class.newInstance();
        System.out.println("again " + (again != null));

        @SuppressWarnings("deprecation")
        Object sb = StringBuilder.class.newInstance();
        System.out.println("StringBuilder via Class.newInstance: [" + sb + "]");
        System.out.println("ArrayList: " + ArrayList.class.getConstructor(int.class).newInstance(5));
        System.out.println("String(char[]): " + String.class.getConstructor(char[].class).newInstance((Object) new char[] {'o', 'k'}));
        try {
            @SuppressWarnings("deprecation")
            Object r = Runnable.class.newInstance();
        } catch (InstantiationException e) {
            System.out.println("interface newInstance: " + e);
        }
        System.out.println("interface constructors: " + Runnable.class.getDeclaredConstructors().length
                + " array: " + int[].class.getConstructors().length + " primitive: " + int.class.getDeclaredConstructors().length);
    }
}
