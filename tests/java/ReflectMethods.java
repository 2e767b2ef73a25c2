// Reflection on methods: declared vs public (inherited, overridden, interface defaults and
// statics), descriptions (toString, toGenericString, modifiers, bridge/synthetic/varargs/default),
// parameter, return and exception types, equality, and getMethod's most specific return type.
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public class ReflectMethods {
    interface Shape {
        double area();

        default String describe() {
            return "shape";
        }

        static Shape unit() {
            return null;
        }
    }

    interface Named {
        String name();
    }

    static abstract class AbstractShape implements Shape, Named {
        public abstract double area();

        public String name() {
            return "abstract";
        }

        protected void helper() throws java.io.IOException {
        }

        public Object self() {
            return this;
        }
    }

    static class Square extends AbstractShape implements Comparable<Square> {
        final double side;

        Square(double side) {
            this.side = side;
        }

        public double area() {
            return side * side;
        }

        @Override
        public Square self() {
            return this;
        }

        public int compareTo(Square o) {
            return Double.compare(side, o.side);
        }

        public static synchronized int sum(int... values) {
            int total = 0;
            for (int v : values) {
                total += v;
            }
            return total;
        }

        private native void nativeThing();

        double strict(double a) {
            return a;
        }

        final <T extends Number> List<T> generic(List<? super T> in, T[] arr) throws IllegalStateException, java.io.IOException {
            return null;
        }
    }

    static List<String> describe(Method[] methods) {
        List<String> list = new ArrayList<>();
        for (Method m : methods) {
            if (m.getDeclaringClass() == Object.class) {
                list.add("(from Object) " + m.getName());
                continue;
            }
            list.add(m.toString() + " [bridge=" + m.isBridge() + " synthetic=" + m.isSynthetic() + " varargs="
                    + m.isVarArgs() + " default=" + m.isDefault() + " mods=" + m.getModifiers() + "]");
        }
        Collections.sort(list);
        return list;
    }

    static void print(String title, List<String> lines) {
        System.out.println(title + " (" + lines.size() + ")");
        for (String line : lines) {
            System.out.println("  " + line);
        }
    }

    public static void main(String[] args) throws Exception {
        print("Square declared", describe(Square.class.getDeclaredMethods()));
        print("AbstractShape declared", describe(AbstractShape.class.getDeclaredMethods()));
        print("Shape declared", describe(Shape.class.getDeclaredMethods()));
        print("Shape public", describe(Shape.class.getMethods()));
        print("Square public", describe(Square.class.getMethods()));

        Method generic = Square.class.getDeclaredMethod("generic", List.class, Number[].class);
        System.out.println("generic: " + generic);
        System.out.println("generic return " + generic.getReturnType().getName() + " params "
                + generic.getParameterCount());
        for (Class<?> p : generic.getParameterTypes()) {
            System.out.println("  param " + p.getName() + " / " + p.getSimpleName() + " / " + p.getTypeName());
        }
        for (Class<?> e : generic.getExceptionTypes()) {
            System.out.println("  throws " + e.getName());
        }
        Method sum = Square.class.getMethod("sum", int[].class);
        System.out.println("sum: " + sum + " generic " + sum.toGenericString());
        System.out.println("sum modifiers: " + Modifier.toString(sum.getModifiers()));

        Method self = Square.class.getMethod("self");
        System.out.println("getMethod self -> " + self + " returns " + self.getReturnType().getSimpleName());
        Method abstractSelf = AbstractShape.class.getMethod("self");
        System.out.println("AbstractShape.self -> " + abstractSelf);
        System.out.println("equal? " + self.equals(abstractSelf) + " names " + self.getName().equals(abstractSelf.getName()));

        Method describe = Square.class.getMethod("describe");
        System.out.println("describe from " + describe.getDeclaringClass().getSimpleName() + " default " + describe.isDefault());
        Method area1 = Square.class.getMethod("area");
        Method area2 = Square.class.getMethod("area");
        System.out.println("area equals " + area1.equals(area2) + " same " + (area1 == area2) + " hash "
                + (area1.hashCode() == area2.hashCode()));
        System.out.println("area hash " + area1.hashCode() + " name interned " + (area1.getName() == "area"));
        Method helper = AbstractShape.class.getDeclaredMethod("helper");
        System.out.println("helper: " + helper + " exceptions " + helper.getExceptionTypes().length);
        try {
            Square.class.getMethod("helper");
        } catch (NoSuchMethodException e) {
            System.out.println("public helper? " + e);
        }
        try {
            Square.class.getMethod("unit");
        } catch (NoSuchMethodException e) {
            System.out.println("interface static via class? " + e);
        }
        System.out.println("Shape.unit: " + Shape.class.getMethod("unit"));
        Method compare = Square.class.getMethod("compareTo", Object.class);
        System.out.println("bridge " + compare + " bridge=" + compare.isBridge() + " synthetic=" + compare.isSynthetic());
        System.out.println("Object methods on interface: " + Shape.class.getMethods().length);
        System.out.println("Object.getMethods count " + Object.class.getMethods().length);
    }
}
