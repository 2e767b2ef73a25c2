// Helpers shared by the library programs here (not a test itself): deterministic input data
// and assertions that stop the program with the failed condition's description.
final class Samples {

    private Samples() {}

    /** n bytes of xorshift noise from seed: incompressible, the same on every VM and run. */
    static byte[] noise(int n, long seed) {
        byte[] bytes = new byte[n];
        long x = seed;
        for (int i = 0; i < n; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            bytes[i] = (byte) x;
        }
        return bytes;
    }

    static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError("failed: " + what);
        }
    }
}
