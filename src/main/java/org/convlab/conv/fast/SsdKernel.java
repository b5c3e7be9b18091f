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
        int n = taps(y, w, s, true);
        FusedTaps.subtractSquaredDifferences(
                out, out.length, s.tapRows, s.tapOffsets, s.tapWeights, n);
        for (int x = 0; x < out.length; x++) {
            out[x] += 0.0; // turns −0 into 0 so an exact copy prints as 0
        }
    }

    @Override
    double value(double[] src, int y, int x) {
        double a = 0.0;
        for (int k = 0; k < w.length; k++) {
            int p = pixel(k, y, x);
            double diff = (p >= 0 ? src[p] : 0.0) - w[k];
            a -= diff * diff;
        }
        return a + 0.0;
    }
}
