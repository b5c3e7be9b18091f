package org.convlab.lessons.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.convlab.conv.Filter;
import org.convlab.conv.FilterSpec;

/** Where training starts: the hand-designed filters, small seeded random weights, or zeros. */
public enum StartingWeights {
    HAND_DESIGNED("The hand-designed filters"),
    RANDOM("Small random weights"),
    ZEROS("All zeros");

    /** Random weights are drawn uniformly from [−SPREAD, SPREAD]. */
    public static final double SPREAD = 0.1;

    private final String label;

    StartingWeights(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The filters to start from, shaped like {@code designed}; biases start at 0 unless kept. */
    public List<FilterSpec> apply(List<FilterSpec> designed, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<FilterSpec> out = new ArrayList<>(designed.size());
        for (FilterSpec spec : designed) {
            Filter f = spec.filter();
            if (this == HAND_DESIGNED) {
                out.add(spec);
                continue;
            }
            double[] w = new double[f.channels() * f.height() * f.width()];
            if (this == RANDOM) {
                for (int i = 0; i < w.length; i++) {
                    w[i] = (rnd.nextDouble() * 2 - 1) * SPREAD;
                }
            }
            out.add(spec.withFilter(Filter.of(f.height(), f.width(), f.channels(), w, 0)));
        }
        return out;
    }
}
