package org.convlab.conv.fast;

/**
 * NCC for a window of whole numbers and a kernel of whole numbers, from exact integer sums: {@code
 * r = S / √(X·W)} with {@code S = n·Σwx − Σw·Σx}, {@code X = n·Σx² − (Σx)²} and {@code W = n·Σw² −
 * (Σw)²} over the n taps (padding counts as 0). This is Pearson's r with both numerator and
 * denominator multiplied by n, so nothing is rounded until the square root: the value is within a
 * few ulps of the true coefficient, where centring the weights first rounds every tap. Every sum is
 * exact in any order, so a fast path may add them however it likes and still agree to the bit with
 * one cell computed alone, and a window is flat exactly when X = 0.
 *
 * <p>The rule is per cell: a cell uses this form when the kernel qualifies and every pixel its
 * window reads is a whole number of magnitude at most {@link #PIXEL_BOUND}; otherwise the centred
 * form. So a cell's value depends on its window alone, and shifting an image shifts the map
 * exactly.
 */
public final class WholeNumberNcc {
    /** 2^16: whole-number pixels up to this magnitude (8- and 16-bit images) qualify. */
    public static final double PIXEL_BOUND = 65_536;

    /** 2^53: doubles hold every whole number up to this magnitude. */
    private static final double DOUBLE_EXACT = 9_007_199_254_740_992.0;

    private WholeNumberNcc() {}

    /** Whether pixel value v qualifies. */
    public static boolean wholePixel(double v) {
        return v == Math.rint(v) && Math.abs(v) <= PIXEL_BOUND;
    }

    /**
     * Whether a kernel qualifies: whole-number weights, and small enough that S, X and W stay exact
     * in double for any window of qualifying pixels.
     */
    public static boolean wholeKernel(double[] w) {
        double n = w.length;
        double abs = 0;
        double sq = 0;
        for (double v : w) {
            if (v != Math.rint(v)) {
                return false;
            }
            abs += Math.abs(v);
            sq += v * v;
        }
        return 2 * n * PIXEL_BOUND * abs <= DOUBLE_EXACT
                && n * n * PIXEL_BOUND * PIXEL_BOUND <= DOUBLE_EXACT
                && n * sq <= DOUBLE_EXACT;
    }

    /**
     * {@code W = n·Σw² − (Σw)²}, exact for a qualifying kernel; 0 exactly when all weights are
     * equal.
     */
    public static double kernelSpread(double[] w) {
        double sum = 0;
        double sq = 0;
        for (double v : w) {
            sum += v;
            sq += v * v;
        }
        return w.length * sq - sum * sum;
    }

    /** Σw, exact for a qualifying kernel. */
    public static double kernelSum(double[] w) {
        double sum = 0;
        for (double v : w) {
            sum += v;
        }
        return sum;
    }

    /**
     * The coefficient from the exact {@code S} and {@code X} and the kernel's {@code W}: 0 for a
     * flat window or kernel, else clamped to [−1, 1] against the last rounding.
     */
    public static double coefficient(double s, double x, double w) {
        return x == 0 || w == 0 ? 0 : clampUnit(s / Math.sqrt(x * w));
    }

    /** {@code max(−1, min(1, r))}, NaN and −0 kept as Math.min/max keep them. */
    public static double clampUnit(double r) {
        return r > 1 ? 1 : r < -1 ? -1 : r;
    }

    /**
     * {@link #clampUnit} as Math.max and Math.min, the same value for every input (NaN and −0
     * included), in the form the JIT vectorizes in a loop over a row.
     */
    public static double clampUnitBranchFree(double r) {
        return Math.max(-1.0, Math.min(1.0, r));
    }
}
