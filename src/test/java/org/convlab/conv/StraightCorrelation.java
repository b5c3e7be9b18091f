package org.convlab.conv;

import org.convlab.conv.fast.WholeNumberNcc;

/**
 * The definition of each matching mode written the obvious way, one output cell at a time with
 * every tap read through {@link Image#getOrZero}, as the yardstick the fast core must match. Each
 * cell is summed over channel, kernel row, kernel column in that order. NCC takes the whole-number
 * form ({@link WholeNumberNcc}) where the kernel and the window are whole numbers, else the centred
 * form.
 */
final class StraightCorrelation {
    private StraightCorrelation() {}

    static double[] compute(
            Image in, Filter filter, ConvSettings s, MatchMode mode, Activation act) {
        Filter k = s.flip() ? filter.rotated180() : filter;
        Geometry g = Geometry.of(in.height(), in.width(), k.height(), k.width(), s);
        double[] w = k.toArray();
        int n = w.length;
        double mean = 0;
        for (double v : w) {
            mean += v;
        }
        mean /= n;
        double[] wc = new double[n];
        double wss = 0;
        for (int t = 0; t < n; t++) {
            wc[t] = w[t] - mean;
            wss += wc[t] * wc[t];
        }
        boolean wholeKernel = WholeNumberNcc.wholeKernel(w);
        double wSum = 0;
        double wSq = 0;
        for (double v : w) {
            wSum += v;
            wSq += v * v;
        }
        double wSpread = n * wSq - wSum * wSum;
        boolean flat = true;
        for (double v : w) {
            flat &= v == w[0];
        }
        double[] out = new double[g.outHeight() * g.outWidth()];
        for (int y = 0; y < g.outHeight(); y++) {
            for (int x = 0; x < g.outWidth(); x++) {
                double dot = 0.0;
                double centred = 0.0;
                double sum = 0.0;
                double sumSq = 0.0;
                double ssd = 0.0;
                boolean wholeWindow = true;
                for (int c = 0; c < k.channels(); c++) {
                    for (int i = 0; i < k.height(); i++) {
                        for (int j = 0; j < k.width(); j++) {
                            int t = (c * k.height() + i) * k.width() + j;
                            double v = in.getOrZero(c, g.inputRow(y, i), g.inputCol(x, j));
                            wholeWindow &=
                                    v == Math.rint(v) && Math.abs(v) <= WholeNumberNcc.PIXEL_BOUND;
                            dot += w[t] * v;
                            centred += wc[t] * v;
                            sum += v;
                            sumSq += v * v;
                            double diff = v - w[t];
                            ssd -= diff * diff;
                        }
                    }
                }
                double r;
                switch (mode) {
                    case RAW:
                        r = dot + k.bias();
                        break;
                    case ZERO_MEAN:
                        r = centred + k.bias();
                        break;
                    case SSD:
                        r = ssd + 0.0;
                        break;
                    case NCC:
                    default:
                        if (wholeKernel && wholeWindow) {
                            // Pearson's r times n/n: every sum below is a whole number, exact.
                            double s1 = n * dot - wSum * sum;
                            double xs = n * sumSq - sum * sum;
                            r =
                                    xs == 0 || wSpread == 0
                                            ? 0
                                            : Math.max(
                                                    -1, Math.min(1, s1 / Math.sqrt(xs * wSpread)));
                            break;
                        }
                        double xss = sumSq - sum * sum / n;
                        r =
                                flat || xss <= 1e-12 * sumSq
                                        ? 0
                                        : Math.max(-1, Math.min(1, centred / Math.sqrt(xss * wss)));
                        break;
                }
                out[y * g.outWidth() + x] = act.apply(r);
            }
        }
        return out;
    }
}
