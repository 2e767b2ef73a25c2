// Version 2: COUNT and value renamed, NAME and wide changed type.
public class Lib {
    public static int TOTAL = 1;
    public static Object NAME = "v2";
    public int amount = 10;
    public int wide = 20;
    public static final int CONSTANT = 100;
}
