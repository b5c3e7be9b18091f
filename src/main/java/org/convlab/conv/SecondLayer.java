package org.convlab.conv;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A second layer: one filter over the detector's N (pooled) maps as channels, raw
 * cross-correlation, valid, stride 1, with a bias and no flip, activation or mode. When a workspace
 * has one, its output replaces the gain/offset sum as the detector map D, whose frame starts at (0,
 * 0).
 */
public record SecondLayer(Filter kernel) {
    /** The widest or tallest second-layer kernel ConvLab builds or reads. */
    public static final int MAX_SIDE = 64;

    public SecondLayer {
        Objects.requireNonNull(kernel, "kernel");
        if (kernel.height() > MAX_SIDE || kernel.width() > MAX_SIDE) {
            throw new IllegalArgumentException(
                    "the second layer's kernel would be "
                            + kernel.height()
                            + "×"
                            + kernel.width()
                            + "; at most "
                            + MAX_SIDE
                            + "×"
                            + MAX_SIDE
                            + " is allowed");
        }
    }

    /** Weights {@code [k][i][j]} for the N maps, and the bias. */
    public static SecondLayer of(double[][][] weights, double bias) {
        int n = weights.length;
        if (n == 0 || weights[0].length == 0 || weights[0][0].length == 0) {
            throw new IllegalArgumentException("the second layer's kernel has no weights");
        }
        int h = weights[0].length;
        int w = weights[0][0].length;
        double[] planar = new double[n * h * w];
        for (int k = 0; k < n; k++) {
            if (weights[k].length != h) {
                throw new IllegalArgumentException(
                        "the second layer's slice " + (k + 1) + " has a different number of rows");
            }
            for (int i = 0; i < h; i++) {
                if (weights[k][i].length != w) {
                    throw new IllegalArgumentException(
                            "the second layer's slice "
                                    + (k + 1)
                                    + " has rows of different lengths");
                }
                System.arraycopy(weights[k][i], 0, planar, (k * h + i) * w, w);
            }
        }
        return new SecondLayer(Filter.of(h, w, n, planar, bias));
    }

    /**
     * The second layer a gain/offset detector is: g_k at (dy_k − min dy, dx_k − min dx) of slice k,
     * zeros elsewhere, no bias. Its map equals the detector's D cell for cell, shifted so that
     * second-layer cell (y, x) is detector cell (y − min dy, x − min dx). Refused when the kernel
     * would be wider or taller than {@link #MAX_SIDE}.
     */
    public static SecondLayer fromOffsets(List<FilterSpec> filters) {
        if (filters.isEmpty()) {
            throw new IllegalArgumentException(
                    "the filter bank is empty; add a filter to build a second layer");
        }
        int[] span = offsetBounds(filters);
        int minDy = span[0];
        int minDx = span[2];
        long h = (long) span[1] - minDy + 1;
        long w = (long) span[3] - minDx + 1;
        if (h > MAX_SIDE || w > MAX_SIDE) {
            throw new IllegalArgumentException(
                    "the offsets span "
                            + h
                            + "×"
                            + w
                            + " cells, so the second layer's kernel would be "
                            + h
                            + "×"
                            + w
                            + "; at most "
                            + MAX_SIDE
                            + "×"
                            + MAX_SIDE
                            + " is allowed");
        }
        int n = filters.size();
        double[][][] weights = new double[n][(int) h][(int) w];
        for (int k = 0; k < n; k++) {
            FilterSpec f = filters.get(k);
            weights[k][f.dy() - minDy][f.dx() - minDx] = f.gain();
        }
        return of(weights, 0);
    }

    /** The offsets' extremes {min dy, max dy, min dx, max dx} over a non-empty filter bank. */
    static int[] offsetBounds(List<FilterSpec> filters) {
        int[] b = {Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (FilterSpec f : filters) {
            b[0] = Math.min(b[0], f.dy());
            b[1] = Math.max(b[1], f.dy());
            b[2] = Math.min(b[2], f.dx());
            b[3] = Math.max(b[3], f.dx());
        }
        return b;
    }

    /** How many maps it reads: the number of filters it was made for. */
    public int channels() {
        return kernel.channels();
    }

    public int height() {
        return kernel.height();
    }

    public int width() {
        return kernel.width();
    }

    public double bias() {
        return kernel.bias();
    }

    /** Weight of slice k (0-based) at row i, column j. */
    public double weight(int k, int i, int j) {
        return kernel.get(k, i, j);
    }

    /** This layer with slice {@code k} removed (when filter k leaves the bank). */
    public SecondLayer withoutSlice(int k) {
        if (channels() == 1) {
            throw new IllegalArgumentException("the second layer needs at least one map");
        }
        double[][][] w = slices();
        double[][][] out = new double[w.length - 1][][];
        for (int i = 0, o = 0; i < w.length; i++) {
            if (i != k) {
                out[o++] = w[i];
            }
        }
        return of(out, bias());
    }

    /** This layer with a slice of zeros added at the end (for a filter added to the bank). */
    public SecondLayer withZeroSlice() {
        double[][][] w = slices();
        double[][][] out = Arrays.copyOf(w, w.length + 1);
        out[w.length] = new double[height()][width()];
        return of(out, bias());
    }

    /** The weights as {@code [k][i][j]} (a fresh copy). */
    public double[][][] slices() {
        double[][][] w = new double[channels()][height()][width()];
        for (int k = 0; k < channels(); k++) {
            for (int i = 0; i < height(); i++) {
                for (int j = 0; j < width(); j++) {
                    w[k][i][j] = weight(k, i, j);
                }
            }
        }
        return w;
    }
}
