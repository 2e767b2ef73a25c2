// Records (java.lang.Record with the ObjectMethods bootstrap): generated toString/equals/
// hashCode and accessors, compact constructors with validation, static factories, nested
// records, records implementing interfaces, and records as HashMap keys.
import java.util.HashMap;
import java.util.Map;

public class Records {
    record Point(int x, int y) {
        Point {
            if (x < 0) throw new IllegalArgumentException("x must be >= 0, got " + x);
        }

        static Point origin() {
            return new Point(0, 0);
        }

        Point plus(Point o) {
            return new Point(x + o.x, y + o.y);
        }
    }

    interface Shape {
        double area();
    }

    record Rect(Point corner, double w, double h) implements Shape {
        public double area() {
            return w * h;
        }
    }

    record Named(String name, long id, boolean active, char grade, float score, byte b, short s) {}

    record Empty() {}

    record Custom(String value) {
        @Override
        public String toString() {
            return "Custom<" + value + ">";
        }

        @Override
        public String value() {
            return value.toUpperCase();
        }
    }

    public static void main(String[] args) {
        Point p = new Point(3, 4);
        Point q = new Point(3, 4);
        System.out.println(p + " " + p.x() + " " + p.y() + " equals " + p.equals(q) + " same " + (p == q) + " hash "
                + (p.hashCode() == q.hashCode()) + " " + p.equals(Point.origin()));
        System.out.println("plus " + p.plus(new Point(1, 1)) + " origin " + Point.origin());
        try {
            new Point(-1, 0);
        } catch (IllegalArgumentException e) {
            System.out.println("compact ctor: " + e.getMessage());
        }
        Rect r = new Rect(p, 2.5, 4);
        Shape s = r;
        System.out.println(r + " area " + s.area() + " corner.x " + r.corner().x());
        Named n = new Named("n", 1L << 40, true, 'A', 1.5f, (byte) -1, (short) 300);
        System.out.println(n + " equals " + n.equals(new Named("n", 1L << 40, true, 'A', 1.5f, (byte) -1, (short) 300)) + " "
                + n.equals(new Named("n", 1L << 40, false, 'A', 1.5f, (byte) -1, (short) 300)));
        Named withNull = new Named(null, 0, false, ' ', Float.NaN, (byte) 0, (short) 0);
        System.out.println(withNull + " self-equal with NaN " + withNull.equals(new Named(null, 0, false, ' ', Float.NaN,
                (byte) 0, (short) 0)));
        System.out.println(new Empty() + " " + new Empty().equals(new Empty()) + " " + new Empty().hashCode());
        Custom c = new Custom("abc");
        System.out.println(c + " " + c.value() + " " + c.equals(new Custom("abc")));
        Map<Point, String> map = new HashMap<>();
        map.put(new Point(1, 2), "a");
        map.put(new Point(1, 2), "b");
        map.put(new Point(2, 1), "c");
        System.out.println("map size " + map.size() + " get " + map.get(new Point(1, 2)) + " " + map.get(new Point(2, 1)));
        System.out.println("record class " + p.getClass().getName() + " " + p.getClass().getSimpleName());
    }
}
