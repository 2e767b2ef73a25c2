// Method.invoke: static and instance calls, virtual and interface dispatch, argument unboxing and
// widening, varargs passed as arrays, private members after setAccessible, boxed results,
// void results, and recursion through reflection.
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

public class ReflectInvoke {
    interface Greeter {
        String greet(String who);

        default String twice(String who) {
            return greet(who) + greet(who);
        }
    }

    static class Animal implements Greeter {
        String sound() {
            return "...";
        }

        public String greet(String who) {
            return sound() + " " + who;
        }

        public static long widen(long a, double b) {
            return a + (long) b;
        }
    }

    static class Dog extends Animal {
        @Override
        String sound() {
            return "woof";
        }

        private int secret(int x) {
            return x * 3;
        }

        public void nothing() {
            calls++;
        }

        static int calls;

        public static String join(String sep, String... parts) {
            return String.join(sep, parts);
        }

        public char nextChar(char c) {
            return (char) (c + 1);
        }

        public boolean not(boolean b) {
            return !b;
        }

        public byte[] bytes(byte a, short b) {
            return new byte[] {a, (byte) b};
        }

        public float half(float f) {
            return f / 2;
        }

        public static int factorial(int n) throws Exception {
            if (n <= 1) {
                return 1;
            }
            Method self = Dog.class.getMethod("factorial", int.class);
            return n * (Integer) self.invoke(null, n - 1);
        }
    }

    public static void main(String[] args) throws Exception {
        Method sound = Animal.class.getDeclaredMethod("sound");
        System.out.println("virtual sound on Dog: " + sound.invoke(new Dog()));
        System.out.println("virtual sound on Animal: " + sound.invoke(new Animal()));
        Method greet = Greeter.class.getMethod("greet", String.class);
        System.out.println("interface greet: " + greet.invoke(new Dog(), "cat"));
        Method twice = Greeter.class.getMethod("twice", String.class);
        System.out.println("default twice: " + twice.invoke(new Dog(), "x"));
        Greeter lambda = who -> "hi " + who;
        System.out.println("lambda greet: " + greet.invoke(lambda, "there"));

        Method widen = Animal.class.getMethod("widen", long.class, double.class);
        Object[][] argSets = {
            {1, 2}, {(byte) 3, 4.5f}, {'a', 1L}, {(short) 7, 'b'}, {10L, 0.25}
        };
        for (Object[] set : argSets) {
            Object result = widen.invoke(null, set);
            System.out.println("widen(" + set[0] + "," + set[1] + ") = " + result + " " + result.getClass().getSimpleName());
        }
        System.out.println("static with receiver ignored: " + widen.invoke("ignored", 1, 1));

        Method secret = Dog.class.getDeclaredMethod("secret", int.class);
        System.out.println("private from nestmate: " + secret.invoke(new Dog(), 14));
        secret.setAccessible(true);
        System.out.println("private after setAccessible: " + secret.invoke(new Dog(), 5) + " accessible "
                + secret.canAccess(new Dog()));

        Method nothing = Dog.class.getMethod("nothing");
        Object v = nothing.invoke(new Dog());
        System.out.println("void result: " + v + " calls " + Dog.calls);
        Method join = Dog.class.getMethod("join", String.class, String[].class);
        System.out.println("varargs: " + join.invoke(null, "-", new String[] {"a", "b", "c"}));
        System.out.println("varargs empty: [" + join.invoke(null, ",", new String[0]) + "]");

        Dog dog = new Dog();
        Method nextChar = Dog.class.getMethod("nextChar", char.class);
        Object c = nextChar.invoke(dog, 'y');
        System.out.println("char: " + c + " " + c.getClass().getSimpleName());
        Method not = Dog.class.getMethod("not", boolean.class);
        System.out.println("boolean: " + not.invoke(dog, true) + " " + not.invoke(dog, Boolean.FALSE));
        Method bytes = Dog.class.getMethod("bytes", byte.class, short.class);
        byte[] b = (byte[]) bytes.invoke(dog, (byte) 1, (byte) 2);
        System.out.println("bytes: " + b[0] + "," + b[1]);
        Method half = Dog.class.getMethod("half", float.class);
        System.out.println("float: " + half.invoke(dog, 3) + " " + half.invoke(dog, 5L) + " " + half.invoke(dog, 'A'));
        System.out.println("factorial via reflection: " + Dog.factorial(10));

        Method toString = Object.class.getMethod("toString");
        List<Object> things = new ArrayList<>();
        things.add("str");
        things.add(42);
        things.add(List.of(1, 2));
        for (Object o : things) {
            System.out.println("toString dispatch: " + toString.invoke(o));
        }
        Method hashCode = Object.class.getMethod("hashCode");
        System.out.println("hashCode of string: " + hashCode.invoke("abc"));
        Method length = String.class.getMethod("length");
        System.out.println("String.length: " + length.invoke("hello"));
        Method valueOf = String.class.getMethod("valueOf", int.class);
        System.out.println("String.valueOf: " + valueOf.invoke(null, (short) -12));
        Method compare = Integer.class.getMethod("compare", int.class, int.class);
        System.out.println("Integer.compare: " + compare.invoke(null, 3, 'a'));
        Method max = Math.class.getMethod("max", long.class, long.class);
        System.out.println("Math.max: " + max.invoke(null, 5, 7L));
    }
}
