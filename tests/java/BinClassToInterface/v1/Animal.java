// Version 1: Animal is a class.
public class Animal {
    public String sound() {
        return "...";
    }
}
