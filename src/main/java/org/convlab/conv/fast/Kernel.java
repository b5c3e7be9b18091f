package org.convlab.conv.fast;

/**
 * One filter made ready for one image shape, convolution settings, matching mode and activation:
 * the kernel already flipped (true convolution) and centred (zero-mean, NCC), and the geometry
 * fixed. It computes a whole output row for a full recompute and a single cell for an incremental
 * update, with the same arithmetic in the same order, so both give identical bits.
 *
 * <p>This is the engine's seam: {@code conv} describes the filter in plain values ({@link Layout},
 * weights, bias, a ReLU flag) and gets rows and cells back; how they are computed (shifted copies
 * or offsets, double or float, NCC's whole-number form) stays in here. One subclass per kind of
 * sum, made by {@link #of}.
 *
 * <p>Every cell is summed in the order channel, kernel row, kernel column. Zero products (padding,
 * zero weights) are skipped here and added there, which changes nothing: the running sum starts at
 * +0 and can never become −0, so adding ±0 is a no-op.
 */
public abstract sealed class Kernel permits CorrelationKernel, SsdKernel, NccKernel {
    final Layout g;
    final Matching matching;
    final int inHeight;
    final int inWidth;
    final int channels;

    /** The weights the mode correlates with: raw, or centred for zero-mean and NCC. */
    final double[] w;

    /** Negative outputs become 0 (ReLU); else they stay as they are. */
    private final boolean relu;

    Kernel(Layout g, Matching matching, double[] w, boolean relu) {
        this.g = g;
        this.matching = matching;
        this.inHeight = g.inHeight();
        this.inWidth = g.inWidth();
        this.channels = g.channels();
        this.w = w;
        this.relu = relu;
    }

    /**
     * The kernel for one matching mode.
     *
     * @param weights the kernel as the sum reads it (already turned for true convolution), planar
     *     [c][i][j]
     * @param bias added in raw and zero-mean modes, ignored by NCC and SSD
     * @param relu whether outputs pass through ReLU
     */
    public static Kernel of(
            Layout layout, Matching matching, double[] weights, double bias, boolean relu) {
        return switch (matching) {
            case RAW -> new CorrelationKernel(layout, matching, weights, bias, relu);
            case ZERO_MEAN -> new CorrelationKernel(layout, matching, centred(weights), bias, relu);
            case NCC -> new NccKernel(layout, weights, relu);
            case SSD -> new SsdKernel(layout, weights, relu);
        };
    }

    /** Multiply-adds per output cell, to decide whether a map is worth splitting across cores. */
    public long tapsPerCell() {
        return g.tapsPerCell();
    }

    /**
     * Whether this filter can run in float on this image and give the same bits as in double (see
     * the subclasses for the conditions).
     */
    abstract boolean exactInFloat(ImageFacts facts);

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
    public record Plan(float[] floats, boolean wholeWindows, boolean floatRows, boolean binary) {}

    /** The plan for this filter on {@code image} (planar [c][y][x], never changed afterwards). */
    public Plan plan(double[] image) {
        ImageFacts facts = ImageFacts.of(image);
        boolean exact = exactInFloat(facts);
        return new Plan(
                exact ? facts.floats() : null,
                everyWindowWhole(facts),
                exact && floatRowsExact(facts),
                facts.binary());
    }

    /** NCC: whether every cell on this image takes the whole-number form. */
    boolean everyWindowWhole(ImageFacts facts) {
        return false;
    }

    /** Raw and zero-mean on the float path: whether whole rows stay exact as floats. */
    boolean floatRowsExact(ImageFacts facts) {
        return false;
    }

    /**
     * A ring of shifted rows for this filter's geometry and mode, laid out as the loop choice
     * ({@link LoopChoice}) says now; share it via {@link #scratch} among filters of the same shape
     * and mode on the same image (and the same float decision).
     */
    public ShiftedRows ring(double[] image, Plan plan) {
        return ring(image, plan, LoopChoice.enabled(matching));
    }

