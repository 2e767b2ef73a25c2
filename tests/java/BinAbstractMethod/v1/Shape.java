// Version 1: one abstract method.
public interface Shape {
    String name();
}
