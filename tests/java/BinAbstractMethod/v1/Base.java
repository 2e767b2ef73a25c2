// Version 1: describe() has a body.
public abstract class Base {
    public String describe() {
        return "base v1";
    }

    public String kind() {
        return "kind v1";
    }
}
