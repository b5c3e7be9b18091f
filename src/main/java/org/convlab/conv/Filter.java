package org.convlab.conv;

import java.util.Arrays;

/** An immutable KH×KW×C filter with a bias, weights stored planar as {@code [c][i][j]}. */
public final class Filter {
    private final int height;
    private final int width;
    private final int channels;
    private final double[] weights;
    private final double bias;

    private Filter(int height, int width, int channels, double[] weights, double bias) {
        this.height = height;
        this.width = width;
        this.channels = channels;
        this.weights = weights;
        this.bias = bias;
    }

    /** Copies {@code weights} (planar {@code [c][i][j]}) after checking shape and values. */
    public static Filter of(int height, int width, int channels, double[] weights, double bias) {
        Shapes.requirePositive("filter height", height);
        Shapes.requirePositive("filter width", width);
        Shapes.requirePositive("filter channels", channels);
        long expected = (long) height * width * channels;
        if (weights.length != expected) {
            throw new IllegalArgumentException(
                    "filter has "
                            + weights.length
                            + " weights but "
                            + height
                            + "×"
                            + width
                            + "×"
                            + channels
                            + " needs "
                            + expected);
        }
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
        // flattened here rather than through Image.ofRows so that a refusal says "filter", not
        // "image"
        int h = rows.length;
        if (h == 0) {
            throw new IllegalArgumentException("filter has no rows");
        }
        int w = rows[0].length;
        double[] d = new double[h * w];
        for (int i = 0; i < h; i++) {
            if (rows[i].length != w) {
                throw new IllegalArgumentException(
                        "filter row " + i + " has " + rows[i].length + " values, row 0 has " + w);
            }
            System.arraycopy(rows[i], 0, d, i * w, w);
        }
        return of(h, w, 1, d, bias);
    }

    public int height() {
        return height;
    }

    public int width() {
        return width;
    }

    public int channels() {
        return channels;
    }

    public double bias() {
        return bias;
    }

    /** Weight at channel c, row i, column j. */
    public double get(int c, int i, int j) {
        return weights[(c * height + i) * width + j];
    }

    /** A copy of the planar weights. */
    public double[] toArray() {
        return weights.clone();
    }

    double[] raw() {
        return weights;
    }

    /** The same filter with a new bias. */
    public Filter withBias(double newBias) {
        Shapes.requireFinite("filter bias", newBias);
        return new Filter(height, width, channels, weights, newBias);
    }

    /**
     * The kernel rotated by 180° in each channel: true convolution is cross-correlation with this.
     */
    public Filter rotated180() {
        double[] r = new double[weights.length];
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < height; i++) {
                for (int j = 0; j < width; j++) {
                    r[(c * height + i) * width + j] =
                            weights[(c * height + (height - 1 - i)) * width + (width - 1 - j)];
                }
            }
        }
        return new Filter(height, width, channels, r, bias);
    }

    /** Sum of all weights divided by their count. */
    public double mean() {
        double s = 0;
        for (double w : weights) {
            s += w;
        }
        return s / weights.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Filter other
                && other.height == height
                && other.width == width
                && other.channels == channels
                && Arrays.equals(other.weights, weights)
                && Double.compare(other.bias, bias) == 0;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(weights) * 31 + Double.hashCode(bias);
    }

    @Override
    public String toString() {
        return "Filter " + height + "×" + width + "×" + channels + " bias " + bias;
    }
}
