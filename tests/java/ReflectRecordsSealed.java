// Records and sealed hierarchies through reflection: record components (names, types, accessors,
// invocation, annotations), canonical constructors, final record fields, sealed classes and
// interfaces with their permitted subclasses, and hierarchy queries on them.
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

public class ReflectRecordsSealed {
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
    @interface Unit {
        String value();
    }

    record Point(int x, int y) {}

    record Measurement(@Unit("kg") double weight, String label, List<String> tags, int[] values) {
        Measurement {
            if (weight < 0) {
                throw new IllegalArgumentException("negative weight");
            }
        }
    }

    record Empty() {}

    sealed interface Expr permits Num, Add, Neg {}
    record Num(int value) implements Expr {}
    record Add(Expr left, Expr right) implements Expr {}
    static non-sealed class Neg implements Expr {}
    static final class DoubleNeg extends Neg {}

    static abstract sealed class Vehicle permits Car, Truck {}
    static final class Car extends Vehicle {}
    static non-sealed class Truck extends Vehicle {}

    static void describe(Class<?> c) {
        System.out.println(c.getSimpleName() + ": record=" + c.isRecord() + " sealed=" + c.isSealed()
                + " permitted=" + names(c.getPermittedSubclasses()) + " super=" + c.getSuperclass()
                + " interfaces=" + names(c.getInterfaces()));
    }

    static String names(Class<?>[] classes) {
        if (classes == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("[");
        for (Class<?> c : classes) {
            if (sb.length() > 1) {
                sb.append(", ");
            }
            sb.append(c.getSimpleName());
        }
        return sb.append(']').toString();
    }

    public static void main(String[] args) throws Exception {
        for (Class<?> c : new Class<?>[] {Point.class, Measurement.class, Empty.class, Expr.class, Num.class,
                Neg.class, DoubleNeg.class, Vehicle.class, Car.class, Truck.class, Object.class, Record.class,
                int.class, String[].class}) {
            describe(c);
        }
        Measurement m = new Measurement(2.5, "box", List.of("a", "b"), new int[] {1, 2});
        RecordComponent[] components = Measurement.class.getRecordComponents();
        for (RecordComponent rc : components) {
            Object value = rc.getAccessor().invoke(m);
            System.out.println(rc + " | name=" + rc.getName() + " type=" + rc.getType().getName() + " accessor="
                    + rc.getAccessor() + " declaring=" + rc.getDeclaringRecord().getSimpleName() + " signature="
                    + rc.getGenericSignature() + " value=" + (value instanceof int[] ? Arrays.toString((int[]) value) : value)
                    + " annotation=" + rc.getAnnotation(Unit.class));
        }
        System.out.println("Empty components: " + Empty.class.getRecordComponents().length);
        System.out.println("String components: " + String.class.getRecordComponents());

        Class<?>[] canonicalTypes = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            canonicalTypes[i] = components[i].getType();
        }
        Constructor<Measurement> canonical = Measurement.class.getDeclaredConstructor(canonicalTypes);
        System.out.println("canonical: " + canonical);
        Measurement copy = canonical.newInstance(1.0, "copy", List.of(), new int[0]);
        System.out.println("copy label " + copy.label() + " weight " + copy.weight());
        try {
            canonical.newInstance(-1.0, "bad", List.of(), new int[0]);
        } catch (java.lang.reflect.InvocationTargetException e) {
            System.out.println("compact constructor threw: " + e.getCause().getMessage());
        }

        Field x = Point.class.getDeclaredField("x");
        System.out.println("record field: " + x + " annotation on weight field: "
                + Measurement.class.getDeclaredField("weight").getAnnotation(Unit.class)
                + " on accessor: " + Measurement.class.getMethod("weight").getAnnotation(Unit.class));
        Point p = new Point(3, 4);
        x.setAccessible(true);
        System.out.println("read x = " + x.getInt(p));
        try {
            x.setInt(p, 9);
        } catch (IllegalAccessException e) {
            System.out.println("record field write: " + e.getMessage());
        }
        System.out.println("point still " + p);
        System.out.println("Expr assignable from Add: " + Expr.class.isAssignableFrom(Add.class)
                + ", Neg from DoubleNeg: " + Neg.class.isAssignableFrom(DoubleNeg.class));
    }
}
