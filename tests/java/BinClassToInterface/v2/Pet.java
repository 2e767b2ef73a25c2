// Version 2: Pet is a class.
public class Pet {
    public String name() {
        return "pet";
    }
}
