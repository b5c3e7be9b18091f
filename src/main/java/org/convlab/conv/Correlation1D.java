package org.convlab.conv;

/**
 * One-dimensional correlation for the translation lesson: the same modes, paddings and semantics as
 * {@link Correlation2D}, on a 1×N signal and a 1×K kernel (no bias, stride 1, dilation 1).
 */
public final class Correlation1D {
    private Correlation1D() {}

    /** {@code signal ⋆ kernel} in the given mode and padding. */
    public static double[] correlate(
            double[] signal, double[] kernel, MatchMode mode, Padding padding) {
        if (signal.length == 0) {
            throw new IllegalArgumentException("the signal is empty");
        }
        if (kernel.length == 0) {
            throw new IllegalArgumentException("the kernel is empty");
        }
        Image in = Image.of(1, signal.length, 1, signal);
        Filter k = Filter.of(1, kernel.length, 1, kernel, 0);
        int[] pad = padding.amounts(signal.length, kernel.length, 1, 1);
        long out = Geometry.outSize(signal.length, pad[0], pad[1], kernel.length, 1, 1);
        if (out < 1) {
            throw new IllegalArgumentException(
                    "the kernel ("
                            + kernel.length
                            + ") is longer than the padded signal ("
                            + (signal.length + pad[0] + pad[1])
                            + "), so the output would be empty");
        }
        WorkCost.check1d(signal.length, kernel.length, out);
        Geometry g =
                new Geometry(
                        1,
                        signal.length,
                        1,
                        kernel.length,
                        1,
                        1,
                        0,
                        0,
                        pad[0],
                        pad[1],
                        1,
                        (int) out);
        double[] result = Correlation2D.compute(in, k, g, mode, Activation.NONE).toArray();
        Overflow.check1d(signal, kernel, pad[0], result, mode);
        return result;
    }

    /**
     * Zeros before the signal on the left for the given padding: output index i reads input i −
     * this.
     */
    public static int padBefore(int signalLength, int kernelLength, Padding padding) {
        return padding.amounts(signalLength, kernelLength, 1, 1)[0];
    }

    /**
     * The signal moved by k places (k > 0 moves right). Zero-fill drops what leaves and fills with
     * 0; circular wraps it around.
     */
    public static double[] shift(double[] signal, int k, boolean circular) {
        int n = signal.length;
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            int src = i - k;
            if (circular) {
                src = Math.floorMod(src, n);
                r[i] = signal[src];
            } else if (src >= 0 && src < n) {
                r[i] = signal[src];
            }
        }
        return r;
    }

    /** Index of the first maximum. */
    public static int argmax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
