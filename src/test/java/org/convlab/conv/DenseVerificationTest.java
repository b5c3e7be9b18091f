package org.convlab.conv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DenseVerificationTest {
    private static Filter filter(int kh, int kw, int c, double bias, double start) {
        double[] w = new double[kh * kw * c];
        for (int i = 0; i < w.length; i++) {
            w[i] = start + 0.37 * i;
        }
        return Filter.of(kh, kw, c, w, bias);
    }

    @Test
    void theDenseMatrixReproducesTheConvLayerOnRandomInput() {
        List<Filter> filters = List.of(filter(3, 3, 2, 0.5, -1), filter(3, 3, 2, -0.25, 0.3));
        ConvSettings s = new ConvSettings(Padding.SAME, 2, 1, false);
        DenseEquivalent m = DenseEquivalent.of(7, 6, 2, filters, s);
        DenseVerification v = DenseVerification.run(m, filters, s, 7, 6, 2, 42);
        assertThat(v.outputs()).isEqualTo(m.rows());
        assertThat(v.maxDifference()).isLessThan(1e-12);
    }

    @Test
    void aWrongMatrixIsCaught() {
        List<Filter> filters = List.of(filter(3, 3, 1, 0, 1));
        DenseEquivalent m = DenseEquivalent.of(6, 6, 1, filters, ConvSettings.DEFAULT);
        // Check against a different filter: the readout must show a real difference.
        DenseVerification v =
                DenseVerification.run(
                        m, List.of(filter(3, 3, 1, 0, 2)), ConvSettings.DEFAULT, 6, 6, 1, 1);
        assertThat(v.maxDifference()).isGreaterThan(0.1);
    }

    @Test
    void theSameSeedGivesTheSameInput() {
        assertThat(DenseVerification.randomInput(4, 5, 2, 7))
                .isEqualTo(DenseVerification.randomInput(4, 5, 2, 7));
        assertThat(DenseVerification.randomInput(4, 5, 2, 7))
                .isNotEqualTo(DenseVerification.randomInput(4, 5, 2, 8));
    }
}
