// Object methods: equals/hashCode/toString overrides, identity vs equality, hashCode values of
// JDK value classes (String, boxes, Boolean, Character, List, Arrays), getClass().getName() of
// arrays, primitives, nested, local and anonymous classes, getSimpleName, clone via Cloneable.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

public class ObjectMethods {
    static final class Point implements Cloneable {
        final int x, y;

        Point(int x, int y) {
            this.x = x;
            this.y = y;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) return true;
            if (!(o instanceof Point)) return false;
            Point p = (Point) o;
            return x == p.x && y == p.y;
        }

        @Override
        public int hashCode() {
            return 31 * x + y;
        }

        @Override
        public String toString() {
            return "Point[" + x + ", " + y + "]";
        }

        @Override
        public Point clone() {
            try {
                return (Point) super.clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
    }

    static class NotCloneable {
        Object tryClone() throws CloneNotSupportedException {
            return super.clone();
        }
    }

    static class Outer {
        class Inner {}

        static class Nested {
            static class Deep {}
        }
    }

    enum Planet { MERCURY, VENUS }

    public static void main(String[] args) throws Exception {
        Point a = new Point(1, 2);
        Point b = new Point(1, 2);
        Point c = new Point(2, 1);
        System.out.println("equals: " + a.equals(b) + " " + a.equals(c) + " " + a.equals(null) + " " + a.equals("x")
                + " identity: " + (a == b));
        System.out.println("hashCode: " + a.hashCode() + " " + c.hashCode() + " toString: " + a);
        List<Point> pts = new ArrayList<>(List.of(a, c));
        System.out.println("contains equal point: " + pts.contains(b) + " indexOf " + pts.indexOf(new Point(2, 1)));
        Point copy = a.clone();
        System.out.println("clone: " + copy + " equal " + copy.equals(a) + " same " + (copy == a));
        try {
            new NotCloneable().tryClone();
        } catch (CloneNotSupportedException e) {
            System.out.println("clone not supported: " + e);
        }
        System.out.println("String hashes: " + "hello".hashCode() + " " + "".hashCode() + " " + "Ωmega".hashCode());
        System.out.println("box hashes: " + Integer.valueOf(-7).hashCode() + " " + Long.valueOf(1L << 40).hashCode() + " "
                + Long.valueOf(-1).hashCode() + " " + Double.valueOf(1.5).hashCode() + " " + Double.valueOf(-0.0).hashCode()
                + " " + Float.valueOf(2.5f).hashCode() + " " + Boolean.TRUE.hashCode() + " " + Boolean.FALSE.hashCode()
                + " " + Character.valueOf('A').hashCode() + " " + Short.valueOf((short) -2).hashCode() + " "
                + Byte.valueOf((byte) 9).hashCode());
        System.out.println("static hashCode: " + Integer.hashCode(5) + " " + Long.hashCode(Long.MIN_VALUE) + " "
                + Double.hashCode(Double.NaN) + " " + Boolean.hashCode(true));
        System.out.println("List hash: " + List.of(1, 2, 3).hashCode() + " " + new ArrayList<>(List.of("a", "b")).hashCode()
                + " Arrays.hashCode: " + Arrays.hashCode(new int[] {1, 2, 3}) + " " + Arrays.hashCode(new long[] {1L << 33})
                + " " + Arrays.hashCode(new Object[] {"x", null, 3}) + " " + Arrays.hashCode((int[]) null));
        System.out.println("Objects.hash: " + Objects.hash(1, "a", null) + " " + Objects.hashCode(null) + " "
                + Objects.hash());
        System.out.println("names: " + new int[0].getClass().getName() + " " + new String[0][0].getClass().getName() + " "
                + new boolean[0].getClass().getName() + " " + new char[0].getClass().getName() + " "
                + new double[0][0][0].getClass().getName() + " " + new Point[0].getClass().getName() + " "
                + new Object().getClass().getName() + " " + "s".getClass().getName());
        System.out.println("nested names: " + Outer.Inner.class.getName() + " " + Outer.Nested.Deep.class.getName() + " "
                + Planet.VENUS.getClass().getName());
        System.out.println("simple names: " + Outer.Inner.class.getSimpleName() + " " + Outer.Nested.Deep.class.getSimpleName()
                + " " + int[][].class.getSimpleName() + " " + Point[].class.getSimpleName() + " " + String.class.getSimpleName()
                + " " + long.class.getSimpleName() + " [" + new Object() {}.getClass().getSimpleName() + "]");
        class Local {}
        Runnable anon = new Runnable() {
            public void run() {}
        };
        System.out.println("local/anon: " + Local.class.getName() + " " + Local.class.getSimpleName() + " "
                + anon.getClass().getName());
        System.out.println("primitive classes: " + int.class.getName() + " " + void.class.getName() + " "
                + Integer.TYPE.getName() + " " + (Integer.TYPE == int.class));
        Object o1 = new Object();
        Object o2 = new Object();
        System.out.println("Object identity equals: " + o1.equals(o1) + " " + o1.equals(o2) + " hash stable: "
                + (o1.hashCode() == o1.hashCode()));
        System.out.println("class identity: " + (a.getClass() == b.getClass()) + " " + (a.getClass() == Point.class));
        String s1 = "dup";
        String s2 = new StringBuilder("du").append('p').toString();
        System.out.println("strings: " + s1.equals(s2) + " " + (s1 == s2) + " " + (s1.hashCode() == s2.hashCode()));
        System.out.println("Objects: " + Objects.equals(null, null) + " " + Objects.equals(a, b) + " "
                + Objects.toString(null) + " " + Objects.toString(null, "dflt") + " " + Objects.isNull(null) + " "
                + Objects.nonNull(a) + " " + Objects.requireNonNullElse(null, "else"));
        try {
            Objects.requireNonNull(null, "must not be null");
        } catch (NullPointerException e) {
            System.out.println("requireNonNull: " + e.getMessage());
        }
        System.out.println("enum: " + Planet.MERCURY + " " + Planet.MERCURY.equals(Planet.MERCURY) + " "
                + Planet.valueOf("VENUS").ordinal());
    }
}
