// Uses Java SE API that islet's class library does not provide (yet): the program must fail with
// the linkage error HotSpot would give for a missing class or method, never crash.
public class MissingApi {
    public static void main(String[] args) {
        switch (args[0]) {
            case "class":
                System.out.println(java.time.LocalDate.of(2020, 1, 1));
                break;
            case "method":
                System.out.println(Character.getName('A'));
                break;
            case "caught":
                try {
                    System.out.println(java.time.Duration.ofSeconds(5));
                } catch (NoClassDefFoundError e) {
                    System.out.println("caught " + e);
                }
                System.out.println("still running");
                break;
            default:
                throw new IllegalArgumentException(args[0]);
        }
    }
}