    /**
     * The same, laid out for {@link VectorTaps} if {@code offsets} and the stride is 1, else in
     * shifted copies.
     */
    public ShiftedRows ring(double[] image, Plan plan, boolean offsets) {
        offsets &= g.stride() == 1;
        boolean sums = matching == Matching.NCC;
        return new ShiftedRows(
                image,
                plan.floats(),
                g,
                sums,
                sums && plan.binary() && plan.floats() != null,
                offsets);
    }

    /** Per-thread working memory for {@link #rows} that reads {@code shared}. */
    public Scratch scratch(ShiftedRows shared, Plan plan) {
        return new Scratch(g, matching == Matching.NCC, shared, plan);
    }

    /**
     * Computes output rows [y0, y1) of the map into fresh arrays: {@code floatOut[y]} where the
     * scratch keeps float rows, else {@code out[y]}.
     */
    public final void rows(int y0, int y1, double[][] out, float[][] floatOut, Scratch s) {
        for (int y = y0; y < y1; y++) {
            if (s.floatRows) {
                floatOut[y] = floatRow(y, s);
                continue;
            }
            double[] row = new double[g.outWidth()];
            row(y, row, s);
            if (relu) {
                for (int x = 0; x < row.length; x++) {
                    row[x] = activate(row[x]);
                }
            }
            out[y] = row;
        }
    }

    /** Output row y before the activation. */
    abstract void row(int y, double[] out, Scratch s);

    /** Output row y kept as floats, activation included; only where the plan keeps float rows. */
    float[] floatRow(int y, Scratch s) {
        throw new IllegalStateException("only raw and zero-mean maps keep float rows");
    }

    /** Output cell (y, x) of {@code image}, bit for bit what {@link #rows} writes there. */
    public final double cell(double[] image, int y, int x) {
        return activate(value(image, y, x));
    }

    /** Output cell (y, x) before the activation. */
    abstract double value(double[] src, int y, int x);

    /** The activation: ReLU's {@code v > 0 ? v : 0}, or the value itself. */
    final double activate(double v) {
        return relu ? (v > 0 ? v : 0.0) : v;
    }

    final boolean activates() {
        return relu;
    }

    // ---- sums of products, shared by raw, zero-mean and NCC ----

    final void correlateRow(int y, double[] wts, double b, double[] out, Scratch s) {
        int n = taps(y, wts, s, false);
        FusedTaps.accumulate(out, out.length, s.tapRows, s.tapOffsets, s.tapWeights, n);
        if (b != 0) {
            for (int x = 0; x < out.length; x++) {
                out[x] += b;
            }
        }
    }

