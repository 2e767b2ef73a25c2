// java.util.Random: the exact sequences HotSpot produces for a seed, for every generator method
// (bounded and ranged variants use different algorithms), setSeed, and argument errors.
import java.util.*;

public class RandomSeq {
    static void tryRun(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e);
        }
    }

    public static void main(String[] args) {
        Random r = new Random(42);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            sb.append(r.nextInt()).append(' ');
        }
        System.out.println("nextInt " + sb);
        sb.setLength(0);
        for (int bound : new int[] {1, 2, 7, 10, 16, 100, 1 << 30, Integer.MAX_VALUE, 1000000007}) {
            sb.append(r.nextInt(bound)).append(' ');
        }
        System.out.println("nextInt(bound) " + sb);
        sb.setLength(0);
        for (int i = 0; i < 6; i++) {
            sb.append(r.nextInt(-5, 5)).append(' ').append(r.nextInt(0, 8)).append(' ')
                    .append(r.nextInt(Integer.MIN_VALUE, Integer.MAX_VALUE)).append(' ');
        }
        System.out.println("nextInt(origin,bound) " + sb);
        sb.setLength(0);
        for (int i = 0; i < 4; i++) {
            sb.append(r.nextLong()).append(' ').append(r.nextLong(1000)).append(' ').append(r.nextLong(-50, 50))
                    .append(' ').append(r.nextLong(1L << 40)).append(' ');
        }
        System.out.println("nextLong " + sb);
        sb.setLength(0);
        for (int i = 0; i < 4; i++) {
            sb.append(r.nextDouble()).append(' ').append(r.nextFloat()).append(' ').append(r.nextBoolean()).append(' ');
        }
        System.out.println("double/float/boolean " + sb);
        sb.setLength(0);
        for (int i = 0; i < 4; i++) {
            sb.append(r.nextDouble(10.0)).append(' ').append(r.nextDouble(-1.0, 1.0)).append(' ')
                    .append(r.nextFloat(5f)).append(' ').append(r.nextFloat(2f, 3f)).append(' ');
        }
        System.out.println("ranged double/float " + sb);
        sb.setLength(0);
        for (int i = 0; i < 5; i++) {
            sb.append(r.nextGaussian()).append(' ');
        }
        System.out.println("gaussian " + sb);
        System.out.println("ints " + Arrays.toString(r.ints(5).toArray()) + " ranged "
                + Arrays.toString(r.ints(6, -3, 3).toArray()) + " unbounded limit "
                + Arrays.toString(r.ints().limit(2).toArray()) + " sum " + r.ints(100, 0, 10).sum());
        tryRun("ints(-1)", () -> r.ints(-1));
        tryRun("ints(3, 5, 5)", () -> r.ints(3, 5, 5));
        byte[] bytes = new byte[13];
        r.nextBytes(bytes);
        System.out.println("bytes " + Arrays.toString(bytes));
        r.setSeed(42);
        System.out.println("after setSeed " + r.nextInt() + " " + r.nextGaussian() + " " + r.nextGaussian());
        r.setSeed(-1L);
        System.out.println("seed -1 " + r.nextLong() + " " + r.nextInt(3));
        Random a = new Random(0);
        Random b = new Random(0);
        boolean same = true;
        for (int i = 0; i < 1000; i++) {
            if (a.nextInt(1 + i) != b.nextInt(1 + i)) {
                same = false;
            }
        }
        System.out.println("deterministic " + same + " then " + a.nextLong());
        long sum = 0;
        Random s = new Random(123456789L);
        for (int i = 0; i < 10000; i++) {
            sum += s.nextInt(1000);
        }
        System.out.println("sum of 10000 nextInt(1000) " + sum + " next " + s.nextDouble());
        tryRun("nextInt(0)", () -> new Random(1).nextInt(0));
        tryRun("nextInt(-3)", () -> new Random(1).nextInt(-3));
        tryRun("nextInt(5,5)", () -> new Random(1).nextInt(5, 5));
        tryRun("nextLong(0)", () -> new Random(1).nextLong(0));
        tryRun("nextLong(9,2)", () -> new Random(1).nextLong(9, 2));
        tryRun("nextDouble(0)", () -> new Random(1).nextDouble(0.0));
        tryRun("nextDouble(NaN)", () -> new Random(1).nextDouble(Double.NaN));
        tryRun("nextDouble(2,1)", () -> new Random(1).nextDouble(2.0, 1.0));
        tryRun("nextFloat(-1)", () -> new Random(1).nextFloat(-1f));
        tryRun("nextBytes(null)", () -> new Random(1).nextBytes(null));
    }
}
