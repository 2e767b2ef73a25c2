// Method handles on methods and constructors: findStatic, findVirtual (virtual and interface
// dispatch), findSpecial, findConstructor, unreflect; invokeExact, invoke, invokeWithArguments,
// bindTo, varargs collectors, type() and toString, and exceptions thrown through handles.
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;

public class MethodHandlesBasic {
    interface Speaker {
        String speak(String word);
    }

    static class Animal implements Speaker {
        public String speak(String word) {
            return "animal says " + word;
        }

        String kind() {
            return "animal";
        }
    }

    static class Dog extends Animal {
        @Override
        public String speak(String word) {
            return "dog barks " + word;
        }

        @Override
        String kind() {
            return "dog";
        }

        String superKind() throws Throwable {
            MethodHandle special = MethodHandles.lookup().findSpecial(Animal.class, "kind",
                    MethodType.methodType(String.class), Dog.class);
            return (String) special.invokeExact(this);
        }
    }

    static int add(int a, int b) {
        return a + b;
    }

    static long mix(byte b, char c, short s, long l, float f, double d, boolean z) {
        return b + c + s + l + (long) f + (long) d + (z ? 1000 : 0);
    }

    static String concat(String first, Object... rest) {
        StringBuilder sb = new StringBuilder(first);
        for (Object o : rest) {
            sb.append('|').append(o);
        }
        return sb.toString();
    }

    static void boom(String message) {
        throw new IllegalStateException(message);
    }

    private int counter;

    private void increment(int by) {
        counter += by;
    }

    public static void main(String[] args) throws Throwable {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        MethodHandle add = lookup.findStatic(MethodHandlesBasic.class, "add",
                MethodType.methodType(int.class, int.class, int.class));
        System.out.println(add + " type " + add.type());
        int sum = (int) add.invokeExact(2, 3);
        System.out.println("invokeExact " + sum);
        Object boxed = add.invoke(4, 5);
        System.out.println("invoke to Object " + boxed + " " + boxed.getClass().getSimpleName());
        long widened = (long) add.invoke((byte) 1, 'a');
        System.out.println("invoke widened " + widened);
        System.out.println("invokeWithArguments " + add.invokeWithArguments(10, 20));
        System.out.println("invokeWithArguments list " + add.invokeWithArguments(List.of(7, 8)));

        MethodHandle mix = lookup.findStatic(MethodHandlesBasic.class, "mix", MethodType.methodType(long.class,
                byte.class, char.class, short.class, long.class, float.class, double.class, boolean.class));
        long mixed = (long) mix.invokeExact((byte) 1, 'b', (short) 3, 4L, 5.9f, 6.9, true);
        System.out.println("all primitive kinds " + mixed + " " + mix.type());

        MethodHandle speak = lookup.findVirtual(Speaker.class, "speak", MethodType.methodType(String.class, String.class));
        MethodHandle animalSpeak = lookup.findVirtual(Animal.class, "speak", MethodType.methodType(String.class, String.class));
        System.out.println(speak + " / " + animalSpeak);
        List<Speaker> speakers = new ArrayList<>();
        speakers.add(new Animal());
        speakers.add(new Dog());
        speakers.add(w -> "lambda echoes " + w);
        for (Speaker s : speakers) {
            System.out.println("interface dispatch: " + (String) speak.invokeExact(s, "hi"));
        }
        System.out.println("class dispatch: " + (String) animalSpeak.invokeExact((Animal) new Dog(), "yo"));
        System.out.println("findSpecial: " + new Dog().superKind());

        MethodHandle length = lookup.findVirtual(String.class, "length", MethodType.methodType(int.class));
        System.out.println("String.length " + (int) length.invokeExact("hello"));
        MethodHandle bound = length.bindTo("bound!");
        System.out.println("bound " + bound + " -> " + (int) bound.invokeExact());
        MethodHandle ctor = lookup.findConstructor(ArrayList.class, MethodType.methodType(void.class, int.class));
        System.out.println(ctor + " -> " + ctor.invoke(3));
        MethodHandle sbCtor = lookup.findConstructor(StringBuilder.class, MethodType.methodType(void.class, String.class));
        StringBuilder sb = (StringBuilder) sbCtor.invokeExact("start");
        System.out.println("constructed " + sb.append("-end"));

        MethodHandle increment = lookup.findVirtual(MethodHandlesBasic.class, "increment",
                MethodType.methodType(void.class, int.class));
        MethodHandlesBasic self = new MethodHandlesBasic();
        increment.invokeExact(self, 5);
        increment.invoke(self, (short) 6);
        System.out.println("private virtual " + increment + " counter " + self.counter);

        MethodHandle concat = lookup.findStatic(MethodHandlesBasic.class, "concat",
                MethodType.methodType(String.class, String.class, Object[].class));
        System.out.println(concat + " varargs " + concat.isVarargsCollector());
        System.out.println("collect 0: " + (String) concat.invoke("a"));
        System.out.println("collect 3: " + (String) concat.invoke("a", 1, 'c', 2.5));
        System.out.println("pass array: " + (String) concat.invoke("a", new Object[] {"x", "y"}));
        System.out.println("exact with array: " + (String) concat.invokeExact("a", new Object[] {"z"}));
        System.out.println("withArguments: " + concat.invokeWithArguments("w", 1, 2));
        MethodHandle fixed = concat.asFixedArity();
        System.out.println("fixed arity varargs " + fixed.isVarargsCollector() + " same type " + fixed.type().equals(concat.type()));
        MethodHandle asList = lookup.findStatic(java.util.Arrays.class, "asList",
                MethodType.methodType(List.class, Object[].class));
        System.out.println("Arrays.asList varargs " + asList.isVarargsCollector() + " -> " + asList.invoke(1, "two", 3.0));

        MethodHandle boom = lookup.findStatic(MethodHandlesBasic.class, "boom", MethodType.methodType(void.class, String.class));
        try {
            boom.invokeExact("through handle");
        } catch (IllegalStateException e) {
            System.out.println("exception passes unwrapped: " + e);
        }
        try {
            int n = (int) length.invokeExact((String) null);
        } catch (NullPointerException e) {
            System.out.println("null receiver: " + e.getClass().getName());
        }
        MethodHandle unreflected = lookup.unreflect(MethodHandlesBasic.class.getDeclaredMethod("add", int.class, int.class));
        System.out.println("unreflect " + unreflected + " -> " + (int) unreflected.invokeExact(40, 2));
        MethodHandle unreflectedVirtual = lookup.unreflect(Object.class.getMethod("toString"));
        System.out.println("unreflect virtual " + unreflectedVirtual + " -> " + unreflectedVirtual.invoke(List.of(1)));
        MethodHandle unreflectedCtor = lookup.unreflectConstructor(Dog.class.getDeclaredConstructor());
        System.out.println("unreflectConstructor " + unreflectedCtor + " kind "
                + ((Dog) unreflectedCtor.invoke()).kind());
    }
}
