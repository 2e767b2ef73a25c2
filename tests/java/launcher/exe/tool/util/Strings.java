// A helper in a sub-package of exe.jar.
package tool.util;

public class Strings {
    public static String shout(String s) {
        return s.toUpperCase() + "!";
    }
}
