// The Benchmarks Game's fannkuch-redux: over all permutations of 1..n, counts the pancake flips
// until the first element is 1, printing the alternating-sign checksum and the maximum count.
// islet-test: args=7
public class FannkuchRedux {
    // Flips the prefix of perm (a scratch copy of the permutation) until it starts with 0.
    static int countFlips(int[] permutation, int[] perm) {
        System.arraycopy(permutation, 0, perm, 0, perm.length);
        int flips = 0;
        int first = perm[0];
        while (first != 0) {
            for (int lo = 0, hi = first; lo < hi; lo++, hi--) {
                int swap = perm[lo];
                perm[lo] = perm[hi];
                perm[hi] = swap;
            }
            flips++;
            first = perm[0];
        }
        return flips;
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        int[] permutation = new int[n];
        int[] scratch = new int[n];
        // count[r] says how many more rotations of the first r+1 elements remain at level r.
        int[] count = new int[n];
        for (int i = 0; i < n; i++) {
            permutation[i] = i;
        }
        int checksum = 0;
        int maxFlips = 0;
        int index = 0;
        int r = n;
        while (true) {
            for (; r != 1; r--) {
                count[r - 1] = r;
            }
            int flips = countFlips(permutation, scratch);
            maxFlips = Math.max(maxFlips, flips);
            checksum += index % 2 == 0 ? flips : -flips;
            // Next permutation: rotate the first r+1 elements left until a level has rotations left.
            while (true) {
                if (r == n) {
                    System.out.println(checksum + "\nPfannkuchen(" + n + ") = " + maxFlips);
                    return;
                }
                int first = permutation[0];
                System.arraycopy(permutation, 1, permutation, 0, r);
                permutation[r] = first;
                count[r]--;
                if (count[r] > 0) {
                    break;
                }
                r++;
            }
            index++;
        }
    }
}
