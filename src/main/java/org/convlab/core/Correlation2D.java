package org.convlab.core;

/**
 * Two-dimensional multi-channel cross-correlation (and true convolution with {@code flip}), in the
 * four matching modes, with zero padding, stride and dilation:
 * {@code out[y][x] = b + Σ_c Σ_i Σ_j in_padded[c][y·s + i·d][x·s + j·d] · w[c][i][j]}.
 */
public final class Correlation2D {
    private Correlation2D() {
    }

    /** Computes one filter's response map. */
    public static ResponseMap compute(Image in, Filter filter, ConvSettings s, MatchMode mode, Activation act) {
        if (filter.channels() != in.channels()) {
            throw new IllegalArgumentException("the filter has " + filter.channels() + " channel(s) but the image has " + in.channels());
        }
        Geometry g = Geometry.of(in.height(), in.width(), filter.height(), filter.width(), s);
        return compute(in, s.flip() ? filter.rotated180() : filter, g, mode, act);
    }

    /** Computes with a ready geometry and an already flipped (or not) kernel. */
    static ResponseMap compute(Image in, Filter k, Geometry g, MatchMode mode, Activation act) {
        double[] out;
        switch (mode) {
            case RAW:
                out = correlate(in, k.raw(), g, k.bias(), k.channels());
                break;
            case ZERO_MEAN:
                out = correlate(in, centred(k.raw()), g, k.bias(), k.channels());
                break;
            case NCC:
                out = ncc(in, k, g);
                break;
            case SSD:
            default:
                out = ssd(in, k, g);
                break;
        }
        if (act != Activation.NONE) {
            for (int i = 0; i < out.length; i++) {
                out[i] = act.apply(out[i]);
            }
        }
        return new ResponseMap(g, out);
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

    /**
     * The input copied into a zero border so the inner loops need no bounds tests. Each channel is
     * {@code (H + padTop + padBottom) × (W + padLeft + padRight)}.
     */
    static double[] padded(Image in, Geometry g) {
        int ph = in.height() + g.padTop() + g.padBottom();
        int pw = in.width() + g.padLeft() + g.padRight();
        double[] p = new double[in.channels() * ph * pw];
        double[] src = in.raw();
        for (int c = 0; c < in.channels(); c++) {
            for (int y = 0; y < in.height(); y++) {
                System.arraycopy(src, (c * in.height() + y) * in.width(), p, (c * ph + y + g.padTop()) * pw + g.padLeft(), in.width());
            }
        }
        return p;
    }

    /**
     * Plain correlation. One kernel tap is accumulated across a whole output row at a time, a loop
     * the JIT can vectorize when the stride is 1.
     */
    static double[] correlate(Image in, double[] w, Geometry g, double bias, int channels) {
        int oh = g.outHeight();
        int ow = g.outWidth();
        int ph = in.height() + g.padTop() + g.padBottom();
        int pw = in.width() + g.padLeft() + g.padRight();
        double[] p = padded(in, g);
        double[] out = new double[oh * ow];
        int kh = g.kernelHeight();
        int kw = g.kernelWidth();
        int s = g.stride();
        int d = g.dilation();
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < kh; i++) {
                for (int j = 0; j < kw; j++) {
                    double wt = w[(c * kh + i) * kw + j];
                    if (wt == 0) {
                        continue;
                    }
                    for (int y = 0; y < oh; y++) {
                        int rowBase = (c * ph + y * s + i * d) * pw + j * d;
                        int o = y * ow;
                        if (s == 1) {
                            for (int x = 0; x < ow; x++) {
                                out[o + x] += wt * p[rowBase + x];
                            }
                        } else {
                            for (int x = 0; x < ow; x++) {
                                out[o + x] += wt * p[rowBase + x * s];
                            }
                        }
                    }
                }
            }
        }
        if (bias != 0) {
            for (int i = 0; i < out.length; i++) {
                out[i] += bias;
            }
        }
        return out;
    }

    private static double[] ncc(Image in, Filter k, Geometry g) {
        double[] w = k.raw();
        int n = w.length;
        double[] wc = centred(w);
        double wss = 0;
        for (double v : wc) {
            wss += v * v;
        }
        // Σ(w−w̄)(x−x̄) = Σ(w−w̄)·x, so the numerator is a zero-mean correlation.
        double[] num = correlate(in, wc, g, 0, k.channels());
        double[] sum = windowSums(in, g, false);
        double[] sumSq = windowSums(in, g, true);
        double[] out = new double[num.length];
        if (isFlat(w)) {
            // tested on the weights themselves: the centred copy of nine 0.1s is not exactly zero
            return out;
        }
        for (int i = 0; i < out.length; i++) {
            double xss = sumSq[i] - sum[i] * sum[i] / n;
            // relative only, so that NCC does not change with the image's units
            if (xss <= 1e-12 * sumSq[i]) {
                out[i] = 0;
            } else {
                double r = num[i] / Math.sqrt(xss * wss);
                out[i] = Math.max(-1, Math.min(1, r));
            }
        }
        return out;
    }

    private static boolean isFlat(double[] w) {
        for (double v : w) {
            if (v != w[0]) {
                return false;
            }
        }
        return true;
    }

    /** Accumulated term by term, so an exact copy of the template scores exactly 0. */
    private static double[] ssd(Image in, Filter k, Geometry g) {
        double[] w = k.raw();
        int oh = g.outHeight();
        int ow = g.outWidth();
        int ph = in.height() + g.padTop() + g.padBottom();
        int pw = in.width() + g.padLeft() + g.padRight();
        double[] p = padded(in, g);
        double[] out = new double[oh * ow];
        int kh = g.kernelHeight();
        int kw = g.kernelWidth();
        int s = g.stride();
        int d = g.dilation();
        for (int c = 0; c < k.channels(); c++) {
            for (int i = 0; i < kh; i++) {
                for (int j = 0; j < kw; j++) {
                    double wt = w[(c * kh + i) * kw + j];
                    for (int y = 0; y < oh; y++) {
                        int rowBase = (c * ph + y * s + i * d) * pw + j * d;
                        int o = y * ow;
                        for (int x = 0; x < ow; x++) {
                            double diff = p[rowBase + x * s] - wt;
                            out[o + x] -= diff * diff;
                        }
                    }
                }
            }
        }
        for (int i = 0; i < out.length; i++) {
            out[i] += 0.0; // turns −0 into 0 so an exact copy prints as 0
        }
        return out;
    }

    /** Σ x (or Σ x²) over each output cell's whole C×KH×KW window, padding zeros included. */
    static double[] windowSums(Image in, Geometry g, boolean squared) {
        double[] ones = new double[in.channels() * g.kernelHeight() * g.kernelWidth()];
        java.util.Arrays.fill(ones, 1);
        Image src = in;
        if (squared) {
            double[] sq = in.raw().clone();
            for (int i = 0; i < sq.length; i++) {
                sq[i] *= sq[i];
            }
            src = Image.of(in.height(), in.width(), in.channels(), sq);
        }
        return correlate(src, ones, g, 0, in.channels());
    }
}
