package org.convlab.conv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.convlab.conv.fast.Kernel;
import org.convlab.conv.fast.WholeNumberNcc;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fast core against {@link StraightCorrelation} on many random cases: every mode, padding,
 * stride, dilation, flip and activation, border cells, zero weights, one to three channels. Raw,
 * zero-mean and SSD sum each cell in the same order as the definition, so they must agree to the
 * bit on any data; NCC adds its window sums row by row, which is exact on integer data and within
 * 1e−12 on real data.
 *
 * <p>Here with the rows in shifted copies for the JIT-vectorized loops; {@link
 * FastPathWithVectorTapsTest} runs every case again in the offset layout of the Vector API's loops.
 */
class FastPathTest {
    /** Whether the cases run in the Vector API loops' offset layout. */
    boolean offsets() {
        return false;
    }

    @BeforeEach
    void pinLayout() {
        VectorPath.pin(offsets());
    }

    @AfterEach
    void unpinLayout() {
        VectorPath.pin(null);
    }

    @Test
    void smallRandomCasesMatchTheDefinitionBitForBitOnIntegerData() {
        compareRandomCases(11, true, 3000, 14);
    }

    @Test
    void smallRandomCasesMatchTheDefinitionOnRealData() {
        compareRandomCases(12, false, 3000, 14);
    }

    @Test
    void largeMapsSplitAcrossCoresMatchTheDefinition() {
        compareRandomCases(13, true, 12, 300);
        compareRandomCases(14, false, 12, 300);
    }

    @Test
    void homeworkSizedLayerMatchesTheDefinitionExactly() {
        RandomCases r = new RandomCases(15);
        Image in = r.image(128, 128, 3, true);
        Filter f = r.filter(5, 5, 3, true);
        for (MatchMode mode : MatchMode.values()) {
            double[] fast =
                    Correlation2D.compute(in, f, ConvSettings.DEFAULT, mode, Activation.NONE)
                            .toArray();
            double[] slow =
                    StraightCorrelation.compute(in, f, ConvSettings.DEFAULT, mode, Activation.NONE);
            assertThat(fast).as(mode.id()).isEqualTo(slow);
        }
    }

    @Test
    void aLayerComputedTogetherGivesEachFilterExactlyItsOwnMap() {
        RandomCases r = new RandomCases(19);
        int compared = 0;
        for (int k = 0; k < 400; k++) {
            boolean integer = r.random().nextBoolean();
            int c = 1 + r.random().nextInt(3);
            int size = k % 40 == 0 ? 200 : 14;
            Image in =
                    r.image(1 + r.random().nextInt(size), 1 + r.random().nextInt(size), c, integer);
            int kh = 1 + r.random().nextInt(4);
            int kw = 1 + r.random().nextInt(4);
            java.util.List<Filter> bank = new java.util.ArrayList<>();
            int count = 1 + r.random().nextInt(4);
            for (int i = 0; i < count; i++) {
                // Now and then a filter of another shape or with fractional weights, which the
                // layer must hand to the one-by-one path.
                boolean odd = r.random().nextInt(8) == 0;
                bank.add(
                        r.filter(
                                odd ? 1 + r.random().nextInt(4) : kh,
                                kw,
                                c,
                                integer && !(odd && r.random().nextBoolean())));
            }
            ConvSettings s = r.settings();
            MatchMode mode = r.mode();
            Activation act = r.activation();
            ResponseMap[] together;
            try {
                together = Correlation2D.computeAll(in, bank, s, mode, act);
            } catch (IllegalArgumentException kernelTooLarge) {
                continue;
            }
            assertThat(together).hasSize(count);
            for (int i = 0; i < count; i++) {
                double[] alone = Correlation2D.compute(in, bank.get(i), s, mode, act).toArray();
                assertThat(together[i].toArray())
                        .as(in + " " + bank + " " + s + " " + mode + " " + act + " filter " + i)
                        .isEqualTo(alone);
                if (integer || mode != MatchMode.NCC) {
                    assertThat(alone)
                            .isEqualTo(StraightCorrelation.compute(in, bank.get(i), s, mode, act));
                }
            }
            compared++;
        }
        assertThat(compared).isGreaterThan(200);
    }

