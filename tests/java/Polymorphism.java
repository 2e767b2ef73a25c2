// Virtual dispatch and its corners: abstract classes, overriding vs overloading (static
// resolution by declared type), super calls through several levels, field hiding, static method
// hiding, private methods not overridden, covariant returns and generic bridge methods,
// constructors calling overridable methods, package-private dispatch, final methods.
import java.util.ArrayList;
import java.util.List;

public class Polymorphism {
    abstract static class Shape {
        String kind = "shape";

        abstract double area();

        String describe() {
            return kind + " with area " + area();
        }

        static String category() {
            return "Shape.category";
        }

        private String secret() {
            return "Shape.secret";
        }

        String callSecret() {
            return secret();
        }

        Shape copy() {
            return this;
        }
    }

    static class Rect extends Shape {
        String kind = "rect";
        final double w, h;

        Rect(double w, double h) {
            this.w = w;
            this.h = h;
        }

        double area() {
            return w * h;
        }

        static String category() {
            return "Rect.category";
        }

        String secret() {
            return "Rect.secret";
        }

        @Override
        Rect copy() {
            return new Rect(w, h);
        }
    }

    static class Square extends Rect {
        Square(double s) {
            super(s, s);
        }

        @Override
        String describe() {
            return "square! " + super.describe();
        }
    }

    static class Circle extends Shape {
        final double r;

        Circle(double r) {
            this.r = r;
        }

        double area() {
            return 3 * r * r;
        }

        @Override
        final String describe() {
            return "circle: " + super.describe();
        }
    }

    static class Overloads {
        String m(Object o) { return "Object"; }
        String m(String s) { return "String"; }
        String m(Integer i) { return "Integer"; }
        String m(int i) { return "int"; }
        String m(long l) { return "long"; }
        String m(double d) { return "double"; }
        String m(int... xs) { return "varargs" + xs.length; }
        String m(char c) { return "char"; }
        String n(long l) { return "n(long)"; }
        String n(Integer i) { return "n(Integer)"; }
        String n(Object o) { return "n(Object)"; }
        String v(Object... xs) { return "v" + xs.length; }
    }

    static class InitBase {
        InitBase() {
            System.out.println("InitBase ctor sees " + value());
        }

        String value() {
            return "base";
        }
    }

    static class InitDerived extends InitBase {
        private final String field = "initialized";
        private String nonFinal = "set";

        InitDerived() {
            super();
            System.out.println("InitDerived ctor sees " + value());
        }

        @Override
        String value() {
            return field + "/" + nonFinal;
        }
    }

    interface Container<T> {
        T get();

        void set(T t);
    }

    static class StringBox implements Container<String> {
        private String v = "";

        public String get() {
            return v;
        }

        public void set(String t) {
            v = t;
        }
    }

    static class Animal implements Comparable<Animal> {
        final int weight;

        Animal(int weight) {
            this.weight = weight;
        }

        public int compareTo(Animal o) {
            return Integer.compare(weight, o.weight);
        }

        String sound() {
            return "...";
        }
    }

    static class Dog extends Animal {
        Dog(int w) {
            super(w);
        }

        String sound() {
            return "woof";
        }
    }

    static class Puppy extends Dog {
        Puppy() {
            super(1);
        }

        String sound() {
            return "yip (not " + super.sound() + ")";
        }
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Rect(2, 3));
        shapes.add(new Square(4));
        shapes.add(new Circle(1));
        for (Shape s : shapes) {
            System.out.println(s.describe() + " | kind field via Shape: " + s.kind + " | " + s.callSecret() + " | "
                    + s.copy().getClass().getSimpleName());
        }
        Rect r = new Square(5);
        System.out.println("field hiding: " + r.kind + " " + ((Shape) r).kind);
        System.out.println("static hiding: " + Shape.category() + " " + Rect.category());
        Overloads o = new Overloads();
        Object asObject = "str";
        Integer boxed = 5;
        short sh = 3;
        byte by = 2;
        System.out.println(o.m(asObject) + " " + o.m("s") + " " + o.m(boxed) + " " + o.m(5) + " " + o.m(5L) + " "
                + o.m(5.0f) + " " + o.m() + " " + o.m(1, 2) + " " + o.m('c') + " " + o.m(sh) + " " + o.m(by) + " "
                + o.m((Object) null) + " " + o.m((String) null));
        System.out.println(o.n(5) + " " + o.n(boxed) + " " + o.n("x") + " " + o.v() + " " + o.v(1, 2) + " "
                + o.v((Object[]) new String[] {"a", "b", "c"}) + " " + o.v((Object) new String[] {"a"}));
        new InitDerived();
        Container<String> c = new StringBox();
        c.set("bridged");
        @SuppressWarnings({"unchecked", "rawtypes"})
        Container raw = c;
        System.out.println("generic bridge: " + c.get() + " " + raw.get());
        try {
            raw.set(Integer.valueOf(1));
        } catch (ClassCastException e) {
            System.out.println("bridge cast: " + e.getClass().getName());
        }
        List<Animal> animals = new ArrayList<>();
        animals.add(new Dog(30));
        animals.add(new Animal(10));
        animals.add(new Puppy());
        animals.sort(null);
        for (Animal a : animals) System.out.print(a.weight + ":" + a.sound() + " ");
        System.out.println();
        Comparable<Animal> cmp = new Dog(5);
        System.out.println("compareTo via interface: " + cmp.compareTo(new Animal(7)));
    }
}
