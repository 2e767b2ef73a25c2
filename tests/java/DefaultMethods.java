// Interface methods: default methods, diamond resolution with an explicit override calling
// I.super.m(), more specific default winning, class method winning over default, static and
// private interface methods, abstract class implementing an interface partially.
public class DefaultMethods {
    interface Greeter {
        default String greet() {
            return "Hello from Greeter (" + name() + ")";
        }

        String name();

        static String shout(String s) {
            return s.toUpperCase() + "!";
        }
    }

    interface Left extends Greeter {
        @Override
        default String greet() {
            return "Left " + helper();
        }

        private String helper() {
            return "helper(" + name() + ")";
        }
    }

    interface Right extends Greeter {
        @Override
        default String greet() {
            return "Right";
        }
    }

    static class Diamond implements Left, Right {
        @Override
        public String greet() {
            return Left.super.greet() + " & " + Right.super.greet();
        }

        @Override
        public String name() {
            return "diamond";
        }
    }

    interface Specific extends Left {
        @Override
        default String greet() {
            return "Specific over " + Left.super.greet();
        }
    }

    static class UsesSpecific implements Left, Specific {
        public String name() {
            return "specific";
        }
    }

    static class Parent {
        public String greet() {
            return "Parent class wins";
        }
    }

    static class ClassWins extends Parent implements Greeter {
        public String name() {
            return "cw";
        }
    }

    static class Plain implements Greeter {
        public String name() {
            return "plain";
        }
    }

    interface Counter {
        int count();

        default int doubled() {
            return count() * 2;
        }

        default int quadrupled() {
            return doubled() * 2;
        }
    }

    abstract static class AbstractCounter implements Counter {
        @Override
        public int doubled() {
            return count() * 2 + 1;
        }
    }

    static class Five extends AbstractCounter {
        public int count() {
            return 5;
        }
    }

    interface Stack<T> {
        void push(T t);

        T pop();

        boolean isEmpty();

        default void pushAll(T[] items) {
            for (T t : items) push(t);
        }

        default String drain() {
            StringBuilder sb = new StringBuilder();
            while (!isEmpty()) sb.append(pop()).append(' ');
            return sb.toString().trim();
        }
    }

    static class ArrayStack implements Stack<String> {
        private final String[] data = new String[10];
        private int size;

        public void push(String s) {
            data[size++] = s;
        }

        public String pop() {
            return data[--size];
        }

        public boolean isEmpty() {
            return size == 0;
        }
    }

    public static void main(String[] args) {
        System.out.println(new Diamond().greet());
        System.out.println(new UsesSpecific().greet());
        System.out.println(new ClassWins().greet());
        System.out.println(new Plain().greet());
        Greeter g = new Diamond();
        System.out.println("via interface: " + g.greet());
        System.out.println(Greeter.shout("static"));
        Counter c = new Five();
        System.out.println("counter: " + c.count() + " " + c.doubled() + " " + c.quadrupled());
        Counter lambda = () -> 3;
        System.out.println("lambda counter: " + lambda.doubled() + " " + lambda.quadrupled());
        ArrayStack st = new ArrayStack();
        st.pushAll(new String[] {"a", "b", "c"});
        System.out.println("drain: " + st.drain());
        Greeter anon = new Greeter() {
            public String name() {
                return "anon";
            }
        };
        System.out.println(anon.greet());
    }
}
