// islet-test: options=-Xss64m
// -Xss sets the Java stack of the main thread: with 64 MB, recursion far deeper than the default
// stack allows completes, and unbounded recursion still ends in a catchable StackOverflowError.
public class StackSizeOption {
    static long depthSum(int n, long acc) {
        if (n == 0) {
            return acc;
        }
        return depthSum(n - 1, acc + n);
    }

    static int unbounded(int n) {
        return unbounded(n + 1) + 1;
    }

    public static void main(String[] args) {
        System.out.println("sum of 1.." + 200_000 + " = " + depthSum(200_000, 0));
        try {
            unbounded(0);
        } catch (StackOverflowError e) {
            System.out.println("StackOverflowError caught, message " + e.getMessage());
        }
        System.out.println("still running: " + depthSum(1000, 0));
    }
}
