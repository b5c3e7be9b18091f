package org.convlab.conv;

import java.util.Arrays;
import org.convlab.conv.fast.FusedTaps;
import org.convlab.conv.fast.VectorTaps;
import org.convlab.conv.fast.WholeNumberNcc;

/**
 * One filter made ready for one image shape, convolution settings, matching mode and activation:
 * the kernel already flipped (true convolution) and centred (zero-mean, NCC), and the geometry
 * fixed. It computes a whole output row for a full recompute and a single cell for an incremental
 * update, with the same arithmetic in the same order, so both give identical bits.
 *
 * <p>Every cell is summed in the order channel, kernel row, kernel column. Zero products (padding,
 * zero weights) are skipped here and added there, which changes nothing: the running sum starts at
 * +0 and can never become −0, so adding ±0 is a no-op.
 */
final class PreparedFilter {
    private final Geometry g;
    private final MatchMode mode;
    private final Activation act;
    private final int inHeight;
    private final int inWidth;
    private final int channels;

    /** The weights the mode correlates with: raw, or centred for zero-mean and NCC. */
    private final double[] w;

    /** Added after the taps in raw and zero-mean modes; ignored by NCC and SSD. */
    private final double bias;

    /** NCC: Σ(w − w̄)². */
    private final double wss;

    /**
     * NCC: all weights equal, so every score is 0. Tested on the weights themselves: the centred
     * copy of nine 0.1s is not exactly zero.
     */
    private final boolean flatKernel;

    /** The weights as given (NCC's whole-number form uses them uncentred). */
    private final double[] rawW;

    /** NCC: the kernel qualifies for {@link WholeNumberNcc}. */
    private final boolean wholeKernel;

    /** NCC, whole-number form: Σw and W = n·Σw² − (Σw)². */
    private final double wSum;

    private final double spread;

    PreparedFilter(Image in, Filter k, Geometry g, MatchMode mode, Activation act) {
        this.g = g;
        this.mode = mode;
        this.act = act;
        this.inHeight = in.height();
        this.inWidth = in.width();
        this.channels = in.channels();
        boolean centre = mode == MatchMode.ZERO_MEAN || mode == MatchMode.NCC;
        this.w = centre ? centred(k.raw()) : k.raw();
        this.bias = mode.usesBias() ? k.bias() : 0;
        double ss = 0;
        if (mode == MatchMode.NCC) {
            for (double v : w) {
                ss += v * v;
            }
        }
        this.wss = ss;
        boolean flat = true;
        for (double v : k.raw()) {
            flat &= v == k.raw()[0];
        }
        this.flatKernel = flat;
        this.rawW = k.raw();
        this.wholeKernel = mode == MatchMode.NCC && WholeNumberNcc.wholeKernel(rawW);
        this.wSum = wholeKernel ? WholeNumberNcc.kernelSum(rawW) : 0;
        this.spread = wholeKernel ? WholeNumberNcc.kernelSpread(rawW) : 0;
    }

    /** Multiply-adds per output cell, to decide whether a map is worth splitting across cores. */
    long tapsPerCell() {
        return (long) channels * g.kernelHeight() * g.kernelWidth();
    }

    /**
     * Whether this filter can run in float on this image and give the same bits as in double. Raw
     * and zero-mean: every weight and pixel a whole number and {@code max|x| · Σ|w| ≤ 2^24}, so
     * that every product and partial sum, in any order, is a whole number a float holds exactly,
     * and so is the double path's; the result is widened to double before the bias. NCC: every
     * window qualifies for {@link WholeNumberNcc} and its S and X (and the sums they come from)
     * stay within 2^24.
     */
    boolean exactInFloat(ImageFacts facts) {
        if (facts.floats() == null) {
            return false;
        }
        if (mode == MatchMode.NCC) {
            if (!everyWindowWhole(facts)) {
                return false;
            }
            double n = rawW.length;
            double m = facts.maxAbs();
            return 2 * n * m * absSum(rawW) <= ImageFacts.FLOAT_EXACT
                    && n * n * m * m <= ImageFacts.FLOAT_EXACT;
        }
        if (!(mode == MatchMode.RAW || mode == MatchMode.ZERO_MEAN)) {
            return false;
        }
        for (double v : w) {
            if (v != Math.rint(v)) {
                return false;
            }
        }
        return facts.maxAbs() * absSum(w) <= ImageFacts.FLOAT_EXACT;
    }

