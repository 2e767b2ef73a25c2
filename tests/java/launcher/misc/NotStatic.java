// main is not static: the launcher must refuse it with HotSpot's message.
public class NotStatic {
    public void main(String[] args) {
        System.out.println("instance main must not run");
    }
}
