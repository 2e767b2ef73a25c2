// Version 1 of the library that Main is compiled against.
public class Lib {
    public static int COUNT = 1;
    public static String NAME = "v1";
    public int value = 10;
    public long wide = 20L;
    public static final int CONSTANT = 99;
}
