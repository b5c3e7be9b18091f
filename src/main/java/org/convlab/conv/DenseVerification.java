package org.convlab.conv;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The check that the dense matrix really is the conv layer: apply both to the same random input and
 * report the largest difference, {@code max |M·x + b − conv(x)|}. Floating-point sums taken in a
 * different order can differ in the last bits, so the answer is 0 or a few times 1e−16.
 */
public record DenseVerification(double maxDifference, int outputs, long seed) {

    /** Runs the check on a seeded random input with values in [−1, 1). */
    public static DenseVerification run(
            DenseEquivalent m,
            List<Filter> filters,
            ConvSettings s,
            int h,
            int w,
            int c,
            long seed) {
        Image x = randomInput(h, w, c, seed);
        double[] dense = m.apply(x);
        int perMap = m.geometry().outHeight() * m.geometry().outWidth();
        if (dense.length != perMap * filters.size()) {
            throw new IllegalArgumentException(
                    "the matrix has "
                            + dense.length
                            + " rows but the layer has "
                            + perMap * filters.size()
                            + " outputs");
        }
        double worst = 0;
        for (int n = 0; n < filters.size(); n++) {
            ResponseMap r =
                    Correlation2D.compute(x, filters.get(n), s, MatchMode.RAW, Activation.NONE);
            double[] conv = r.raw();
            for (int i = 0; i < perMap; i++) {
                worst = Math.max(worst, Math.abs(dense[n * perMap + i] - conv[i]));
            }
        }
        return new DenseVerification(worst, dense.length, seed);
    }

    /** The input the check uses: uniform in [−1, 1), the same for the same seed. */
    public static Image randomInput(int h, int w, int c, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] data = new double[Math.multiplyExact(Math.multiplyExact(h, w), c)];
        for (int i = 0; i < data.length; i++) {
            data[i] = random.nextDouble(-1, 1);
        }
        return Image.of(h, w, c, data);
    }
}
