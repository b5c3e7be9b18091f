package org.convlab.conv;

import java.util.Arrays;

/** An immutable KH×KW×C filter with a bias, weights stored planar as {@code [c][i][j]}. */
public final class Filter extends PlanarValues {
    private final double bias;

    private Filter(int height, int width, int channels, double[] weights, double bias) {
        super(height, width, channels, weights);
        this.bias = bias;
    }

    /** Copies {@code weights} (planar {@code [c][i][j]}) after checking shape and values. */
    public static Filter of(int height, int width, int channels, double[] weights, double bias) {
        requireShape("filter", "filter has", "weights", height, width, channels, weights.length);
        Shapes.requireFinite("filter weight", weights);
        Shapes.requireFinite("filter bias", bias);
        return new Filter(height, width, channels, weights.clone(), bias);
    }

    /** A one-channel filter from rows {@code [i][j]}, no bias. */
    public static Filter ofRows(double[][] rows) {
        return ofRows(rows, 0);
    }

    /** A one-channel filter from rows {@code [i][j]}. */
    public static Filter ofRows(double[][] rows, double bias) {
        // flattened in the filter's words, so that a refusal says "filter", not "image"
        double[] d = flattenRows("filter", rows);
        return of(rows.length, d.length / rows.length, 1, d, bias);
    }

    public double bias() {
        return bias;
    }

    /** The same filter with a new bias. */
    public Filter withBias(double newBias) {
        Shapes.requireFinite("filter bias", newBias);
        return new Filter(height, width, channels, values, newBias);
    }

    /**
     * The kernel rotated by 180° in each channel: true convolution is cross-correlation with this.
     */
    public Filter rotated180() {
        double[] r = new double[values.length];
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < height; i++) {
                for (int j = 0; j < width; j++) {
                    r[(c * height + i) * width + j] =
                            values[(c * height + (height - 1 - i)) * width + (width - 1 - j)];
                }
            }
        }
        return new Filter(height, width, channels, r, bias);
    }

    /** Sum of all weights divided by their count. */
    public double mean() {
        double s = 0;
        for (double w : values) {
            s += w;
        }
        return s / values.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Filter other
                && sameValues(other)
                && Double.compare(other.bias, bias) == 0;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values) * 31 + Double.hashCode(bias);
    }

    @Override
    public String toString() {
        return "Filter " + height + "×" + width + "×" + channels + " bias " + bias;
    }
}
