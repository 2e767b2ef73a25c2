// main returns int: the launcher must refuse it with HotSpot's message.
public class WrongReturn {
    public static int main(String[] args) {
        return 1;
    }
}
