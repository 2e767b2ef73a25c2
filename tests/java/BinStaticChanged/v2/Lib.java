// Version 2: static and instance swapped.
public class Lib {
    public String sm() {
        return "instance v2";
    }

    public static String im() {
        return "static v2";
    }

    public int SF = 1;
    public static int instanceField = 2;
}
