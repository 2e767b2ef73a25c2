// Version 1: Pet is an interface.
public interface Pet {
    String name();
}
