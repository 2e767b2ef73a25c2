// Records what HotSpot 17 prints for Double.toString and Float.toString, for islet's differential
// test (tests/unit/floating_decimal_test.cpp). Each line is "<bits> <text>": 16 lowercase hex
// digits of the raw bits for a double, 8 for a float. Every value comes from fixed seeds, so the
// output is the same on every run. Run it with the JDK 17 launcher (see regenerate.sh):
//
//   java FloatingDecimalCases.java fixture         compact edge values and a random sample, the
//                                                  checked-in cases.txt (about 23,000 lines)
//   java FloatingDecimalCases.java full <count>    all edge values, <count> random doubles and
//                                                  <count> random floats, and a sweep over every
//                                                  4099th float bit pattern (for a one-off run)
//   java FloatingDecimalCases.java float-hashes    every one of the 2^32 float bit patterns, as
//                                                  256 lines "<chunk> <hash>": the 64-bit FNV-1a
//                                                  hash of "text\n" over bits chunk<<24 ... +2^24-1
//
// Edge values: zeros, infinities and NaNs, subnormals, MIN_NORMAL and MAX_VALUE, every power of
// two with its neighbours, every power of ten (and its multiples) with neighbours, values around
// the 1e-3 and 1e7 switches between plain and E notation, integers up to 2^53 and beyond (up to
// and past 2^63, where the integer fast path ends), halfway cases and "nice" decimals such as
// k / 1000. Random values are uniform over raw bit patterns or are random short decimals.
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.SplittableRandom;

public final class FloatingDecimalCases {
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private final Writer out;
  private final char[] hex = new char[16];
  private long lines;

  private FloatingDecimalCases(Writer out) {
    this.out = out;
  }

