// Compiled once, against Animal being a class.
public class Dog extends Animal {
    @Override
    public String sound() {
        return "woof";
    }
}
