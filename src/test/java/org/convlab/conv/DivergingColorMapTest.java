package org.convlab.conv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DivergingColorMapTest {
    private static final DivergingColorMap MAP = new DivergingColorMap(2);

    private static int channel(int argb, int shift) {
        return (argb >> shift) & 0xFF;
    }

    @Test
    void zeroIsNeutralGrey() {
        assertThat(MAP.argb(0)).isEqualTo(0xFFD0D0D0);
        assertThat(MAP.argb(-0.0)).isEqualTo(0xFFD0D0D0);
    }

    @Test
    void limitsTakeTheEndColoursAndBeyondIsClamped() {
        assertThat(MAP.argb(2)).isEqualTo(0xFFC25A00);
        assertThat(MAP.argb(-2)).isEqualTo(0xFF1F5FA8);
        assertThat(MAP.argb(50)).isEqualTo(0xFFC25A00);
        assertThat(MAP.argb(-50)).isEqualTo(0xFF1F5FA8);
    }

    @Test
    void halfwayIsTheMidpointOfGreyAndTheEnd() {
        // (208+194)/2 = 201, (208+90)/2 = 149, 208/2 = 104
        assertThat(MAP.argb(1)).isEqualTo(0xFFC99568);
        // (208+31)/2 = 119.5 → 120, (208+95)/2 = 151.5 → 152, (208+168)/2 = 188
        assertThat(MAP.argb(-1)).isEqualTo(0xFF7898BC);
    }

    @Test
    void equalMagnitudesGetEqualIntensity() {
        int[] shifts = {16, 8, 0};
        for (double v : new double[] {0.1, 0.37, 0.5, 1, 1.5, 1.99}) {
            int pos = MAP.argb(v);
            int neg = MAP.argb(-v);
            for (int s : shifts) {
                double grey = channel(DivergingColorMap.ZERO, s);
                double posSpan = channel(DivergingColorMap.POSITIVE, s) - grey;
                double negSpan = channel(DivergingColorMap.NEGATIVE, s) - grey;
                // each channel is rounded to a whole number, so the fraction is known to ±0.5/span
                assertThat((channel(pos, s) - grey) / posSpan)
                        .as("positive %s", v)
                        .isCloseTo(v / 2, within(0.5 / Math.abs(posSpan) + 1e-9));
                assertThat((channel(neg, s) - grey) / negSpan)
                        .as("negative %s", v)
                        .isCloseTo(v / 2, within(0.5 / Math.abs(negSpan) + 1e-9));
            }
        }
    }

    @Test
    void everyColourIsOpaque() {
        for (double v = -3; v <= 3; v += 0.25) {
            assertThat(MAP.argb(v) >>> 24).isEqualTo(0xFF);
        }
    }

    @Test
    void allZeroMapIsGreyEverywhere() {
        DivergingColorMap flat = DivergingColorMap.fitting(new double[] {0, 0, 0});
        assertThat(flat.limit()).isZero();
        assertThat(flat.argb(0)).isEqualTo(0xFFD0D0D0);
    }

    @Test
    void fittingUsesTheLargestMagnitude() {
        assertThat(DivergingColorMap.fitting(new double[] {-3, 1, 2}).limit()).isEqualTo(3);
        assertThat(DivergingColorMap.fitting(new double[] {-3, 1, 2}).argb(-3))
                .isEqualTo(0xFF1F5FA8);
    }

    @Test
    void textIsBlackOnGreyAndWhiteOnTheEnds() {
        assertThat(MAP.textArgb(0)).isEqualTo(0xFF000000);
        assertThat(MAP.textArgb(2)).isEqualTo(0xFFFFFFFF);
        assertThat(MAP.textArgb(-2)).isEqualTo(0xFFFFFFFF);
    }

    @Test
    void badLimitsAreRefused() {
        assertThatThrownBy(() -> new DivergingColorMap(-1)).hasMessageContaining("≥ 0");
        assertThatThrownBy(() -> new DivergingColorMap(Double.NaN)).hasMessageContaining("finite");
        assertThatThrownBy(() -> new DivergingColorMap(Double.POSITIVE_INFINITY))
                .hasMessageContaining("finite");
    }
}
