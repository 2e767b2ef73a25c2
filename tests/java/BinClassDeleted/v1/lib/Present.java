// Stays in the output; its superclass and one of its methods' types are deleted.
package lib;

public class Present {
    public static String fine() {
        return "Present.fine works";
    }

    public static Object makeHelper() {
        return new Helper();
    }
}
