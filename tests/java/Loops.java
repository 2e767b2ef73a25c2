// Loops: for/while/do-while, labeled break and continue across nesting levels, loop with
// early return, infinite loop with break, backward branches over long bodies.
public class Loops {
    static int findFirst(int[][] grid, int target) {
        int found = -1;
        outer:
        for (int r = 0; r < grid.length; r++) {
            for (int c = 0; c < grid[r].length; c++) {
                if (grid[r][c] == target) {
                    found = r * 100 + c;
                    break outer;
                }
            }
        }
        return found;
    }

    static String primes(int limit) {
        StringBuilder sb = new StringBuilder();
        candidates:
        for (int n = 2; n <= limit; n++) {
            for (int d = 2; d * d <= n; d++) {
                if (n % d == 0) continue candidates;
            }
            sb.append(n).append(' ');
        }
        return sb.toString().trim();
    }

    static int collatz(long n) {
        int steps = 0;
        while (n != 1) {
            n = (n % 2 == 0) ? n / 2 : 3 * n + 1;
            steps++;
        }
        return steps;
    }

    static int digitsSum(int n) {
        int s = 0;
        do {
            s += n % 10;
            n /= 10;
        } while (n != 0);
        return s;
    }

    static String labeledBlock(int x) {
        String r = "start";
        block:
        {
            if (x < 0) {
                r = "negative";
                break block;
            }
            r = "non-negative";
            if (x == 0) break block;
            r = "positive";
        }
        return r;
    }

    public static void main(String[] args) {
        int[][] grid = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9, 5}};
        System.out.println("find 5: " + findFirst(grid, 5) + ", find 9: " + findFirst(grid, 9) + ", find 0: "
                + findFirst(grid, 0));
        System.out.println("primes: " + primes(100));
        int maxSteps = 0;
        long arg = 0;
        for (long n = 1; n < 10000; n++) {
            int s = collatz(n);
            if (s > maxSteps) {
                maxSteps = s;
                arg = n;
            }
        }
        System.out.println("collatz max " + maxSteps + " at " + arg);
        System.out.println("digit sums: " + digitsSum(0) + " " + digitsSum(9999) + " " + digitsSum(1234567890));
        System.out.println(labeledBlock(-1) + " " + labeledBlock(0) + " " + labeledBlock(1));
        int i = 0;
        int total = 0;
        while (true) {
            i++;
            if (i % 3 == 0) continue;
            if (i > 50) break;
            total += i;
        }
        System.out.println("while(true) total " + total);
        StringBuilder tri = new StringBuilder();
        a:
        for (int x = 0; x < 5; x++) {
            b:
            for (int y = 0; y < 5; y++) {
                for (int z = 0; z < 5; z++) {
                    if (z > y) continue b;
                    if (y > x) continue a;
                    if (x == 4 && y == 2) break a;
                    tri.append(x).append(y).append(z).append(' ');
                }
            }
        }
        System.out.println(tri);
        int count = 0;
        for (int p = 0, q = 10; p < q; p++, q--) count += q - p;
        System.out.println("two-var for " + count);
        long big = 0;
        for (int k = 0; k < 2_000_000; k++) {
            big += k ^ (k >>> 3);
        }
        System.out.println("long loop " + big);
        int[] fib = new int[40];
        fib[0] = 0;
        fib[1] = 1;
        for (int k = 2; k < fib.length; k++) fib[k] = fib[k - 1] + fib[k - 2];
        System.out.println("fib[39] " + fib[39]);
        int down = 10;
        StringBuilder sb = new StringBuilder();
        do sb.append(down--).append(','); while (down > 0);
        System.out.println(sb);
        for (;;) {
            if (++down > 3) break;
        }
        System.out.println("for(;;) " + down);
    }
}
