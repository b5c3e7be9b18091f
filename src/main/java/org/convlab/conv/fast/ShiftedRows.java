package org.convlab.conv.fast;

import java.util.Arrays;

/**
 * For each image row the kernel reaches, one copy per kernel column j, shifted so that element x of
 * copy j is the pixel that column j reads for output column x (0 in the padding). The inner loops
 * then index every array by x alone, the only form the JIT on Java 17 vectorizes: with an offset
 * such as {@code src[o + x]} it cannot rule out that the input and the output overlap. A ring of
 * the last {@code (KH − 1)·d + 1} rows per channel (rounded up to a power of two) is kept, so each
 * row is copied once per band of output rows. For NCC the ring also keeps each row's window sums Σx
 * and Σx².
 *
 * <p>Where {@link LoopChoice} picked the Vector API (stride 1 only), the rows are laid out for
 * {@link VectorTaps} instead, which reads at any offset: kernel column j of row r is the row itself
 * at {@link #start} {@code + j·d}. Where every pixel a window reads lies inside its row (valid
 * padding), that is the image itself and nothing is copied; otherwise one copy of the row with its
 * zero padding serves all KW columns.
 *
 * <p>Public only as a type: {@code conv} passes one ring from {@link Kernel#ring} to the {@link
 * Kernel#scratch} of every filter that shares it.
 */
public final class ShiftedRows {
    private final double[] src;
    private final float[] floatSrc;
    private final int inHeight;
    private final int inWidth;
    private final Layout g;

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

    /** Offset layout: a row's length with its padding, output column x reading x + j·d. */
    private final int padded;

    /** {@link VectorTaps}' layout: one row per slot, read at offsets (see the class comment). */
    private final boolean offsets;

    /** Offset layout without copies: every window is inside the image's rows. */
    private final boolean direct;

    /**
     * Offset layout: [slot] → KW references to that slot's row, so callers index by column as with
     * copies.
     */
    private final double[][][] views;

    /** {@link #views} in float mode. */
    private final float[][][] floatViews;

    /** Offset layout, NCC: the squares of a slot's row, whose window sums give Σx². */
    private final double[] squares;

    /** Offset layout, NCC: KW references to {@link #squares}, their offsets j·d, and weights 1. */
    private final double[][] squareViews;

    private final int[] squareAt;
    private final double[] ones;

    /** The same three in float mode; no squares for an image of 0s and 1s. */
    private final float[] floatSquares;

    private final float[][] floatSquareViews;
    private final float[] floatOnes;

    /** Offset layout, NCC: where each column's pixels start in the row being summed. */
    private final int[] at;

    /**
     * {@code floatSrc}: the image as floats for float mode, else null. {@code binary}: float mode
     * with sums on an image of 0s and 1s, where Σx² is Σx, so only Σx is kept ({@link #floatSumSq}
     * is not available).
     */
    ShiftedRows(
            double[] src,
            float[] floatSrc,
            Layout g,
            boolean sums,
            boolean binary,
            boolean offsets) {
        if (offsets && g.stride() != 1) {
            throw new IllegalArgumentException("the offset layout is for stride 1 only");
        }
        this.src = src;
        this.floatSrc = floatSrc;
        boolean floats = floatSrc != null;
        this.inHeight = g.inHeight();
        this.inWidth = g.inWidth();
        this.g = g;
        int span = (g.kernelHeight() - 1) * g.dilation() + 1;
        this.ring = span == 1 ? 1 : Integer.highestOneBit(span - 1) << 1;
        this.sums = sums;
        this.offsets = offsets;
        int slots = g.channels() * ring;
        int ow = g.outWidth();
        this.padded = ow + (g.kernelWidth() - 1) * g.dilation();
        this.direct = offsets && g.padLeft() == 0 && padded <= inWidth;
        int copies = offsets ? (direct ? 0 : 1) : g.kernelWidth();
        int length = offsets ? padded : ow;
        shifts = floats ? null : new double[slots][copies][length];
        floatShifts = floats ? new float[slots][copies][length] : null;
        views = offsets && !floats ? new double[slots][g.kernelWidth()][] : null;
        floatViews = offsets && floats ? new float[slots][g.kernelWidth()][] : null;
        for (int i = 0; offsets && i < slots; i++) {
            if (floats) {
                Arrays.fill(floatViews[i], direct ? floatSrc : floatShifts[i][0]);
            } else {
                Arrays.fill(views[i], direct ? src : shifts[i][0]);
            }
        }
        sum = sums && !floats ? new double[slots][ow] : null;
        sumSq = sums && !floats ? new double[slots][ow] : null;
        floatSum = sums && floats ? new float[slots][ow] : null;
        floatSumSq = sums && floats && !binary ? new float[slots][ow] : null;
        boolean offsetSums = offsets && sums;
        boolean doubleSums = offsetSums && !floats;
        boolean floatSquared = offsetSums && floats && !binary;
        squares = doubleSums ? new double[padded] : null;
        squareViews = doubleSums ? new double[g.kernelWidth()][] : null;
        ones = doubleSums ? new double[g.kernelWidth()] : null;
        floatSquares = floatSquared ? new float[padded] : null;
        floatSquareViews = floatSquared ? new float[g.kernelWidth()][] : null;
        floatOnes = offsetSums && floats ? new float[g.kernelWidth()] : null;
        squareAt = offsetSums ? new int[g.kernelWidth()] : null;
        at = offsetSums ? new int[g.kernelWidth()] : null;
        for (int j = 0; offsetSums && j < g.kernelWidth(); j++) {
            squareAt[j] = j * g.dilation();
            if (doubleSums) {
                ones[j] = 1.0;
                squareViews[j] = squares;
            } else {
                floatOnes[j] = 1f;
                if (floatSquared) {
                    floatSquareViews[j] = floatSquares;
                }
            }
        }
        held = new int[slots];
        Arrays.fill(held, -1);
    }

