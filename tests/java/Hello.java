// The smallest useful program: one line to stdout, exit code 0.
public class Hello {
    public static void main(String[] args) {
        System.out.println("Hello, islet!");
    }
}