    /** Σ|v|: with the largest pixel, a bound on every partial sum of products in any order. */
    private static double absSum(double[] weights) {
        double total = 0;
        for (double v : weights) {
            total += Math.abs(v);
        }
        return total;
    }

    /**
     * NCC: whether every cell on this image takes the whole-number form (see {@link
     * WholeNumberNcc}).
     */
    boolean everyWindowWhole(ImageFacts facts) {
        return wholeKernel && facts.integral() && facts.maxAbs() <= WholeNumberNcc.PIXEL_BOUND;
    }

    /**
     * How this filter computes rows on one image, decided once from the image's facts.
     *
     * @param floats the image as floats where the float path is exact ({@link #exactInFloat}), else
     *     null
     * @param wholeWindows NCC: every window takes the whole-number form
     * @param floatRows raw and zero-mean on the float path: the bias too is a whole number that
     *     keeps every value within 2^24, so rows can stay floats (exactly the same values)
     * @param binary every pixel is 0 or 1, so NCC's Σx² is Σx and need not be summed apart
     */
    record Plan(float[] floats, boolean wholeWindows, boolean floatRows, boolean binary) {}

    Plan plan(ImageFacts facts) {
        boolean exact = exactInFloat(facts);
        boolean floatRows = false;
        if (exact && mode != MatchMode.NCC) {
            floatRows =
                    bias == Math.rint(bias)
                            && Math.abs(bias) + facts.maxAbs() * absSum(w)
                                    <= ImageFacts.FLOAT_EXACT;
        }
        return new Plan(
                exact ? facts.floats() : null, everyWindowWhole(facts), floatRows, facts.binary());
    }

    /** Per-thread working memory for {@link #rows}: the shifted image rows and one tap list. */
    final class Scratch {
        final ShiftedRows shifted;
        final boolean floats;

        /** NCC: every window is whole numbers, so every cell takes the whole-number form. */
        final boolean wholeWindows;

        /** Raw and zero-mean: rows are kept as floats ({@link Plan#floatRows}). */
        final boolean floatRows;

        /** NCC on the float path: x² = x for every pixel ({@link Plan#binary}). */
        final boolean binary;

        final double[][] tapRows = new double[channels * g.kernelHeight() * g.kernelWidth()][];
        final double[] tapWeights = new double[tapRows.length];

        /**
         * Where each tap's pixels start in its row, for {@link VectorTaps}; null with shifted
         * copies.
         */
        final int[] tapOffsets;

        final float[][] floatTapRows;
        final float[] floatTapWeights;
        final float[] floatRow;

        /**
         * SSD's padding rows: zeros as long as a padded row, read like one (column j from j·d), so
         * a kernel row in the padding is a run of neighbouring pixels like any other.
         */
        final double[] zeros = new double[g.outWidth() + (g.kernelWidth() - 1) * g.dilation()];

        final double[] sum;
        final double[] sumSq;
        final double[][] sumRows = new double[channels * g.kernelHeight()][];
        final double[] ones = new double[channels * g.kernelHeight()];
        final float[] floatSum;
        final float[] floatSumSq;
        final float[][] floatSumRows;
        final float[][] floatSumSqRows;
        final float[] floatOnes;

        /** Reads a ring of shifted rows that other filters of the same shape may share. */
        Scratch(ShiftedRows shared, Plan plan) {
            Arrays.fill(ones, 1.0);
            boolean ncc = mode == MatchMode.NCC;
            this.floats = plan.floats() != null;
            this.wholeWindows = plan.wholeWindows();
            this.floatRows = plan.floatRows();
            this.binary = plan.binary() && this.floats;
            shifted = shared;
            tapOffsets = shared.offsets() ? new int[tapRows.length] : null;
            floatTapRows = this.floats ? new float[tapRows.length][] : null;
            floatTapWeights = this.floats ? new float[tapRows.length] : null;
            floatRow = this.floats ? new float[g.outWidth()] : null;
            sum = ncc ? new double[g.outWidth()] : null;
            sumSq = ncc ? new double[g.outWidth()] : null;
            boolean floatSums = ncc && floats;
            floatSum = floatSums ? new float[g.outWidth()] : null;
            floatSumSq = floatSums ? new float[g.outWidth()] : null;
            floatSumRows = floatSums ? new float[sumRows.length][] : null;
            floatSumSqRows = floatSums ? new float[sumRows.length][] : null;
            floatOnes = floatSums ? new float[sumRows.length] : null;
            if (floatSums) {
                Arrays.fill(floatOnes, 1f);
            }
        }
    }

