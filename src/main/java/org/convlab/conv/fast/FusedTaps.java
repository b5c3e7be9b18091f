package org.convlab.conv.fast;

import java.util.Arrays;

/**
 * The inner loops of the correlation: a run of up to five kernel taps applied to one output row in
 * a single pass, {@code out[x] += w_0·r_0[x] + w_1·r_1[x] + …} added one tap after another (so
 * every cell sees its taps in the same order as a tap-at-a-time loop, bit for bit), with the
 * partial sum kept in a register. Every array is indexed by x alone (see {@code ShiftedRows}) so
 * that the JIT vectorizes the loop; it is written out per run length because the JIT does not
 * vectorize an inner loop over taps.
 */
public final class FusedTaps {

    private FusedTaps() {}

    /**
     * {@code out[x] += Σ_t w[t]·rows[t][offsets[t] + x]}: {@link VectorTaps} where there are
     * offsets (rows laid out for it by {@code ShiftedRows}), else the loops below (null offsets,
     * shifted copies).
     */
    public static void accumulate(
            double[] out, int n, double[][] rows, int[] offsets, double[] w, int count) {
        if (offsets != null) {
            VectorTaps.accumulate(out, n, rows, offsets, w, count);
        } else {
            accumulate(out, n, rows, w, count);
        }
    }

    /**
     * {@link #subtractSquaredDifferences(double[], int, double[][], double[], int)} read at
     * offsets, as above.
     */
    public static void subtractSquaredDifferences(
            double[] out, int n, double[][] rows, int[] offsets, double[] w, int count) {
        if (offsets != null) {
            VectorTaps.subtractSquaredDifferences(out, n, rows, offsets, w, count);
        } else {
            subtractSquaredDifferences(out, n, rows, w, count);
        }
    }

    /** The float form of {@link #accumulate(double[], int, double[][], int[], double[], int)}. */
    public static void accumulate(
            float[] out, int n, float[][] rows, int[] offsets, float[] w, int count) {
        if (offsets != null) {
            VectorTaps.accumulate(out, n, rows, offsets, w, count);
        } else {
            accumulate(out, n, rows, w, count);
        }
    }

    /** {@code out[x] += Σ_t w[t]·rows[t][x]} for x in [0, n), taps t in [0, count) in order. */
    public static void accumulate(double[] out, int n, double[][] rows, double[] w, int count) {
        accumulate(out, n, rows, w, 0, count);
    }

    /** The same for taps [from, count). */
    private static void accumulate(
            double[] out, int n, double[][] rows, double[] w, int from, int count) {
        int passes = TapRuns.passes(count - from);
        int t = from;
        for (int p = 0; p < passes; p++) {
            int m = TapRuns.nextRun(count - t, passes - p);
            switch (m) {
                case 1:
                    add1(out, n, rows[t + 0], w[t + 0]);
                    break;
                case 2:
                    add2(out, n, rows[t + 0], rows[t + 1], w[t + 0], w[t + 1]);
                    break;
                case 3:
                    add3(
                            out,
                            n,
                            rows[t + 0],
                            rows[t + 1],
                            rows[t + 2],
                            w[t + 0],
                            w[t + 1],
                            w[t + 2]);
                    break;
                case 4:
                    add4(
                            out,
                            n,
                            rows[t + 0],
                            rows[t + 1],
                            rows[t + 2],
                            rows[t + 3],
                            w[t + 0],
                            w[t + 1],
                            w[t + 2],
                            w[t + 3]);
                    break;
                case 5:
                    add5(
                            out,
                            n,
                            rows[t + 0],
                            rows[t + 1],
                            rows[t + 2],
                            rows[t + 3],
                            rows[t + 4],
                            w[t + 0],
                            w[t + 1],
                            w[t + 2],
                            w[t + 3],
                            w[t + 4]);
                    break;
                default:
                    throw new AssertionError(m);
            }
            t += m;
        }
    }

