package org.convlab.lessons.learn;

import java.util.List;
import org.convlab.conv.Activation;
import org.convlab.conv.CombinedMap;
import org.convlab.conv.DetectorTerm;
import org.convlab.conv.Geometry;
import org.convlab.conv.ResponseMap;

/**
 * The backward pass of the detector, one example at a time. The error of D is passed back to each
 * response map (times the filter's gain, moved by its offset, zero where ReLU was off), and the
 * gradient of the kernel is then a correlation of the input with that error map: tap (c, i, j)
 * collects {@code Σ_y Σ_x E[y][x] · in[c][y·s + i·d − padTop][x·s + j·d − padLeft]}, the very
 * windows the forward pass read.
 */
final class Backward {
    private Backward() {}

    /**
     * The error map of term k in its response map's frame (row-major): {@code g_k · ∂L/∂D} at the
     * cells D reads, times ReLU's derivative (1 where the response is positive, else 0).
     */
    static double[] errorMap(CombinedMap combined, int k, double[] errorD, Activation act) {
        DetectorTerm t = combined.terms().get(k);
        ResponseMap m = t.map();
        int ow = m.width();
        double[] e = new double[m.height() * ow];
        int w = combined.width();
        for (int y = 0; y < combined.height(); y++) {
            // D's local cell (y, x) reads response cell (top + y + dy, left + x + dx).
            int my = combined.top() + y + t.dy();
            int mx0 = combined.left() + t.dx();
            for (int x = 0; x < w; x++) {
                e[my * ow + mx0 + x] = t.gain() * errorD[y * w + x];
            }
        }
        if (act == Activation.RELU) {
            for (int y = 0; y < m.height(); y++) {
                for (int x = 0; x < ow; x++) {
                    if (!(m.get(y, x) > 0)) {
                        e[y * ow + x] = 0;
                    }
                }
            }
        }
        return e;
    }

    /**
     * Adds the correlation of the input (planar {@code [c][y][x]}, {@code channels × inH × inW})
     * with error map {@code e} into {@code grad} (planar {@code [c][i][j]}, in the orientation the
     * sum reads the kernel) and returns the bias gradient, {@code Σ e}.
     */
    static double correlate(double[] in, int channels, Geometry g, double[] e, double[] grad) {
        int oh = g.outHeight();
        int ow = g.outWidth();
        int kh = g.kernelHeight();
        int kw = g.kernelWidth();
        int s = g.stride();
        int d = g.dilation();
        int inH = g.inHeight();
        int inW = g.inWidth();
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < kh; i++) {
                for (int j = 0; j < kw; j++) {
                    int col0 = j * d - g.padLeft();
                    // output columns whose input column x·s + col0 lies inside the image
                    int x0 = Math.max(0, Math.floorDiv(-col0 + s - 1, s));
                    int x1 = Math.min(ow, Math.floorDiv(inW - 1 - col0, s) + 1);
                    double sum = 0;
                    for (int y = 0; y < oh; y++) {
                        int r = g.inputRow(y, i);
                        if (r < 0 || r >= inH || x1 <= x0) {
                            continue;
                        }
                        sum += dot(e, y * ow, in, (c * inH + r) * inW + col0, s, x0, x1);
                    }
                    grad[(c * kh + i) * kw + j] += sum;
                }
            }
        }
        double bias = 0;
        for (double v : e) {
            bias += v;
        }
        return bias;
    }

    /** {@code Σ_{x0 ≤ x < x1} e[eRow + x] · in[inRow + x·s]}, four sums at a time. */
    private static double dot(double[] e, int eRow, double[] in, int inRow, int s, int x0, int x1) {
        double a0 = 0;
        double a1 = 0;
        double a2 = 0;
        double a3 = 0;
        int x = x0;
        if (s == 1) {
            for (; x + 3 < x1; x += 4) {
                a0 += e[eRow + x] * in[inRow + x];
                a1 += e[eRow + x + 1] * in[inRow + x + 1];
                a2 += e[eRow + x + 2] * in[inRow + x + 2];
                a3 += e[eRow + x + 3] * in[inRow + x + 3];
            }
        }
        for (; x < x1; x++) {
            a0 += e[eRow + x] * in[inRow + x * s];
        }
        return (a0 + a1) + (a2 + a3);
    }

    /** All error maps of one example, one per term. */
    static double[][] errorMaps(CombinedMap combined, double[] errorD, Activation act) {
        List<DetectorTerm> terms = combined.terms();
        double[][] maps = new double[terms.size()][];
        for (int k = 0; k < maps.length; k++) {
            maps[k] = errorMap(combined, k, errorD, act);
        }
        return maps;
    }
}
