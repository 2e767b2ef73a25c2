// instanceof and checkcast against classes, interfaces (including inherited and
// super-interfaces), arrays of all kinds, and null; pattern-matching instanceof.
import java.io.Serializable;

public class InstanceOf {
    interface Walker {}
    interface Runner extends Walker {}
    interface Swimmer {}
    static class Animal implements Walker {}
    static class Dog extends Animal implements Runner, Swimmer {}
    static final class Fish implements Swimmer {}

    static String check(Object o) {
        StringBuilder sb = new StringBuilder();
        sb.append(o instanceof Object ? 'O' : '-');
        sb.append(o instanceof Animal ? 'A' : '-');
        sb.append(o instanceof Dog ? 'D' : '-');
        sb.append(o instanceof Walker ? 'W' : '-');
        sb.append(o instanceof Runner ? 'R' : '-');
        sb.append(o instanceof Swimmer ? 'S' : '-');
        sb.append(o instanceof Fish ? 'F' : '-');
        sb.append(o instanceof Cloneable ? 'C' : '-');
        sb.append(o instanceof Serializable ? 'Z' : '-');
        sb.append(o instanceof Object[] ? '[' : '-');
        sb.append(o instanceof Animal[] ? 'a' : '-');
        sb.append(o instanceof Walker[] ? 'w' : '-');
        sb.append(o instanceof int[] ? 'i' : '-');
        sb.append(o instanceof long[] ? 'l' : '-');
        sb.append(o instanceof Object[][] ? '2' : '-');
        sb.append(o instanceof Cloneable[] ? 'c' : '-');
        sb.append(o instanceof Comparable ? 'K' : '-');
        sb.append(o instanceof CharSequence ? 'Q' : '-');
        sb.append(o instanceof Number ? 'N' : '-');
        return sb.toString();
    }

    static String describe(Object o) {
        if (o instanceof String s && s.length() > 2) {
            return "long string " + s.toUpperCase();
        } else if (o instanceof String s) {
            return "short string " + s;
        } else if (o instanceof Integer i) {
            return "int " + (i + 1);
        } else if (o instanceof int[] arr) {
            return "int array of " + arr.length;
        } else if (!(o instanceof Animal a)) {
            return "other " + (o == null ? "null" : o.getClass().getSimpleName());
        } else {
            return "animal " + a.getClass().getSimpleName();
        }
    }

    public static void main(String[] args) {
        Object[] samples = {new Object(), new Animal(), new Dog(), new Fish(), "str", Integer.valueOf(4),
                new int[0], new long[0], new Object[0], new Animal[0], new Dog[0], new Dog[0][0], new int[0][0],
                new Walker[0], new String[0], new Runner[1][], new Cloneable[0], null, new StringBuilder()};
        for (Object o : samples) {
            String name = o == null ? "null" : o.getClass().getName();
            System.out.println(check(o) + "  " + name);
        }
        for (Object o : new Object[] {"hi", "hello", 41, new int[3], new Dog(), 2.5, null}) {
            System.out.println(describe(o));
        }
        Object dogs = new Dog[] {new Dog()};
        Walker[] walkers = (Walker[]) dogs;
        Runner[] runners = (Runner[]) walkers;
        Swimmer[] swimmers = (Swimmer[]) dogs;
        Object[] objs = (Object[]) dogs;
        System.out.println("array casts ok: " + walkers.length + runners.length + swimmers.length + objs.length);
        Object nothing = null;
        Dog d = (Dog) nothing;
        int[] ia = (int[]) nothing;
        System.out.println("null casts ok: " + d + " " + ia);
    }
}