    /**
     * {@code out[x] = Σ_t rows[t][x]} for x in [0, n), rows t in [0, count) added in order to +0:
     * the bits of filling {@code out} with zeros and accumulating with weights 1 (as 1·v is v),
     * without the pass that fills and without the multiplications. NCC's window sums.
     */
    public static void sumRows(double[] out, int n, double[][] rows, double[] ones, int count) {
        if (count == 0) {
            Arrays.fill(out, 0, n, 0.0);
            return;
        }
        int m = TapRuns.nextRun(count, TapRuns.passes(count));
        switch (m) {
            case 1:
                total1(out, n, rows[0]);
                break;
            case 2:
                total2(out, n, rows[0], rows[1]);
                break;
            case 3:
                total3(out, n, rows[0], rows[1], rows[2]);
                break;
            case 4:
                total4(out, n, rows[0], rows[1], rows[2], rows[3]);
                break;
            case 5:
                total5(out, n, rows[0], rows[1], rows[2], rows[3], rows[4]);
                break;
            default:
                throw new AssertionError(m);
        }
        accumulate(out, n, rows, ones, m, count);
    }

    private static void total1(double[] out, int n, double[] r0) {
        for (int x = 0; x < n; x++) {
            double a = 0.0;
            a += r0[x];
            out[x] = a;
        }
    }

    private static void total2(double[] out, int n, double[] r0, double[] r1) {
        for (int x = 0; x < n; x++) {
            double a = 0.0;
            a += r0[x];
            a += r1[x];
            out[x] = a;
        }
    }

    private static void total3(double[] out, int n, double[] r0, double[] r1, double[] r2) {
        for (int x = 0; x < n; x++) {
            double a = 0.0;
            a += r0[x];
            a += r1[x];
            a += r2[x];
            out[x] = a;
        }
    }

    private static void total4(
            double[] out, int n, double[] r0, double[] r1, double[] r2, double[] r3) {
        for (int x = 0; x < n; x++) {
            double a = 0.0;
            a += r0[x];
            a += r1[x];
            a += r2[x];
            a += r3[x];
            out[x] = a;
        }
    }

    private static void total5(
            double[] out, int n, double[] r0, double[] r1, double[] r2, double[] r3, double[] r4) {
        for (int x = 0; x < n; x++) {
            double a = 0.0;
            a += r0[x];
            a += r1[x];
            a += r2[x];
            a += r3[x];
            a += r4[x];
            out[x] = a;
        }
    }

    /**
     * {@code out[x] −= Σ_t (rows[t][x] − w[t])²} for x in [0, n), taps t in [0, count) in order:
     * the sum of squared differences, term by term.
     */
    public static void subtractSquaredDifferences(
            double[] out, int n, double[][] rows, double[] w, int count) {
        int passes = TapRuns.passes(count);
        int t = 0;
        for (int p = 0; p < passes; p++) {
            int m = TapRuns.nextRun(count - t, passes - p);
            switch (m) {
                case 1:
                    ssd1(out, n, rows[t + 0], w[t + 0]);
                    break;
                case 2:
                    ssd2(out, n, rows[t + 0], rows[t + 1], w[t + 0], w[t + 1]);
                    break;
                case 3:
                    ssd3(
                            out,
                            n,
                            rows[t + 0],
                            rows[t + 1],
                            rows[t + 2],
                            w[t + 0],
                            w[t + 1],
                            w[t + 2]);
                    break;
                case 4:
                    ssd4(
                            out,
                            n,
                            rows[t + 0],
                            rows[t + 1],
                            rows[t + 2],
                            rows[t + 3],
                            w[t + 0],
                            w[t + 1],
                            w[t + 2],
                            w[t + 3]);
                    break;
                case 5:
                    ssd5(
                            out,
                            n,
                            rows[t + 0],
                            rows[t + 1],
                            rows[t + 2],
                            rows[t + 3],
                            rows[t + 4],
                            w[t + 0],
                            w[t + 1],
                            w[t + 2],
                            w[t + 3],
                            w[t + 4]);
                    break;
                default:
                    throw new AssertionError(m);
            }
            t += m;
        }
    }

