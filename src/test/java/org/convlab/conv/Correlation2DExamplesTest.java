package org.convlab.conv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Small cases worked out by hand; the arithmetic is in the comments. */
class Correlation2DExamplesTest {
    /** 1 2 3 / 4 5 6 / 7 8 9 */
    private static final Image ONE_TO_NINE =
            Image.ofRows(new double[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}});

    /** An asymmetric kernel, so a flip shows. */
    private static final Filter ONE_TO_FOUR = Filter.ofRows(new double[][] {{1, 2}, {3, 4}});

    /** 5×5 with v[y][x] = 5y + x + 1, i.e. 1 … 25. */
    private static Image oneToTwentyFive() {
        double[] d = new double[25];
        for (int i = 0; i < 25; i++) {
            d[i] = i + 1;
        }
        return Image.of(5, 5, 1, d);
    }

    private static double[][] run(Image in, Filter f, ConvSettings s, MatchMode m, Activation a) {
        return Correlation2D.compute(in, f, s, m, a).toRows();
    }

    private static double[][] raw(Image in, Filter f, ConvSettings s) {
        return run(in, f, s, MatchMode.RAW, Activation.NONE);
    }

    @Test
    void validCorrelationSlidesTheKernelUnflipped() {
        // (0,0): 1·1 + 2·2 + 4·3 + 5·4 = 37; (0,1): 2 + 6 + 15 + 24 = 47
        // (1,0): 4 + 10 + 21 + 32 = 67;      (1,1): 5 + 12 + 24 + 36 = 77
        assertThat(raw(ONE_TO_NINE, ONE_TO_FOUR, ConvSettings.DEFAULT))
                .isDeepEqualTo(new double[][] {{37, 47}, {67, 77}});
    }

    @Test
    void flipRotatesTheKernelBy180Degrees() {
        // kernel used: 4 3 / 2 1. (0,0): 1·4 + 2·3 + 4·2 + 5·1 = 23; (0,1): 8 + 9 + 10 + 6 = 33
        // (1,0): 16 + 15 + 14 + 8 = 53; (1,1): 20 + 18 + 16 + 9 = 63
        assertThat(raw(ONE_TO_NINE, ONE_TO_FOUR, ConvSettings.DEFAULT.withFlip(true)))
                .isDeepEqualTo(new double[][] {{23, 33}, {53, 63}});
    }

    @Test
    void biasIsAddedToEveryCell() {
        assertThat(raw(ONE_TO_NINE, ONE_TO_FOUR.withBias(-7.5), ConvSettings.DEFAULT))
                .isDeepEqualTo(new double[][] {{29.5, 39.5}, {59.5, 69.5}});
    }

    @Test
    void fullPaddingReadsTheCornersThroughOneTap() {
        double[][] out =
                raw(ONE_TO_NINE, ONE_TO_FOUR, ConvSettings.DEFAULT.withPadding(Padding.FULL));
        assertThat(out.length).isEqualTo(4);
        assertThat(out[0].length).isEqualTo(4);
        // (0,0): only input (0,0)=1 under kernel (1,1)=4; (3,3): input (2,2)=9 under kernel (0,0)=1
        // (0,3): input (0,2)=3 under kernel (1,0)=3; (3,0): input (2,0)=7 under kernel (0,1)=2
        assertThat(new double[] {out[0][0], out[3][3], out[0][3], out[3][0]})
                .containsExactly(4, 9, 9, 14);
        // the inner 2×2 is the valid result
        assertThat(new double[] {out[1][1], out[1][2], out[2][1], out[2][2]})
                .containsExactly(37, 47, 67, 77);
    }

    @Test
    void explicitPaddingAddsZerosOnEverySide() {
        Filter ones = Filter.ofRows(new double[][] {{1, 1, 1}, {1, 1, 1}, {1, 1, 1}});
        double[][] out =
                raw(ONE_TO_NINE, ones, ConvSettings.DEFAULT.withPadding(Padding.explicit(1)));
        // corner: 1 + 2 + 4 + 5 = 12; top middle: 1+2+3+4+5+6 = 21; centre: 45
        assertThat(out[0]).containsExactly(12, 21, 16);
        assertThat(out[1]).containsExactly(27, 45, 33);
        assertThat(out[2]).containsExactly(24, 39, 28);
    }

    @Test
    void samePaddingWithAnEvenKernelPadsAfter() {
        // K = 2, H = 3: pad 0 before, 1 after. (0,0) = 37 as in valid; (2,2): only 9·1 = 9;
        // (0,2): 3·1 + 6·3 = 21; (2,0): 7·1 + 8·2 = 23
        double[][] out =
                raw(ONE_TO_NINE, ONE_TO_FOUR, ConvSettings.DEFAULT.withPadding(Padding.SAME));
        assertThat(out).isDeepEqualTo(new double[][] {{37, 47, 21}, {67, 77, 33}, {23, 26, 9}});
    }

    @Test
    void samePaddingWithStrideTwoAndAnEvenKernel() {
        // H = 5, K = 2, s = 2: out 3, pad 0 before and 1 after. Kernel of ones sums rows 2y..2y+1,
        // cols 2x..2x+1.
        // (0,0): 1+2+6+7 = 16; (0,2): 5+10 = 15 (column 5 is padding); (1,1): 13+14+18+19 = 64
        // (2,0): 21+22 = 43; (2,2): 25
        Filter ones = Filter.ofRows(new double[][] {{1, 1}, {1, 1}});
        ResponseMap m =
                Correlation2D.compute(
                        oneToTwentyFive(),
                        ones,
                        new ConvSettings(Padding.SAME, 2, 1, false),
                        MatchMode.RAW,
                        Activation.NONE);
        assertThat(m.toRows())
                .isDeepEqualTo(new double[][] {{16, 24, 15}, {56, 64, 35}, {43, 47, 25}});
        assertThat(m.window(2, 2)).isEqualTo(new Window(4, 4, 2, 2));
    }

    @Test
    void strideSkipsPositions() {
        // 3×3 sums at (0,0), (0,2), (2,0), (2,2) of 1…25: 63, 81, 153, 171
        Filter ones = Filter.ofRows(new double[][] {{1, 1, 1}, {1, 1, 1}, {1, 1, 1}});
        assertThat(raw(oneToTwentyFive(), ones, ConvSettings.DEFAULT.withStride(2)))
                .isDeepEqualTo(new double[][] {{63, 81}, {153, 171}});
    }

    @Test
    void dilationSpreadsTheTaps() {
        // d = 2: (0,0) reads (0,0),(0,2),(2,0),(2,2) = 1, 3, 11, 13 → 1·1 + 3·2 + 11·3 + 13·4 = 92
        // (2,2) reads 13, 15, 23, 25 → 13 + 30 + 69 + 100 = 212; each step right adds 1+2+3+4 = 10,
        // down 50
        ResponseMap m =
                Correlation2D.compute(
                        oneToTwentyFive(),
                        ONE_TO_FOUR,
                        ConvSettings.DEFAULT.withDilation(2),
                        MatchMode.RAW,
                        Activation.NONE);
        assertThat(m.toRows())
                .isDeepEqualTo(new double[][] {{92, 102, 112}, {142, 152, 162}, {192, 202, 212}});
        assertThat(m.window(1, 1)).isEqualTo(new Window(1, 1, 3, 3));
        // stride 2 with dilation 2 keeps the corners
        assertThat(
                        raw(
                                oneToTwentyFive(),
                                ONE_TO_FOUR,
                                new ConvSettings(Padding.VALID, 2, 2, false)))
                .isDeepEqualTo(new double[][] {{92, 112}, {192, 212}});
    }

    @Test
    void channelsAreSummed() {
        // channel 0: 1 2 / 3 4 under 1 0 / 0 1 → 5; channel 1: 10 20 / 30 40 under 0 1 / 1 0 → 50;
        // bias −5
        Image in = Image.of(2, 2, 2, new double[] {1, 2, 3, 4, 10, 20, 30, 40});
        Filter f = Filter.of(2, 2, 2, new double[] {1, 0, 0, 1, 0, 1, 1, 0}, -5);
        assertThat(raw(in, f, ConvSettings.DEFAULT)).isDeepEqualTo(new double[][] {{50}});
    }

    /** 7 9 1 2 / 11 13 3 4: window (0,0) = 2·kernel + 5, window (0,2) = the kernel itself. */
    private static final Image BRIGHT_AND_COPY =
            Image.ofRows(new double[][] {{7, 9, 1, 2}, {11, 13, 3, 4}});

    @Test
    void rawScorePeaksOnTheBrightWindowNotOnTheCopy() {
        // (0,0): 7 + 18 + 33 + 52 = 110; (0,1): 9 + 2 + 39 + 12 = 62; (0,2): 1 + 4 + 9 + 16 = 30
        assertThat(raw(BRIGHT_AND_COPY, ONE_TO_FOUR, ConvSettings.DEFAULT)[0])
                .containsExactly(110, 62, 30);
    }

    @Test
    void ssdIsZeroForAnExactCopyAndThatIsTheMaximum() {
        // (0,0): −(6² + 7² + 8² + 9²) = −230; (0,1): −(8² + 1 + 10² + 1) = −166; (0,2): 0
        double[][] out =
                run(
                        BRIGHT_AND_COPY,
                        ONE_TO_FOUR.withBias(7),
                        ConvSettings.DEFAULT,
                        MatchMode.SSD,
                        Activation.NONE);
        assertThat(out[0]).containsExactly(-230, -166, 0);
        assertThat(Double.doubleToRawLongBits(out[0][2])).as("+0, not −0").isZero();
    }

    @Test
    void nccIsOneForAScaledAndOffsetCopy() {
        // window (0,0) = 2·k + 5 → 1; window (0,2) = k → 1; window (0,1) = 9 1 13 3:
        // centred window 2.5 −5.5 6.5 −3.5, centred kernel −1.5 −0.5 0.5 1.5:
        // Σ = −3.75 + 2.75 + 3.25 − 5.25 = −3; Σx̃² = 6.25 + 30.25 + 42.25 + 12.25 = 91; Σw̃² = 5
        double[][] out =
                run(
                        BRIGHT_AND_COPY,
                        ONE_TO_FOUR.withBias(100),
                        ConvSettings.DEFAULT,
                        MatchMode.NCC,
                        Activation.NONE);
        assertThat(out[0][0]).isEqualTo(1.0);
        assertThat(out[0][2]).isEqualTo(1.0);
        assertThat(out[0][1]).isCloseTo(-3 / Math.sqrt(91 * 5), within(1e-15));
    }

    @Test
    void nccIsMinusOneForANegatedCopy() {
        Image in = Image.ofRows(new double[][] {{-1, -2}, {-3, -4}});
        assertThat(run(in, ONE_TO_FOUR, ConvSettings.DEFAULT, MatchMode.NCC, Activation.NONE)[0][0])
                .isEqualTo(-1.0);
    }

    @Test
    void nccIsZeroOnAFlatWindow() {
        Image in = Image.ofRows(new double[][] {{7, 9, 5, 5}, {11, 13, 5, 5}});
        double[][] out = run(in, ONE_TO_FOUR, ConvSettings.DEFAULT, MatchMode.NCC, Activation.NONE);
        assertThat(out[0][2]).isEqualTo(0.0);
        assertThat(out[0][0]).isEqualTo(1.0);
    }

    @Test
    void nccIsZeroEverywhereForAFlatKernel() {
        // nine copies of 0.1 have zero variance even though their floating-point mean is not
        // exactly 0.1
        Filter flat =
                Filter.ofRows(new double[][] {{0.1, 0.1, 0.1}, {0.1, 0.1, 0.1}, {0.1, 0.1, 0.1}});
        double[][] out =
                run(
                        ONE_TO_NINE,
                        flat,
                        ConvSettings.DEFAULT.withPadding(Padding.SAME),
                        MatchMode.NCC,
                        Activation.NONE);
        for (double[] row : out) {
            assertThat(row).containsOnly(0.0);
        }
    }

    @Test
    void nccCountsPaddingZerosAsPartOfTheWindow() {
        // 1×2 image 3 3, kernel 0 1, full padding: windows 0 3 → +1, 3 3 → flat → 0, 3 0 → −1
        Image in = Image.ofRows(new double[][] {{3, 3}});
        Filter k = Filter.ofRows(new double[][] {{0, 1}});
        assertThat(
                        run(
                                in,
                                k,
                                ConvSettings.DEFAULT.withPadding(Padding.FULL),
                                MatchMode.NCC,
                                Activation.NONE)[0])
                .containsExactly(1.0, 0.0, -1.0);
    }

    @Test
    void nccDoesNotDependOnTheScaleOfTheImage() {
        // the same picture in units a million times smaller must score the same
        Image in =
                Image.ofRows(new double[][] {{7e-7, 9e-7, 1e-7, 2e-7}, {11e-7, 13e-7, 3e-7, 4e-7}});
        double[][] small =
                run(in, ONE_TO_FOUR, ConvSettings.DEFAULT, MatchMode.NCC, Activation.NONE);
        double[][] big =
                run(
                        BRIGHT_AND_COPY,
                        ONE_TO_FOUR,
                        ConvSettings.DEFAULT,
                        MatchMode.NCC,
                        Activation.NONE);
        for (int x = 0; x < 3; x++) {
            assertThat(small[0][x]).isCloseTo(big[0][x], within(1e-9));
        }
    }

    @Test
    void zeroMeanSubtractsTheKernelMeanThenAddsTheBias() {
        // kernel mean 2.5 → −1.5 −0.5 0.5 1.5; bias 1
        // 7 9 11 13: −10.5 − 4.5 + 5.5 + 19.5 = 10 → 11; 9 5 13 5: −13.5 − 2.5 + 6.5 + 7.5 = −2 →
        // −1; flat → 1
        Image in = Image.ofRows(new double[][] {{7, 9, 5, 5}, {11, 13, 5, 5}});
        assertThat(
                        run(
                                in,
                                ONE_TO_FOUR.withBias(1),
                                ConvSettings.DEFAULT,
                                MatchMode.ZERO_MEAN,
                                Activation.NONE)[0])
                .containsExactly(11, -1, 1);
    }

    @Test
    void reluClearsNegativeResponses() {
        // 3 1 4 ⋆ (1 −1) = 2, −3
        Image in = Image.ofRows(new double[][] {{3, 1, 4}});
        Filter k = Filter.ofRows(new double[][] {{1, -1}});
        assertThat(run(in, k, ConvSettings.DEFAULT, MatchMode.RAW, Activation.NONE)[0])
                .containsExactly(2, -3);
        assertThat(run(in, k, ConvSettings.DEFAULT, MatchMode.RAW, Activation.RELU)[0])
                .containsExactly(2, 0);
        // relu after the bias: 2 − 2.5 < 0
        assertThat(
                        run(
                                in,
                                k.withBias(-2.5),
                                ConvSettings.DEFAULT,
                                MatchMode.RAW,
                                Activation.RELU)[0])
                .containsExactly(0, 0);
    }

    @Test
    void channelMismatchIsRefused() {
        Image rgb = Image.zeros(4, 4, 3);
        assertThatThrownBy(
                        () ->
                                Correlation2D.compute(
                                        rgb,
                                        ONE_TO_FOUR,
                                        ConvSettings.DEFAULT,
                                        MatchMode.RAW,
                                        Activation.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the filter has 1 channel(s) but the image has 3");
    }

    @Test
    void kernelLargerThanImageIsRefused() {
        Image tiny = Image.ofRows(new double[][] {{1, 2}});
        assertThatThrownBy(
                        () ->
                                Correlation2D.compute(
                                        tiny,
                                        ONE_TO_FOUR,
                                        ConvSettings.DEFAULT,
                                        MatchMode.RAW,
                                        Activation.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("output would be empty");
    }

    @Test
    void nonFiniteValuesAreRefusedWhereTheyEnter() {
        assertThatThrownBy(() -> Image.of(1, 2, 1, new double[] {1, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("image value 1 is NaN");
        assertThatThrownBy(() -> Filter.of(1, 1, 1, new double[] {Double.POSITIVE_INFINITY}, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("filter weight value 0 is Infinity");
        assertThatThrownBy(() -> Filter.ofRows(new double[][] {{1, Double.NaN}}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("filter weight");
        assertThatThrownBy(() -> ONE_TO_FOUR.withBias(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("filter bias is NaN");
        assertThatThrownBy(() -> new FilterSpec("A", ONE_TO_FOUR, Double.NEGATIVE_INFINITY, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gain of filter A");
    }

    @Test
    void badShapesAreRefusedWithTheirSizes() {
        assertThatThrownBy(() -> Image.of(2, 2, 1, new double[3]))
                .hasMessageContaining("2×2×1 needs 4");
        assertThatThrownBy(() -> Image.ofRows(new double[][] {{1, 2}, {3}}))
                .hasMessageContaining("row 1 has 1");
        assertThatThrownBy(() -> Filter.ofRows(new double[][] {{1, 2}, {3}}))
                .hasMessageContaining("filter row 1 has 1");
        assertThatThrownBy(() -> Image.of(0, 2, 1, new double[0]))
                .hasMessageContaining("image height must be at least 1");
    }

    @Test
    void imagesAndFiltersCannotBeChangedFromOutside() {
        double[] d = {1, 2, 3, 4};
        Image in = Image.of(2, 2, 1, d);
        d[0] = 99;
        in.toArray()[1] = 99;
        assertThat(in.toArray()).containsExactly(1, 2, 3, 4);
    }
}
