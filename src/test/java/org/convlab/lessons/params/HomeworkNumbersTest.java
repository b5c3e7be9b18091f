package org.convlab.lessons.params;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import org.convlab.conv.ConvSettings;
import org.convlab.conv.Correlation1D;
import org.convlab.conv.MatchMode;
import org.convlab.conv.NumberText;
import org.convlab.conv.Padding;
import org.junit.jupiter.api.Test;

/** The numbers of homework 3, right where the student was wrong. */
class HomeworkNumbersTest {
    private static final ParameterTally LAYER =
            ParameterTally.of(512, 512, 3, 3, 5, 5, ConvSettings.DEFAULT, true);

    private static BigInteger big(long v) {
        return BigInteger.valueOf(v);
    }

    @Test
    void homeworkLayerHas225WeightsAnd3Biases() {
        ParameterTally t = LAYER;
        assertThat(t.convWeights()).isEqualTo(BigInteger.valueOf(225));
        assertThat(t.convTotal()).isEqualTo(BigInteger.valueOf(228));
        assertThat(new int[] {t.outHeight(), t.outWidth(), t.filters()})
                .containsExactly(508, 508, 3);
        assertThat(t.denseWeights()).isEqualTo(new BigInteger("608849362944"));
        assertThat(t.denseBiases()).isEqualTo(BigInteger.valueOf(774_192));
    }

    @Test
    void denseLayerReplacingItHas608BillionWeights() {
        // (512·512·3) · (508·508·3) = 786,432 · 774,192 = 608,849,362,944; plus 774,192 biases
        assertThat(LAYER.inputCells()).isEqualTo(big(786_432));
        assertThat(LAYER.outputCells()).isEqualTo(big(774_192));
        assertThat(LAYER.denseTotal()).isEqualTo(big(608_850_137_136L));
        // at float32: 2,435,400,548,544 bytes
        assertThat(LAYER.denseBytes()).isEqualTo(big(2_435_400_548_544L));
        assertThat(NumberText.bytes(LAYER.denseBytes())).isEqualTo("2.44 TB");
        assertThat(NumberText.grouped(LAYER.denseWeights())).isEqualTo("608,849,362,944");
    }

    @Test
    void locallyConnectedLayerUnsharesTheWeights() {
        // 508·508·3 cells, each with its own 5·5·3 = 75 weights: 774,192 · 75 = 58,064,400; biases
        // 774,192
        assertThat(LAYER.localWeights()).isEqualTo(big(58_064_400));
        assertThat(LAYER.localBiases()).isEqualTo(big(774_192));
        assertThat(LAYER.localTotal()).isEqualTo(big(58_838_592));
    }

    @Test
    void denseMatrixHasOnlyTheConvTapsAsEntriesAnd225DistinctValues() {
        // valid padding: every one of the 75 taps of every output cell lands inside the image
        assertThat(LAYER.denseNonZero()).isEqualTo(big(58_064_400));
        assertThat(LAYER.denseDistinct()).isEqualTo(big(225));
        assertThat(LAYER.convBytes()).isEqualTo(big(912));
    }

    @Test
    void theStudentsFullyConnectedCountIsNoneOfTheTallies() {
        // (786,432 − 75 + 1) · 75 · 3: an input-length "positions" count times kernel size times
        // filters
        BigInteger student = big(786_432 - 75 + 1).multiply(big(75)).multiply(big(3));
        assertThat(student).isEqualTo(big(176_930_550));
        List<BigInteger> tallies =
                List.of(
                        LAYER.convWeights(),
                        LAYER.convTotal(),
                        LAYER.localWeights(),
                        LAYER.localTotal(),
                        LAYER.denseWeights(),
                        LAYER.denseBiases(),
                        LAYER.denseTotal(),
                        LAYER.denseNonZero(),
                        LAYER.denseDistinct());
        assertThat(tallies).doesNotContain(student);
    }

    @Test
    void withoutBiasesTheLayerHas225Parameters() {
        ParameterTally t = ParameterTally.of(512, 512, 3, 3, 5, 5, ConvSettings.DEFAULT, false);
        assertThat(t.convTotal()).isEqualTo(big(225));
        assertThat(t.denseTotal()).isEqualTo(new BigInteger("608849362944"));
        assertThat(t.localTotal()).isEqualTo(big(58_064_400));
    }

    @Test
    void oneDimensionalExampleMatchesTheHomework() {
        double[] out = homework(MatchMode.RAW);
        assertThat(out).containsExactly(44, 26, 16, 14, 23);
    }

    @Test
    void rawScoreDoesNotPeakWhereThePatternIs() {
        // the student says [1,2,3] at index 3 "outputs a high value": it scores 14, the lowest of
        // all five
        double[] out = homework(MatchMode.RAW);
        assertThat(Correlation1D.argmax(out)).isZero();
        assertThat(out[3]).isEqualTo(14);
    }

    @Test
    void nccScoresTheRampAtIndexZeroAndTheCopyAtIndexThreeEquallyOne() {
        // [6,7,8] is [1,2,3] + 5: NCC cannot tell an offset copy from the pattern
        // index 4: [2,3,5] centred −4/3 −1/3 5/3 against −1 0 1: 3 / √(42/9 · 2) = 9/√84
        double[] out = homework(MatchMode.NCC);
        assertThat(out[0]).isEqualTo(1.0);
        assertThat(out[3]).isEqualTo(1.0);
        assertThat(out[1]).isNegative();
        assertThat(out[2]).isNegative();
        assertThat(out[4])
                .isCloseTo(9 / Math.sqrt(84), org.assertj.core.api.Assertions.within(1e-15));
        assertThat(Correlation1D.argmax(out)).isZero();
    }

    @Test
    void ssdPeaksOnlyAtTheCopyWithZero() {
        // [6,7,8]: −(25+25+25) = −75; [7,8,1]: −(36+36+4) = −76; [8,1,2]: −(49+1+1) = −51; [1,2,3]:
        // 0; [2,3,5]: −(1+1+4) = −6
        double[] out = homework(MatchMode.SSD);
        assertThat(out).containsExactly(-75, -76, -51, 0, -6);
        assertThat(Correlation1D.argmax(out)).isEqualTo(3);
    }

    @Test
    void translatingThePatternMovesThePeakSoConvolutionIsEquivariantNotInvariant() {
        // the homework's translated vector: the output changes, it does not stay the same
        double[] moved =
                Correlation1D.correlate(
                        new double[] {1, 2, 3, 6, 7, 8, 5},
                        new double[] {1, 2, 3},
                        MatchMode.SSD,
                        Padding.VALID);
        // [1,2,3]: 0; [2,3,6]: −(1+1+9) = −11; [3,6,7]: −(4+16+16) = −36; [6,7,8]: −75; [7,8,5]:
        // −(36+36+4) = −76
        assertThat(moved).containsExactly(0, -11, -36, -75, -76);
        assertThat(Correlation1D.argmax(moved)).isZero();
    }

    /** The homework signal scored against the kernel [1, 2, 3] with valid padding. */
    private static double[] homework(MatchMode mode) {
        return Correlation1D.correlate(
                new double[] {6, 7, 8, 1, 2, 3, 5}, new double[] {1, 2, 3}, mode, Padding.VALID);
    }
}
