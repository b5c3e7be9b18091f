package org.convlab.viewmodel.params;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.convlab.conv.Filter;

/**
 * The made-up filters of the small layer that {@link MatrixViewModel} draws as a matrix. Their
 * weights are fixed for a given shape so the picture does not change on every edit.
 */
final class SeededFilters {
    static final long WEIGHT_SEED = 2022;

    private SeededFilters() {}

    /** Seeded weights in ±0.1 … ±0.9 (never 0, so every entry of the pattern is visible). */
    static List<Filter> of(int n, int kh, int kw, int c, boolean withBias) {
        SplittableRandom random = new SplittableRandom(WEIGHT_SEED);
        List<Filter> fs = new ArrayList<>();
        for (int f = 0; f < n; f++) {
            double[] w = new double[kh * kw * c];
            for (int i = 0; i < w.length; i++) {
                w[i] = tenths(random);
            }
            fs.add(Filter.of(kh, kw, c, w, withBias ? tenths(random) : 0));
        }
        return fs;
    }

    private static double tenths(SplittableRandom random) {
        int v = random.nextInt(1, 10);
        return (random.nextBoolean() ? v : -v) / 10.0;
    }
}
