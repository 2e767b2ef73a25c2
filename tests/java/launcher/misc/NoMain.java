// A class without a main method: the launcher must refuse it with HotSpot's message.
public class NoMain {
    public static void helper(String[] args) {}
}
