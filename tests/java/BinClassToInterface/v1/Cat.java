// Compiled once, against Pet being an interface.
public class Cat implements Pet {
    public String name() {
        return "cat";
    }
}
