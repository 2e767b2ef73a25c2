// Version 1 of the library that Main is compiled against.
public class Lib {
    public static String sm() {
        return "static v1";
    }

    public String im() {
        return "instance v1";
    }

    public static int SF = 1;
    public int instanceField = 2;
}
