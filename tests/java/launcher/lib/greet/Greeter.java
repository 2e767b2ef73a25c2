// Library class packaged into lib.jar (which has no Main-Class attribute).
package greet;

public class Greeter {
    public static String greet(String who) {
        return "Hello, " + who + " (from lib.jar)";
    }
}
