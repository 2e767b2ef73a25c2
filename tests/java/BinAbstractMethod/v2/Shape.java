// Version 2: a new abstract method that Circle (compiled against v1) does not implement, and
// a new default method that it inherits.
public interface Shape {
    String name();

    double area();

    default String label() {
        return "label of " + name();
    }
}
