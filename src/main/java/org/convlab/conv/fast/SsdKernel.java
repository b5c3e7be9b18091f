package org.convlab.conv.fast;

/** SSD matching: −Σ (x − w)², padding zeros included, always in double (it has no float path). */
final class SsdKernel extends Kernel {
    SsdKernel(Layout g, double[] w, boolean relu) {
        super(g, Matching.SSD, w, relu);
    }

    @Override
    boolean exactInFloat(ImageFacts facts) {
        return false;
    }

    @Override
    void row(int y, double[] out, Scratch s) {
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

    @Override
    double value(double[] src, int y, int x) {
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
}
