// Exhausting the stack: StackOverflowError from unbounded recursion is catchable, the VM keeps
// working afterwards (more calls, allocation, another overflow), and finally blocks run while
// unwinding. Depth is never printed because it differs between VMs.
public class StackOverflow {
    static int depth;

    static void recurse() {
        depth++;
        recurse();
    }

    static long recurseWithLocals(long a, double b, Object c) {
        long x = a + 1;
        double y = b * 1.0000001;
        return recurseWithLocals(x, y, c) + 1;
    }

    static int finallyCount;

    static void recurseWithFinally(int n) {
        try {
            recurseWithFinally(n + 1);
        } finally {
            if (n < 10) finallyCount++;
        }
    }

    interface Node {
        int eval();
    }

    public static void main(String[] args) {
        try {
            recurse();
        } catch (StackOverflowError e) {
            System.out.println("caught " + e.getClass().getName() + ", message " + e.getMessage() + ", deep " + (depth > 1000));
        }
        try {
            recurseWithLocals(0, 1.0, "x");
        } catch (StackOverflowError e) {
            System.out.println("caught again with locals");
        }
        try {
            recurseWithFinally(0);
        } catch (StackOverflowError e) {
            System.out.println("finally blocks near the bottom ran: " + finallyCount);
        }
        Node[] chain = new Node[1];
        chain[0] = () -> chain[0].eval() + 1;
        try {
            chain[0].eval();
        } catch (StackOverflowError e) {
            System.out.println("caught through lambdas");
        }
        try {
            recurse();
        } catch (Error e) {
            System.out.println("caught as Error: " + (e instanceof VirtualMachineError));
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 1000; i++) sb.append(i % 10);
        System.out.println("still working: " + sb.length() + " " + fib(20));
    }

    static int fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }
}
