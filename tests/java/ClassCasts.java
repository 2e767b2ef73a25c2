// ClassCastException messages from checkcast: app class to app class, JDK class to app class,
// app class to JDK class, Integer to String, arrays (primitive and reference), interfaces.
import java.util.List;

public class ClassCasts {
    static class Animal {}
    static class Dog extends Animal {}
    static class Cat extends Animal {}
    interface Pet {}

    interface Action {
        Object run();
    }

    static void attempt(String label, Action a) {
        try {
            Object r = a.run();
            System.out.println(label + ": ok " + (r == null ? "null" : r.getClass().getName()));
        } catch (ClassCastException e) {
            System.out.println(label + ": " + e.getMessage());
        }
    }

    static Object id(Object o) { return o; }

    public static void main(String[] args) {
        attempt("Dog to Cat", () -> (Cat) id(new Dog()));
        attempt("Animal to Dog", () -> (Dog) id(new Animal()));
        attempt("Dog to Animal", () -> (Animal) id(new Dog()));
        attempt("Dog to Pet", () -> (Pet) id(new Dog()));
        attempt("Integer to Dog", () -> (Dog) id(Integer.valueOf(3)));
        attempt("Dog to String", () -> (String) id(new Dog()));
        attempt("Integer to String", () -> (String) id(Integer.valueOf(3)));
        attempt("String to Number", () -> (Number) id("s"));
        attempt("Integer to Comparable", () -> (Comparable<?>) id(Integer.valueOf(3)));
        attempt("StringBuilder to Comparable", () -> (Comparable<?>) id(new StringBuilder()));
        attempt("int[] to long[]", () -> (long[]) id(new int[1]));
        attempt("int[] to Object[]", () -> (Object[]) id(new int[1]));
        attempt("Dog[] to Cat[]", () -> (Cat[]) id(new Dog[1]));
        attempt("Animal[] to Dog[]", () -> (Dog[]) id(new Animal[1]));
        attempt("Dog[] to Animal[]", () -> (Animal[]) id(new Dog[1]));
        attempt("String[] to Integer[]", () -> (Integer[]) id(new String[1]));
        attempt("String[][] to Object[][]", () -> (Object[][]) id(new String[1][1]));
        attempt("String[] to Object[][]", () -> (Object[][]) id(new String[1]));
        attempt("int[][] to Object[]", () -> (Object[]) id(new int[1][1]));
        attempt("Dog to int[]", () -> (int[]) id(new Dog()));
        attempt("Dog[] to Cloneable", () -> (Cloneable) id(new Dog[0]));
        attempt("null to Dog", () -> (Dog) id(null));
        attempt("Character to Integer", () -> (Integer) id('c'));
        List<Object> raw = new java.util.ArrayList<>();
        raw.add(Integer.valueOf(1));
        @SuppressWarnings("unchecked")
        List<String> strings = (List<String>) (List<?>) raw;
        try {
            String s = strings.get(0);
            System.out.println("heap pollution not detected " + s);
        } catch (ClassCastException e) {
            System.out.println("generic erasure: " + e.getMessage());
        }
        try {
            Object o = Integer.valueOf(7);
            Long l = (Long) o;
            System.out.println(l);
        } catch (ClassCastException e) {
            System.out.println("toString: " + e);
        }
    }
}
