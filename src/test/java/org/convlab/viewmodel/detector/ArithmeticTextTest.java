package org.convlab.viewmodel.detector;

import static org.assertj.core.api.Assertions.assertThat;

import org.convlab.conv.Activation;
import org.convlab.conv.ConvSettings;
import org.convlab.conv.Filter;
import org.convlab.conv.Image;
import org.convlab.conv.MatchMode;
import org.convlab.lessons.detector.CellArithmetic;
import org.junit.jupiter.api.Test;

class ArithmeticTextTest {
    private final Image in = Image.ofRows(new double[][] {{1, 0}, {1, 1}});

    private String explain(Filter f, MatchMode m, Activation a) {
        return ArithmeticText.explain(
                "A", 0, 0, CellArithmetic.explain(in, f, ConvSettings.DEFAULT, m, a, 0, 0), a);
    }

    @Test
    void rawWritesProductsWithNegativeWeightsInParenthesesAndTheBias() {
        Filter f = Filter.ofRows(new double[][] {{1, -1}, {0, 2}}, -0.5);
        assertThat(explain(f, MatchMode.RAW, Activation.NONE))
                .isEqualTo(
                        "A[0, 0] = 1·1 + 0·(−1) + 1·2 + b (−0.5) = 2.5   (1 zero weight left out)");
    }

    @Test
    void reluIsShownAfterTheSum() {
        Filter f = Filter.ofRows(new double[][] {{-1, 0}, {0, -1}});
        assertThat(explain(f, MatchMode.RAW, Activation.RELU))
                .endsWith("= −2   (2 zero weights left out); ReLU(−2) = 0");
    }

    @Test
    void zeroMeanSubtractsTheKernelMean() {
        Filter f = Filter.ofRows(new double[][] {{1, 0}, {0, 1}});
        assertThat(explain(f, MatchMode.ZERO_MEAN, Activation.NONE))
                .isEqualTo(
                        "A[0, 0] = Σ x·(w − w̄) + b with w̄ = 0.5: 1·0.5 + 0·(−0.5) + 1·(−0.5) + 1·0.5 = 0.5");
    }

    @Test
    void nccShowsNumeratorAndNorms() {
        Filter f = Filter.ofRows(new double[][] {{1, 0}, {0, 1}});
        assertThat(explain(f, MatchMode.NCC, Activation.NONE))
                .isEqualTo(
                        "A[0, 0] = Σ(w − w̄)(x − x̄) / √(Σ(w − w̄)² · Σ(x − x̄)²) = 0.5 / √(1 · 0.75) = ≈0.5774");
    }

    @Test
    void nccOfAFlatWindowSaysWhyItIsZero() {
        Image flat = Image.ofRows(new double[][] {{1, 1}, {1, 1}});
        Filter f = Filter.ofRows(new double[][] {{1, 0}, {0, 1}});
        String s =
                ArithmeticText.explain(
                        "A",
                        0,
                        0,
                        CellArithmetic.explain(
                                flat,
                                f,
                                ConvSettings.DEFAULT,
                                MatchMode.NCC,
                                Activation.NONE,
                                0,
                                0),
                        Activation.NONE);
        assertThat(s).endsWith("undefined: the window is flat (all 1), so NCC is taken as 0");
    }

    @Test
    void ssdListsTheDifferencesThatCount() {
        Filter f = Filter.ofRows(new double[][] {{1, 1}, {0, 1}});
        assertThat(explain(f, MatchMode.SSD, Activation.NONE))
                .isEqualTo(
                        "A[0, 0] = −Σ(x − w)² = −[(0 − 1)² + (1 − 0)²] = −2   (2 taps match exactly and add 0)");
    }

    @Test
    void longSumsAreCutButTheTotalStaysExact() {
        Image big = Image.ofRows(new double[11][11]);
        double[][] ones = new double[11][11];
        for (double[] r : ones) {
            java.util.Arrays.fill(r, 1);
        }
        String s =
                ArithmeticText.explain(
                        "A",
                        0,
                        0,
                        CellArithmetic.explain(
                                big,
                                Filter.ofRows(ones),
                                ConvSettings.DEFAULT,
                                MatchMode.RAW,
                                Activation.NONE,
                                0,
                                0),
                        Activation.NONE);
        assertThat(s).contains("+ (91 more products, together 0) = 0");
    }
}
