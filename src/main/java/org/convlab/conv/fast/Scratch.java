package org.convlab.conv.fast;

import java.util.Arrays;

/**
 * One thread's working memory for {@link Kernel#rows}: the shifted image rows it reads (possibly
 * shared with other filters of the same shape) and the tap lists and row buffers it fills, so that
 * a band of rows allocates nothing per row but the rows it returns.
 */
public final class Scratch {
    final ShiftedRows shifted;
    final boolean floats;

    /** NCC: every window is whole numbers, so every cell takes the whole-number form. */
    final boolean wholeWindows;

    /** Raw and zero-mean: rows are kept as floats ({@link Kernel.Plan#floatRows}). */
    final boolean floatRows;

    /** NCC on the float path: x² = x for every pixel ({@link Kernel.Plan#binary}). */
    final boolean binary;

    final double[][] tapRows;
    final double[] tapWeights;

    /**
     * Where each tap's pixels start in its row, for {@link VectorTaps}; null with shifted copies.
     */
    final int[] tapOffsets;

    final float[][] floatTapRows;
    final float[] floatTapWeights;
    final float[] floatRow;

    /**
     * SSD's padding rows: zeros as long as a padded row, read like one (column j from j·d), so a
     * kernel row in the padding is a run of neighbouring pixels like any other.
     */
    final double[] zeros;

    final double[] sum;
    final double[] sumSq;
    final double[][] sumRows;
    final double[] ones;
    final float[] floatSum;
    final float[] floatSumSq;
    final float[][] floatSumRows;
    final float[][] floatSumSqRows;
    final float[] floatOnes;

    /** Reads {@code shared}; {@code ncc} adds the window sums' rows. */
    Scratch(Layout g, boolean ncc, ShiftedRows shared, Kernel.Plan plan) {
        int taps = g.channels() * g.kernelHeight() * g.kernelWidth();
        int ow = g.outWidth();
        tapRows = new double[taps][];
        tapWeights = new double[taps];
        zeros = new double[ow + (g.kernelWidth() - 1) * g.dilation()];
        sumRows = new double[g.channels() * g.kernelHeight()][];
        ones = new double[sumRows.length];
        Arrays.fill(ones, 1.0);
        this.floats = plan.floats() != null;
        this.wholeWindows = plan.wholeWindows();
        this.floatRows = plan.floatRows();
        this.binary = plan.binary() && this.floats;
        shifted = shared;
        tapOffsets = shared.offsets() ? new int[taps] : null;
        floatTapRows = this.floats ? new float[taps][] : null;
        floatTapWeights = this.floats ? new float[taps] : null;
        floatRow = this.floats ? new float[ow] : null;
        sum = ncc ? new double[ow] : null;
        sumSq = ncc ? new double[ow] : null;
        boolean floatSums = ncc && floats;
        floatSum = floatSums ? new float[ow] : null;
        floatSumSq = floatSums ? new float[ow] : null;
        floatSumRows = floatSums ? new float[sumRows.length][] : null;
        floatSumSqRows = floatSums ? new float[sumRows.length][] : null;
        floatOnes = floatSums ? new float[sumRows.length] : null;
        if (floatSums) {
            Arrays.fill(floatOnes, 1f);
        }
    }
}
