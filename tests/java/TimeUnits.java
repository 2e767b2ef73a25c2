// TimeUnit: every conversion between units with truncation and saturation, names, timed waits.
import java.util.concurrent.TimeUnit;

public class TimeUnits {
    public static void main(String[] args) throws InterruptedException {
        long[] samples = {0, 1, -1, 999, 1000, 1001, -1001, 59_999, 86_400_000L, 3_600_000_000_000L,
            Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE / 1000, Long.MIN_VALUE / 1000 - 1, 106_751L, 106_752L};
        for (TimeUnit from : TimeUnit.values()) {
            StringBuilder sb = new StringBuilder(from.name()).append(':');
            for (long d : samples) {
                sb.append(' ').append(from.toNanos(d)).append('/').append(from.toMicros(d)).append('/')
                        .append(from.toMillis(d)).append('/').append(from.toSeconds(d)).append('/')
                        .append(from.toMinutes(d)).append('/').append(from.toHours(d)).append('/').append(from.toDays(d));
            }
            System.out.println(sb);
        }
        for (TimeUnit to : TimeUnit.values()) {
            StringBuilder sb = new StringBuilder(to.toString()).append(" <-");
            for (TimeUnit from : TimeUnit.values()) {
                sb.append(' ').append(to.convert(90, from)).append(',').append(to.convert(-Long.MAX_VALUE / 7, from));
            }
            System.out.println(sb);
        }
        System.out.println(TimeUnit.valueOf("MINUTES").ordinal() + " " + TimeUnit.HOURS.compareTo(TimeUnit.SECONDS) + " " + TimeUnit.DAYS.name());
        try {
            TimeUnit.valueOf("WEEKS");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        long start = System.nanoTime();
        TimeUnit.MILLISECONDS.sleep(30);
        TimeUnit.MICROSECONDS.sleep(1500);
        TimeUnit.NANOSECONDS.sleep(-5);
        TimeUnit.SECONDS.sleep(0);
        long slept = System.nanoTime() - start;
        System.out.println("slept at least 31ms: " + (slept >= 31_000_000L));
        Object monitor = new Object();
        start = System.nanoTime();
        synchronized (monitor) {
            TimeUnit.MILLISECONDS.timedWait(monitor, 20);
            TimeUnit.MILLISECONDS.timedWait(monitor, 0);
        }
        System.out.println("waited at least 20ms: " + (System.nanoTime() - start >= 20_000_000L));
        try {
            TimeUnit.SECONDS.timedWait(monitor, 1);
        } catch (IllegalMonitorStateException e) {
            System.out.println(e.getClass().getName());
        }
    }
}