    private static void add1(double[] out, int n, double[] r0, double w0) {
        for (int x = 0; x < n; x++) {
            double a = out[x];
            a += w0 * r0[x];
            out[x] = a;
        }
    }

    private static void add2(double[] out, int n, double[] r0, double[] r1, double w0, double w1) {
        for (int x = 0; x < n; x++) {
            double a = out[x];
            a += w0 * r0[x];
            a += w1 * r1[x];
            out[x] = a;
        }
    }

    private static void add3(
            double[] out,
            int n,
            double[] r0,
            double[] r1,
            double[] r2,
            double w0,
            double w1,
            double w2) {
        for (int x = 0; x < n; x++) {
            double a = out[x];
            a += w0 * r0[x];
            a += w1 * r1[x];
            a += w2 * r2[x];
            out[x] = a;
        }
    }

    private static void add4(
            double[] out,
            int n,
            double[] r0,
            double[] r1,
            double[] r2,
            double[] r3,
            double w0,
            double w1,
            double w2,
            double w3) {
        for (int x = 0; x < n; x++) {
            double a = out[x];
            a += w0 * r0[x];
            a += w1 * r1[x];
            a += w2 * r2[x];
            a += w3 * r3[x];
            out[x] = a;
        }
    }

    private static void add5(
            double[] out,
            int n,
            double[] r0,
            double[] r1,
            double[] r2,
            double[] r3,
            double[] r4,
            double w0,
            double w1,
            double w2,
            double w3,
            double w4) {
        for (int x = 0; x < n; x++) {
            double a = out[x];
            a += w0 * r0[x];
            a += w1 * r1[x];
            a += w2 * r2[x];
            a += w3 * r3[x];
            a += w4 * r4[x];
            out[x] = a;
        }
    }

    private static void ssd1(double[] out, int n, double[] r0, double w0) {
        for (int x = 0; x < n; x++) {
            double a = out[x];
            double d0 = r0[x] - w0;
            a -= d0 * d0;
            out[x] = a;
        }
    }

    private static void ssd2(double[] out, int n, double[] r0, double[] r1, double w0, double w1) {
        for (int x = 0; x < n; x++) {
            double a = out[x];
            double d0 = r0[x] - w0;
            a -= d0 * d0;
            double d1 = r1[x] - w1;
            a -= d1 * d1;
            out[x] = a;
        }
    }

    private static void ssd3(
            double[] out,
            int n,
            double[] r0,
            double[] r1,
            double[] r2,
            double w0,
            double w1,
            double w2) {
        for (int x = 0; x < n; x++) {
            double a = out[x];
            double d0 = r0[x] - w0;
            a -= d0 * d0;
            double d1 = r1[x] - w1;
            a -= d1 * d1;
            double d2 = r2[x] - w2;
            a -= d2 * d2;
            out[x] = a;
        }
    }

    private static void ssd4(
            double[] out,
            int n,
            double[] r0,
            double[] r1,
            double[] r2,
            double[] r3,
            double w0,
            double w1,
            double w2,
            double w3) {
        for (int x = 0; x < n; x++) {
            double a = out[x];
            double d0 = r0[x] - w0;
            a -= d0 * d0;
            double d1 = r1[x] - w1;
            a -= d1 * d1;
            double d2 = r2[x] - w2;
            a -= d2 * d2;
            double d3 = r3[x] - w3;
            a -= d3 * d3;
            out[x] = a;
        }
    }

