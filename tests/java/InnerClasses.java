// Nested classes: inner classes reading and writing outer fields (including private, via
// nestmates), Outer.this, inner of inner, local classes capturing effectively final variables,
// anonymous classes with constructor arguments and initializer blocks, static nested classes
// with private constructors, inner class instantiation from outside (outer.new Inner()).
import java.util.Iterator;

public class InnerClasses {
    private int secret = 42;
    private static int staticSecret = 7;
    private final String name;

    InnerClasses(String name) {
        this.name = name;
    }

    private String whisper() {
        return "whisper from " + name;
    }

    class Inner {
        private int innerSecret = secret + 1;

        String show() {
            secret++;
            return "Inner sees secret=" + secret + " name=" + name + " " + whisper() + " outer="
                    + InnerClasses.this.name;
        }

        class Deeper {
            String show() {
                return "Deeper sees " + innerSecret + " and " + secret + " and " + Inner.this.innerSecret;
            }
        }
    }

    static class StaticNested {
        private final int v;

        private StaticNested(int v) {
            this.v = v;
        }

        int readOuterStatic() {
            return staticSecret + v;
        }

        int readOuterPrivate(InnerClasses o) {
            return o.secret;
        }
    }

    class Range implements Iterable<Integer> {
        final int from, to;

        Range(int from, int to) {
            this.from = from;
            this.to = to;
        }

        public Iterator<Integer> iterator() {
            return new Iterator<Integer>() {
                int next = from;

                public boolean hasNext() {
                    return next < to;
                }

                public Integer next() {
                    return next++ * secret;
                }
            };
        }
    }

    abstract static class Greeter {
        final String greeting;

        Greeter(String greeting) {
            this.greeting = greeting;
        }

        abstract String greet(String who);
    }

    String localClass(int factor) {
        int offset = 100;
        class Scaler {
            int scale(int x) {
                return x * factor + offset + secret;
            }
        }
        Scaler s = new Scaler();
        return "local: " + s.scale(2) + " " + new Scaler().scale(3) + " " + s.getClass().getName();
    }

    static String anonymous(String suffix) {
        Greeter g = new Greeter("Hi") {
            String extra;

            {
                extra = "(init block " + suffix + ")";
            }

            String greet(String who) {
                return greeting + ", " + who + " " + extra;
            }
        };
        return g.greet("you") + " " + g.getClass().getName();
    }

    public static void main(String[] args) {
        InnerClasses outer = new InnerClasses("outer1");
        InnerClasses.Inner inner = outer.new Inner();
        System.out.println(inner.show());
        System.out.println(inner.show());
        InnerClasses.Inner.Deeper deeper = inner.new Deeper();
        System.out.println(deeper.show());
        System.out.println("outer secret now " + outer.secret);
        StaticNested sn = new StaticNested(3);
        System.out.println("static nested: " + sn.readOuterStatic() + " " + sn.readOuterPrivate(outer) + " " + sn.v);
        StringBuilder sb = new StringBuilder();
        for (int v : outer.new Range(1, 5)) sb.append(v).append(' ');
        System.out.println("range: " + sb);
        System.out.println(outer.localClass(10));
        System.out.println(anonymous("A"));
        System.out.println("names: " + Inner.class.getName() + " " + Inner.Deeper.class.getName() + " "
                + StaticNested.class.getName() + " simple " + Inner.Deeper.class.getSimpleName());
        Runnable counter = new Runnable() {
            int count;

            public void run() {
                count++;
                staticSecret += count;
            }
        };
        counter.run();
        counter.run();
        System.out.println("anonymous state: staticSecret=" + staticSecret);
        InnerClasses other = new InnerClasses("outer2");
        Inner i2 = other.new Inner();
        System.out.println(i2.show() + " | first outer untouched: " + outer.secret);
    }
}
