// The assert statement with -ea: failing assertions throw AssertionError with the detail
// message converted from any type, passing assertions have no effect, side effects in
// assertion expressions run; the uncaught final assertion terminates main with exit code 1.
// islet-test: options=-ea
public class Assertions {
    static int evaluated;

    static boolean check(boolean v) {
        evaluated++;
        return v;
    }

    public static void main(String[] args) {
        assert check(true) : "never";
        System.out.println("passing assertion evaluated " + evaluated);
        try {
            assert check(false) : "detail " + 42;
        } catch (AssertionError e) {
            System.out.println("caught: " + e.getMessage() + " / " + e);
        }
        try {
            assert false : 3.5;
        } catch (AssertionError e) {
            System.out.println("double detail: " + e.getMessage());
        }
        try {
            assert false : new IllegalStateException("cause-like");
        } catch (AssertionError e) {
            System.out.println("throwable detail: " + e.getMessage() + " cause " + e.getCause());
        }
        try {
            assert false;
        } catch (AssertionError e) {
            System.out.println("no detail: " + e.getMessage());
        }
        System.out.println("evaluated " + evaluated);
        assert args.length > 0 : "no arguments given";
        System.out.println("unreachable");
    }
}
