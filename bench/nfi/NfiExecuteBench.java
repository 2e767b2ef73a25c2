// Java side of the NFI benchmarks, run on islet by bench/nfi/run.sh: Value.execute of a bound
// (SINT32,SINT32):SINT32 function, and a native loop calling a Java ProxyExecutable callback.
// Prints "<name> <best ns per call>" lines; the best of several timed rounds is reported.
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

public class NfiExecuteBench {

    interface Body {
        long run(int iterations);
    }

    static double best(Body body, int iterations, int rounds) {
        body.run(iterations / 10);  // warm-up: class loading, first-call linking
        double best = Double.MAX_VALUE;
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            long check = body.run(iterations);
            long elapsed = System.nanoTime() - start;
            if (check == 42) {
                System.out.print("");  // keeps the result observable
            }
            best = Math.min(best, (double) elapsed / iterations);
        }
        return best;
    }

    static long emptyLoop(int iterations) {
        long sum = 0;
        for (int i = 0; i < iterations; i++) {
            sum += i;
        }
        return sum;
    }

    public static void main(String[] args) {
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        try (Context context = Context.newBuilder().allowNativeAccess(true).build()) {
            Value lib = context.eval("nfi", "load \"" + args[0] + "\" { bench_add(SINT32, SINT32):SINT32;"
                    + " bench_callback((SINT32, SINT32):SINT32, SINT32):SINT32; }");
            Value add = lib.getMember("bench_add");
            Value loop = lib.getMember("bench_callback");
            System.out.printf("JavaEmptyLoop %.1f%n", best(NfiExecuteBench::emptyLoop, iterations, rounds));
            System.out.printf("JavaValueExecute %.1f%n", best(n -> {
                long sum = 0;
                for (int i = 0; i < n; i++) {
                    sum += add.execute(i, 1).asInt();
                }
                return sum;
            }, iterations, rounds));
            ProxyExecutable plus = a -> a[0].asInt() + a[1].asInt();
            int perCall = 1000;
            System.out.printf("JavaCallbackRoundTrip %.1f%n", best(n -> {
                long sum = 0;
                for (int i = 0; i < n / perCall; i++) {
                    sum += loop.execute(plus, perCall).asInt();
                }
                return sum;
            }, iterations, rounds));
        }
    }
}