    /**
     * Working memory that reads {@code shared}, a ring made by {@link #shiftedRows} of a filter
     * with the same geometry and mode on the same image (and the same float decision).
     */
    Scratch scratch(ShiftedRows shared, Plan plan) {
        return new Scratch(shared, plan);
    }

    /**
     * A ring of shifted rows for this filter's geometry and mode, to share via {@link
     * #scratch(ShiftedRows, Plan)}.
     */
    ShiftedRows shiftedRows(double[] src, Plan plan) {
        return shiftedRows(src, plan, VectorPath.enabled(mode));
    }

    /**
     * The same, laid out for {@link VectorTaps} if {@code offsets} and the stride is 1, else in
     * shifted copies.
     */
    ShiftedRows shiftedRows(double[] src, Plan plan, boolean offsets) {
        offsets &= g.stride() == 1;
        boolean sums = mode == MatchMode.NCC;
        return new ShiftedRows(
                src,
                plan.floats(),
                inHeight,
                inWidth,
                channels,
                g,
                sums,
                sums && plan.binary() && plan.floats() != null,
                offsets);
    }

    /**
     * Computes output rows [y0, y1) of the map into fresh arrays: {@code floatOut[y]} where the
     * scratch keeps float rows, else {@code out[y]}.
     */
    void rows(int y0, int y1, double[][] out, float[][] floatOut, Scratch s) {
        for (int y = y0; y < y1; y++) {
            if (s.floatRows) {
                floatOut[y] = floatRow(y, s);
                continue;
            }
            double[] row = new double[g.outWidth()];
            switch (mode) {
                case NCC:
                    nccRow(y, row, s);
                    break;
                case SSD:
                    ssdRow(y, row, s);
                    break;
                default:
                    if (s.floats) {
                        correlateRowInFloat(y, row, s);
                    } else {
                        correlateRow(y, w, bias, row, s);
                    }
                    break;
            }
            if (act != Activation.NONE) {
                for (int x = 0; x < row.length; x++) {
                    row[x] = act.apply(row[x]);
                }
            }
            out[y] = row;
        }
    }

    /**
     * Raw or zero-mean row y on the float path, kept as floats: the taps summed straight into the
     * new row, then the bias (a whole number, so exact) and the activation (0 or the value itself).
     */
    private float[] floatRow(int y, Scratch s) {
        float[] row = new float[g.outWidth()];
        FusedTaps.accumulate(
                row, row.length, s.floatTapRows, s.tapOffsets, s.floatTapWeights, taps(y, w, s));
        if (bias != 0) {
            float b = (float) bias;
            for (int x = 0; x < row.length; x++) {
                row[x] += b;
            }
        }
        if (act != Activation.NONE) {
            for (int x = 0; x < row.length; x++) {
                row[x] = (float) act.apply(row[x]);
            }
        }
        return row;
    }

    /** Output cell (y, x), bit for bit what {@link #rows} writes there. */
    double cell(double[] src, int y, int x) {
        double v;
        switch (mode) {
            case NCC:
                v = wholeKernel ? wholeNccCell(src, y, x) : Double.NaN;
                if (Double.isNaN(v)) {
                    v =
                            ncc(
                                    correlateCell(src, y, x, w, 0),
                                    windowSum(src, y, x, false),
                                    windowSum(src, y, x, true));
                }
                break;
            case SSD:
                v = ssdCell(src, y, x);
                break;
            default:
                v = correlateCell(src, y, x, w, bias);
                break;
        }
        return act.apply(v);
    }

    // ---- raw and zero-mean: Σ w·x (+ bias) ----

    private void correlateRow(int y, double[] wts, double b, double[] out, Scratch s) {
        int n = taps(y, wts, s);
        FusedTaps.accumulate(out, out.length, s.tapRows, s.tapOffsets, s.tapWeights, n);
        if (b != 0) {
            for (int x = 0; x < out.length; x++) {
                out[x] += b;
            }
        }
    }

