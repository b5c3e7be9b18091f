package org.convlab.conv.fast;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The loops of {@link FusedTaps} written with the (incubating) Vector API, which may read a row at
 * any offset: each tap is a row and the index of its first pixel, so one padded copy of an image
 * row (or the image itself) serves every kernel column, where the JIT's own vectorizer needs one
 * shifted copy per column. Every cell still gets its taps one after another in the given order,
 * multiply and add kept apart (no fused multiply-add), so the bits are those of {@link FusedTaps}.
 * Two vectors per step keep two independent sums in flight. The loops are written out per run
 * length (generated, see {@code VectorTapLoops}), each weight broadcast once before its loop: C2 on
 * Java 17 compiled a loop over taps around vector values, or a scalar weight inside the loop, into
 * slow generic calls (2–4× slower, docs/performance.md), and runs longer than five taps likewise.
 *
 * <p>Only {@link LoopChoice} decides when this class is used: it is loaded only where the module
 * {@code jdk.incubator.vector} is present, and used only once its code is compiled. It serves the
 * double path (real values) and the float path (whole numbers, eight lanes). Float and double
 * vectors live side by side without trouble once the warm-up times each layout fairly (an earlier
 * measurement that blamed the mix was the warm-up charging one layout for work both share, see
 * {@link LoopChoice}).
 *
 * <p>Only 256-bit species, even where four floats would do ({@link #wholeNccRow} widens both halves
 * of eight): with a 128-bit float vector beside the 256-bit one, the one-tap float loop ran 2.6×
 * slower than the old loops and the warm-up turned the Vector API down for every sum of products in
 * 5 JVMs of 5 (with two shapes of one element type, the JIT seems to lose the exact type its
 * intrinsics need).
 */
final class VectorTaps {
    /**
     * 256-bit vectors: measured 500 µs against 550 µs with 512-bit ones for a 512×512 5×5 map on
     * one core here, and native on every AVX2 machine.
     */
    static final VectorSpecies<Double> DOUBLES = DoubleVector.SPECIES_256;

    private static final VectorSpecies<Double> D = DOUBLES;

    /** The same width in float: eight lanes. */
    static final VectorSpecies<Float> FLOATS = FloatVector.SPECIES_256;

    private static final VectorSpecies<Float> F = FLOATS;

    private VectorTaps() {}

    /**
     * {@code out[x] += Σ_t w[t]·rows[t][offsets[t] + x]} for x in [0, n), taps in order. Where taps
     * [t, t + m) read m neighbouring pixels of one row, left to right (the usual run: one kernel
     * row without zero weights), a loop with a single base index reads them (measured 470 against
     * 600 µs for a 512×512 5×5 map on one core: one address and one range check instead of five).
     */
    public static void accumulate(
            double[] out, int n, double[][] rows, int[] offsets, double[] w, int count) {
        VectorTapLoops.accumulate(out, n, rows, offsets, w, count);
    }

    /**
     * The float form of {@link #accumulate(double[], int, double[][], int[], double[], int)}, for
     * whole numbers (exact in any order, see {@code Kernel.exactInFloat}): eight lanes.
     */
    public static void accumulate(
            float[] out, int n, float[][] rows, int[] offsets, float[] w, int count) {
        VectorTapLoops.accumulate(out, n, rows, offsets, w, count);
    }

    /**
     * NCC's whole-number form for a row, from float sums: {@code out[x] = coefficient(S, X, W)}
     * with {@code S = n·dot − Σw·sum} and {@code X = n·sumSq − sum²} (see {@link WholeNumberNcc}),
     * the float arithmetic exact and the same operations as the scalar loops. Why vectors: the JIT
     * does not vectorize float-to-double conversion, so widening S and X alone took a sixth of a
     * whole-number NCC map.
     */
    public static void wholeNccRow(
            double[] out,
            int n,
            float[] dot,
            float[] sum,
            float[] sumSq,
            float taps,
            float kernelSum,
            double spread) {
        int x = 0;
        FloatVector t = FloatVector.broadcast(F, taps);
        FloatVector k = FloatVector.broadcast(F, kernelSum);
        DoubleVector w = DoubleVector.broadcast(D, spread);
        for (; x <= n - F.length(); x += F.length()) {
            FloatVector d = FloatVector.fromArray(F, dot, x);
            FloatVector m = FloatVector.fromArray(F, sum, x);
            FloatVector q = FloatVector.fromArray(F, sumSq, x);
            FloatVector sf = t.mul(d).sub(k.mul(m));
            FloatVector xf = t.mul(q).sub(m.mul(m));
            // Each half of the eight lanes widens to four doubles (written out, not a loop over
            // parts: see the class comment on loops around vector values).
            coefficients(
                    (DoubleVector) sf.convertShape(VectorOperators.F2D, D, 0),
                    (DoubleVector) xf.convertShape(VectorOperators.F2D, D, 0),
                    w,
                    out,
                    x);
            coefficients(
                    (DoubleVector) sf.convertShape(VectorOperators.F2D, D, 1),
                    (DoubleVector) xf.convertShape(VectorOperators.F2D, D, 1),
                    w,
                    out,
                    x + D.length());
        }
        for (; x < n; x++) {
            float sf = taps * dot[x] - kernelSum * sum[x];
            float xf = taps * sumSq[x] - sum[x] * sum[x];
            out[x] = WholeNumberNcc.coefficient(sf, xf, spread);
        }
    }

    /** {@link WholeNumberNcc#coefficient} of four cells, stored at {@code out[at…]}. */
    private static void coefficients(
            DoubleVector s, DoubleVector x, DoubleVector spread, double[] out, int at) {
        s.div(x.mul(spread).sqrt()).min(1.0).max(-1.0).blend(0.0, x.eq(0.0)).intoArray(out, at);
    }

    /**
     * NCC on real values for a row, from the centred dot products in {@code out} and the windows'
     * Σx and Σx²: {@code r = clamp(dot / √(xss · wss))}, 0 where the window is flat ({@code xss ≤
     * 1e−12 · Σx²}), with {@code xss = Σx² − (Σx)² / n}; the operations of {@link NccKernel}'s
     * scalar loops in one pass instead of two.
     */
    public static void nccRow(
            double[] out, int n, double[] sum, double[] sumSq, int taps, double wss) {
        int x = 0;
        double t = taps;
        for (; x <= n - D.length(); x += D.length()) {
            DoubleVector m = DoubleVector.fromArray(D, sum, x);
            DoubleVector q = DoubleVector.fromArray(D, sumSq, x);
            DoubleVector xss = q.sub(m.mul(m).div(t));
            DoubleVector r =
                    DoubleVector.fromArray(D, out, x).div(xss.mul(wss).sqrt()).min(1.0).max(-1.0);
            r.blend(0.0, xss.compare(VectorOperators.LE, q.mul(1e-12))).intoArray(out, x);
        }
        for (; x < n; x++) {
            double xss = sumSq[x] - sum[x] * sum[x] / taps;
            double r = WholeNumberNcc.clampUnitBranchFree(out[x] / Math.sqrt(xss * wss));
            out[x] = xss <= 1e-12 * sumSq[x] ? 0 : r;
        }
    }

    /** {@code out[x] −= Σ_t (rows[t][offsets[t] + x] − w[t])²}, term by term. */
    public static void subtractSquaredDifferences(
            double[] out, int n, double[][] rows, int[] offsets, double[] w, int count) {
        VectorTapLoops.subtractSquaredDifferences(out, n, rows, offsets, w, count);
    }
}
