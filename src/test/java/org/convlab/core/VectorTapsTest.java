package org.convlab.core;

import static org.assertj.core.api.Assertions.assertThat;

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
                double[] source = new double[n + 40];
                for (int i = 0; i < source.length; i++) {
                    source[i] = r.value(false);
                }
                double[][] rows = new double[count][];
                double[][] copies = new double[count][n];
                int[] offsets = new int[count];
                double[] w = new double[count];
                for (int t = 0; t < count; t++) {
                    rows[t] = source;
                    offsets[t] = r.random().nextInt(41);
                    System.arraycopy(source, offsets[t], copies[t], 0, n);
                    w[t] = r.value(false);
                }
                double[] start = new double[n];
                for (int x = 0; x < n; x++) {
                    start[x] = r.value(false);
                }
                double[] vector = start.clone();
                double[] shifted = start.clone();
                VectorTaps.accumulate(vector, n, rows, offsets, w, count);
                FusedTaps.accumulate(shifted, n, copies, w, count);
                assertThat(vector).as("%d taps, %d wide", count, n).isEqualTo(shifted);
                double[] vectorSsd = start.clone();
                double[] shiftedSsd = start.clone();
                VectorTaps.subtractSquaredDifferences(vectorSsd, n, rows, offsets, w, count);
                FusedTaps.subtractSquaredDifferences(shiftedSsd, n, copies, w, count);
                assertThat(vectorSsd).as("SSD, %d taps, %d wide", count, n).isEqualTo(shiftedSsd);
            }
        }
    }

    @Test
    void eachTapReadsItsOwnRowAtItsOwnOffset() {
        double[] a = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19};
        double[] b = new double[20];
        java.util.Arrays.fill(b, 100);
        double[] out = new double[10];
        VectorTaps.accumulate(out, 10, new double[][] {a, b, a}, new int[] {0, 3, 10}, new double[] {1, 2, 10}, 3);
        for (int x = 0; x < 10; x++) {
            assertThat(out[x]).as("x = %d", x).isEqualTo(x + 200 + 10 * (x + 10));
        }
    }
}
