// Version 1: a public class.
package lib;

public class Hidden {
    public static String hello() {
        return "hello from Hidden";
    }
}