    /**
     * Offset layout: where in {@link #of} row r of channel c starts, so that kernel column j of
     * output column x is element {@code start + j·d + x}. 0 for shifted copies.
     */
    int start(int c, int r) {
        if (!offsets) {
            return 0;
        }
        if (direct) {
            if (sums) {
                slot(c, r);
            }
            return (c * inHeight + r) * inWidth;
        }
        slot(c, r);
        return 0;
    }

    /** Added to {@link #start} per kernel column: the dilation in the offset layout, else 0. */
    int columnStep() {
        return offsets ? g.dilation() : 0;
    }

    /** Whether rows are laid out for {@link VectorTaps} (see the class comment). */
    boolean offsets() {
        return offsets;
    }

    /**
     * The KW shifted copies of image row r (inside the image) of channel c; in the offset layout,
     * KW references to the row, column j read from {@link #start} {@code + j·d}.
     */
    double[][] of(int c, int r) {
        if (direct) {
            return views[c * ring];
        }
        return offsets ? views[slot(c, r)] : shifts[slot(c, r)];
    }

    /** {@link #of} in float mode. */
    float[][] floatsOf(int c, int r) {
        if (direct) {
            return floatViews[c * ring];
        }
        return offsets ? floatViews[slot(c, r)] : floatShifts[slot(c, r)];
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
        if (offsets) {
            fillForOffsets(s, c, r);
            return;
        }
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

    /**
     * Offset layout: the padded copy of the row (unless {@link #direct}), then for NCC its window
     * sums, added column by column as the shifted layout adds them, so with the same bits.
     */
    private void fillForOffsets(int s, int c, int r) {
        int base = (c * inHeight + r) * inWidth;
        if (!direct) {
            // Padded position k holds pixel k − padLeft.
            int ka = Math.min(padded, g.padLeft());
            int kb = Math.max(ka, Math.min(padded, inWidth + g.padLeft()));
            if (floatShifts != null) {
                float[] dst = floatShifts[s][0];
                Arrays.fill(dst, 0, ka, 0f);
                Arrays.fill(dst, kb, padded, 0f);
                System.arraycopy(floatSrc, base + ka - g.padLeft(), dst, ka, kb - ka);
            } else {
                double[] dst = shifts[s][0];
                Arrays.fill(dst, 0, ka, 0.0);
                Arrays.fill(dst, kb, padded, 0.0);
                System.arraycopy(src, base + ka - g.padLeft(), dst, ka, kb - ka);
            }
        }
        if (!sums) {
            return;
        }
        int start = direct ? base : 0;
        for (int j = 0; j < at.length; j++) {
            at[j] = start + j * g.dilation();
        }
        if (floatShifts != null) {
            floatSumsAtOffsets(s, start);
            return;
        }
        double[] row = direct ? src : shifts[s][0];
        Arrays.fill(sum[s], 0.0);
        VectorTaps.accumulate(sum[s], g.outWidth(), views[s], at, ones, at.length);
        for (int k = 0; k < padded; k++) {
            double v = row[start + k];
            squares[k] = v * v;
        }
        Arrays.fill(sumSq[s], 0.0);
        VectorTaps.accumulate(sumSq[s], g.outWidth(), squareViews, squareAt, ones, at.length);
    }

    /**
     * {@link #fillForOffsets}' window sums in float mode. Whole numbers within 2^24, so exact, and
     * the same values as the shifted layout's column-by-column sums.
     */
    private void floatSumsAtOffsets(int s, int start) {
        Arrays.fill(floatSum[s], 0f);
        VectorTaps.accumulate(floatSum[s], g.outWidth(), floatViews[s], at, floatOnes, at.length);
        if (floatSumSq == null) {
            return;
        }
        float[] row = direct ? floatSrc : floatShifts[s][0];
        for (int k = 0; k < padded; k++) {
            float v = row[start + k];
            floatSquares[k] = v * v;
        }
        Arrays.fill(floatSumSq[s], 0f);
        VectorTaps.accumulate(
                floatSumSq[s], g.outWidth(), floatSquareViews, squareAt, floatOnes, at.length);
    }
}
