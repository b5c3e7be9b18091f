package org.convlab.lessons.shift;

import org.convlab.conv.Pooling;

/**
 * A stage the invariance meter follows: the conv output itself, then the same output max pooled 2
 * by 2 (stride 2), then reduced to its global maximum. Each has a total stride: how many input
 * cells one step between its output cells stands for.
 */
public enum MeterStage {
    CONV("Conv output", null),
    MAX_POOL("Conv + max pool 2", Pooling.window(Pooling.Kind.MAX, 2)),
    GLOBAL_MAX("Conv + global max", Pooling.global(Pooling.Kind.GLOBAL_MAX));

    private final String label;
    private final Pooling pooling;

    MeterStage(String label, Pooling pooling) {
        this.label = label;
        this.pooling = pooling;
    }

    public String label() {
        return label;
    }

    /**
     * The stage's output for a conv map of rows {@code [y][x]}; a signal is pooled as a signal
     * (windows of 2 cells), an image as an image (2×2 windows). Throws the pooling's refusal when
     * the map is too small for it.
     */
    public double[][] apply(double[][] conv, boolean signal) {
        if (pooling == null) {
            return conv;
        }
        return signal ? new double[][] {pooling.apply(conv[0])} : pooling.apply(conv);
    }

    /** Input cells between neighbouring output cells along a row of {@code width} conv cells. */
    public int totalStride(int width) {
        return pooling == null ? 1 : pooling.totalStride(width);
    }
}
