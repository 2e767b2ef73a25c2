// Version 2: describe() became abstract.
public abstract class Base {
    public abstract String describe();

    public String kind() {
        return "kind v2";
    }
}
