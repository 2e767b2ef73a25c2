// Version 2: members became private or package-private.
package lib;

public class Lib {
    private static int counter = 1;
    String label = "v2";

    private Lib() {}

    private static String open() {
        return "open v2";
    }

    String instanceOpen() {
        return "instance open v2";
    }
}
