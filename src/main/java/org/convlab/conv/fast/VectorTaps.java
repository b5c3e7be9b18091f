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
 * length, each weight broadcast once before its loop: C2 on Java 17 compiled a loop over taps
 * around vector values, or a scalar weight inside the loop, into slow generic calls (2–4× slower,
 * docs/performance.md), and runs longer than five taps likewise.
 *
 * <p>Only {@code VectorPath} decides when this class is used: it is loaded only where the module
 * {@code jdk.incubator.vector} is present, and used only once its code is compiled. It serves the
 * double path (real values) and the float path (whole numbers, eight lanes). Float and double
 * vectors live side by side without trouble once the warm-up times each layout fairly (an earlier
 * measurement that blamed the mix was the warm-up charging one layout for work both share, see
 * {@code VectorPath}).
 *
 * <p>Only 256-bit species, even where four floats would do ({@link #wholeNccRow} widens both halves
 * of eight): with a 128-bit float vector beside the 256-bit one, the one-tap float loop ran 2.6×
 * slower than the old loops and the warm-up turned the Vector API down for every sum of products in
 * 5 JVMs of 5 (with two shapes of one element type, the JIT seems to lose the exact type its
 * intrinsics need).
 */
public final class VectorTaps {
    /**
     * 256-bit vectors: measured 500 µs against 550 µs with 512-bit ones for a 512×512 5×5 map on
     * one core here, and native on every AVX2 machine.
     */
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_256;

    /** The same width in float: eight lanes. */
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_256;

    private VectorTaps() {}

    /** {@code out[x] += Σ_t w[t]·rows[t][offsets[t] + x]} for x in [0, n), taps in order. */
    public static void accumulate(
            double[] out, int n, double[][] rows, int[] offsets, double[] w, int count) {
        int passes = TapRuns.passes(count);
        int t = 0;
        for (int p = 0; p < passes; p++) {
            int m = TapRuns.nextRun(count - t, passes - p);
            switch (m) {
                case 1:
                    add1(out, n, rows[t + 0], offsets[t + 0], w[t + 0]);
                    break;
                case 2:
                    add2(
                            out,
                            n,
                            rows[t + 0],
                            offsets[t + 0],
                            rows[t + 1],
                            offsets[t + 1],
                            w[t + 0],
                            w[t + 1]);
                    break;
                case 3:
                    if (neighbours(rows, offsets, t, 3)) {
                        addNeighbours3(out, n, rows[t], offsets[t], w[t + 0], w[t + 1], w[t + 2]);
                        break;
                    }
                    add3(
                            out,
                            n,
                            rows[t + 0],
                            offsets[t + 0],
                            rows[t + 1],
                            offsets[t + 1],
                            rows[t + 2],
                            offsets[t + 2],
                            w[t + 0],
                            w[t + 1],
                            w[t + 2]);
                    break;
                case 4:
                    if (neighbours(rows, offsets, t, 4)) {
                        addNeighbours4(
                                out,
                                n,
                                rows[t],
                                offsets[t],
                                w[t + 0],
                                w[t + 1],
                                w[t + 2],
                                w[t + 3]);
                        break;
                    }
                    add4(
                            out,
                            n,
                            rows[t + 0],
                            offsets[t + 0],
                            rows[t + 1],
                            offsets[t + 1],
                            rows[t + 2],
                            offsets[t + 2],
                            rows[t + 3],
                            offsets[t + 3],
                            w[t + 0],
                            w[t + 1],
                            w[t + 2],
                            w[t + 3]);
                    break;
                case 5:
                    if (neighbours(rows, offsets, t, 5)) {
                        addNeighbours5(
                                out,
                                n,
                                rows[t],
                                offsets[t],
                                w[t + 0],
                                w[t + 1],
                                w[t + 2],
                                w[t + 3],
                                w[t + 4]);
                        break;
                    }
                    add5(
                            out,
                            n,
                            rows[t + 0],
                            offsets[t + 0],
                            rows[t + 1],
                            offsets[t + 1],
                            rows[t + 2],
                            offsets[t + 2],
                            rows[t + 3],
                            offsets[t + 3],
                            rows[t + 4],
                            offsets[t + 4],
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
     * Whether taps [t, t + m) read m neighbouring pixels of one row, left to right: the usual run
     * (one kernel row without zero weights), which a loop with a single base index reads faster
     * (measured 470 against 600 µs for a 512×512 5×5 map on one core: one address and one range
     * check instead of five).
     */
    private static boolean neighbours(Object[] rows, int[] offsets, int t, int m) {
        for (int j = 1; j < m; j++) {
            if (rows[t + j] != rows[t] || offsets[t + j] != offsets[t] + j) {
                return false;
            }
        }
        return true;
    }

    /**
     * The float form of {@link #accumulate(double[], int, double[][], int[], double[], int)}, for
     * whole numbers (exact in any order, see {@code PreparedFilter.exactInFloat}): eight lanes.
     */
    public static void accumulate(
            float[] out, int n, float[][] rows, int[] offsets, float[] w, int count) {
        int passes = TapRuns.passes(count);
        int t = 0;
        for (int p = 0; p < passes; p++) {
            int m = TapRuns.nextRun(count - t, passes - p);
            switch (m) {
                case 1:
                    add1f(out, n, rows[t], offsets[t], w[t]);
                    break;
                case 2:
                    add2f(out, n, rows[t], offsets[t], rows[t + 1], offsets[t + 1], w[t], w[t + 1]);
                    break;
                case 3:
                    if (neighbours(rows, offsets, t, 3)) {
                        addNeighbours3f(out, n, rows[t], offsets[t], w[t], w[t + 1], w[t + 2]);
                        break;
                    }
                    add3f(
                            out,
                            n,
                            rows[t],
                            offsets[t],
                            rows[t + 1],
                            offsets[t + 1],
                            rows[t + 2],
                            offsets[t + 2],
                            w[t],
                            w[t + 1],
                            w[t + 2]);
                    break;
                case 4:
                    if (neighbours(rows, offsets, t, 4)) {
                        addNeighbours4f(
                                out, n, rows[t], offsets[t], w[t], w[t + 1], w[t + 2], w[t + 3]);
                        break;
                    }
                    add4f(
                            out,
                            n,
                            rows[t],
                            offsets[t],
                            rows[t + 1],
                            offsets[t + 1],
                            rows[t + 2],
                            offsets[t + 2],
                            rows[t + 3],
                            offsets[t + 3],
                            w[t],
                            w[t + 1],
                            w[t + 2],
                            w[t + 3]);
                    break;
                case 5:
                    if (neighbours(rows, offsets, t, 5)) {
                        addNeighbours5f(
                                out,
                                n,
                                rows[t],
                                offsets[t],
                                w[t],
                                w[t + 1],
                                w[t + 2],
                                w[t + 3],
                                w[t + 4]);
                        break;
                    }
                    add5f(
                            out,
                            n,
                            rows[t],
                            offsets[t],
                            rows[t + 1],
                            offsets[t + 1],
                            rows[t + 2],
                            offsets[t + 2],
                            rows[t + 3],
                            offsets[t + 3],
                            rows[t + 4],
                            offsets[t + 4],
                            w[t],
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
     * 1e−12 · Σx²}), with {@code xss = Σx² − (Σx)² / n}; the operations of {@code PreparedFilter}'s
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
        int passes = TapRuns.passes(count);
        int t = 0;
        for (int p = 0; p < passes; p++) {
            int m = TapRuns.nextRun(count - t, passes - p);
            switch (m) {
                case 1:
                    ssd1(out, n, rows[t + 0], offsets[t + 0], w[t + 0]);
                    break;
                case 2:
                    ssd2(
                            out,
                            n,
                            rows[t + 0],
                            offsets[t + 0],
                            rows[t + 1],
                            offsets[t + 1],
                            w[t + 0],
                            w[t + 1]);
                    break;
                case 3:
                    ssd3(
                            out,
                            n,
                            rows[t + 0],
                            offsets[t + 0],
                            rows[t + 1],
                            offsets[t + 1],
                            rows[t + 2],
                            offsets[t + 2],
                            w[t + 0],
                            w[t + 1],
                            w[t + 2]);
                    break;
                case 4:
                    ssd4(
                            out,
                            n,
                            rows[t + 0],
                            offsets[t + 0],
                            rows[t + 1],
                            offsets[t + 1],
                            rows[t + 2],
                            offsets[t + 2],
                            rows[t + 3],
                            offsets[t + 3],
                            w[t + 0],
                            w[t + 1],
                            w[t + 2],
                            w[t + 3]);
                    break;
                case 5:
                    if (neighbours(rows, offsets, t, 5)) {
                        ssdNeighbours5(
                                out,
                                n,
                                rows[t],
                                offsets[t],
                                w[t],
                                w[t + 1],
                                w[t + 2],
                                w[t + 3],
                                w[t + 4]);
                        break;
                    }
                    ssd5(
                            out,
                            n,
                            rows[t + 0],
                            offsets[t + 0],
                            rows[t + 1],
                            offsets[t + 1],
                            rows[t + 2],
                            offsets[t + 2],
                            rows[t + 3],
                            offsets[t + 3],
                            rows[t + 4],
                            offsets[t + 4],
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

    private static void add1(double[] out, int n, double[] r0, int o0, double w0) {
        int l = D.length();
        int x = 0;
        DoubleVector v0 = DoubleVector.broadcast(D, w0);
        for (; x <= n - 2 * l; x += 2 * l) {
            int y = x + l;
            DoubleVector a = DoubleVector.fromArray(D, out, x);
            DoubleVector b = DoubleVector.fromArray(D, out, y);
            a = a.add(DoubleVector.fromArray(D, r0, o0 + x).mul(v0));
            b = b.add(DoubleVector.fromArray(D, r0, o0 + y).mul(v0));
            a.intoArray(out, x);
            b.intoArray(out, y);
        }
        for (; x < n; x++) {
            double a = out[x];
            a += w0 * r0[o0 + x];
            out[x] = a;
        }
    }

    private static void add2(
            double[] out, int n, double[] r0, int o0, double[] r1, int o1, double w0, double w1) {
        int l = D.length();
        int x = 0;
        DoubleVector v0 = DoubleVector.broadcast(D, w0);
        DoubleVector v1 = DoubleVector.broadcast(D, w1);
        for (; x <= n - 2 * l; x += 2 * l) {
            int y = x + l;
            DoubleVector a = DoubleVector.fromArray(D, out, x);
            DoubleVector b = DoubleVector.fromArray(D, out, y);
            a = a.add(DoubleVector.fromArray(D, r0, o0 + x).mul(v0));
            b = b.add(DoubleVector.fromArray(D, r0, o0 + y).mul(v0));
            a = a.add(DoubleVector.fromArray(D, r1, o1 + x).mul(v1));
            b = b.add(DoubleVector.fromArray(D, r1, o1 + y).mul(v1));
            a.intoArray(out, x);
            b.intoArray(out, y);
        }
        for (; x < n; x++) {
            double a = out[x];
            a += w0 * r0[o0 + x];
            a += w1 * r1[o1 + x];
            out[x] = a;
        }
    }

    private static void add3(
            double[] out,
            int n,
            double[] r0,
            int o0,
            double[] r1,
            int o1,
            double[] r2,
            int o2,
            double w0,
            double w1,
            double w2) {
        int l = D.length();
        int x = 0;
        DoubleVector v0 = DoubleVector.broadcast(D, w0);
        DoubleVector v1 = DoubleVector.broadcast(D, w1);
        DoubleVector v2 = DoubleVector.broadcast(D, w2);
        for (; x <= n - 2 * l; x += 2 * l) {
            int y = x + l;
            DoubleVector a = DoubleVector.fromArray(D, out, x);
            DoubleVector b = DoubleVector.fromArray(D, out, y);
            a = a.add(DoubleVector.fromArray(D, r0, o0 + x).mul(v0));
            b = b.add(DoubleVector.fromArray(D, r0, o0 + y).mul(v0));
            a = a.add(DoubleVector.fromArray(D, r1, o1 + x).mul(v1));
            b = b.add(DoubleVector.fromArray(D, r1, o1 + y).mul(v1));
            a = a.add(DoubleVector.fromArray(D, r2, o2 + x).mul(v2));
            b = b.add(DoubleVector.fromArray(D, r2, o2 + y).mul(v2));
            a.intoArray(out, x);
            b.intoArray(out, y);
        }
        for (; x < n; x++) {
            double a = out[x];
            a += w0 * r0[o0 + x];
            a += w1 * r1[o1 + x];
            a += w2 * r2[o2 + x];
            out[x] = a;
        }
    }

    private static void add4(
            double[] out,
            int n,
            double[] r0,
            int o0,
            double[] r1,
            int o1,
            double[] r2,
            int o2,
            double[] r3,
            int o3,
            double w0,
            double w1,
            double w2,
            double w3) {
        int l = D.length();
        int x = 0;
        DoubleVector v0 = DoubleVector.broadcast(D, w0);
        DoubleVector v1 = DoubleVector.broadcast(D, w1);
        DoubleVector v2 = DoubleVector.broadcast(D, w2);
        DoubleVector v3 = DoubleVector.broadcast(D, w3);
        for (; x <= n - 2 * l; x += 2 * l) {
            int y = x + l;
            DoubleVector a = DoubleVector.fromArray(D, out, x);
            DoubleVector b = DoubleVector.fromArray(D, out, y);
            a = a.add(DoubleVector.fromArray(D, r0, o0 + x).mul(v0));
            b = b.add(DoubleVector.fromArray(D, r0, o0 + y).mul(v0));
            a = a.add(DoubleVector.fromArray(D, r1, o1 + x).mul(v1));
            b = b.add(DoubleVector.fromArray(D, r1, o1 + y).mul(v1));
            a = a.add(DoubleVector.fromArray(D, r2, o2 + x).mul(v2));
            b = b.add(DoubleVector.fromArray(D, r2, o2 + y).mul(v2));
            a = a.add(DoubleVector.fromArray(D, r3, o3 + x).mul(v3));
            b = b.add(DoubleVector.fromArray(D, r3, o3 + y).mul(v3));
            a.intoArray(out, x);
            b.intoArray(out, y);
        }
        for (; x < n; x++) {
            double a = out[x];
            a += w0 * r0[o0 + x];
            a += w1 * r1[o1 + x];
            a += w2 * r2[o2 + x];
            a += w3 * r3[o3 + x];
            out[x] = a;
        }
    }

    private static void add5(
            double[] out,
            int n,
            double[] r0,
            int o0,
            double[] r1,
            int o1,
            double[] r2,
            int o2,
            double[] r3,
            int o3,
            double[] r4,
            int o4,
            double w0,
            double w1,
            double w2,
            double w3,
            double w4) {
        int l = D.length();
        int x = 0;
        DoubleVector v0 = DoubleVector.broadcast(D, w0);
        DoubleVector v1 = DoubleVector.broadcast(D, w1);
        DoubleVector v2 = DoubleVector.broadcast(D, w2);
        DoubleVector v3 = DoubleVector.broadcast(D, w3);
        DoubleVector v4 = DoubleVector.broadcast(D, w4);
        for (; x <= n - 2 * l; x += 2 * l) {
            int y = x + l;
            DoubleVector a = DoubleVector.fromArray(D, out, x);
            DoubleVector b = DoubleVector.fromArray(D, out, y);
            a = a.add(DoubleVector.fromArray(D, r0, o0 + x).mul(v0));
            b = b.add(DoubleVector.fromArray(D, r0, o0 + y).mul(v0));
            a = a.add(DoubleVector.fromArray(D, r1, o1 + x).mul(v1));
            b = b.add(DoubleVector.fromArray(D, r1, o1 + y).mul(v1));
            a = a.add(DoubleVector.fromArray(D, r2, o2 + x).mul(v2));
            b = b.add(DoubleVector.fromArray(D, r2, o2 + y).mul(v2));
            a = a.add(DoubleVector.fromArray(D, r3, o3 + x).mul(v3));
            b = b.add(DoubleVector.fromArray(D, r3, o3 + y).mul(v3));
            a = a.add(DoubleVector.fromArray(D, r4, o4 + x).mul(v4));
            b = b.add(DoubleVector.fromArray(D, r4, o4 + y).mul(v4));
            a.intoArray(out, x);
            b.intoArray(out, y);
        }
        for (; x < n; x++) {
            double a = out[x];
            a += w0 * r0[o0 + x];
            a += w1 * r1[o1 + x];
            a += w2 * r2[o2 + x];
            a += w3 * r3[o3 + x];
            a += w4 * r4[o4 + x];
            out[x] = a;
        }
    }

    /** {@link #add3} for 3 neighbouring pixels of one row: {@code r[o + j + x]} for tap j. */
    private static void addNeighbours3(
            double[] out, int n, double[] r, int o, double w0, double w1, double w2) {
        int l = D.length();
        int x = 0;
        DoubleVector v0 = DoubleVector.broadcast(D, w0);
        DoubleVector v1 = DoubleVector.broadcast(D, w1);
        DoubleVector v2 = DoubleVector.broadcast(D, w2);
        for (; x <= n - 2 * l; x += 2 * l) {
            int y = x + l;
            DoubleVector a = DoubleVector.fromArray(D, out, x);
            DoubleVector b = DoubleVector.fromArray(D, out, y);
            a = a.add(DoubleVector.fromArray(D, r, o + x).mul(v0));
            b = b.add(DoubleVector.fromArray(D, r, o + y).mul(v0));
            a = a.add(DoubleVector.fromArray(D, r, o + x + 1).mul(v1));
            b = b.add(DoubleVector.fromArray(D, r, o + y + 1).mul(v1));
            a = a.add(DoubleVector.fromArray(D, r, o + x + 2).mul(v2));
            b = b.add(DoubleVector.fromArray(D, r, o + y + 2).mul(v2));
            a.intoArray(out, x);
            b.intoArray(out, y);
        }
        for (; x < n; x++) {
            double a = out[x];
            a += w0 * r[o + x];
            a += w1 * r[o + x + 1];
            a += w2 * r[o + x + 2];
            out[x] = a;
        }
    }

    /** {@link #add4} for 4 neighbouring pixels of one row: {@code r[o + j + x]} for tap j. */
    private static void addNeighbours4(
            double[] out, int n, double[] r, int o, double w0, double w1, double w2, double w3) {
        int l = D.length();
        int x = 0;
        DoubleVector v0 = DoubleVector.broadcast(D, w0);
        DoubleVector v1 = DoubleVector.broadcast(D, w1);
        DoubleVector v2 = DoubleVector.broadcast(D, w2);
        DoubleVector v3 = DoubleVector.broadcast(D, w3);
        for (; x <= n - 2 * l; x += 2 * l) {
            int y = x + l;
            DoubleVector a = DoubleVector.fromArray(D, out, x);
            DoubleVector b = DoubleVector.fromArray(D, out, y);
            a = a.add(DoubleVector.fromArray(D, r, o + x).mul(v0));
            b = b.add(DoubleVector.fromArray(D, r, o + y).mul(v0));
            a = a.add(DoubleVector.fromArray(D, r, o + x + 1).mul(v1));
            b = b.add(DoubleVector.fromArray(D, r, o + y + 1).mul(v1));
            a = a.add(DoubleVector.fromArray(D, r, o + x + 2).mul(v2));
            b = b.add(DoubleVector.fromArray(D, r, o + y + 2).mul(v2));
            a = a.add(DoubleVector.fromArray(D, r, o + x + 3).mul(v3));
            b = b.add(DoubleVector.fromArray(D, r, o + y + 3).mul(v3));
            a.intoArray(out, x);
            b.intoArray(out, y);
        }
        for (; x < n; x++) {
            double a = out[x];
            a += w0 * r[o + x];
            a += w1 * r[o + x + 1];
            a += w2 * r[o + x + 2];
            a += w3 * r[o + x + 3];
            out[x] = a;
        }
    }

    /** {@link #add5} for 5 neighbouring pixels of one row: {@code r[o + j + x]} for tap j. */
    private static void addNeighbours5(
            double[] out,
            int n,
            double[] r,
            int o,
            double w0,
            double w1,
            double w2,
            double w3,
            double w4) {
        int l = D.length();
        int x = 0;
        DoubleVector v0 = DoubleVector.broadcast(D, w0);
        DoubleVector v1 = DoubleVector.broadcast(D, w1);
        DoubleVector v2 = DoubleVector.broadcast(D, w2);
        DoubleVector v3 = DoubleVector.broadcast(D, w3);
        DoubleVector v4 = DoubleVector.broadcast(D, w4);
        for (; x <= n - 2 * l; x += 2 * l) {
            int y = x + l;
            DoubleVector a = DoubleVector.fromArray(D, out, x);
            DoubleVector b = DoubleVector.fromArray(D, out, y);
            a = a.add(DoubleVector.fromArray(D, r, o + x).mul(v0));
            b = b.add(DoubleVector.fromArray(D, r, o + y).mul(v0));
            a = a.add(DoubleVector.fromArray(D, r, o + x + 1).mul(v1));
            b = b.add(DoubleVector.fromArray(D, r, o + y + 1).mul(v1));
            a = a.add(DoubleVector.fromArray(D, r, o + x + 2).mul(v2));
            b = b.add(DoubleVector.fromArray(D, r, o + y + 2).mul(v2));
            a = a.add(DoubleVector.fromArray(D, r, o + x + 3).mul(v3));
            b = b.add(DoubleVector.fromArray(D, r, o + y + 3).mul(v3));
            a = a.add(DoubleVector.fromArray(D, r, o + x + 4).mul(v4));
            b = b.add(DoubleVector.fromArray(D, r, o + y + 4).mul(v4));
            a.intoArray(out, x);
            b.intoArray(out, y);
        }
        for (; x < n; x++) {
            double a = out[x];
            a += w0 * r[o + x];
            a += w1 * r[o + x + 1];
            a += w2 * r[o + x + 2];
            a += w3 * r[o + x + 3];
            a += w4 * r[o + x + 4];
            out[x] = a;
        }
    }

    /** {@link #add1} in float. */
    private static void add1f(float[] out, int n, float[] r0, int o0, float w0) {
        int l = F.length();
        int x = 0;
        FloatVector v0 = FloatVector.broadcast(F, w0);
        for (; x <= n - 2 * l; x += 2 * l) {
            int y = x + l;
            FloatVector a = FloatVector.fromArray(F, out, x);
            FloatVector b = FloatVector.fromArray(F, out, y);
            a = a.add(FloatVector.fromArray(F, r0, o0 + x).mul(v0));
            b = b.add(FloatVector.fromArray(F, r0, o0 + y).mul(v0));
            a.intoArray(out, x);
            b.intoArray(out, y);
        }
        for (; x < n; x++) {
            float a = out[x];
            a += w0 * r0[o0 + x];
            out[x] = a;
        }
    }

    /** {@link #add2} in float. */
    private static void add2f(
            float[] out, int n, float[] r0, int o0, float[] r1, int o1, float w0, float w1) {
        int l = F.length();
        int x = 0;
        FloatVector v0 = FloatVector.broadcast(F, w0);
        FloatVector v1 = FloatVector.broadcast(F, w1);
        for (; x <= n - 2 * l; x += 2 * l) {
            int y = x + l;
            FloatVector a = FloatVector.fromArray(F, out, x);
            FloatVector b = FloatVector.fromArray(F, out, y);
            a = a.add(FloatVector.fromArray(F, r0, o0 + x).mul(v0));
            b = b.add(FloatVector.fromArray(F, r0, o0 + y).mul(v0));
            a = a.add(FloatVector.fromArray(F, r1, o1 + x).mul(v1));
            b = b.add(FloatVector.fromArray(F, r1, o1 + y).mul(v1));
            a.intoArray(out, x);
            b.intoArray(out, y);
        }
        for (; x < n; x++) {
            float a = out[x];
            a += w0 * r0[o0 + x];
            a += w1 * r1[o1 + x];
            out[x] = a;
        }
    }

    /** {@link #add3} in float. */
    private static void add3f(
            float[] out,
            int n,
            float[] r0,
            int o0,
            float[] r1,
            int o1,
            float[] r2,
            int o2,
            float w0,
            float w1,
            float w2) {
        int l = F.length();
        int x = 0;
        FloatVector v0 = FloatVector.broadcast(F, w0);
        FloatVector v1 = FloatVector.broadcast(F, w1);
        FloatVector v2 = FloatVector.broadcast(F, w2);
        for (; x <= n - 2 * l; x += 2 * l) {
            int y = x + l;
            FloatVector a = FloatVector.fromArray(F, out, x);
            FloatVector b = FloatVector.fromArray(F, out, y);
            a = a.add(FloatVector.fromArray(F, r0, o0 + x).mul(v0));
            b = b.add(FloatVector.fromArray(F, r0, o0 + y).mul(v0));
            a = a.add(FloatVector.fromArray(F, r1, o1 + x).mul(v1));
            b = b.add(FloatVector.fromArray(F, r1, o1 + y).mul(v1));
            a = a.add(FloatVector.fromArray(F, r2, o2 + x).mul(v2));
            b = b.add(FloatVector.fromArray(F, r2, o2 + y).mul(v2));
            a.intoArray(out, x);
            b.intoArray(out, y);
        }
        for (; x < n; x++) {
            float a = out[x];
            a += w0 * r0[o0 + x];
            a += w1 * r1[o1 + x];
            a += w2 * r2[o2 + x];
            out[x] = a;
        }
    }

    /** {@link #add4} in float. */
    private static void add4f(
            float[] out,
            int n,
            float[] r0,
            int o0,
            float[] r1,
            int o1,
            float[] r2,
            int o2,
            float[] r3,
            int o3,
            float w0,
            float w1,
            float w2,
            float w3) {
        int l = F.length();
        int x = 0;
        FloatVector v0 = FloatVector.broadcast(F, w0);
        FloatVector v1 = FloatVector.broadcast(F, w1);
        FloatVector v2 = FloatVector.broadcast(F, w2);
        FloatVector v3 = FloatVector.broadcast(F, w3);
        for (; x <= n - 2 * l; x += 2 * l) {
            int y = x + l;
            FloatVector a = FloatVector.fromArray(F, out, x);
            FloatVector b = FloatVector.fromArray(F, out, y);
            a = a.add(FloatVector.fromArray(F, r0, o0 + x).mul(v0));
            b = b.add(FloatVector.fromArray(F, r0, o0 + y).mul(v0));
            a = a.add(FloatVector.fromArray(F, r1, o1 + x).mul(v1));
            b = b.add(FloatVector.fromArray(F, r1, o1 + y).mul(v1));
            a = a.add(FloatVector.fromArray(F, r2, o2 + x).mul(v2));
            b = b.add(FloatVector.fromArray(F, r2, o2 + y).mul(v2));
            a = a.add(FloatVector.fromArray(F, r3, o3 + x).mul(v3));
            b = b.add(FloatVector.fromArray(F, r3, o3 + y).mul(v3));
            a.intoArray(out, x);
            b.intoArray(out, y);
        }
        for (; x < n; x++) {
            float a = out[x];
            a += w0 * r0[o0 + x];
            a += w1 * r1[o1 + x];
            a += w2 * r2[o2 + x];
            a += w3 * r3[o3 + x];
            out[x] = a;
        }
    }

    /** {@link #add5} in float. */
    private static void add5f(
            float[] out,
            int n,
            float[] r0,
            int o0,
            float[] r1,
            int o1,
            float[] r2,
            int o2,
            float[] r3,
            int o3,
            float[] r4,
            int o4,
            float w0,
            float w1,
            float w2,
            float w3,
            float w4) {
        int l = F.length();
        int x = 0;
        FloatVector v0 = FloatVector.broadcast(F, w0);
        FloatVector v1 = FloatVector.broadcast(F, w1);
        FloatVector v2 = FloatVector.broadcast(F, w2);
        FloatVector v3 = FloatVector.broadcast(F, w3);
        FloatVector v4 = FloatVector.broadcast(F, w4);
        for (; x <= n - 2 * l; x += 2 * l) {
            int y = x + l;
            FloatVector a = FloatVector.fromArray(F, out, x);
            FloatVector b = FloatVector.fromArray(F, out, y);
            a = a.add(FloatVector.fromArray(F, r0, o0 + x).mul(v0));
            b = b.add(FloatVector.fromArray(F, r0, o0 + y).mul(v0));
            a = a.add(FloatVector.fromArray(F, r1, o1 + x).mul(v1));
            b = b.add(FloatVector.fromArray(F, r1, o1 + y).mul(v1));
            a = a.add(FloatVector.fromArray(F, r2, o2 + x).mul(v2));
            b = b.add(FloatVector.fromArray(F, r2, o2 + y).mul(v2));
            a = a.add(FloatVector.fromArray(F, r3, o3 + x).mul(v3));
            b = b.add(FloatVector.fromArray(F, r3, o3 + y).mul(v3));
            a = a.add(FloatVector.fromArray(F, r4, o4 + x).mul(v4));
            b = b.add(FloatVector.fromArray(F, r4, o4 + y).mul(v4));
            a.intoArray(out, x);
            b.intoArray(out, y);
        }
        for (; x < n; x++) {
            float a = out[x];
            a += w0 * r0[o0 + x];
            a += w1 * r1[o1 + x];
            a += w2 * r2[o2 + x];
            a += w3 * r3[o3 + x];
            a += w4 * r4[o4 + x];
            out[x] = a;
        }
    }

    /** {@link #addNeighbours3} in float: 3 neighbouring pixels of one row. */
    private static void addNeighbours3f(
            float[] out, int n, float[] r, int o, float w0, float w1, float w2) {
        int l = F.length();
        int x = 0;
        FloatVector v0 = FloatVector.broadcast(F, w0);
        FloatVector v1 = FloatVector.broadcast(F, w1);
        FloatVector v2 = FloatVector.broadcast(F, w2);
        for (; x <= n - 2 * l; x += 2 * l) {
            int y = x + l;
            FloatVector a = FloatVector.fromArray(F, out, x);
            FloatVector b = FloatVector.fromArray(F, out, y);
            a = a.add(FloatVector.fromArray(F, r, o + x).mul(v0));
            b = b.add(FloatVector.fromArray(F, r, o + y).mul(v0));
            a = a.add(FloatVector.fromArray(F, r, o + x + 1).mul(v1));
            b = b.add(FloatVector.fromArray(F, r, o + y + 1).mul(v1));
            a = a.add(FloatVector.fromArray(F, r, o + x + 2).mul(v2));
            b = b.add(FloatVector.fromArray(F, r, o + y + 2).mul(v2));
            a.intoArray(out, x);
            b.intoArray(out, y);
        }
        for (; x < n; x++) {
            float a = out[x];
            a += w0 * r[o + x];
            a += w1 * r[o + x + 1];
            a += w2 * r[o + x + 2];
            out[x] = a;
        }
    }

    /** {@link #addNeighbours4} in float: 4 neighbouring pixels of one row. */
    private static void addNeighbours4f(
            float[] out, int n, float[] r, int o, float w0, float w1, float w2, float w3) {
        int l = F.length();
        int x = 0;
        FloatVector v0 = FloatVector.broadcast(F, w0);
        FloatVector v1 = FloatVector.broadcast(F, w1);
        FloatVector v2 = FloatVector.broadcast(F, w2);
        FloatVector v3 = FloatVector.broadcast(F, w3);
        for (; x <= n - 2 * l; x += 2 * l) {
            int y = x + l;
            FloatVector a = FloatVector.fromArray(F, out, x);
            FloatVector b = FloatVector.fromArray(F, out, y);
            a = a.add(FloatVector.fromArray(F, r, o + x).mul(v0));
            b = b.add(FloatVector.fromArray(F, r, o + y).mul(v0));
            a = a.add(FloatVector.fromArray(F, r, o + x + 1).mul(v1));
            b = b.add(FloatVector.fromArray(F, r, o + y + 1).mul(v1));
            a = a.add(FloatVector.fromArray(F, r, o + x + 2).mul(v2));
            b = b.add(FloatVector.fromArray(F, r, o + y + 2).mul(v2));
            a = a.add(FloatVector.fromArray(F, r, o + x + 3).mul(v3));
            b = b.add(FloatVector.fromArray(F, r, o + y + 3).mul(v3));
            a.intoArray(out, x);
            b.intoArray(out, y);
        }
        for (; x < n; x++) {
            float a = out[x];
            a += w0 * r[o + x];
            a += w1 * r[o + x + 1];
            a += w2 * r[o + x + 2];
            a += w3 * r[o + x + 3];
            out[x] = a;
        }
    }

    /** {@link #addNeighbours5} in float: 5 neighbouring pixels of one row. */
    private static void addNeighbours5f(
            float[] out,
            int n,
            float[] r,
            int o,
            float w0,
            float w1,
            float w2,
            float w3,
            float w4) {
        int l = F.length();
        int x = 0;
        FloatVector v0 = FloatVector.broadcast(F, w0);
        FloatVector v1 = FloatVector.broadcast(F, w1);
        FloatVector v2 = FloatVector.broadcast(F, w2);
        FloatVector v3 = FloatVector.broadcast(F, w3);
        FloatVector v4 = FloatVector.broadcast(F, w4);
        for (; x <= n - 2 * l; x += 2 * l) {
            int y = x + l;
            FloatVector a = FloatVector.fromArray(F, out, x);
            FloatVector b = FloatVector.fromArray(F, out, y);
            a = a.add(FloatVector.fromArray(F, r, o + x).mul(v0));
            b = b.add(FloatVector.fromArray(F, r, o + y).mul(v0));
            a = a.add(FloatVector.fromArray(F, r, o + x + 1).mul(v1));
            b = b.add(FloatVector.fromArray(F, r, o + y + 1).mul(v1));
            a = a.add(FloatVector.fromArray(F, r, o + x + 2).mul(v2));
            b = b.add(FloatVector.fromArray(F, r, o + y + 2).mul(v2));
            a = a.add(FloatVector.fromArray(F, r, o + x + 3).mul(v3));
            b = b.add(FloatVector.fromArray(F, r, o + y + 3).mul(v3));
            a = a.add(FloatVector.fromArray(F, r, o + x + 4).mul(v4));
            b = b.add(FloatVector.fromArray(F, r, o + y + 4).mul(v4));
            a.intoArray(out, x);
            b.intoArray(out, y);
        }
        for (; x < n; x++) {
            float a = out[x];
            a += w0 * r[o + x];
            a += w1 * r[o + x + 1];
            a += w2 * r[o + x + 2];
            a += w3 * r[o + x + 3];
            a += w4 * r[o + x + 4];
            out[x] = a;
        }
    }

    /**
     * {@link #ssd5} for five neighbouring pixels of one row, as {@link #addNeighbours5}. The SSD
     * loops of four and five taps take one vector per step, not two: with two, C2 now and then left
     * the last store of the loop body as a generic call (a whole run at 2–4× the old loops, in
     * about 1 JVM in 20; none in 20 with one), most likely the limit on how much it inlines into
     * one method, which three vector operations per tap reach first; the speed is the same.
     */
    private static void ssdNeighbours5(
            double[] out,
            int n,
            double[] r,
            int o,
            double w0,
            double w1,
            double w2,
            double w3,
            double w4) {
        int l = D.length();
        int x = 0;
        DoubleVector v0 = DoubleVector.broadcast(D, w0);
        DoubleVector v1 = DoubleVector.broadcast(D, w1);
        DoubleVector v2 = DoubleVector.broadcast(D, w2);
        DoubleVector v3 = DoubleVector.broadcast(D, w3);
        DoubleVector v4 = DoubleVector.broadcast(D, w4);
        for (; x <= n - l; x += l) {
            DoubleVector a = DoubleVector.fromArray(D, out, x);
            DoubleVector d0 = DoubleVector.fromArray(D, r, o + x).sub(v0);
            a = a.sub(d0.mul(d0));
            DoubleVector d1 = DoubleVector.fromArray(D, r, o + x + 1).sub(v1);
            a = a.sub(d1.mul(d1));
            DoubleVector d2 = DoubleVector.fromArray(D, r, o + x + 2).sub(v2);
            a = a.sub(d2.mul(d2));
            DoubleVector d3 = DoubleVector.fromArray(D, r, o + x + 3).sub(v3);
            a = a.sub(d3.mul(d3));
            DoubleVector d4 = DoubleVector.fromArray(D, r, o + x + 4).sub(v4);
            a = a.sub(d4.mul(d4));
            a.intoArray(out, x);
        }
        for (; x < n; x++) {
            double a = out[x];
            double d0 = r[o + x] - w0;
            a -= d0 * d0;
            double d1 = r[o + x + 1] - w1;
            a -= d1 * d1;
            double d2 = r[o + x + 2] - w2;
            a -= d2 * d2;
            double d3 = r[o + x + 3] - w3;
            a -= d3 * d3;
            double d4 = r[o + x + 4] - w4;
            a -= d4 * d4;
            out[x] = a;
        }
    }

    private static void ssd1(double[] out, int n, double[] r0, int o0, double w0) {
        int l = D.length();
        int x = 0;
        DoubleVector v0 = DoubleVector.broadcast(D, w0);
        for (; x <= n - 2 * l; x += 2 * l) {
            int y = x + l;
            DoubleVector a = DoubleVector.fromArray(D, out, x);
            DoubleVector b = DoubleVector.fromArray(D, out, y);
            DoubleVector d0 = DoubleVector.fromArray(D, r0, o0 + x).sub(v0);
            DoubleVector e0 = DoubleVector.fromArray(D, r0, o0 + y).sub(v0);
            a = a.sub(d0.mul(d0));
            b = b.sub(e0.mul(e0));
            a.intoArray(out, x);
            b.intoArray(out, y);
        }
        for (; x < n; x++) {
            double a = out[x];
            double d0 = r0[o0 + x] - w0;
            a -= d0 * d0;
            out[x] = a;
        }
    }

    private static void ssd2(
            double[] out, int n, double[] r0, int o0, double[] r1, int o1, double w0, double w1) {
        int l = D.length();
        int x = 0;
        DoubleVector v0 = DoubleVector.broadcast(D, w0);
        DoubleVector v1 = DoubleVector.broadcast(D, w1);
        for (; x <= n - 2 * l; x += 2 * l) {
            int y = x + l;
            DoubleVector a = DoubleVector.fromArray(D, out, x);
            DoubleVector b = DoubleVector.fromArray(D, out, y);
            DoubleVector d0 = DoubleVector.fromArray(D, r0, o0 + x).sub(v0);
            DoubleVector e0 = DoubleVector.fromArray(D, r0, o0 + y).sub(v0);
            a = a.sub(d0.mul(d0));
            b = b.sub(e0.mul(e0));
            DoubleVector d1 = DoubleVector.fromArray(D, r1, o1 + x).sub(v1);
            DoubleVector e1 = DoubleVector.fromArray(D, r1, o1 + y).sub(v1);
            a = a.sub(d1.mul(d1));
            b = b.sub(e1.mul(e1));
            a.intoArray(out, x);
            b.intoArray(out, y);
        }
        for (; x < n; x++) {
            double a = out[x];
            double d0 = r0[o0 + x] - w0;
            a -= d0 * d0;
            double d1 = r1[o1 + x] - w1;
            a -= d1 * d1;
            out[x] = a;
        }
    }

    private static void ssd3(
            double[] out,
            int n,
            double[] r0,
            int o0,
            double[] r1,
            int o1,
            double[] r2,
            int o2,
            double w0,
            double w1,
            double w2) {
        int l = D.length();
        int x = 0;
        DoubleVector v0 = DoubleVector.broadcast(D, w0);
        DoubleVector v1 = DoubleVector.broadcast(D, w1);
        DoubleVector v2 = DoubleVector.broadcast(D, w2);
        for (; x <= n - 2 * l; x += 2 * l) {
            int y = x + l;
            DoubleVector a = DoubleVector.fromArray(D, out, x);
            DoubleVector b = DoubleVector.fromArray(D, out, y);
            DoubleVector d0 = DoubleVector.fromArray(D, r0, o0 + x).sub(v0);
            DoubleVector e0 = DoubleVector.fromArray(D, r0, o0 + y).sub(v0);
            a = a.sub(d0.mul(d0));
            b = b.sub(e0.mul(e0));
            DoubleVector d1 = DoubleVector.fromArray(D, r1, o1 + x).sub(v1);
            DoubleVector e1 = DoubleVector.fromArray(D, r1, o1 + y).sub(v1);
            a = a.sub(d1.mul(d1));
            b = b.sub(e1.mul(e1));
            DoubleVector d2 = DoubleVector.fromArray(D, r2, o2 + x).sub(v2);
            DoubleVector e2 = DoubleVector.fromArray(D, r2, o2 + y).sub(v2);
            a = a.sub(d2.mul(d2));
            b = b.sub(e2.mul(e2));
            a.intoArray(out, x);
            b.intoArray(out, y);
        }
        for (; x < n; x++) {
            double a = out[x];
            double d0 = r0[o0 + x] - w0;
            a -= d0 * d0;
            double d1 = r1[o1 + x] - w1;
            a -= d1 * d1;
            double d2 = r2[o2 + x] - w2;
            a -= d2 * d2;
            out[x] = a;
        }
    }

    private static void ssd4(
            double[] out,
            int n,
            double[] r0,
            int o0,
            double[] r1,
            int o1,
            double[] r2,
            int o2,
            double[] r3,
            int o3,
            double w0,
            double w1,
            double w2,
            double w3) {
        int l = D.length();
        int x = 0;
        DoubleVector v0 = DoubleVector.broadcast(D, w0);
        DoubleVector v1 = DoubleVector.broadcast(D, w1);
        DoubleVector v2 = DoubleVector.broadcast(D, w2);
        DoubleVector v3 = DoubleVector.broadcast(D, w3);
        for (; x <= n - l; x += l) {
            DoubleVector a = DoubleVector.fromArray(D, out, x);
            DoubleVector d0 = DoubleVector.fromArray(D, r0, o0 + x).sub(v0);
            a = a.sub(d0.mul(d0));
            DoubleVector d1 = DoubleVector.fromArray(D, r1, o1 + x).sub(v1);
            a = a.sub(d1.mul(d1));
            DoubleVector d2 = DoubleVector.fromArray(D, r2, o2 + x).sub(v2);
            a = a.sub(d2.mul(d2));
            DoubleVector d3 = DoubleVector.fromArray(D, r3, o3 + x).sub(v3);
            a = a.sub(d3.mul(d3));
            a.intoArray(out, x);
        }
        for (; x < n; x++) {
            double a = out[x];
            double d0 = r0[o0 + x] - w0;
            a -= d0 * d0;
            double d1 = r1[o1 + x] - w1;
            a -= d1 * d1;
            double d2 = r2[o2 + x] - w2;
            a -= d2 * d2;
            double d3 = r3[o3 + x] - w3;
            a -= d3 * d3;
            out[x] = a;
        }
    }

    private static void ssd5(
            double[] out,
            int n,
            double[] r0,
            int o0,
            double[] r1,
            int o1,
            double[] r2,
            int o2,
            double[] r3,
            int o3,
            double[] r4,
            int o4,
            double w0,
            double w1,
            double w2,
            double w3,
            double w4) {
        int l = D.length();
        int x = 0;
        DoubleVector v0 = DoubleVector.broadcast(D, w0);
        DoubleVector v1 = DoubleVector.broadcast(D, w1);
        DoubleVector v2 = DoubleVector.broadcast(D, w2);
        DoubleVector v3 = DoubleVector.broadcast(D, w3);
        DoubleVector v4 = DoubleVector.broadcast(D, w4);
        for (; x <= n - l; x += l) {
            DoubleVector a = DoubleVector.fromArray(D, out, x);
            DoubleVector d0 = DoubleVector.fromArray(D, r0, o0 + x).sub(v0);
            a = a.sub(d0.mul(d0));
            DoubleVector d1 = DoubleVector.fromArray(D, r1, o1 + x).sub(v1);
            a = a.sub(d1.mul(d1));
            DoubleVector d2 = DoubleVector.fromArray(D, r2, o2 + x).sub(v2);
            a = a.sub(d2.mul(d2));
            DoubleVector d3 = DoubleVector.fromArray(D, r3, o3 + x).sub(v3);
            a = a.sub(d3.mul(d3));
            DoubleVector d4 = DoubleVector.fromArray(D, r4, o4 + x).sub(v4);
            a = a.sub(d4.mul(d4));
            a.intoArray(out, x);
        }
        for (; x < n; x++) {
            double a = out[x];
            double d0 = r0[o0 + x] - w0;
            a -= d0 * d0;
            double d1 = r1[o1 + x] - w1;
            a -= d1 * d1;
            double d2 = r2[o2 + x] - w2;
            a -= d2 * d2;
            double d3 = r3[o3 + x] - w3;
            a -= d3 * d3;
            double d4 = r4[o4 + x] - w4;
            a -= d4 * d4;
            out[x] = a;
        }
    }
}
