package org.convlab.lessons.params;

import static org.assertj.core.api.Assertions.assertThat;

import org.convlab.conv.ConvSettings;
import org.convlab.conv.Padding;
import org.junit.jupiter.api.Test;

class ParameterArithmeticTest {
    @Test
    void homeworkDenseWeightsAreWrittenOutInFull() {
        ParameterArithmetic a =
                ParameterArithmetic.of(
                        ParameterTally.of(512, 512, 3, 3, 5, 5, ConvSettings.DEFAULT, true));
        assertThat(a.denseWeights())
                .isEqualTo(
                        "(H·W·C) · (H′·W′·N) = (512·512·3) · (508·508·3) = 786,432 · 774,192 = 608,849,362,944");
        assertThat(a.convWeights()).isEqualTo("KH·KW·C·N = 5·5·3·3 = 225");
        assertThat(a.convTotal()).isEqualTo("225 + 3 = 228");
        assertThat(a.outHeight()).isEqualTo("H′ = ⌊(512 + 0 + 0 − 1·(5 − 1) − 1) / 1⌋ + 1 = 508");
        assertThat(a.outShape()).isEqualTo("H′×W′×N = 508×508×3 = 774,192 outputs");
        assertThat(a.localWeights())
                .isEqualTo(
                        "(H′·W′·N) · (KH·KW·C) = (508·508·3) · (5·5·3) = 774,192 · 75 = 58,064,400");
        assertThat(a.denseTotal()).isEqualTo("608,849,362,944 + 774,192 = 608,850,137,136");
        assertThat(a.denseMemory())
                .isEqualTo("608,850,137,136 · 4 bytes = 2,435,400,548,544 B = 2.44 TB");
        assertThat(a.localRatio()).isEqualTo("58,838,592 ÷ 228 = 258,064");
        assertThat(a.convMemory()).isEqualTo("228 · 4 bytes = 912 B");
        assertThat(a.denseRatio()).isEqualTo("608,850,137,136 ÷ 228 ≈ 2,670,395,338");
        assertThat(a.denseNonZero())
                .endsWith("= (508·5) · (508·5) · 3 · 3 = 2,540 · 2,540 · 3 · 3 = 58,064,400");
        assertThat(a.denseZeros())
                .startsWith("608,849,362,944 − 58,064,400 = 608,791,298,544 zeros, ≈ 99.99");
    }

    @Test
    void samePaddingCountsOnlyTapsOnTheImage() {
        ParameterTally t =
                ParameterTally.of(
                        6, 6, 1, 1, 3, 3, ConvSettings.DEFAULT.withPadding(Padding.SAME), false);
        ParameterArithmetic a = ParameterArithmetic.of(t);
        assertThat(a.outHeight()).isEqualTo("H′ = ⌊(6 + 1 + 1 − 1·(3 − 1) − 1) / 1⌋ + 1 = 6");
        assertThat(a.denseNonZero())
                .isEqualTo(
                        "taps on the image, not on padding: 16 row taps · 16 column taps · C · N = 16 · 16 · 1 · 1 = 256");
        assertThat(a.convBiases()).isEqualTo("bias off: 0");
        assertThat(a.denseZeros()).isEqualTo("1,296 − 256 = 1,040 zeros, ≈ 80.2% of the matrix");
    }

    @Test
    void strideTwoShowsInTheSizeFormula() {
        ParameterTally t =
                ParameterTally.of(
                        9, 9, 1, 1, 3, 3, new ConvSettings(Padding.VALID, 2, 1, false), true);
        ParameterArithmetic a = ParameterArithmetic.of(t);
        assertThat(a.outWidth()).isEqualTo("W′ = ⌊(9 + 0 + 0 − 1·(3 − 1) − 1) / 2⌋ + 1 = 4");
    }
}
