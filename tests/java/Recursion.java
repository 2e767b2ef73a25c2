// Recursion: naive and memoized Fibonacci, Ackermann for small arguments, Towers of Hanoi,
// mutual recursion, permutations by backtracking, N-queens, deep (but bounded) recursion, and
// recursion through interfaces and lambdas.
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

public class Recursion {
    static int fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    static long[] memo = new long[93];

    static long fibMemo(int n) {
        if (n < 2) return n;
        if (memo[n] != 0) return memo[n];
        return memo[n] = fibMemo(n - 1) + fibMemo(n - 2);
    }

    static int ackermann(int m, int n) {
        if (m == 0) return n + 1;
        if (n == 0) return ackermann(m - 1, 1);
        return ackermann(m - 1, ackermann(m, n - 1));
    }

    static int moves;

    static void hanoi(int n, char from, char to, char via, StringBuilder out) {
        if (n == 0) return;
        hanoi(n - 1, from, via, to, out);
        moves++;
        if (out != null) out.append(from).append("->").append(to).append(' ');
        hanoi(n - 1, via, to, from, out);
    }

    static boolean isEven(int n) {
        return n == 0 || isOdd(n - 1);
    }

    static boolean isOdd(int n) {
        return n != 0 && isEven(n - 1);
    }

    static void permute(String prefix, String rest, List<String> out) {
        if (rest.isEmpty()) {
            out.add(prefix);
            return;
        }
        for (int i = 0; i < rest.length(); i++) {
            permute(prefix + rest.charAt(i), rest.substring(0, i) + rest.substring(i + 1), out);
        }
    }

    static int queens(int n, int row, int[] cols) {
        if (row == n) return 1;
        int count = 0;
        for (int c = 0; c < n; c++) {
            boolean ok = true;
            for (int r = 0; r < row; r++) {
                if (cols[r] == c || Math.abs(cols[r] - c) == row - r) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                cols[row] = c;
                count += queens(n, row + 1, cols);
            }
        }
        return count;
    }

    static long sumDown(long n) {
        return n == 0 ? 0 : n + sumDown(n - 1);
    }

    static double depthWithDoubles(int n, double acc, long l, float f) {
        if (n == 0) return acc + l + f;
        return depthWithDoubles(n - 1, acc * 1.0001, l + n, f + 0.5f);
    }

    interface Node {
        int sum();
    }

    static Node tree(int depth) {
        if (depth == 0) return () -> 1;
        Node left = tree(depth - 1);
        Node right = tree(depth - 1);
        return () -> left.sum() + right.sum() + depth;
    }

    static IntUnaryOperator gcdOf(int b) {
        return a -> b == 0 ? a : gcdOf(a % b).applyAsInt(b);
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i <= 25; i++) sb.append(fib(i)).append(' ');
        System.out.println("fib " + sb);
        System.out.println("fibMemo(92) " + fibMemo(92));
        for (int m = 0; m <= 3; m++) {
            StringBuilder row = new StringBuilder();
            for (int n = 0; n <= 4; n++) row.append(ackermann(m, n)).append(' ');
            System.out.println("ackermann(" + m + ", 0..4) " + row);
        }
        System.out.println("ackermann(3, 6) " + ackermann(3, 6));
        StringBuilder h = new StringBuilder();
        hanoi(3, 'A', 'C', 'B', h);
        System.out.println("hanoi 3: " + h + "moves " + moves);
        moves = 0;
        hanoi(16, 'A', 'C', 'B', null);
        System.out.println("hanoi 16 moves " + moves);
        System.out.println("even/odd " + isEven(100) + " " + isOdd(77) + " " + isEven(1001));
        List<String> perms = new ArrayList<>();
        permute("", "abcd", perms);
        System.out.println("perms " + perms.size() + " " + perms);
        for (int n = 1; n <= 8; n++) System.out.print(queens(n, 0, new int[n]) + " ");
        System.out.println("<- n-queens");
        System.out.println("sumDown(3000) " + sumDown(3000));
        System.out.println("depthWithDoubles " + depthWithDoubles(2000, 1.0, 0L, 0f));
        System.out.println("tree sum " + tree(10).sum());
        System.out.println("gcd " + gcdOf(36).applyAsInt(84) + " " + gcdOf(17).applyAsInt(5));
    }
}
