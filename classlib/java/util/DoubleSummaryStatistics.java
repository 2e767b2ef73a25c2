// Count, sum, min, max and average of doubles. The sum is compensated (Kahan) exactly as the
// JDK 17 computes it, so results agree to the last bit; the plain sum is kept to return an
// infinity where the compensated one would turn into NaN.
package java.util;

import java.util.function.DoubleConsumer;

public class DoubleSummaryStatistics implements DoubleConsumer {

    private long count;
    private double sum;
    private double sumCompensation;
    private double simpleSum;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    public DoubleSummaryStatistics() {}

    public DoubleSummaryStatistics(long count, double min, double max, double sum)
            throws IllegalArgumentException {
        if (count < 0L) {
            throw new IllegalArgumentException("Negative count value");
        }
        if (count > 0L) {
            if (min > max) {
                throw new IllegalArgumentException("Minimum greater than maximum");
            }
            int nans = (Double.isNaN(min) ? 1 : 0) + (Double.isNaN(max) ? 1 : 0) + (Double.isNaN(sum) ? 1 : 0);
            if (nans > 0 && nans < 3) {
                throw new IllegalArgumentException("Some, not all, of the minimum, maximum, or sum is NaN");
            }
            this.count = count;
            this.sum = sum;
            this.simpleSum = sum;
            this.sumCompensation = 0.0d;
            this.min = min;
            this.max = max;
        }
    }

    @Override
    public void accept(double value) {
        ++count;
        simpleSum += value;
        sumWithCompensation(value);
        min = Math.min(min, value);
        max = Math.max(max, value);
    }

    public void combine(DoubleSummaryStatistics other) {
        count += other.count;
        simpleSum += other.simpleSum;
        sumWithCompensation(other.sum);
        sumWithCompensation(-other.sumCompensation);
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
    }

    private void sumWithCompensation(double value) {
        double corrected = value - sumCompensation;
        double newSum = sum + corrected;
        sumCompensation = (newSum - sum) - corrected;
        sum = newSum;
    }

    public final long getCount() {
        return count;
    }

    public final double getSum() {
        double compensated = sum - sumCompensation;
        if (Double.isNaN(compensated) && Double.isInfinite(simpleSum)) {
            return simpleSum;
        }
        return compensated;
    }

    public final double getMin() {
        return min;
    }

    public final double getMax() {
        return max;
    }

    public final double getAverage() {
        return getCount() > 0 ? getSum() / getCount() : 0.0d;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "{count=" + getCount() + ", sum=" + FixedDecimalText.format(getSum(), 6)
                + ", min=" + FixedDecimalText.format(getMin(), 6) + ", average="
                + FixedDecimalText.format(getAverage(), 6) + ", max=" + FixedDecimalText.format(getMax(), 6) + "}";
    }
}
