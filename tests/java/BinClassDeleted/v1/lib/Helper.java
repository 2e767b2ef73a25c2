// Compiled, then deleted from the output before the test runs.
package lib;

public class Helper {
    public static String greet() {
        return "hi";
    }
}
