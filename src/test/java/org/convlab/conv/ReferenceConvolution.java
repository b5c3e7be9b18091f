package org.convlab.conv;

/**
 * The pinned semantics of issue 2, written out as plainly as possible so that a reader can check it
 * against the issue line by line: one loop nest per output cell, no padded copy, no tricks. The
 * fast {@link Correlation2D} is tested against this; it reuses nothing from the core except the
 * value classes it reads.
 */
public final class ReferenceConvolution {
    private ReferenceConvolution() {}

    /** Padding and output size on one axis. */
    public record Axis(long padBefore, long padAfter, long out) {}

    /** A response map as the reference computes it, row-major. */
    public record Map(Axis vertical, Axis horizontal, double[] values) {
        int height() {
            return (int) vertical.out();
        }

        int width() {
            return (int) horizontal.out();
        }

        double get(int y, int x) {
            return values[y * width() + x];
        }
    }

    /**
     * valid: none; full: d·(K−1) each side; integer p: p each side; same: out = ceil(H/s), padTotal
     * = max((out−1)·s + d·(K−1) + 1 − H, 0), padBefore = floor(padTotal/2), the rest after. Output
     * = floor((H + before + after − d·(K−1) − 1) / s) + 1.
     */
    public static Axis axis(long size, long kernel, long stride, long dilation, Padding padding) {
        long before;
        long after;
        switch (padding.kind()) {
            case VALID -> {
                before = 0;
                after = 0;
            }
            case FULL -> {
                before = dilation * (kernel - 1);
                after = dilation * (kernel - 1);
            }
            case EXPLICIT -> {
                before = padding.amount();
                after = padding.amount();
            }
            default -> {
                long out = (size + stride - 1) / stride; // ceil(H/s) for positive numbers
                long total = Math.max((out - 1) * stride + dilation * (kernel - 1) + 1 - size, 0);
                before = total / 2;
                after = total - before;
            }
        }
        long out = Math.floorDiv(size + before + after - dilation * (kernel - 1) - 1, stride) + 1;
        return new Axis(before, after, out);
    }

    /** One filter's response: the pinned formula, mode and activation, cell by cell. */
    public static Map compute(
            Image in, Filter filter, ConvSettings s, MatchMode mode, Activation act) {
        int c = in.channels();
        int kh = filter.height();
        int kw = filter.width();
        Axis v = axis(in.height(), kh, s.stride(), s.dilation(), s.padding());
        Axis h = axis(in.width(), kw, s.stride(), s.dilation(), s.padding());
        int oh = (int) v.out();
        int ow = (int) h.out();
        int n = c * kh * kw;
        double[] out = new double[oh * ow];
        for (int y = 0; y < oh; y++) {
            for (int x = 0; x < ow; x++) {
                double[] window = new double[n];
                double[] kernel = new double[n];
                int t = 0;
                for (int ch = 0; ch < c; ch++) {
                    for (int i = 0; i < kh; i++) {
                        for (int j = 0; j < kw; j++) {
                            // in_padded[c][y·s + i·d][x·s + j·d], i.e. input row y·s + i·d −
                            // padBefore.
                            long row =
                                    (long) y * s.stride() + (long) i * s.dilation() - v.padBefore();
                            long col =
                                    (long) x * s.stride() + (long) j * s.dilation() - h.padBefore();
                            boolean inside =
                                    row >= 0 && row < in.height() && col >= 0 && col < in.width();
                            window[t] = inside ? in.get(ch, (int) row, (int) col) : 0;
                            kernel[t] =
                                    s.flip()
                                            ? filter.get(ch, kh - 1 - i, kw - 1 - j)
                                            : filter.get(ch, i, j);
                            t++;
                        }
                    }
                }
                out[y * ow + x] = act.apply(score(window, kernel, filter.bias(), mode));
            }
        }
        return new Map(v, h, out);
    }

    /** The score of one window against one kernel (same length, [c][i][j] order). */
    public static double score(double[] window, double[] kernel, double bias, MatchMode mode) {
        int n = window.length;
        switch (mode) {
            case RAW -> {
                double sum = 0;
                for (int t = 0; t < n; t++) {
                    sum += window[t] * kernel[t];
                }
                return bias + sum;
            }
            case ZERO_MEAN -> {
                double kernelMean = mean(kernel);
                double sum = 0;
                for (int t = 0; t < n; t++) {
                    sum += window[t] * (kernel[t] - kernelMean);
                }
                return bias + sum;
            }
            case NCC -> {
                if (allEqual(window) || allEqual(kernel)) {
                    return 0;
                }
                double xm = mean(window);
                double wm = mean(kernel);
                double num = 0;
                double xx = 0;
                double ww = 0;
                for (int t = 0; t < n; t++) {
                    num += (window[t] - xm) * (kernel[t] - wm);
                    xx += (window[t] - xm) * (window[t] - xm);
                    ww += (kernel[t] - wm) * (kernel[t] - wm);
                }
                return num / Math.sqrt(xx * ww);
            }
            default -> {
                double sum = 0;
                for (int t = 0; t < n; t++) {
                    sum += (window[t] - kernel[t]) * (window[t] - kernel[t]);
                }
                return -sum;
            }
        }
    }

    /** signal ⋆ kernel on one axis: stride 1, dilation 1, no bias. */
    public static double[] correlate1D(
            double[] signal, double[] kernel, MatchMode mode, Padding padding) {
        Axis a = axis(signal.length, kernel.length, 1, 1, padding);
        double[] out = new double[(int) a.out()];
        for (int x = 0; x < out.length; x++) {
            double[] window = new double[kernel.length];
            for (int j = 0; j < kernel.length; j++) {
                long idx = x + j - a.padBefore();
                window[j] = idx >= 0 && idx < signal.length ? signal[(int) idx] : 0;
            }
            out[x] = score(window, kernel, 0, mode);
        }
        return out;
    }

    /** A bound on the size of the numbers summed for one cell, to scale a rounding tolerance. */
    public static double magnitude(Image in, Filter f) {
        double maxIn = 0;
        for (double v : in.toArray()) {
            maxIn = Math.max(maxIn, Math.abs(v));
        }
        double maxW = 0;
        for (double v : f.toArray()) {
            maxW = Math.max(maxW, Math.abs(v));
        }
        double n = (double) f.height() * f.width() * f.channels();
        return Math.max(1, n * (maxIn + maxW) * (maxIn + maxW) + Math.abs(f.bias()));
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static boolean allEqual(double[] values) {
        for (double v : values) {
            if (v != values[0]) {
                return false;
            }
        }
        return true;
    }
}
