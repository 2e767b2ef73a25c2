// Version 1: everything Main uses is public.
package lib;

public class Lib {
    public static int counter = 1;
    public String label = "v1";

    public Lib() {}

    public static String open() {
        return "open v1";
    }

    public String instanceOpen() {
        return "instance open v1";
    }
}