    @Test
    void aLayerRefusesAFilterWithTheWrongNumberOfChannels() {
        RandomCases r = new RandomCases(20);
        Image in = r.image(6, 6, 3, true);
        java.util.List<Filter> bank =
                java.util.List.of(r.filter(3, 3, 3, true), r.filter(3, 3, 1, true));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () ->
                                Correlation2D.computeAll(
                                        in,
                                        bank,
                                        ConvSettings.DEFAULT,
                                        MatchMode.RAW,
                                        Activation.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 channel(s) but the image has 3");
    }

    @Test
    void wholeNumberDataRunsInFloatOnlyWhileFloatIsExact() {
        Image binary = Image.of(2, 2, 1, new double[] {0, 1, 1, 0});
        Image real = Image.of(2, 2, 1, new double[] {0, 0.5, 1, 0});
        Filter small = Filter.of(1, 2, 1, new double[] {-2, 3}, 0.25);
        Geometry g = Geometry.of(2, 2, 1, 2, ConvSettings.DEFAULT);
        assertThat(inFloat(binary, small, g, MatchMode.RAW)).isTrue();
        assertThat(inFloat(real, small, g, MatchMode.RAW)).isFalse();
        assertThat(inFloat(binary, Filter.of(1, 2, 1, new double[] {0.5, 1}, 0), g, MatchMode.RAW))
                .isFalse();
        assertThat(inFloat(binary, small, g, MatchMode.NCC)).isTrue();
        assertThat(inFloat(real, small, g, MatchMode.NCC)).isFalse();
        assertThat(inFloat(binary, Filter.of(1, 2, 1, new double[] {0.5, 1}, 0), g, MatchMode.NCC))
                .isFalse();
        assertThat(inFloat(binary, small, g, MatchMode.SSD)).isFalse();
        Image bytes =
                Image.of(
                        5,
                        5,
                        1,
                        java.util.stream.IntStream.range(0, 25).mapToDouble(v -> 10 * v).toArray());
        assertThat(
                        inFloat(
                                bytes,
                                small,
                                Geometry.of(5, 5, 1, 2, ConvSettings.DEFAULT),
                                MatchMode.NCC))
                .as("a 1×2 kernel's sums on pixels up to 240 fit in a float")
                .isTrue();
        Filter fiveByFive =
                Filter.of(
                        5,
                        5,
                        1,
                        java.util.stream.IntStream.range(0, 25).mapToDouble(v -> v % 3).toArray(),
                        0);
        assertThat(
                        inFloat(
                                bytes,
                                fiveByFive,
                                Geometry.of(5, 5, 5, 5, ConvSettings.DEFAULT),
                                MatchMode.NCC))
                .as("n²·max² = 625·240² passes 2^24: NCC stays in double")
                .isFalse();
        Image big = Image.of(2, 2, 1, new double[] {1 << 22, (1 << 22) + 1, 3, 0});
        assertThat(inFloat(big, small, g, MatchMode.RAW)).isFalse();
    }

    @Test
    void anOffsetCopyOfAWholeNumberKernelScoresExactlyOneInNcc() {
        // Centring these weights first gives 0.9999999999999998; the exact sums give 1.
        Filter k = Filter.of(3, 3, 1, new double[] {0, 0, 2, 2, -1, -2, 2, -1, 0}, 0);
        double[] copy = k.toArray();
        for (int i = 0; i < copy.length; i++) {
            copy[i] += 1;
        }
        Image in = Image.of(3, 3, 1, copy);
        assertThat(
                        Correlation2D.compute(
                                        in, k, ConvSettings.DEFAULT, MatchMode.NCC, Activation.NONE)
                                .get(0, 0))
                .isEqualTo(1.0);
        Image doubled =
                Image.of(3, 3, 1, java.util.Arrays.stream(copy).map(v -> 2 * v + 4).toArray());
        assertThat(
                        Correlation2D.compute(
                                        doubled,
                                        k,
                                        ConvSettings.DEFAULT,
                                        MatchMode.NCC,
                                        Activation.NONE)
                                .get(0, 0))
                .isEqualTo(1.0);
    }

    @Test
    void eightBitImagesTakeTheExactDoublePathInNcc() {
        RandomCases r = new RandomCases(22);
        for (int k = 0; k < 20; k++) {
            int c = 1 + r.random().nextInt(3);
            double[] d = new double[70 * 90 * c];
            for (int i = 0; i < d.length; i++) {
                d[i] = r.random().nextInt(256);
            }
            Image in = Image.of(70, 90, c, d);
            Filter f = r.filter(5, 5, c, true);
            ConvSettings s = r.settings();
            assertThat(
                            plan(
                                            in,
                                            f,
                                            Geometry.of(70, 90, 5, 5, ConvSettings.DEFAULT),
                                            MatchMode.NCC)
                                    .wholeWindows())
                    .isEqualTo(WholeNumberNcc.wholeKernel(f.toArray()));
            double[] slow;
            try {
                slow = StraightCorrelation.compute(in, f, s, MatchMode.NCC, Activation.NONE);
            } catch (IllegalArgumentException kernelTooLarge) {
                continue;
            }
            assertThat(Correlation2D.compute(in, f, s, MatchMode.NCC, Activation.NONE).toArray())
                    .as(s.toString())
                    .isEqualTo(slow);
        }
    }

    @Test
    void nccTakesTheWholeNumberFormWindowByWindowOnMixedImages() {
        RandomCases r = new RandomCases(21);
        int compared = 0;
        for (int k = 0; k < 600; k++) {
            int c = 1 + r.random().nextInt(2);
            int size = k % 60 == 0 ? 260 : 16;
            int h = 1 + r.random().nextInt(size);
            int w = 1 + r.random().nextInt(size);
            double[] d = r.image(h, w, c, true).toArray();
            // A few fractional (or too large) pixels: the windows that read them take the centred
            // form.
            int odd = r.random().nextInt(4);
            for (int i = 0; i < odd; i++) {
                d[r.random().nextInt(d.length)] = r.random().nextBoolean() ? 0.5 : 70_000;
            }
            Image in = Image.of(h, w, c, d);
            Filter f = r.filter(1 + r.random().nextInt(5), 1 + r.random().nextInt(5), c, true);
            ConvSettings s = r.settings();
            Activation act = r.activation();
            double[] slow;
            try {
                slow = StraightCorrelation.compute(in, f, s, MatchMode.NCC, act);
            } catch (IllegalArgumentException kernelTooLarge) {
                continue;
            }
            assertThat(Correlation2D.compute(in, f, s, MatchMode.NCC, act).toArray())
                    .as(in + " " + f + " " + s)
                    .isEqualTo(slow);
            compared++;
        }
        assertThat(compared).isGreaterThan(300);
    }

    @Test
    void wholeNumbersBeyondWhatFloatHoldsStayExact() {
        RandomCases r = new RandomCases(18);
        double[] d = new double[40 * 40];
        for (int i = 0; i < d.length; i++) {
            d[i] = (1 << 23) + r.random().nextInt(1000);
        }
        Image in = Image.of(40, 40, 1, d);
        Filter f = r.filter(5, 5, 1, true);
        for (MatchMode mode : MatchMode.values()) {
            assertThat(
                            Correlation2D.compute(
                                            in, f, ConvSettings.DEFAULT, mode, Activation.NONE)
                                    .toArray())
                    .as(mode.id())
                    .isEqualTo(
                            StraightCorrelation.compute(
                                    in, f, ConvSettings.DEFAULT, mode, Activation.NONE));
        }
    }

    @Test
    void exactCopyOfTheTemplateScoresPositiveZeroInSsdOnRealData() {
        RandomCases r = new RandomCases(16);
        Filter f = r.filter(3, 3, 1, false);
        Image in = Image.of(3, 3, 1, f.toArray());
        double v =
                Correlation2D.compute(in, f, ConvSettings.DEFAULT, MatchMode.SSD, Activation.NONE)
                        .get(0, 0);
        assertThat(Double.doubleToRawLongBits(v)).isEqualTo(Double.doubleToRawLongBits(0.0));
    }

    /** The plan the engine makes for this filter on this image. */
    private static Kernel.Plan plan(Image in, Filter f, Geometry g, MatchMode mode) {
        return Engine.kernel(in, f, g, mode, Activation.NONE).plan(in.raw());
    }

    /** Whether the engine computes this filter on this image in float. */
    private static boolean inFloat(Image in, Filter f, Geometry g, MatchMode mode) {
        return plan(in, f, g, mode).floats() != null;
    }

    private static void compareRandomCases(long seed, boolean integer, int cases, int maxSize) {
        RandomCases r = new RandomCases(seed);
        int compared = 0;
        for (int k = 0; k < cases; k++) {
            int c = 1 + r.random().nextInt(3);
            int h = 1 + r.random().nextInt(maxSize);
            int w = 1 + r.random().nextInt(maxSize);
            int kh = 1 + r.random().nextInt(5);
            int kw = 1 + r.random().nextInt(5);
            Image in = r.image(h, w, c, integer);
            Filter f = r.filter(kh, kw, c, integer);
            ConvSettings s = r.settings();
            MatchMode mode = r.mode();
            Activation act = r.activation();
            double[] slow;
            try {
                slow = StraightCorrelation.compute(in, f, s, mode, act);
            } catch (IllegalArgumentException kernelTooLarge) {
                continue;
            }
            double[] fast = Correlation2D.compute(in, f, s, mode, act).toArray();
            String what = in + " " + f + " " + s + " " + mode + " " + act;
            if (integer || mode != MatchMode.NCC) {
                assertThat(fast).as(what).isEqualTo(slow);
            } else {
                for (int i = 0; i < fast.length; i++) {
                    assertThat(fast[i]).as(what + " cell " + i).isCloseTo(slow[i], within(1e-12));
                }
            }
            compared++;
        }
        assertThat(compared).isGreaterThan(cases / 2);
    }
}
