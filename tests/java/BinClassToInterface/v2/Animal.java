// Version 2: Animal is an interface.
public interface Animal {
    String sound();
}
