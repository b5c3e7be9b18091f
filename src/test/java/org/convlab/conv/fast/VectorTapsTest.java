package org.convlab.conv.fast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.IntUnaryOperator;
import org.convlab.conv.RandomCases;
import org.junit.jupiter.api.Test;

/**
 * {@link VectorTaps} reads rows at offsets; {@link FusedTaps} reads shifted copies. On the same
 * pixels, in the same tap order, they must give the same bits, for every run length, row length
 * (whole vectors and tails) and offset.
 */
class VectorTapsTest {
    @Test
    void everyTapCountGivesTheBitsOfTheShiftedLoops() {
        RandomCases r = new RandomCases(31);
        for (int count = 1; count <= 27; count++) {
            for (int n : new int[] {1, 7, 8, 15, 16, 17, 97, 508}) {
                assertBothLayoutsAgree(
                        r,
                        count,
                        n,
                        40,
                        t -> r.random().nextInt(41),
                        true,
                        count + " taps, " + n + " wide");
            }
        }
    }

    @Test
    void eachTapReadsItsOwnRowAtItsOwnOffset() {
        double[] a = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19};
        double[] b = new double[20];
        java.util.Arrays.fill(b, 100);
        double[] out = new double[10];
        VectorTaps.accumulate(
                out,
                10,
                new double[][] {a, b, a},
                new int[] {0, 3, 10},
                new double[] {1, 2, 10},
                3);
        for (int x = 0; x < 10; x++) {
            assertThat(out[x]).as("x = %d", x).isEqualTo(x + 200 + 10 * (x + 10));
        }
    }

    @Test
    void kernelRowsOfNeighbouringPixelsGiveTheBitsOfTheShiftedLoops() {
        RandomCases r = new RandomCases(37);
        for (int kw = 1; kw <= 7; kw++) {
            int width = kw;
            for (int count : new int[] {kw, 3 * kw, 5 * kw}) {
                for (int n : new int[] {1, 7, 8, 15, 16, 17, 97, 508}) {
                    assertBothLayoutsAgree(
                            r,
                            count,
                            n,
                            60,
                            t -> (t / width) * 9 + t % width,
                            false,
                            "kernel rows of " + kw + ", " + count + " taps, " + n + " wide");
                }
            }
        }
    }

    /**
     * {@code count} taps reading one random row of {@code n + spare} pixels at {@code offset(t)},
     * summed from zeros (or from random values) by {@link VectorTaps} at offsets and by {@link
     * FusedTaps} from shifted copies, as products and as squared differences: the bits must agree.
     */
    private static void assertBothLayoutsAgree(
            RandomCases r,
            int count,
            int n,
            int spare,
            IntUnaryOperator offset,
            boolean randomStart,
            String what) {
        double[] source = new double[n + spare];
        for (int i = 0; i < source.length; i++) {
            source[i] = r.value(false);
        }
        double[][] rows = new double[count][];
        double[][] copies = new double[count][n];
        int[] offsets = new int[count];
        double[] w = new double[count];
        for (int t = 0; t < count; t++) {
            rows[t] = source;
            offsets[t] = offset.applyAsInt(t);
            System.arraycopy(source, offsets[t], copies[t], 0, n);
            w[t] = r.value(false);
        }
        double[] start = new double[n];
        for (int x = 0; randomStart && x < n; x++) {
            start[x] = r.value(false);
        }
        double[] vector = start.clone();
        double[] shifted = start.clone();
        VectorTaps.accumulate(vector, n, rows, offsets, w, count);
        FusedTaps.accumulate(shifted, n, copies, w, count);
        assertThat(vector).as(what).isEqualTo(shifted);
        double[] vectorSsd = start.clone();
        double[] shiftedSsd = start.clone();
        VectorTaps.subtractSquaredDifferences(vectorSsd, n, rows, offsets, w, count);
        FusedTaps.subtractSquaredDifferences(shiftedSsd, n, copies, w, count);
        assertThat(vectorSsd).as("SSD, " + what).isEqualTo(shiftedSsd);
    }

    @Test
    void aRunThatOnlyLooksLikeNeighboursReadsEachTapWhereItPoints() {
        double[] a = new double[30];
        for (int i = 0; i < a.length; i++) {
            a[i] = i;
        }
        double[] b = a.clone();
        b[11] = 1000;
        double[] w = {1, 10, 100, 1000, 10000};
        for (int m = 3; m <= 5; m++) {
            // Tap 1 reads another array with the same pixels but one: a neighbour test that
            // compared offsets alone would read a instead.
            double[][] rows = {a, b, a, a, a};
            int[] offsets = {10, 11, 12, 13, 14};
            double[] out = new double[9];
            VectorTaps.accumulate(out, 9, rows, offsets, w, m);
            double expected = 0;
            for (int t = 0; t < m; t++) {
                expected += w[t] * rows[t][offsets[t]];
            }
            assertThat(out[0]).as("%d taps, array switch", m).isEqualTo(expected);
            // A gap of one pixel between taps 2 and 3.
            int[] gap = {10, 11, 13, 14, 15};
            double[] gapOut = new double[9];
            VectorTaps.accumulate(gapOut, 9, new double[][] {a, a, a, a, a}, gap, w, m);
            for (int x = 0; x < 9; x++) {
                double e = 0;
                for (int t = 0; t < m; t++) {
                    e += w[t] * a[gap[t] + x];
                }
                assertThat(gapOut[x]).as("%d taps, gap, x = %d", m, x).isEqualTo(e);
            }
        }
    }

    @Test
    void floatTapsGiveTheBitsOfTheShiftedFloatLoops() {
        RandomCases r = new RandomCases(41);
        for (int count = 1; count <= 27; count++) {
            for (int n : new int[] {1, 7, 8, 15, 16, 17, 97, 508}) {
                for (boolean neighbouring : new boolean[] {false, true}) {
                    float[] source = new float[n + 60];
                    for (int i = 0; i < source.length; i++) {
                        source[i] = (float) r.value(true);
                    }
                    float[][] rows = new float[count][];
                    float[][] copies = new float[count][n];
                    int[] offsets = new int[count];
                    float[] w = new float[count];
                    for (int t = 0; t < count; t++) {
                        rows[t] = source;
                        offsets[t] = neighbouring ? (t / 5) * 9 + t % 5 : r.random().nextInt(41);
                        System.arraycopy(source, offsets[t], copies[t], 0, n);
                        w[t] = (float) r.value(true);
                    }
                    float[] vector = new float[n];
                    float[] shifted = new float[n];
                    VectorTaps.accumulate(vector, n, rows, offsets, w, count);
                    FusedTaps.accumulate(shifted, n, copies, w, count);
                    assertThat(vector)
                            .as("%d taps, %d wide, neighbours %s", count, n, neighbouring)
                            .isEqualTo(shifted);
                    // Whole numbers: the sum is exact, so it can be checked against long
                    // arithmetic.
                    for (int x = 0; x < n; x++) {
                        long exact = 0;
                        for (int t = 0; t < count; t++) {
                            exact += (long) w[t] * (long) source[offsets[t] + x];
                        }
                        assertThat(vector[x])
                                .as("%d taps, x = %d", count, x)
                                .isEqualTo((float) exact);
                    }
                }
            }
        }
    }

    @Test
    void realNccRowGivesTheBitsOfTheScalarFormulaFlatWindowsAndClampsIncluded() {
        RandomCases r = new RandomCases(43);
        for (int n : new int[] {1, 3, 4, 5, 8, 17, 508}) {
            double[] dot = new double[n];
            double[] sum = new double[n];
            double[] sumSq = new double[n];
            for (int x = 0; x < n; x++) {
                double[] window = new double[25];
                switch (x % 4) {
                    case 0 -> java.util.Arrays.fill(window, 0.3); // flat: xss is rounding noise
                    case 1 -> java.util.Arrays.fill(window, 0.0); // empty: 0/0
                    default -> {
                        for (int i = 0; i < 25; i++) {
                            window[i] = r.value(false);
                        }
                    }
                }
                for (double v : window) {
                    sum[x] += v;
                    sumSq[x] += v * v;
                }
                // Some dot products beyond what a true NCC allows, so the clamp is exercised.
                dot[x] = x % 4 == 3 ? 1e3 * (r.random().nextBoolean() ? 1 : -1) : r.value(false);
            }
            double wss = 2.75;
            double[] expected = new double[n];
            for (int x = 0; x < n; x++) {
                double xss = sumSq[x] - sum[x] * sum[x] / 25;
                expected[x] =
                        xss <= 1e-12 * sumSq[x]
                                ? 0
                                : WholeNumberNcc.clampUnit(dot[x] / Math.sqrt(xss * wss));
            }
            double[] out = dot.clone();
            VectorTaps.nccRow(out, n, sum, sumSq, 25, wss);
            assertThat(out).as("%d wide", n).isEqualTo(expected);
            assertThat(out).as("flat windows score 0, clamped ones ±1").contains(0.0);
        }
    }

    @Test
    void wholeNumberNccRowGivesTheCoefficientOfEveryCell() {
        RandomCases r = new RandomCases(47);
        float taps = 25;
        float kernelSum = 7;
        double spread = 1234;
        for (int n : new int[] {1, 7, 8, 9, 16, 17, 508}) {
            float[] dot = new float[n];
            float[] sum = new float[n];
            float[] sumSq = new float[n];
            for (int x = 0; x < n; x++) {
                if (x % 5 == 0) {
                    continue; // a flat window of zeros: X = 0 scores 0
                }
                for (int i = 0; i < 25; i++) {
                    float v = r.random().nextInt(9) - 4;
                    sum[x] += v;
                    sumSq[x] += v * v;
                }
                dot[x] = r.random().nextInt(201) - 100;
            }
            double[] out = new double[n];
            VectorTaps.wholeNccRow(out, n, dot, sum, sumSq, taps, kernelSum, spread);
            for (int x = 0; x < n; x++) {
                double s = taps * dot[x] - kernelSum * sum[x];
                double xs = taps * sumSq[x] - sum[x] * sum[x];
                assertThat(out[x])
                        .as("%d wide, x = %d", n, x)
                        .isEqualTo(WholeNumberNcc.coefficient(s, xs, spread));
            }
        }
    }

    @Test
    void windowSumsFromZeroGiveTheBitsOfZerosPlusOnesTimesEachRow() {
        RandomCases r = new RandomCases(53);
        for (int count = 0; count <= 12; count++) {
            for (int n : new int[] {1, 8, 17, 508}) {
                double[][] rows = new double[count][n];
                for (double[] row : rows) {
                    for (int x = 0; x < n; x++) {
                        row[x] = r.value(false);
                    }
                }
                double[] ones = new double[Math.max(1, count)];
                java.util.Arrays.fill(ones, 1.0);
                double[] expected = new double[n];
                FusedTaps.accumulate(expected, n, rows, ones, count);
                double[] out = new double[n];
                java.util.Arrays.fill(out, Double.NaN);
                FusedTaps.sumRows(out, n, rows, ones, count);
                assertThat(out).as("%d rows, %d wide", count, n).isEqualTo(expected);
            }
        }
    }
}
