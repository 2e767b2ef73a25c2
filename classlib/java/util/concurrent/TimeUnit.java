// Units of time and saturating conversions between them; also timed sleep, wait and join.
// (No java.time yet, so toChronoUnit/of/convert(Duration) are absent.)
package java.util.concurrent;

public enum TimeUnit {
    NANOSECONDS(1L),
    MICROSECONDS(1000L),
    MILLISECONDS(1000L * 1000L),
    SECONDS(1000L * 1000L * 1000L),
    MINUTES(1000L * 1000L * 1000L * 60L),
    HOURS(1000L * 1000L * 1000L * 60L * 60L),
    DAYS(1000L * 1000L * 1000L * 60L * 60L * 24L);

    /** The unit's length in nanoseconds. */
    private final long scale;

    TimeUnit(long scale) {
        this.scale = scale;
    }

    /** duration in units of `from` scale, expressed in units of `to` scale, saturating at the long range. */
    private static long convert(long duration, long to, long from) {
        if (from == to) {
            return duration;
        }
        if (from < to) {
            return duration / (to / from);
        }
        long ratio = from / to;
        long max = Long.MAX_VALUE / ratio;
        if (duration > max) {
            return Long.MAX_VALUE;
        }
        if (duration < -max) {
            return Long.MIN_VALUE;
        }
        return duration * ratio;
    }

    public long convert(long sourceDuration, TimeUnit sourceUnit) {
        return convert(sourceDuration, scale, sourceUnit.scale);
    }

    public long toNanos(long duration) {
        return convert(duration, NANOSECONDS.scale, scale);
    }

    public long toMicros(long duration) {
        return convert(duration, MICROSECONDS.scale, scale);
    }

    public long toMillis(long duration) {
        return convert(duration, MILLISECONDS.scale, scale);
    }

    public long toSeconds(long duration) {
        return convert(duration, SECONDS.scale, scale);
    }

    public long toMinutes(long duration) {
        return convert(duration, MINUTES.scale, scale);
    }

    public long toHours(long duration) {
        return convert(duration, HOURS.scale, scale);
    }

    public long toDays(long duration) {
        return convert(duration, DAYS.scale, scale);
    }

    /** The nanoseconds of duration beyond its whole milliseconds (for wait/sleep(ms, ns)). */
    private int excessNanos(long duration, long millis) {
        if (scale == NANOSECONDS.scale) {
            return (int) (duration - millis * 1_000_000L);
        }
        if (scale == MICROSECONDS.scale) {
            return (int) (duration * 1000L - millis * 1_000_000L);
        }
        return 0;
    }

    public void timedWait(Object obj, long timeout) throws InterruptedException {
        if (timeout > 0) {
            long ms = toMillis(timeout);
            obj.wait(ms, excessNanos(timeout, ms));
        }
    }

    public void timedJoin(Thread thread, long timeout) throws InterruptedException {
        if (timeout > 0) {
            long ms = toMillis(timeout);
            thread.join(ms, excessNanos(timeout, ms));
        }
    }

    public void sleep(long timeout) throws InterruptedException {
        if (timeout > 0) {
            long ms = toMillis(timeout);
            Thread.sleep(ms, excessNanos(timeout, ms));
        }
    }
}
