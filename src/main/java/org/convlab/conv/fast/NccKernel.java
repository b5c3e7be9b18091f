package org.convlab.conv.fast;

import java.util.Arrays;

/**
 * NCC matching: Σ(w − w̄)·x / √(Σ(x − x̄)² · Σ(w − w̄)²). Where the kernel and a window are whole
 * numbers, the cell takes {@link WholeNumberNcc}'s exact form instead, window by window; on an
 * image whose every window qualifies and whose sums fit in a float, whole rows run in float.
 */
final class NccKernel extends Kernel {
    /** Σ(w − w̄)². */
    private final double wss;

    /**
     * All weights equal, so every score is 0. Tested on the weights themselves: the centred copy of
     * nine 0.1s is not exactly zero.
     */
    private final boolean flatKernel;

    /** The weights as given (the whole-number form uses them uncentred). */
    private final double[] rawW;

    /** The kernel qualifies for {@link WholeNumberNcc}. */
    private final boolean wholeKernel;

    /** Whole-number form: Σw and W = n·Σw² − (Σw)². */
    private final double wSum;

    private final double spread;

    NccKernel(Layout g, double[] weights, boolean relu) {
        super(g, Matching.NCC, centred(weights), relu);
        double ss = 0;
        for (double v : w) {
            ss += v * v;
        }
        this.wss = ss;
        boolean flat = true;
        for (double v : weights) {
            flat &= v == weights[0];
        }
        this.flatKernel = flat;
        this.rawW = weights;
        this.wholeKernel = WholeNumberNcc.wholeKernel(rawW);
        this.wSum = wholeKernel ? WholeNumberNcc.kernelSum(rawW) : 0;
        this.spread = wholeKernel ? WholeNumberNcc.kernelSpread(rawW) : 0;
    }

    /**
     * Every window qualifies for {@link WholeNumberNcc} and its S and X (and the sums they come
     * from) stay within 2^24.
     */
    @Override
    boolean exactInFloat(ImageFacts facts) {
        if (facts.floats() == null || !everyWindowWhole(facts)) {
            return false;
        }
        double n = rawW.length;
        double m = facts.maxAbs();
        return 2 * n * m * absSum(rawW) <= ImageFacts.FLOAT_EXACT
                && n * n * m * m <= ImageFacts.FLOAT_EXACT;
    }

    /**
     * Whether every cell on this image takes the whole-number form (see {@link WholeNumberNcc}).
     */
    @Override
    boolean everyWindowWhole(ImageFacts facts) {
        return wholeKernel && facts.integral() && facts.maxAbs() <= WholeNumberNcc.PIXEL_BOUND;
    }

    @Override
    double value(double[] src, int y, int x) {
        double v = wholeKernel ? wholeNccCell(src, y, x) : Double.NaN;
        if (Double.isNaN(v)) {
            v =
                    ncc(
                            correlateCell(src, y, x, w, 0),
                            windowSum(src, y, x, false),
                            windowSum(src, y, x, true));
        }
        return v;
    }

    /**
     * Window sums are separable: each image row's sums over the KW columns of a window (left to
     * right, kept by {@link ShiftedRows}), then those added over channels and kernel rows. About KH
     * + KW additions per cell instead of KH·KW, in the same order as {@link #windowSum}.
     */
    @Override
    void row(int y, double[] out, Scratch s) {
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
        int n = windowSumRows(y, s);
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
        int n = taps(y, rawW, s, false);
        int m = windowSumRows(y, s);
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
     * Cell (y, x) in the whole-number form, or NaN if its window reads a pixel that does not
     * qualify (the kernel must qualify). The sums are exact, so their order does not matter.
     */
    private double wholeNccCell(double[] src, int y, int x) {
        double dot = 0.0;
        double sum = 0.0;
        double sumSq = 0.0;
        for (int k = 0; k < rawW.length; k++) {
            int p = pixel(k, y, x);
            if (p < 0) {
                continue;
            }
            double v = src[p];
            if (!WholeNumberNcc.wholePixel(v)) {
                return Double.NaN;
            }
            dot += rawW[k] * v;
            sum += v;
            sumSq += v * v;
        }
        double n = w.length;
        return WholeNumberNcc.coefficient(n * dot - wSum * sum, n * sumSq - sum * sum, spread);
    }

    /**
     * Whether a window's Σ(x − x̄)² is rounding noise, {@code xss ≤ 1e−12 · Σx²}: relative only, so
     * that NCC does not change with the image's units.
     */
    private static boolean isFlat(double xss, double sumSq) {
        return xss <= 1e-12 * sumSq;
    }

    /**
     * Σx or Σx² over the window of cell (y, x), added per kernel row first and then over the rows,
     * as the rows' window sums are. A row wholly in the padding adds +0, which changes nothing.
     */
    private double windowSum(double[] src, int y, int x, boolean squared) {
        int kw = g.kernelWidth();
        double total = 0.0;
        double rowSum = 0.0;
        for (int k = 0; k < w.length; k++) {
            if (k % kw == 0) {
                total += rowSum;
                rowSum = 0.0;
            }
            int p = pixel(k, y, x);
            if (p >= 0) {
                double v = src[p];
                rowSum += squared ? v * v : v;
            }
        }
        return total + rowSum;
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
}
