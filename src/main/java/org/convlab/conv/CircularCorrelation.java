package org.convlab.conv;

/**
 * Correlation of a signal treated as a ring: the padding repeats the signal from the other end
 * instead of adding zeros. One output per signal position, centred like {@code same} padding
 * (output i reads the window starting at i − ⌊(K−1)/2⌋). A circular shift of the input rotates this
 * output by exactly the same amount, with no border to break it. Images wrap the same way on both
 * axes (a torus).
 */
public final class CircularCorrelation {
    private CircularCorrelation() {}

    /** Cells before output i's centre: output i reads the ring from i − this on. */
    public static int before(int kernelLength) {
        return (kernelLength - 1) / 2;
    }

    /**
     * The ring-padded signal: {@code n + K − 1} cells, cell t holding {@code signal[(t − before)
     * mod n]}.
     */
    public static double[] wrapped(double[] signal, int kernelLength) {
        int n = signal.length;
        int b = before(kernelLength);
        double[] ext = new double[n + kernelLength - 1];
        for (int t = 0; t < ext.length; t++) {
            ext[t] = signal[Math.floorMod(t - b, n)];
        }
        return ext;
    }

    /** The circular correlation in the given mode: {@code n} outputs. */
    public static double[] correlate(double[] signal, double[] kernel, MatchMode mode) {
        if (signal.length == 0) {
            throw new IllegalArgumentException("the signal is empty");
        }
        if (kernel.length == 0) {
            throw new IllegalArgumentException("the kernel is empty");
        }
        // The valid correlation of the ring-padded signal has exactly n windows, and each reads the
        // same cells in the same order as its rotated counterpart, so rotations agree bit for bit.
        return Correlation1D.correlate(wrapped(signal, kernel.length), kernel, mode, Padding.VALID);
    }

    /**
     * The image treated as a torus, ring-padded by the filter on both axes: {@code (H + KH − 1) ×
     * (W + KW − 1)}, cell (t, u) holding {@code in[(t − before(KH)) mod H][(u − before(KW)) mod W]}
     * in every channel.
     */
    public static Image wrapped(Image in, int kernelHeight, int kernelWidth) {
        int h = in.height();
        int w = in.width();
        int eh = h + kernelHeight - 1;
        int ew = w + kernelWidth - 1;
        int bh = before(kernelHeight);
        int bw = before(kernelWidth);
        double[] ext = new double[in.channels() * eh * ew];
        for (int c = 0; c < in.channels(); c++) {
            for (int t = 0; t < eh; t++) {
                for (int u = 0; u < ew; u++) {
                    ext[(c * eh + t) * ew + u] =
                            in.get(c, Math.floorMod(t - bh, h), Math.floorMod(u - bw, w));
                }
            }
        }
        return Image.of(eh, ew, in.channels(), ext);
    }

    /**
     * The 2D circular correlation (no flip, stride 1, no activation): an H × W map, output (y, x)
     * reading the torus from (y − ⌊(KH−1)/2⌋, x − ⌊(KW−1)/2⌋). A circular shift of the image moves
     * this map by exactly the same cells, bit for bit, for the reason given in {@link
     * #correlate(double[], double[], MatchMode)}.
     */
    public static double[][] correlate(Image in, Filter filter, MatchMode mode) {
        if (filter.height() > in.height() || filter.width() > in.width()) {
            throw new IllegalArgumentException(
                    "the filter ("
                            + filter.height()
                            + "×"
                            + filter.width()
                            + ") is larger than the image ("
                            + in.height()
                            + "×"
                            + in.width()
                            + ") it wraps around");
        }
        Image ring = wrapped(in, filter.height(), filter.width());
        return Correlation2D.compute(ring, filter, ConvSettings.DEFAULT, mode, Activation.NONE)
                .toRows();
    }
}