    private void correlateRowInFloat(int y, double[] out, Scratch s) {
        float[] acc = s.floatRow;
        Arrays.fill(acc, 0f);
        FusedTaps.accumulate(
                acc, out.length, s.floatTapRows, s.tapOffsets, s.floatTapWeights, taps(y, w, s));
        for (int x = 0; x < out.length; x++) {
            out[x] = acc[x];
        }
        if (bias != 0) {
            for (int x = 0; x < out.length; x++) {
                out[x] += bias;
            }
        }
    }

    /**
     * Lists the taps of output row y with weights {@code wts} (zero weights and padding rows left
     * out) and returns how many: in {@code s.floatTapRows} and {@code s.floatTapWeights} on the
     * float path, else in {@code s.tapRows} and {@code s.tapWeights}.
     */
    private int taps(int y, double[] wts, Scratch s) {
        int kh = g.kernelHeight();
        int kw = g.kernelWidth();
        int n = 0;
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < kh; i++) {
                int r = g.inputRow(y, i);
                if (r < 0 || r >= inHeight) {
                    continue;
                }
                float[][] floatRows = s.floats ? s.shifted.floatsOf(c, r) : null;
                double[][] rows = s.floats ? null : s.shifted.of(c, r);
                int start = s.shifted.start(c, r);
                int step = s.shifted.columnStep();
                for (int j = 0; j < kw; j++) {
                    double wt = wts[(c * kh + i) * kw + j];
                    if (wt == 0) {
                        continue;
                    }
                    if (s.floats) {
                        s.floatTapRows[n] = floatRows[j];
                        s.floatTapWeights[n] = (float) wt;
                    } else {
                        s.tapRows[n] = rows[j];
                        s.tapWeights[n] = wt;
                    }
                    if (s.tapOffsets != null) {
                        s.tapOffsets[n] = start + j * step;
                    }
                    n++;
                }
            }
        }
        return n;
    }

    private double correlateCell(double[] src, int y, int x, double[] wts, double b) {
        int kh = g.kernelHeight();
        int kw = g.kernelWidth();
        double a = 0.0;
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < kh; i++) {
                int r = g.inputRow(y, i);
                if (r < 0 || r >= inHeight) {
                    continue;
                }
                int base = (c * inHeight + r) * inWidth;
                for (int j = 0; j < kw; j++) {
                    double wt = wts[(c * kh + i) * kw + j];
                    int col = g.inputCol(x, j);
                    if (wt == 0 || col < 0 || col >= inWidth) {
                        continue;
                    }
                    a += wt * src[base + col];
                }
            }
        }
        if (b != 0) {
            a += b;
        }
        return a;
    }

    // ---- SSD: −Σ (x − w)², padding zeros included ----

    private void ssdRow(int y, double[] out, Scratch s) {
        int kh = g.kernelHeight();
        int kw = g.kernelWidth();
        int n = 0;
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < kh; i++) {
                int r = g.inputRow(y, i);
                double[][] shifted = r >= 0 && r < inHeight ? s.shifted.of(c, r) : null;
                int start = shifted == null ? 0 : s.shifted.start(c, r);
                int step = shifted == null ? g.dilation() : s.shifted.columnStep();
                for (int j = 0; j < kw; j++) {
                    s.tapRows[n] = shifted == null ? s.zeros : shifted[j];
                    s.tapWeights[n] = w[(c * kh + i) * kw + j];
                    if (s.tapOffsets != null) {
                        s.tapOffsets[n] = start + j * step;
                    }
                    n++;
                }
            }
        }
        FusedTaps.subtractSquaredDifferences(
                out, out.length, s.tapRows, s.tapOffsets, s.tapWeights, n);
        for (int x = 0; x < out.length; x++) {
            out[x] += 0.0; // turns −0 into 0 so an exact copy prints as 0
        }
    }

    private double ssdCell(double[] src, int y, int x) {
        int kh = g.kernelHeight();
        int kw = g.kernelWidth();
        double a = 0.0;
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < kh; i++) {
                int r = g.inputRow(y, i);
                for (int j = 0; j < kw; j++) {
                    int col = g.inputCol(x, j);
                    double v =
                            r >= 0 && r < inHeight && col >= 0 && col < inWidth
                                    ? src[(c * inHeight + r) * inWidth + col]
                                    : 0.0;
                    double diff = v - w[(c * kh + i) * kw + j];
                    a -= diff * diff;
                }
            }
        }
        return a + 0.0;
    }

    // ---- NCC: Σ(w − w̄)·x / √(Σ(x − x̄)² · Σ(w − w̄)²) ----

    /**
     * Window sums are separable: each image row's sums over the KW columns of a window (left to
     * right, kept by {@link ShiftedRows}), then those added over channels and kernel rows. About KH
     * + KW additions per cell instead of KH·KW, in the same order as {@link #windowSum}.
     */
    private void nccRow(int y, double[] out, Scratch s) {
        if (flatKernel) {
            Arrays.fill(out, 0.0);
            return;
        }
        if (s.floats) {
            wholeNccRowInFloat(y, out, s);
            return;
        }
        double[] sum = s.sum;
        double[] sumSq = s.sumSq;
        int n = 0;
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < g.kernelHeight(); i++) {
                int r = g.inputRow(y, i);
                if (r >= 0 && r < inHeight) {
                    s.tapRows[n] = s.shifted.sum(c, r);
                    s.sumRows[n] = s.shifted.sumSq(c, r);
                    n++;
                }
            }
        }
        FusedTaps.sumRows(sum, out.length, s.tapRows, s.ones, n);
        FusedTaps.sumRows(sumSq, out.length, s.sumRows, s.ones, n);
        if (s.wholeWindows) {
            // Every sum is a whole number below 2^53, so exact: S and X in double, then r.
            correlateRow(y, rawW, 0, out, s);
            double taps = w.length;
            for (int x = 0; x < out.length; x++) {
                out[x] = taps * out[x] - wSum * sum[x];
            }
            for (int x = 0; x < out.length; x++) {
                sumSq[x] = taps * sumSq[x] - sum[x] * sum[x];
            }
            finishWholeNcc(out, sumSq);
            return;
        }
        correlateRow(y, w, 0, out, s);
        if (s.tapOffsets != null) {
            VectorTaps.nccRow(out, out.length, sum, sumSq, w.length, wss);
        } else {
            nccArithmetic(out, sum, sumSq);
        }
        if (wholeKernel) {
            // Some windows may still be whole numbers; they take the whole-number form.
            double[] src = s.shifted.source();
            for (int x = 0; x < out.length; x++) {
                double v = wholeNccCell(src, y, x);
                if (!Double.isNaN(v)) {
                    out[x] = v;
                }
            }
        }
    }

    /**
     * ncc(…) for a row, split in two loops: the arithmetic and the clamp (vectorized), then the
     * rare flat windows; the same operations on the same values as ncc(…).
     */
    private void nccArithmetic(double[] out, double[] sum, double[] sumSq) {
        int taps = w.length;
        for (int x = 0; x < out.length; x++) {
            double xss = sumSq[x] - sum[x] * sum[x] / taps;
            sum[x] = xss;
            out[x] = WholeNumberNcc.clampUnitBranchFree(out[x] / Math.sqrt(xss * wss));
        }
        for (int x = 0; x < out.length; x++) {
            if (isFlat(sum[x], sumSq[x])) {
                out[x] = 0;
            }
        }
    }

    /**
     * The whole-number form on an image whose every window qualifies and whose sums fit in a float:
     * Σwx, Σx and Σx², then S and X, all in float and all exact, widened to double only for the
     * square root and the division.
     */
    private void wholeNccRowInFloat(int y, double[] out, Scratch s) {
        int n = taps(y, rawW, s);
        int m = 0;
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < g.kernelHeight(); i++) {
                int r = g.inputRow(y, i);
                if (r >= 0 && r < inHeight) {
                    s.floatSumRows[m] = s.shifted.floatSum(c, r);
                    s.floatSumSqRows[m] = s.binary ? null : s.shifted.floatSumSq(c, r);
                    m++;
                }
            }
        }
        int ow = out.length;
        float[] dot = s.floatRow;
        float[] sum = s.floatSum;
        float[] sumSq = s.floatSumSq;
        Arrays.fill(dot, 0f);
        Arrays.fill(sum, 0f);
        FusedTaps.accumulate(dot, ow, s.floatTapRows, s.tapOffsets, s.floatTapWeights, n);
        FusedTaps.accumulate(sum, ow, s.floatSumRows, s.floatOnes, m);
        if (!s.binary) {
            Arrays.fill(sumSq, 0f);
            FusedTaps.accumulate(sumSq, ow, s.floatSumSqRows, s.floatOnes, m);
        }
        float taps = w.length;
        float ws = (float) wSum;
        if (s.tapOffsets != null) {
            VectorTaps.wholeNccRow(out, ow, dot, sum, s.binary ? sum : sumSq, taps, ws, spread);
            return;
        }
        if (s.binary) {
            // The loops below turn Σx² into X in place, so it needs a row of its own.
            System.arraycopy(sum, 0, sumSq, 0, ow);
        }
        for (int x = 0; x < ow; x++) {
            dot[x] = taps * dot[x] - ws * sum[x];
        }
        for (int x = 0; x < ow; x++) {
            sumSq[x] = taps * sumSq[x] - sum[x] * sum[x];
        }
        double[] spreads = s.sumSq;
        for (int x = 0; x < ow; x++) {
            out[x] = dot[x];
        }
        for (int x = 0; x < ow; x++) {
            spreads[x] = sumSq[x];
        }
        finishWholeNcc(out, spreads);
    }

    /**
     * {@code out[x] = WholeNumberNcc.coefficient(out[x], xs[x], W)} for a row, in two loops (the
     * first vectorizes; the second writes only the flat windows), with the same operations on the
     * same values.
     */
    private void finishWholeNcc(double[] out, double[] xs) {
        for (int x = 0; x < out.length; x++) {
            out[x] = WholeNumberNcc.clampUnitBranchFree(out[x] / Math.sqrt(xs[x] * spread));
        }
        for (int x = 0; x < out.length; x++) {
            if (xs[x] == 0) {
                out[x] = 0;
            }
        }
    }

    /**
     * Cell (y, x) in NCC's whole-number form, or NaN if its window reads a pixel that does not
     * qualify (the kernel must qualify). The sums are exact, so their order does not matter.
     */
    private double wholeNccCell(double[] src, int y, int x) {
        int kh = g.kernelHeight();
        int kw = g.kernelWidth();
        double dot = 0.0;
        double sum = 0.0;
        double sumSq = 0.0;
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < kh; i++) {
                int r = g.inputRow(y, i);
                if (r < 0 || r >= inHeight) {
                    continue;
                }
                int base = (c * inHeight + r) * inWidth;
                for (int j = 0; j < kw; j++) {
                    int col = g.inputCol(x, j);
                    if (col < 0 || col >= inWidth) {
                        continue;
                    }
                    double v = src[base + col];
                    if (!WholeNumberNcc.wholePixel(v)) {
                        return Double.NaN;
                    }
                    dot += rawW[(c * kh + i) * kw + j] * v;
                    sum += v;
                    sumSq += v * v;
                }
            }
        }
        double taps = w.length;
        return WholeNumberNcc.coefficient(
                taps * dot - wSum * sum, taps * sumSq - sum * sum, spread);
    }

    /**
     * Whether a window's Σ(x − x̄)² is rounding noise, {@code xss ≤ 1e−12 · Σx²}: relative only, so
     * that NCC does not change with the image's units.
     */
    private static boolean isFlat(double xss, double sumSq) {
        return xss <= 1e-12 * sumSq;
    }

    private double windowSum(double[] src, int y, int x, boolean squared) {
        double total = 0.0;
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < g.kernelHeight(); i++) {
                int r = g.inputRow(y, i);
                if (r < 0 || r >= inHeight) {
                    continue;
                }
                double rowSum = 0.0;
                for (int j = 0; j < g.kernelWidth(); j++) {
                    int col = g.inputCol(x, j);
                    if (col >= 0 && col < inWidth) {
                        double v = src[(c * inHeight + r) * inWidth + col];
                        rowSum += squared ? v * v : v;
                    }
                }
                total += rowSum;
            }
        }
        return total;
    }

    /** The correlation coefficient from the centred numerator and the window's Σx and Σx². */
    private double ncc(double num, double sum, double sumSq) {
        if (flatKernel) {
            return 0;
        }
        double xss = sumSq - sum * sum / w.length;
        if (isFlat(xss, sumSq)) {
            return 0;
        }
        return WholeNumberNcc.clampUnit(num / Math.sqrt(xss * wss));
    }

    static double[] centred(double[] w) {
        double mean = 0;
        for (double v : w) {
            mean += v;
        }
        mean /= w.length;
        double[] r = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            r[i] = w[i] - mean;
        }
        return r;
    }
}