    /**
     * Lists the taps of output row y with weights {@code wts} and returns how many: in {@code
     * s.floatTapRows} and {@code s.floatTapWeights} on the float path, else in {@code s.tapRows}
     * and {@code s.tapWeights}. Zero weights and padding rows are left out, unless {@code everyTap}
     * (SSD, where they still count): then a padding row reads {@code s.zeros}.
     */
    final int taps(int y, double[] wts, Scratch s, boolean everyTap) {
        int kh = g.kernelHeight();
        int kw = g.kernelWidth();
        int n = 0;
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < kh; i++) {
                int r = g.inputRow(y, i);
                boolean inside = r >= 0 && r < inHeight;
                if (!inside && !everyTap) {
                    continue;
                }
                float[][] floatRows = s.floats && inside ? s.shifted.floatsOf(c, r) : null;
                double[][] rows = !s.floats && inside ? s.shifted.of(c, r) : null;
                int start = inside ? s.shifted.start(c, r) : 0;
                int step = inside ? s.shifted.columnStep() : g.dilation();
                for (int j = 0; j < kw; j++) {
                    double wt = wts[(c * kh + i) * kw + j];
                    if (wt == 0 && !everyTap) {
                        continue;
                    }
                    if (s.floats) {
                        s.floatTapRows[n] = floatRows[j];
                        s.floatTapWeights[n] = (float) wt;
                    } else {
                        s.tapRows[n] = rows == null ? s.zeros : rows[j];
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

    /**
     * The image rows of output row y that lie inside the image, per channel and kernel row: their
     * window sums Σx into {@code s.tapRows} (or {@code s.floatSumRows}) and Σx² into {@code
     * s.sumRows} (or {@code s.floatSumSqRows}, none for an image of 0s and 1s); returns how many.
     */
    final int windowSumRows(int y, Scratch s) {
        int m = 0;
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < g.kernelHeight(); i++) {
                int r = g.inputRow(y, i);
                if (r < 0 || r >= inHeight) {
                    continue;
                }
                if (s.floats) {
                    s.floatSumRows[m] = s.shifted.floatSum(c, r);
                    s.floatSumSqRows[m] = s.binary ? null : s.shifted.floatSumSq(c, r);
                } else {
                    s.tapRows[m] = s.shifted.sum(c, r);
                    s.sumRows[m] = s.shifted.sumSq(c, r);
                }
                m++;
            }
        }
        return m;
    }

    // ---- single cells, for incremental updates ----

    /**
     * Per tap, in summing order (channel, kernel row, kernel column), where its pixel lies from a
     * window's top-left corner: i·d rows and j·d columns down and across in channel c, whose rows
     * start at row c·H of the planar image. Every cell sum (raw and zero-mean, SSD, NCC's window
     * sums and whole-number form) then walks its window as one loop over taps, in the order of the
     * rows' sums, instead of a copy each of the channel, row and column loops.
     */
    record WindowTaps(int[] dy, int[] dx, int[] plane) {}

    /**
     * Built on the first cell only: a full recompute never needs it. Immutable, so a race is
     * harmless.
     */
    private WindowTaps windowTaps;

    final WindowTaps windowTaps() {
        WindowTaps t = windowTaps;
        if (t == null) {
            int n = (int) g.tapsPerCell();
            int[] dy = new int[n];
            int[] dx = new int[n];
            int[] plane = new int[n];
            int kh = g.kernelHeight();
            int kw = g.kernelWidth();
            for (int k = 0; k < n; k++) {
                dy[k] = (k / kw % kh) * g.dilation();
                dx[k] = (k % kw) * g.dilation();
                plane[k] = k / (kh * kw) * inHeight;
            }
            t = new WindowTaps(dy, dx, plane);
            windowTaps = t;
        }
        return t;
    }

    /** Where in the image tap k of cell (y, x) reads, or −1 where it falls in the padding. */
    final int pixel(int k, int y, int x) {
        WindowTaps taps = windowTaps();
        int r = g.inputRow(y, 0) + taps.dy()[k];
        int col = g.inputCol(x, 0) + taps.dx()[k];
        if (r < 0 || r >= inHeight || col < 0 || col >= inWidth) {
            return -1;
        }
        return (taps.plane()[k] + r) * inWidth + col;
    }

    /** Σ w·x (+ b) over the window of cell (y, x), padding and zero weights skipped. */
    final double correlateCell(double[] src, int y, int x, double[] wts, double b) {
        double a = 0.0;
        for (int k = 0; k < wts.length; k++) {
            int p = pixel(k, y, x);
            if (wts[k] != 0 && p >= 0) {
                a += wts[k] * src[p];
            }
        }
        if (b != 0) {
            a += b;
        }
        return a;
    }

    /** Σ|v|: with the largest pixel, a bound on every partial sum of products in any order. */
    static double absSum(double[] weights) {
        double total = 0;
        for (double v : weights) {
            total += Math.abs(v);
        }
        return total;
    }

    /**
     * The weights minus their mean, as zero-mean and NCC multiply by them (and as an overflow
     * message must name them, to the bit).
     */
    public static double[] centred(double[] w) {
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
