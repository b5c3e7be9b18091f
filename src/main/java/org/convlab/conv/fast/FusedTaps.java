package org.convlab.conv.fast;

import java.util.Arrays;

/**
 * The inner loops of the correlation: a run of up to five kernel taps applied to one output row in
 * a single pass, {@code out[x] += w_0·r_0[x] + w_1·r_1[x] + …} added one tap after another (so
 * every cell sees its taps in the same order as a tap-at-a-time loop, bit for bit), with the
 * partial sum kept in a register. Every array is indexed by x alone (see {@code ShiftedRows}) so
 * that the JIT vectorizes the loop; it is written out per run length because the JIT does not
 * vectorize an inner loop over taps (the written-out loops are generated: {@code ScalarTapLoops}).
 */
final class FusedTaps {

    private FusedTaps() {}

    /**
     * {@code out[x] += Σ_t w[t]·rows[t][offsets[t] + x]}: {@link VectorTaps} where there are
     * offsets (rows laid out for it by {@code ShiftedRows}), else the loops below (null offsets,
     * shifted copies).
     */
    public static void accumulate(
            double[] out, int n, double[][] rows, int[] offsets, double[] w, int count) {
        if (offsets != null) {
            VectorTaps.accumulate(out, n, rows, offsets, w, count);
        } else {
            accumulate(out, n, rows, w, count);
        }
    }

    /**
     * {@link #subtractSquaredDifferences(double[], int, double[][], double[], int)} read at
     * offsets, as above.
     */
    public static void subtractSquaredDifferences(
            double[] out, int n, double[][] rows, int[] offsets, double[] w, int count) {
        if (offsets != null) {
            VectorTaps.subtractSquaredDifferences(out, n, rows, offsets, w, count);
        } else {
            subtractSquaredDifferences(out, n, rows, w, count);
        }
    }

    /** The float form of {@link #accumulate(double[], int, double[][], int[], double[], int)}. */
    public static void accumulate(
            float[] out, int n, float[][] rows, int[] offsets, float[] w, int count) {
        if (offsets != null) {
            VectorTaps.accumulate(out, n, rows, offsets, w, count);
        } else {
            accumulate(out, n, rows, w, count);
        }
    }

    /** {@code out[x] += Σ_t w[t]·rows[t][x]} for x in [0, n), taps t in [0, count) in order. */
    public static void accumulate(double[] out, int n, double[][] rows, double[] w, int count) {
        ScalarTapLoops.accumulate(out, n, rows, w, 0, count);
    }

    /**
     * {@code out[x] = Σ_t rows[t][x]} for x in [0, n), rows t in [0, count) added in order to +0:
     * the bits of filling {@code out} with zeros and accumulating with weights 1 (as 1·v is v),
     * without the pass that fills and without the multiplications. NCC's window sums.
     */
    public static void sumRows(double[] out, int n, double[][] rows, double[] ones, int count) {
        if (count == 0) {
            Arrays.fill(out, 0, n, 0.0);
            return;
        }
        int m = ScalarTapLoops.total(out, n, rows, count);
        ScalarTapLoops.accumulate(out, n, rows, ones, m, count);
    }

    /**
     * {@code out[x] −= Σ_t (rows[t][x] − w[t])²} for x in [0, n), taps t in [0, count) in order:
     * the sum of squared differences, term by term.
     */
    public static void subtractSquaredDifferences(
            double[] out, int n, double[][] rows, double[] w, int count) {
        ScalarTapLoops.subtractSquaredDifferences(out, n, rows, w, 0, count);
    }

    /**
     * The float form of {@link #accumulate}, twice as many lanes per vector; exact only where every
     * partial sum is a whole number of magnitude at most 2^24 (see {@code exactInFloat} in {@link
     * CorrelationKernel} and {@link NccKernel}).
     */
    public static void accumulate(float[] out, int n, float[][] rows, float[] w, int count) {
        ScalarTapLoops.accumulate(out, n, rows, w, 0, count);
    }
}