    private static void ssd5(
            double[] out,
            int n,
            double[] r0,
            double[] r1,
            double[] r2,
            double[] r3,
            double[] r4,
            double w0,
            double w1,
            double w2,
            double w3,
            double w4) {
        for (int x = 0; x < n; x++) {
            double a = out[x];
            double d0 = r0[x] - w0;
            a -= d0 * d0;
            double d1 = r1[x] - w1;
            a -= d1 * d1;
            double d2 = r2[x] - w2;
            a -= d2 * d2;
            double d3 = r3[x] - w3;
            a -= d3 * d3;
            double d4 = r4[x] - w4;
            a -= d4 * d4;
            out[x] = a;
        }
    }

    /**
     * The float form of {@link #accumulate}, twice as many lanes per vector; exact only where every
     * partial sum is a whole number of magnitude at most 2^24 (see {@code PreparedFilter}).
     */
    public static void accumulate(float[] out, int n, float[][] rows, float[] w, int count) {
        int passes = TapRuns.passes(count);
        int t = 0;
        for (int p = 0; p < passes; p++) {
            int m = TapRuns.nextRun(count - t, passes - p);
            switch (m) {
                case 1:
                    add1f(out, n, rows[t + 0], w[t + 0]);
                    break;
                case 2:
                    add2f(out, n, rows[t + 0], rows[t + 1], w[t + 0], w[t + 1]);
                    break;
                case 3:
                    add3f(
                            out,
                            n,
                            rows[t + 0],
                            rows[t + 1],
                            rows[t + 2],
                            w[t + 0],
                            w[t + 1],
                            w[t + 2]);
                    break;
                case 4:
                    add4f(
                            out,
                            n,
                            rows[t + 0],
                            rows[t + 1],
                            rows[t + 2],
                            rows[t + 3],
                            w[t + 0],
                            w[t + 1],
                            w[t + 2],
                            w[t + 3]);
                    break;
                case 5:
                    add5f(
                            out,
                            n,
                            rows[t + 0],
                            rows[t + 1],
                            rows[t + 2],
                            rows[t + 3],
                            rows[t + 4],
                            w[t + 0],
                            w[t + 1],
                            w[t + 2],
                            w[t + 3],
                            w[t + 4]);
                    break;
                default:
                    throw new AssertionError(m);
            }
            t += m;
        }
    }

    private static void add1f(float[] out, int n, float[] r0, float w0) {
        for (int x = 0; x < n; x++) {
            float a = out[x];
            a += w0 * r0[x];
            out[x] = a;
        }
    }

    private static void add2f(float[] out, int n, float[] r0, float[] r1, float w0, float w1) {
        for (int x = 0; x < n; x++) {
            float a = out[x];
            a += w0 * r0[x];
            a += w1 * r1[x];
            out[x] = a;
        }
    }

    private static void add3f(
            float[] out, int n, float[] r0, float[] r1, float[] r2, float w0, float w1, float w2) {
        for (int x = 0; x < n; x++) {
            float a = out[x];
            a += w0 * r0[x];
            a += w1 * r1[x];
            a += w2 * r2[x];
            out[x] = a;
        }
    }

    private static void add4f(
            float[] out,
            int n,
            float[] r0,
            float[] r1,
            float[] r2,
            float[] r3,
            float w0,
            float w1,
            float w2,
            float w3) {
        for (int x = 0; x < n; x++) {
            float a = out[x];
            a += w0 * r0[x];
            a += w1 * r1[x];
            a += w2 * r2[x];
            a += w3 * r3[x];
            out[x] = a;
        }
    }

    private static void add5f(
            float[] out,
            int n,
            float[] r0,
            float[] r1,
            float[] r2,
            float[] r3,
            float[] r4,
            float w0,
            float w1,
            float w2,
            float w3,
            float w4) {
        for (int x = 0; x < n; x++) {
            float a = out[x];
            a += w0 * r0[x];
            a += w1 * r1[x];
            a += w2 * r2[x];
            a += w3 * r3[x];
            a += w4 * r4[x];
            out[x] = a;
        }
    }
}
