package org.convlab.conv.fast;

import static org.assertj.core.api.Assertions.assertThat;

import org.convlab.conv.RandomCases;
import org.junit.jupiter.api.Test;

/**
 * {@link FusedTaps} splits a row's taps into runs and adds each run in one pass: for every number
 * of taps the result must be that of adding one tap at a time, to the bit.
 */
class FusedTapsTest {
    @Test
    void everyRunLengthOfFusedTapsMatchesOneTapAtATime() {
        RandomCases r = new RandomCases(17);
        for (int n = 1; n <= 40; n++) {
            double[][] rows = new double[n][97];
            double[] w = new double[n];
            for (int t = 0; t < n; t++) {
                for (int x = 0; x < 97; x++) {
                    rows[t][x] = r.value(false);
                }
                w[t] = r.value(false);
            }
            double[] fused = new double[97];
            double[] fusedSsd = new double[97];
            double[] single = new double[97];
            double[] singleSsd = new double[97];
            FusedTaps.accumulate(fused, 97, rows, w, n);
            FusedTaps.subtractSquaredDifferences(fusedSsd, 97, rows, w, n);
            for (int t = 0; t < n; t++) {
                for (int x = 0; x < 97; x++) {
                    single[x] += w[t] * rows[t][x];
                    double d = rows[t][x] - w[t];
                    singleSsd[x] -= d * d;
                }
            }
            assertThat(fused).as("%d taps", n).isEqualTo(single);
            assertThat(fusedSsd).as("%d taps", n).isEqualTo(singleSsd);
        }
    }

    @Test
    void everyRunLengthOfFloatTapsMatchesOneTapAtATimeExactly() {
        RandomCases r = new RandomCases(19);
        for (int n = 1; n <= 40; n++) {
            float[][] rows = new float[n][97];
            float[] w = new float[n];
            for (int t = 0; t < n; t++) {
                for (int x = 0; x < 97; x++) {
                    rows[t][x] = r.random().nextInt(7) - 3;
                }
                w[t] = r.random().nextInt(7) - 3;
            }
            float[] fused = new float[97];
            double[] single = new double[97];
            FusedTaps.accumulate(fused, 97, rows, w, n);
            for (int t = 0; t < n; t++) {
                for (int x = 0; x < 97; x++) {
                    single[x] += w[t] * rows[t][x];
                }
            }
            for (int x = 0; x < 97; x++) {
                assertThat((double) fused[x]).as("%d taps, x = %d", n, x).isEqualTo(single[x]);
            }
        }
    }
}
