// JNI micro-benchmarks: Java-to-native calls timed from a Java loop, and JNI functions timed by a
// loop inside the native library (libjnibench.so). Prints "<name> <best ns per operation>" lines;
// bench/jni/run.sh runs it on islet and HotSpot and writes bench/RESULTS.jni.md.
public class JniBench {
  static native void nop();
  static native int add(int a, int b);
  native int instanceArg(Object o);
  static native long manyIntegers(int a, int b, int c, int d, int e, int f, int g, int h);
  static native double mixed(int a, double b, long c, float d);
  // Thread CPU time (CLOCK_THREAD_CPUTIME_ID), so that time spent descheduled on a shared
  // machine does not count.
  static native long cpuNanos();
  // Each runs one JNI operation `n` times in a C loop and returns the CPU nanoseconds it took.
  static native long callStaticIntLoop(int n);
  static native long callIntMethodLoop(JniBench receiver, int n);
  static native long getIntArrayRegionLoop(int[] array, int n);
  static native long getIntArrayElementsLoop(int[] array, int n);
  static native long localRefLoop(Object o, int n);
  static native long globalRefLoop(Object o, int n);
  static native long localFrameLoop(int n);
  static native long stringUtfLoop(int n);

  static int sum(int a, int b) { return a + b; }
  int plus(int a) { return a + 1; }

  interface Body { long run(int n); }  // returns CPU nanoseconds for n operations

  static final int ROUNDS = Integer.getInteger("rounds", 7);

  // Best ns per operation over the rounds (the first round also warms up).
  static void measure(String name, int n, Body body) {
    double best = Double.MAX_VALUE;
    for (int r = 0; r < ROUNDS; r++) {
      long ns = body.run(n);
      best = Math.min(best, (double) ns / n);
    }
    System.out.println(name + " " + String.format("%.2f", best));
  }

  public static void main(String[] args) {
    System.loadLibrary("jnibench");
    int scale = args.length > 0 ? Integer.parseInt(args[0]) : 1;
    int n = 2_000_000 * scale;
    JniBench self = new JniBench();
    int[] small = new int[16];
    Object o = "x";
    measure("JavaEmptyLoop", n, count -> {
      long start = cpuNanos();
      int x = 0;
      for (int i = 0; i < count; i++) x += i;
      long t = cpuNanos() - start;
      if (x == 42) System.out.println();
      return t;
    });
    measure("NativeStaticVoid", n, count -> {
      long start = cpuNanos();
      for (int i = 0; i < count; i++) nop();
      return cpuNanos() - start;
    });
    measure("NativeStaticIntInt", n, count -> {
      long start = cpuNanos();
      int x = 0;
      for (int i = 0; i < count; i++) x = add(x, i);
      long t = cpuNanos() - start;
      if (x == 42) System.out.println();
      return t;
    });
    measure("NativeInstanceObject", n, count -> {
      long start = cpuNanos();
      int x = 0;
      for (int i = 0; i < count; i++) x += self.instanceArg(o);
      long t = cpuNanos() - start;
      if (x == 42) System.out.println();
      return t;
    });
    measure("NativeEightInts", n, count -> {
      long start = cpuNanos();
      long x = 0;
      for (int i = 0; i < count; i++) x += manyIntegers(i, 1, 2, 3, 4, 5, 6, 7);
      long t = cpuNanos() - start;
      if (x == 42) System.out.println();
      return t;
    });
    measure("NativeMixed", n, count -> {
      long start = cpuNanos();
      double x = 0;
      for (int i = 0; i < count; i++) x += mixed(i, 1.5, 2L, 0.25f);
      long t = cpuNanos() - start;
      if (x == 42) System.out.println();
      return t;
    });
    measure("CallStaticIntMethod", n / 4, count -> callStaticIntLoop(count));
    measure("CallIntMethod", n / 4, count -> callIntMethodLoop(self, count));
    measure("GetIntArrayRegion16", n, count -> getIntArrayRegionLoop(small, count));
    measure("GetReleaseIntArrayElements16", n, count -> getIntArrayElementsLoop(small, count));
    measure("NewDeleteLocalRef", n, count -> localRefLoop(o, count));
    measure("NewDeleteGlobalRef", n, count -> globalRefLoop(o, count));
    measure("PushPopLocalFrame", n, count -> localFrameLoop(count));
    measure("NewStringUTFGetRelease", n / 4, count -> stringUtfLoop(count));
  }
}
