package org.convlab.core;

import java.util.Arrays;

/**
 * For each image row the kernel reaches, one copy per kernel column j, shifted so that element x
 * of copy j is the pixel that column j reads for output column x (0 in the padding). The inner
 * loops then index every array by x alone, the only form the JIT on Java 17 vectorizes: with an
 * offset such as {@code src[o + x]} it cannot rule out that the input and the output overlap. A
 * ring of the last {@code (KH − 1)·d + 1} rows per channel (rounded up to a power of two) is
 * kept, so each row is copied once per band of output rows. For NCC the ring also keeps each
 * row's window sums Σx and Σx².
 */
final class ShiftedRows {
    private final double[] src;
    private final float[] floatSrc;
    private final int inHeight;
    private final int inWidth;
    private final Geometry g;
    /**
     * Slots per channel: the rows one window spans, {@code (KH − 1)·d + 1}, rounded up to a power
     * of two so that a row's slot is {@code r & (ring − 1)}: a division per lookup made the
     * homework layer 2–3 % slower.
     */
    private final int ring;
    private final boolean sums;
    /** [channel · ring + slot][j] → the shifted copy; null in float mode. */
    private final double[][][] shifts;
    /** The same as floats; null unless in float mode. */
    private final float[][][] floatShifts;
    private final double[][] sum;
    private final double[][] sumSq;
    private final float[][] floatSum;
    private final float[][] floatSumSq;
    private final int[] held;

    /**
     * {@code floatSrc}: the image as floats for float mode, else null. {@code binary}: float mode
     * with sums on an image of 0s and 1s, where Σx² is Σx, so only Σx is kept ({@link #floatSumSq}
     * is not available).
     */
    ShiftedRows(double[] src, float[] floatSrc, int inHeight, int inWidth, int channels, Geometry g, boolean sums, boolean binary) {
        this.src = src;
        this.floatSrc = floatSrc;
        boolean floats = floatSrc != null;
        this.inHeight = inHeight;
        this.inWidth = inWidth;
        this.g = g;
        int span = (g.kernelHeight() - 1) * g.dilation() + 1;
        this.ring = span == 1 ? 1 : Integer.highestOneBit(span - 1) << 1;
        this.sums = sums;
        int slots = channels * ring;
        int ow = g.outWidth();
        shifts = floats ? null : new double[slots][g.kernelWidth()][ow];
        floatShifts = floats ? new float[slots][g.kernelWidth()][ow] : null;
        sum = sums && !floats ? new double[slots][ow] : null;
        sumSq = sums && !floats ? new double[slots][ow] : null;
        floatSum = sums && floats ? new float[slots][ow] : null;
        floatSumSq = sums && floats && !binary ? new float[slots][ow] : null;
        held = new int[slots];
        Arrays.fill(held, -1);
    }

    /** The KW shifted copies of image row r (inside the image) of channel c. */
    double[][] of(int c, int r) {
        return shifts[slot(c, r)];
    }

    /** The KW shifted float copies of image row r of channel c (float mode). */
    float[][] floatsOf(int c, int r) {
        return floatShifts[slot(c, r)];
    }

    /** Σ_j x over the window columns for each output column, image row r of channel c (NCC). */
    double[] sum(int c, int r) {
        return sum[slot(c, r)];
    }

    /** Σ_j x² likewise. */
    double[] sumSq(int c, int r) {
        return sumSq[slot(c, r)];
    }

    /** {@link #sum} in float mode (exact: the caller checked that every sum fits). */
    float[] floatSum(int c, int r) {
        return floatSum[slot(c, r)];
    }

    /** {@link #sumSq} in float mode. */
    float[] floatSumSq(int c, int r) {
        return floatSumSq[slot(c, r)];
    }

    /** The image these rows are copied from, planar [c][y][x]. */
    double[] source() {
        return src;
    }

    private int slot(int c, int r) {
        int s = c * ring + (r & (ring - 1));
        if (held[s] != r) {
            fill(s, c, r);
            held[s] = r;
        }
        return s;
    }

    private void fill(int s, int c, int r) {
        int ow = g.outWidth();
        int st = g.stride();
        int base = (c * inHeight + r) * inWidth;
        for (int j = 0; j < g.kernelWidth(); j++) {
            int col0 = j * g.dilation() - g.padLeft();
            // Output columns x whose pixel x·s + col0 lies inside the image.
            int xa = Math.min(ow, Math.max(0, -Math.floorDiv(col0, st)));
            int xb = Math.max(xa, Math.min(ow, Math.floorDiv(inWidth - 1 - col0, st) + 1));
            int from = base + col0;
            if (floatShifts != null) {
                float[] dst = floatShifts[s][j];
                Arrays.fill(dst, 0, xa, 0f);
                Arrays.fill(dst, xb, ow, 0f);
                if (st == 1 && xb > xa) {
                    System.arraycopy(floatSrc, from + xa, dst, xa, xb - xa);
                } else if (st > 1) {
                    for (int x = xa; x < xb; x++) {
                        dst[x] = floatSrc[from + x * st];
                    }
                }
                continue;
            }
            double[] dst = shifts[s][j];
            Arrays.fill(dst, 0, xa, 0.0);
            Arrays.fill(dst, xb, ow, 0.0);
            if (st == 1 && xb > xa) {
                System.arraycopy(src, from + xa, dst, xa, xb - xa);
            } else if (st > 1) {
                for (int x = xa; x < xb; x++) {
                    dst[x] = src[from + x * st];
                }
            }
        }
        if (sums && floatShifts != null) {
            float[] rs = floatSum[s];
            Arrays.fill(rs, 0f);
            for (int j = 0; j < g.kernelWidth(); j++) {
                float[] v = floatShifts[s][j];
                for (int x = 0; x < ow; x++) {
                    rs[x] += v[x];
                }
            }
            if (floatSumSq == null) {
                return;
            }
            float[] rq = floatSumSq[s];
            Arrays.fill(rq, 0f);
            for (int j = 0; j < g.kernelWidth(); j++) {
                float[] v = floatShifts[s][j];
                for (int x = 0; x < ow; x++) {
                    rq[x] += v[x] * v[x];
                }
            }
        } else if (sums) {
            double[] rs = sum[s];
            double[] rq = sumSq[s];
            Arrays.fill(rs, 0.0);
            Arrays.fill(rq, 0.0);
            // One store per loop, or the JIT does not vectorize.
            for (int j = 0; j < g.kernelWidth(); j++) {
                double[] v = shifts[s][j];
                for (int x = 0; x < ow; x++) {
                    rs[x] += v[x];
                }
            }
            for (int j = 0; j < g.kernelWidth(); j++) {
                double[] v = shifts[s][j];
                for (int x = 0; x < ow; x++) {
                    rq[x] += v[x] * v[x];
                }
            }
        }
    }
}
