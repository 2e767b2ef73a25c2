// Compiled once, against version 1 of Shape and Base.
public class Circle extends Base implements Shape {
    public String name() {
        return "circle";
    }
}
