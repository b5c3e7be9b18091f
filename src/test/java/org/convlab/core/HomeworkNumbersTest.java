package org.convlab.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class HomeworkNumbersTest {
    @Test
    void homeworkLayerHas225WeightsAnd3Biases() {
        ParameterTally t = ParameterTally.of(512, 512, 3, 3, 5, 5, ConvSettings.DEFAULT, true);
        assertThat(t.convWeights()).isEqualTo(BigInteger.valueOf(225));
        assertThat(t.convTotal()).isEqualTo(BigInteger.valueOf(228));
        assertThat(new int[] {t.outHeight(), t.outWidth(), t.filters()}).containsExactly(508, 508, 3);
        assertThat(t.denseWeights()).isEqualTo(new BigInteger("608849362944"));
        assertThat(t.denseBiases()).isEqualTo(BigInteger.valueOf(774_192));
    }

    @Test
    void oneDimensionalExampleMatchesTheHomework() {
        double[] out = Correlation1D.correlate(new double[] {6, 7, 8, 1, 2, 3, 5}, new double[] {1, 2, 3},
                MatchMode.RAW, Padding.VALID);
        assertThat(out).containsExactly(44, 26, 16, 14, 23);
    }
}
