package org.convlab.conv;

/**
 * Correlation of a signal treated as a ring: the padding repeats the signal from the other end
 * instead of adding zeros. One output per signal position, centred like {@code same} padding
 * (output i reads the window starting at i − ⌊(K−1)/2⌋). A circular shift of the input rotates this
 * output by exactly the same amount, with no border to break it.
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
}
