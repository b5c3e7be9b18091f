package org.convlab.conv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * In zero-mean mode the kernel's mean is taken off every weight before the products; an overflow
 * names that centred weight, the number actually multiplied, and where it came from.
 */
class ZeroMeanOverflowTest {
    private static final String LARGEST =
            " is larger than the largest number ConvLab can hold (about 1.8e308)";

    private static Workspace workspace(MatchMode mode, double[][] weights) {
        Image image = Image.ofRows(new double[][] {{1e308, 1}, {1, 1}});
        FilterSpec f = FilterSpec.plain("zm", Filter.ofRows(weights));
        return new Workspace(
                image, List.of(f), ConvSettings.DEFAULT, mode, Activation.NONE, Map.of());
    }

    @Test
    void detectionNamesTheCentredWeightWhenOnlyTheCentredProductOverflows() {
        // Raw: 1e308 · 1 is finite. Centred: the mean of 1 and −3 is −1, so 1e308 · 2 is not.
        Workspace ws = workspace(MatchMode.ZERO_MEAN, new double[][] {{1, -3}});
        assertThatThrownBy(() -> Detection.of(ws))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "filter zm: its response R1[0][0] overflows: pixel (0, 0) = 1.0E308 times centred weight (0, 0) = 2"
                                + " (1 minus the filter's mean -1)"
                                + LARGEST);
    }

    @Test
    void rawModeStillNamesTheWeightAsGiven() {
        Workspace ws = workspace(MatchMode.RAW, new double[][] {{10, -3}});
        assertThatThrownBy(() -> Detection.of(ws))
                .hasMessage(
                        "filter zm: its response R1[0][0] overflows: pixel (0, 0) = 1.0E308 times weight (0, 0) = 10"
                                + LARGEST);
    }

    @Test
    void zeroMeanOnARawOverflowNamesTheCentredValueThatWasMultiplied() {
        // 10 raw would overflow too, but what is multiplied is 10 − 3.5 = 6.5.
        Workspace ws = workspace(MatchMode.ZERO_MEAN, new double[][] {{10, -3}});
        assertThatThrownBy(() -> Detection.of(ws))
                .hasMessageContaining(
                        "times centred weight (0, 0) = 6.5 (10 minus the filter's mean 3.5)");
    }

    @Test
    void oneDimensionalOutputNamesTheCentredKernelValue() {
        assertThatThrownBy(
                        () ->
                                Correlation1D.correlate(
                                        new double[] {1e308, 1},
                                        new double[] {1, -3},
                                        MatchMode.ZERO_MEAN,
                                        Padding.VALID))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "output[0] overflows: signal[0] = 1.0E308 times centred kernel[0] = 2 (1 minus the filter's mean -1)"
                                + LARGEST);
        assertThat(
                        Correlation1D.correlate(
                                new double[] {1e307, 1},
                                new double[] {1, -3},
                                MatchMode.ZERO_MEAN,
                                Padding.VALID))
                .containsExactly(2e307 - 2);
    }
}
