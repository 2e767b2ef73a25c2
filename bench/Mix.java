// Benchmark: a small mix of what ordinary programs do: allocate objects, call virtual and
// interface methods, walk arrays, and build strings.
public class Mix {
    interface Shape { double area(); }
    static abstract class Base implements Shape { abstract int sides(); }
    static final class Square extends Base {
        final double side;
        Square(double side) { this.side = side; }
        public double area() { return side * side; }
        int sides() { return 4; }
    }
    static final class Triangle extends Base {
        final double base, height;
        Triangle(double base, double height) { this.base = base; this.height = height; }
        public double area() { return base * height / 2; }
        int sides() { return 3; }
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        double total = 0;
        long sides = 0;
        int[] histogram = new int[64];
        int textLength = 0;
        for (int r = 0; r < rounds; r++) {
            Base[] shapes = new Base[1000];
            for (int i = 0; i < shapes.length; i++) {
                shapes[i] = (i % 3 == 0) ? new Triangle(i, r) : new Square(i % 17);
            }
            for (Base b : shapes) {
                Shape s = b;
                total += s.area();
                sides += b.sides();
            }
            for (int i = 0; i < 5000; i++) histogram[(i * 31 + r) & 63]++;
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 200; i++) sb.append(i).append(',');
            textLength += sb.toString().length();
        }
        System.out.println("total=" + total + " sides=" + sides + " h0=" + histogram[0] + " text=" + textLength);
    }
}