  public static void main(String[] args) throws IOException {
    if (args.length == 1 && args[0].equals("float-hashes")) {
      floatHashes();
      return;
    }
    if (args.length == 0 || !(args[0].equals("fixture") || args[0].equals("full"))) {
      System.err.println("usage: FloatingDecimalCases fixture | full <count> | float-hashes");
      System.exit(2);
    }
    boolean full = args[0].equals("full");
    long count = full ? Long.parseLong(args[1]) : 2000;
    Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.US_ASCII), 1 << 16);
    FloatingDecimalCases cases = new FloatingDecimalCases(w);
    LinkedHashSet<Long> doubles = new LinkedHashSet<>();
    doubleEdges(doubles, full);
    for (long bits : doubles) cases.writeDouble(bits);
    LinkedHashSet<Integer> floats = new LinkedHashSet<>();
    floatEdges(floats, full);
    for (int bits : floats) cases.writeFloat(bits);
    cases.randomDoubles(new SplittableRandom(0x15_1e7L), count);
    cases.randomFloats(new SplittableRandom(0xf10a7L), count);
    if (full) {
      // Every 4099th float bit pattern (4099 is odd, so the sweep visits all residues mod 2^k).
      for (long bits = 0; bits <= 0xffffffffL; bits += 4099) cases.writeFloat((int) bits);
    }
    w.flush();
    System.err.println("wrote " + cases.lines + " cases");
  }

  private static void floatHashes() {
    for (long chunk = 0; chunk < 256; chunk++) {
      long hash = 0xcbf29ce484222325L;
      for (long bits = chunk << 24; bits < (chunk + 1) << 24; bits++) {
        String text = Float.toString(Float.intBitsToFloat((int) bits));
        for (int i = 0; i < text.length(); i++) hash = (hash ^ text.charAt(i)) * 0x100000001b3L;
        hash = (hash ^ '\n') * 0x100000001b3L;
      }
      System.out.printf("%d %016x%n", chunk, hash);
    }
  }

  // --- output ---

  private void writeDouble(long bits) throws IOException {
    writeHex(bits, 16);
    out.write(Double.toString(Double.longBitsToDouble(bits)));
    out.write('\n');
    lines++;
  }

  private void writeFloat(int bits) throws IOException {
    writeHex(bits & 0xffffffffL, 8);
    out.write(Float.toString(Float.intBitsToFloat(bits)));
    out.write('\n');
    lines++;
  }

  private void writeHex(long bits, int digits) throws IOException {
    for (int i = digits - 1; i >= 0; i--) {
      hex[i] = HEX[(int) (bits & 15)];
      bits >>>= 4;
    }
    out.write(hex, 0, digits);
    out.write(' ');
  }

  // --- doubles ---

  private static void add(LinkedHashSet<Long> set, double d) {
    set.add(Double.doubleToRawLongBits(d));
  }

  // d and the `ulps` representable neighbours on each side.
  private static void around(LinkedHashSet<Long> set, double d, int ulps) {
    add(set, d);
    double up = d, down = d;
    for (int i = 0; i < ulps; i++) {
      up = Math.nextUp(up);
      down = Math.nextDown(down);
      add(set, up);
      add(set, down);
    }
  }

  private static void doubleEdges(LinkedHashSet<Long> set, boolean full) {
    SplittableRandom rng = new SplittableRandom(0xed9e5L);
    int near = full ? 3 : 1;
    // Zeros, infinities, NaNs with assorted payloads and signs.
    for (double d : new double[] {0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN}) {
      add(set, d);
    }
    for (long nan : new long[] {0x7ff0000000000001L, 0x7ff4000000000000L, 0x7fffffffffffffffL,
                                0xfff8000000000000L, 0xfff0000000000001L, 0xffffffffffffffffL}) {
      set.add(nan);
    }
    // Subnormals: the smallest ones, single bits, all-ones runs, the largest ones.
    for (long b = 1; b <= (full ? 5000 : 100); b++) set.add(b);
    for (int k = 0; k < 52; k++) {
      set.add(1L << k);
      set.add((1L << k) + 1);
      set.add((2L << k) - 1);
      set.add(((1L << k) | 1L) << (51 - k) | 1L);
    }
    for (long b = 0; b < (full ? 1000 : 20); b++) set.add(0x000fffffffffffffL - b);
    around(set, Double.MIN_NORMAL, full ? 50 : 5);
    around(set, Double.MAX_VALUE, full ? 50 : 5);
    // Powers of two across the whole range, and three quarters of each (a fraction with one
    // more bit) since powers of two alone get the halved half-ULP.
    for (int e = -1074; e <= 1023; e++) {
      around(set, Math.scalb(1.0, e), near);
      if (full || e % 4 == 0) add(set, Math.scalb(3.0, e - 2));
    }
    // Powers of ten (nearest doubles), their small multiples, and their neighbours.
    for (int k = -325; k <= 309; k++) {
      around(set, Double.parseDouble("1e" + k), near + 1);
      for (int m = 2; m <= 9; m++) {
        if (full || (k + m) % 8 == 0) around(set, Double.parseDouble(m + "e" + k), full ? 1 : 0);
      }
      if (full || k % 3 == 0) around(set, Double.parseDouble("1.5e" + k), full ? 1 : 0);
    }
    // Neighbours of midpoints that are short decimals: N * 2^t with N = D * 5^j odd and between
    // 2^53 and 2^54. The stop test meets equality there, which Java's 64-bit and bignum
    // arithmetic decide differently (1.024E26 is one such value).
    for (int j = 0; j <= 23; j++) {
      for (int r = 0; r < (full ? 40 : 2); r++) {
        long n = oddMultipleOfPow5(rng, j, 53);
        if (n == 0) continue;
        for (int t = -4; t <= 100; t += full ? 1 : 8) {
          add(set, Math.scalb((double) ((n - 1) / 2), t));
          add(set, Math.scalb((double) ((n + 1) / 2), t));
        }
      }
    }
    // Around the switches between plain and E notation, and decimal exponents near them.
    for (double c : new double[] {1e-3, 1e7, 1e-4, 1e-2, 1e6, 1e8, 9.9999995e6, 9.99999995e-4, 0.00099999999999999}) {
      around(set, c, full ? 300 : 8);
    }
    // Integers: small ones, around every power of two up to past 2^64, random ones below 2^53
    // (exact) and between 2^53 and 2^64 (integer fast path with discarded digits).
    for (long i = 1; i <= (full ? 100000 : 300); i++) add(set, i);
    for (int k = 1; k <= 65; k++) {
      BigDecimal p = new BigDecimal(2).pow(k);
      for (int j = -(full ? 40 : 3); j <= (full ? 40 : 3); j++) {
        add(set, p.add(BigDecimal.valueOf(j)).doubleValue());
      }
      around(set, p.doubleValue(), full ? 20 : 2);
    }
    around(set, 9007199254740992.0, full ? 1000 : 10);  // 2^53
    around(set, 4611686018427387904.0, full ? 1000 : 10);  // 2^62
    around(set, 9223372036854775808.0, full ? 1000 : 10);  // 2^63
    for (int i = 0; i < (full ? 100000 : 300); i++) {
      add(set, (double) (rng.nextLong() >>> 11));
      add(set, (double) (rng.nextLong() >>> rng.nextInt(12)));
      add(set, (double) ((rng.nextLong() >>> 40) * 1_000_000L));
    }
    for (int n = 0; n <= 22; n++) {
      for (int k = 1; k <= (full ? 999 : 9); k++) add(set, k * Math.pow(10, n));
    }
    // Halfway cases: binary halves, and decimals whose last significant digit is a 5.
    for (int k = 0; k < (full ? 100000 : 150); k++) {
      add(set, k + 0.5);
      add(set, k / 1024.0);
      add(set, (2 * k + 1) * Math.scalb(1.0, -(1 + (k % 60))));
    }
    for (int i = 0; i < (full ? 200000 : 300); i++) {
      int digits = 2 + rng.nextInt(16);
      String s = randomDigits(rng, digits - 1) + "5e" + (rng.nextInt(640) - 330);
      around(set, Double.parseDouble(s), full ? 1 : 0);
    }
    // "Nice" decimals.
    for (int k = 0; k <= (full ? 1_000_000 : 400); k++) {
      add(set, k / 1000.0);
      if (full) {
        add(set, k / 100.0);
        add(set, k / 10.0);
        add(set, k * 0.001);
        add(set, k / 1e7);
      }
    }
    // A share of everything with the sign flipped.
    Long[] all = set.toArray(new Long[0]);
    for (int i = 0; i < all.length; i += full ? 1 : 20) set.add(all[i] ^ Long.MIN_VALUE);
  }

  private void randomDoubles(SplittableRandom rng, long count) throws IOException {
    for (long i = 0; i < count; i++) {
      long bits;
      switch ((int) (i & 3)) {
        case 0, 1 -> bits = rng.nextLong();  // uniform over raw bits
        case 2 -> bits = Double.doubleToRawLongBits(rng.nextLong(10_000_000_000L) / 1000.0);
        default -> {
          String s = randomDigits(rng, 1 + rng.nextInt(17)) + "e" + (rng.nextInt(640) - 330);
          bits = Double.doubleToRawLongBits(Double.parseDouble(s));
        }
      }
      writeDouble(bits);
    }
  }

  // --- floats ---

  private static void add(LinkedHashSet<Integer> set, float f) {
    set.add(Float.floatToRawIntBits(f));
  }

  private static void around(LinkedHashSet<Integer> set, float f, int ulps) {
    add(set, f);
    float up = f, down = f;
    for (int i = 0; i < ulps; i++) {
      up = Math.nextUp(up);
      down = Math.nextDown(down);
      add(set, up);
      add(set, down);
    }
  }

  private static void floatEdges(LinkedHashSet<Integer> set, boolean full) {
    SplittableRandom rng = new SplittableRandom(0xed9ef1L);
    int near = full ? 3 : 1;
    for (float f : new float[] {0.0f, -0.0f, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN}) {
      add(set, f);
    }
    for (int nan : new int[] {0x7f800001, 0x7fa00000, 0x7fffffff, 0xffc00000, 0xff800001, 0xffffffff}) {
      set.add(nan);
    }
    for (int b = 1; b <= (full ? 100000 : 100); b++) set.add(b);
    for (int k = 0; k < 23; k++) {
      set.add(1 << k);
      set.add((1 << k) + 1);
      set.add((2 << k) - 1);
    }
    for (int b = 0; b < (full ? 1000 : 20); b++) set.add(0x007fffff - b);
    around(set, Float.MIN_NORMAL, full ? 50 : 5);
    around(set, Float.MAX_VALUE, full ? 50 : 5);
    for (int e = -149; e <= 127; e++) {
      around(set, Math.scalb(1.0f, e), near);
      add(set, Math.scalb(3.0f, e - 2));
    }
    for (int k = -46; k <= 39; k++) {
      around(set, Float.parseFloat("1e" + k), near + 1);
      for (int m = 2; m <= 9; m++) around(set, Float.parseFloat(m + "e" + k), full ? 2 : 0);
    }
    for (int j = 0; j <= 10; j++) {
      for (int r = 0; r < (full ? 40 : 2); r++) {
        long n = oddMultipleOfPow5(rng, j, 24);
        if (n == 0) continue;
        for (int t = -4; t <= 100; t += full ? 1 : 8) {
          add(set, Math.scalb((float) ((n - 1) / 2), t));
          add(set, Math.scalb((float) ((n + 1) / 2), t));
        }
      }
    }
    for (float c : new float[] {1e-3f, 1e7f, 1e-4f, 1e-2f, 1e6f, 1e8f, 9.999999e6f, 9.999999e-4f}) {
      around(set, c, full ? 1000 : 8);
    }
    for (int i = 1; i <= (full ? 100000 : 300); i++) add(set, (float) i);
    for (int k = 1; k <= 65; k++) {
      around(set, Math.scalb(1.0f, k), full ? 100 : 2);
    }
    for (int i = 0; i < (full ? 100000 : 300); i++) {
      add(set, (float) (rng.nextInt() >>> 8));
      add(set, (float) (rng.nextLong() >>> rng.nextInt(40)));
    }
    for (int n = 0; n <= 12; n++) {
      for (int k = 1; k <= (full ? 999 : 9); k++) add(set, (float) (k * Math.pow(10, n)));
    }
    for (int k = 0; k < (full ? 100000 : 150); k++) {
      add(set, k + 0.5f);
      add(set, k / 1024.0f);
    }
    for (int i = 0; i < (full ? 200000 : 300); i++) {
      int digits = 2 + rng.nextInt(8);
      String s = randomDigits(rng, digits - 1) + "5e" + (rng.nextInt(90) - 50);
      around(set, Float.parseFloat(s), full ? 1 : 0);
    }
    for (int k = 0; k <= (full ? 1_000_000 : 400); k++) {
      add(set, k / 1000.0f);
      if (full) {
        add(set, k / 100.0f);
        add(set, k / 10.0f);
      }
    }
    Integer[] all = set.toArray(new Integer[0]);
    for (int i = 0; i < all.length; i += full ? 1 : 20) set.add(all[i] ^ Integer.MIN_VALUE);
  }

  private void randomFloats(SplittableRandom rng, long count) throws IOException {
    for (long i = 0; i < count; i++) {
      int bits;
      switch ((int) (i & 3)) {
        case 0, 1 -> bits = rng.nextInt();  // uniform over raw bits
        case 2 -> bits = Float.floatToRawIntBits(rng.nextInt(100_000_000) / 1000.0f);
        default -> {
          String s = randomDigits(rng, 1 + rng.nextInt(9)) + "e" + (rng.nextInt(90) - 50);
          bits = Float.floatToRawIntBits(Float.parseFloat(s));
        }
      }
      writeFloat(bits);
    }
  }

  // A random odd D * 5^j strictly between 2^bits and 2^(bits+1), or 0 if there is none.
  private static long oddMultipleOfPow5(SplittableRandom rng, int j, int bits) {
    long p5 = 1;
    for (int i = 0; i < j; i++) p5 *= 5;
    long lo = (1L << bits) / p5 + 1;
    long hi = ((2L << bits) - 1) / p5;
    if (hi < lo) return 0;
    long d = lo + rng.nextLong(hi - lo + 1);
    if (d % 2 == 0) d = d < hi ? d + 1 : d - 1;
    return d >= lo && d % 2 == 1 ? d * p5 : 0;
  }

  // n random decimal digits, the first one nonzero.
  private static String randomDigits(SplittableRandom rng, int n) {
    StringBuilder sb = new StringBuilder(n);
    sb.append((char) ('1' + rng.nextInt(9)));
    for (int i = 1; i < n; i++) sb.append((char) ('0' + rng.nextInt(10)));
    return sb.toString();
  }
}
