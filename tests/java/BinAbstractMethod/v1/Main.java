// Placeholder compiled in the first pass; v2/Main.java replaces it.
public class Main {
    public static void main(String[] args) {}
}
