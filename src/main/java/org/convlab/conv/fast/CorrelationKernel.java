package org.convlab.conv.fast;

import java.util.Arrays;

/** Raw and zero-mean matching: Σ w·x plus the bias, with the raw or the centred weights. */
final class CorrelationKernel extends Kernel {
    private final double bias;

    CorrelationKernel(Layout g, Matching matching, double[] w, double bias, boolean relu) {
        super(g, matching, w, relu);
        this.bias = bias;
    }

    /**
     * Every weight and pixel a whole number and {@code max|x| · Σ|w| ≤ 2^24}, so that every product
     * and partial sum, in any order, is a whole number a float holds exactly, and so is the double
     * path's; the result is widened to double before the bias.
     */
    @Override
    boolean exactInFloat(ImageFacts facts) {
        if (facts.floats() == null) {
            return false;
        }
        for (double v : w) {
            if (v != Math.rint(v)) {
                return false;
            }
        }
        return facts.maxAbs() * absSum(w) <= ImageFacts.FLOAT_EXACT;
    }

    @Override
    boolean floatRowsExact(ImageFacts facts) {
        return bias == Math.rint(bias)
                && Math.abs(bias) + facts.maxAbs() * absSum(w) <= ImageFacts.FLOAT_EXACT;
    }

    @Override
    void row(int y, double[] out, Scratch s) {
        if (s.floats) {
            correlateRowInFloat(y, out, s);
        } else {
            correlateRow(y, w, bias, out, s);
        }
    }

    /**
     * Row y on the float path, kept as floats: the taps summed straight into the new row, then the
     * bias (a whole number, so exact) and the activation (0 or the value itself).
     */
    @Override
    float[] floatRow(int y, Scratch s) {
        float[] row = new float[g.outWidth()];
        FusedTaps.accumulate(
                row,
                row.length,
                s.floatTapRows,
                s.tapOffsets,
                s.floatTapWeights,
                taps(y, w, s, false));
        if (bias != 0) {
            float b = (float) bias;
            for (int x = 0; x < row.length; x++) {
                row[x] += b;
            }
        }
        if (activates()) {
            for (int x = 0; x < row.length; x++) {
                row[x] = (float) activate(row[x]);
            }
        }
        return row;
    }

    private void correlateRowInFloat(int y, double[] out, Scratch s) {
        float[] acc = s.floatRow;
        Arrays.fill(acc, 0f);
        FusedTaps.accumulate(
                acc,
                out.length,
                s.floatTapRows,
                s.tapOffsets,
                s.floatTapWeights,
                taps(y, w, s, false));
        for (int x = 0; x < out.length; x++) {
            out[x] = acc[x];
        }
        if (bias != 0) {
            for (int x = 0; x < out.length; x++) {
                out[x] += bias;
            }
        }
    }

    @Override
    double value(double[] src, int y, int x) {
        return correlateCell(src, y, x, w, bias);
    }
}
