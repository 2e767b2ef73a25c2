// Generics: generic classes and methods, bounded type parameters, wildcards (extends/super),
// recursive bounds, generic arrays via Object[], erasure-inserted casts, bridge methods for
// covariant generic overrides, static generic factories, and raw types.
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

public class Generics {
    static class Pair<A, B> {
        final A first;
        final B second;

        Pair(A first, B second) {
            this.first = first;
            this.second = second;
        }

        <C> Pair<A, C> withSecond(C c) {
            return new Pair<>(first, c);
        }

        Pair<B, A> swap() {
            return new Pair<>(second, first);
        }

        static <X> Pair<X, X> twin(X x) {
            return new Pair<>(x, x);
        }

        public String toString() {
            return "(" + first + ", " + second + ")";
        }
    }

    static class Stack<T> {
        private Object[] items = new Object[2];
        private int size;

        void push(T t) {
            if (size == items.length) {
                Object[] bigger = new Object[size * 2];
                System.arraycopy(items, 0, bigger, 0, size);
                items = bigger;
            }
            items[size++] = t;
        }

        @SuppressWarnings("unchecked")
        T pop() {
            T t = (T) items[--size];
            items[size] = null;
            return t;
        }

        boolean isEmpty() {
            return size == 0;
        }

        <R> Stack<R> map(Function<? super T, ? extends R> f) {
            Stack<R> out = new Stack<>();
            for (int i = 0; i < size; i++) {
                @SuppressWarnings("unchecked")
                T t = (T) items[i];
                out.push(f.apply(t));
            }
            return out;
        }
    }

    static <T extends Comparable<? super T>> T max(List<? extends T> list) {
        T best = list.get(0);
        for (T t : list) if (t.compareTo(best) > 0) best = t;
        return best;
    }

    static double sum(List<? extends Number> nums) {
        double s = 0;
        for (Number n : nums) s += n.doubleValue();
        return s;
    }

    static void fill(List<? super Integer> sink, int n) {
        for (int i = 0; i < n; i++) sink.add(i);
    }

    abstract static class Shape<S extends Shape<S>> implements Comparable<S> {
        abstract double size();

        @SuppressWarnings("unchecked")
        S self() {
            return (S) this;
        }

        public int compareTo(S o) {
            return Double.compare(size(), o.size());
        }
    }

    static class Square extends Shape<Square> {
        final double side;

        Square(double side) {
            this.side = side;
        }

        double size() {
            return side * side;
        }

        public String toString() {
            return "Square(" + side + ")";
        }
    }

    interface Producer<T> {
        T produce();
    }

    static class StringProducer implements Producer<String> {
        public String produce() {
            return "produced";
        }
    }

    static <T> T firstNonNull(T a, T b) {
        return a != null ? a : b;
    }

    @SafeVarargs
    static <T> List<T> listOf(T... items) {
        List<T> out = new ArrayList<>();
        for (T t : items) out.add(t);
        return out;
    }

    public static void main(String[] args) {
        Pair<String, Integer> p = new Pair<>("a", 1);
        System.out.println(p + " " + p.swap() + " " + p.withSecond(2.5) + " " + Pair.twin("t"));
        Stack<Integer> st = new Stack<>();
        for (int i = 1; i <= 5; i++) st.push(i * i);
        Stack<String> mapped = st.map(i -> "#" + i);
        StringBuilder sb = new StringBuilder();
        while (!mapped.isEmpty()) sb.append(mapped.pop()).append(' ');
        System.out.println("stack " + sb);
        System.out.println("max " + max(List.of(3, 9, 2)) + " " + max(List.of("pear", "apple", "zoo")) + " "
                + max(List.of(new Square(2), new Square(5), new Square(1))));
        System.out.println("sum " + sum(List.of(1, 2.5, 3L, 4.5f)));
        List<Number> sink = new ArrayList<>();
        fill(sink, 4);
        List<Object> objs = new ArrayList<>();
        fill(objs, 2);
        System.out.println("super wildcard " + sink + " " + objs);
        Producer<String> prod = new StringProducer();
        @SuppressWarnings("rawtypes")
        Producer raw = prod;
        Object viaRaw = raw.produce();
        System.out.println("bridge " + prod.produce() + " " + viaRaw);
        System.out.println("inference " + firstNonNull(null, "fallback") + " " + firstNonNull(1, 2) + " "
                + listOf(1, "mixed", 2.0) + " " + listOf().size());
        Square s = new Square(3).self();
        System.out.println("self type " + s + " compare " + s.compareTo(new Square(4)));
        List<String> strings = new ArrayList<>();
        @SuppressWarnings({"unchecked", "rawtypes"})
        List<Object> alias = (List) strings;
        alias.add(42);
        try {
            String bad = strings.get(0);
            System.out.println("not reached " + bad);
        } catch (ClassCastException e) {
            System.out.println("erasure cast at use site: " + e.getClass().getName());
        }
        Object fine = strings.get(0);
        System.out.println("no cast when target is Object: " + fine);
        List<? extends Number> ro = List.of(1, 2);
        Number n = ro.get(1);
        System.out.println("wildcard read " + n);
        Pair<Pair<String, Integer>, List<Pair<Integer, Integer>>> nested = new Pair<>(p, List.of(Pair.twin(7)));
        System.out.println("nested " + nested + " " + nested.second.get(0).first);
    }
}
