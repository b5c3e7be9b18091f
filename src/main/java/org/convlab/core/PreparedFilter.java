package org.convlab.core;

/**
 * One filter made ready for one image shape, convolution settings, matching mode and activation:
 * the kernel already flipped (true convolution) and centred (zero-mean, NCC), and the geometry
 * fixed. It computes a whole output row for a full recompute and a single cell for an
 * incremental update, with the same arithmetic in the same order, so both give identical bits.
 *
 * <p>Every cell is summed in the order channel, kernel row, kernel column. Zero products
 * (padding, zero weights) are skipped here and added there, which changes nothing: the running
 * sum starts at +0 and can never become −0, so adding ±0 is a no-op.
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

    PreparedFilter(Image in, Filter k, Geometry g, MatchMode mode, Activation act) {
        this.g = g;
        this.mode = mode;
        this.act = act;
        this.inHeight = in.height();
        this.inWidth = in.width();
        this.channels = in.channels();
        boolean centre = mode == MatchMode.ZERO_MEAN || mode == MatchMode.NCC;
        this.w = centre ? Correlation2D.centred(k.raw()) : k.raw();
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
    }

    /** Multiply-adds per output cell, to decide whether a map is worth splitting across cores. */
    long tapsPerCell() {
        return (long) channels * g.kernelHeight() * g.kernelWidth();
    }

    /**
     * Whether raw or zero-mean correlation with these weights on this image can run in float and
     * give the same bits: every weight and pixel a whole number and {@code max|x| · Σ|w| ≤ 2^24},
     * so that every product and partial sum, in any order, is a whole number a float holds
     * exactly, and so is the double path's. The result is widened to double before the bias.
     */
    boolean exactInFloat(ImageFacts facts) {
        if (!(mode == MatchMode.RAW || mode == MatchMode.ZERO_MEAN) || facts.floats() == null) {
            return false;
        }
        double total = 0;
        for (double v : w) {
            if (v != Math.rint(v)) {
                return false;
            }
            total += Math.abs(v);
        }
        return facts.maxAbs() * total <= ImageFacts.FLOAT_EXACT;
    }

    /** Per-thread working memory for {@link #rows}: the shifted image rows and one tap list. */
    final class Scratch {
        final ShiftedRows shifted;
        final boolean floats;
        final double[][] tapRows = new double[channels * g.kernelHeight() * g.kernelWidth()][];
        final double[] tapWeights = new double[tapRows.length];
        final float[][] floatTapRows;
        final float[] floatTapWeights;
        final float[] floatRow;
        final double[] zeros = new double[g.outWidth()];
        final double[] sum;
        final double[] sumSq;
        final double[][] sumRows = new double[channels * g.kernelHeight()][];
        final double[] ones = new double[channels * g.kernelHeight()];

        Scratch(double[] src, float[] floats) {
            this(new ShiftedRows(src, floats, inHeight, inWidth, channels, g, mode == MatchMode.NCC), floats != null);
        }

        /** Reads a ring of shifted rows that other filters of the same shape may share. */
        Scratch(ShiftedRows shared, boolean floats) {
            java.util.Arrays.fill(ones, 1.0);
            boolean ncc = mode == MatchMode.NCC;
            this.floats = floats;
            shifted = shared;
            floatTapRows = this.floats ? new float[tapRows.length][] : null;
            floatTapWeights = this.floats ? new float[tapRows.length] : null;
            floatRow = this.floats ? new float[g.outWidth()] : null;
            sum = ncc ? new double[g.outWidth()] : null;
            sumSq = ncc ? new double[g.outWidth()] : null;
        }
    }

    /**
     * Working memory for one thread; pass the image's {@code floats} only where
     * {@link #exactInFloat} said so, else null.
     */
    Scratch scratch(double[] src, float[] floats) {
        return new Scratch(src, floats);
    }

    /**
     * Working memory that reads {@code shared}, a ring made by {@link #shiftedRows} of a filter
     * with the same geometry and mode on the same image (and the same float decision).
     */
    Scratch scratch(ShiftedRows shared, boolean floats) {
        return new Scratch(shared, floats);
    }

    /** A ring of shifted rows for this filter's geometry and mode, to share via {@link #scratch(ShiftedRows, boolean)}. */
    ShiftedRows shiftedRows(double[] src, float[] floats) {
        return new ShiftedRows(src, floats, inHeight, inWidth, channels, g, mode == MatchMode.NCC);
    }

    /** Computes output rows [y0, y1) of the map into fresh arrays {@code out[y]}. */
    void rows(int y0, int y1, double[][] out, Scratch s) {
        for (int y = y0; y < y1; y++) {
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

    /** Output cell (y, x), bit for bit what {@link #rows} writes there. */
    double cell(double[] src, int y, int x) {
        double v;
        switch (mode) {
            case NCC:
                v = ncc(correlateCell(src, y, x, w, 0), windowSum(src, y, x, false), windowSum(src, y, x, true));
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
        int kh = g.kernelHeight();
        int kw = g.kernelWidth();
        int n = 0;
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < kh; i++) {
                int r = g.inputRow(y, i);
                if (r < 0 || r >= inHeight) {
                    continue;
                }
                double[][] shifted = s.shifted.of(c, r);
                for (int j = 0; j < kw; j++) {
                    double wt = wts[(c * kh + i) * kw + j];
                    if (wt != 0) {
                        s.tapRows[n] = shifted[j];
                        s.tapWeights[n] = wt;
                        n++;
                    }
                }
            }
        }
        FusedTaps.accumulate(out, out.length, s.tapRows, s.tapWeights, n);
        if (b != 0) {
            for (int x = 0; x < out.length; x++) {
                out[x] += b;
            }
        }
    }

    private void correlateRowInFloat(int y, double[] out, Scratch s) {
        int kh = g.kernelHeight();
        int kw = g.kernelWidth();
        int n = 0;
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < kh; i++) {
                int r = g.inputRow(y, i);
                if (r < 0 || r >= inHeight) {
                    continue;
                }
                float[][] shifted = s.shifted.floatsOf(c, r);
                for (int j = 0; j < kw; j++) {
                    double wt = w[(c * kh + i) * kw + j];
                    if (wt != 0) {
                        s.floatTapRows[n] = shifted[j];
                        s.floatTapWeights[n] = (float) wt;
                        n++;
                    }
                }
            }
        }
        float[] acc = s.floatRow;
        java.util.Arrays.fill(acc, 0f);
        FusedTaps.accumulate(acc, out.length, s.floatTapRows, s.floatTapWeights, n);
        for (int x = 0; x < out.length; x++) {
            out[x] = acc[x];
        }
        if (bias != 0) {
            for (int x = 0; x < out.length; x++) {
                out[x] += bias;
            }
        }
    }

    private double correlateCell(double[] src, int y, int x, double[] wts, double b) {
        int kh = g.kernelHeight();
        int kw = g.kernelWidth();
        int d = g.dilation();
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
                for (int j = 0; j < kw; j++) {
                    s.tapRows[n] = shifted == null ? s.zeros : shifted[j];
                    s.tapWeights[n] = w[(c * kh + i) * kw + j];
                    n++;
                }
            }
        }
        FusedTaps.subtractSquaredDifferences(out, out.length, s.tapRows, s.tapWeights, n);
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
                    double v = r >= 0 && r < inHeight && col >= 0 && col < inWidth ? src[(c * inHeight + r) * inWidth + col] : 0.0;
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
     * right, kept by {@link ShiftedRows}), then those added over channels and kernel rows. About
     * KH + KW additions per cell instead of KH·KW, in the same order as {@link #windowSum}.
     */
    private void nccRow(int y, double[] out, Scratch s) {
        double[] sum = s.sum;
        double[] sumSq = s.sumSq;
        java.util.Arrays.fill(sum, 0.0);
        java.util.Arrays.fill(sumSq, 0.0);
        // Weight 1 makes the fused loop a plain running sum (1·v is v exactly), in row order.
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
        FusedTaps.accumulate(sum, out.length, s.tapRows, s.ones, n);
        FusedTaps.accumulate(sumSq, out.length, s.sumRows, s.ones, n);
        correlateRow(y, w, 0, out, s);
        if (flatKernel) {
            java.util.Arrays.fill(out, 0.0);
            return;
        }
        // ncc(…) split in two loops: the arithmetic (vectorized, with sqrt and division) and then
        // the flat-window test and clamp; the same operations on the same values as ncc(…).
        int taps = w.length;
        for (int x = 0; x < out.length; x++) {
            double xss = sumSq[x] - sum[x] * sum[x] / taps;
            sum[x] = xss;
            out[x] = out[x] / Math.sqrt(xss * wss);
        }
        for (int x = 0; x < out.length; x++) {
            out[x] = isFlat(sum[x], sumSq[x]) ? 0 : clampUnit(out[x]);
        }
    }

    /**
     * Whether a window's Σ(x − x̄)² is rounding noise, {@code xss ≤ 1e−12 · Σx²}: relative only,
     * so that NCC does not change with the image's units.
     */
    private static boolean isFlat(double xss, double sumSq) {
        return xss <= 1e-12 * sumSq;
    }

    /** {@code max(−1, min(1, r))}, NaN and −0 kept as Math.min/max keep them. */
    private static double clampUnit(double r) {
        return r > 1 ? 1 : r < -1 ? -1 : r;
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
        return clampUnit(num / Math.sqrt(xss * wss));
    }
}
