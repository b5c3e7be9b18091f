package org.convlab.lessons.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.convlab.conv.ConvSettings;
import org.convlab.conv.Padding;
import org.convlab.conv.ReferenceConvolution;

/** The tallies agree with their formulas at any size, with no overflow. */
class ParameterTallyProperties {
    private static BigInteger big(long v) {
        return BigInteger.valueOf(v);
    }

    @Provide
    Arbitrary<Integer> sides() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(1, 4096),
                Arbitraries.integers().between(1, Integer.MAX_VALUE));
    }

    @Provide
    Arbitrary<Padding> paddings() {
        return Arbitraries.oneOf(
                Arbitraries.of(Padding.VALID, Padding.SAME, Padding.FULL),
                Arbitraries.integers().between(0, 1000).map(Padding::explicit));
    }

    @Property(tries = 300)
    void talliesFollowTheirFormulas(
            @ForAll("sides") int h,
            @ForAll("sides") int w,
            @ForAll @IntRange(min = 1, max = 4096) int c,
            @ForAll @IntRange(min = 1, max = 4096) int n,
            @ForAll @IntRange(min = 1, max = 64) int kh,
            @ForAll @IntRange(min = 1, max = 64) int kw,
            @ForAll("paddings") Padding padding,
            @ForAll @IntRange(min = 1, max = 16) int stride,
            @ForAll @IntRange(min = 1, max = 8) int dilation,
            @ForAll boolean bias) {
        ConvSettings s = new ConvSettings(padding, stride, dilation, false);
        ReferenceConvolution.Axis v = ReferenceConvolution.axis(h, kh, stride, dilation, padding);
        ReferenceConvolution.Axis hz = ReferenceConvolution.axis(w, kw, stride, dilation, padding);
        if (v.out() < 1 || hz.out() < 1) {
            assertThatThrownBy(() -> ParameterTally.of(h, w, c, n, kh, kw, s, bias))
                    .hasMessageContaining("output would be empty");
            return;
        }
        if (v.out() > Integer.MAX_VALUE || hz.out() > Integer.MAX_VALUE) {
            assertThatThrownBy(() -> ParameterTally.of(h, w, c, n, kh, kw, s, bias))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("more than ConvLab can handle");
            return;
        }
        ParameterTally t = ParameterTally.of(h, w, c, n, kh, kw, s, bias);
        assertThat(new long[] {t.outHeight(), t.outWidth(), t.filters()})
                .containsExactly(v.out(), hz.out(), n);
        if (padding.kind() == Padding.Kind.SAME) {
            assertThat(t.outHeight()).isEqualTo((h + (long) stride - 1) / stride);
        }
        BigInteger perFilter = big(kh).multiply(big(kw)).multiply(big(c));
        BigInteger outCells = big(v.out()).multiply(big(hz.out())).multiply(big(n));
        BigInteger inCells = big(h).multiply(big(w)).multiply(big(c));
        BigInteger biases = bias ? big(n) : BigInteger.ZERO;
        BigInteger cellBiases = bias ? outCells : BigInteger.ZERO;

        assertThat(t.convWeights()).isEqualTo(perFilter.multiply(big(n)));
        assertThat(t.convBiases()).isEqualTo(biases);
        assertThat(t.localWeights()).isEqualTo(outCells.multiply(perFilter));
        assertThat(t.localBiases()).isEqualTo(cellBiases);
        assertThat(t.denseWeights()).isEqualTo(inCells.multiply(outCells));
        assertThat(t.denseBiases()).isEqualTo(cellBiases);
        assertThat(t.denseDistinct()).isEqualTo(t.convWeights());
        assertThat(t.inputCells()).isEqualTo(inCells);
        assertThat(t.outputCells()).isEqualTo(outCells);
        // structural non-zeros: at most every tap, exactly every tap when nothing is padded
        assertThat(t.denseNonZero().signum()).isNotNegative();
        assertThat(t.denseNonZero()).isLessThanOrEqualTo(t.localWeights());
        if (v.padBefore() == 0 && v.padAfter() == 0 && hz.padBefore() == 0 && hz.padAfter() == 0) {
            assertThat(t.denseNonZero()).isEqualTo(t.localWeights());
        }
        BigInteger four = big(4);
        assertThat(t.convBytes()).isEqualTo(t.convTotal().multiply(four));
        assertThat(t.localBytes()).isEqualTo(t.localTotal().multiply(four));
        assertThat(t.denseBytes()).isEqualTo(t.denseTotal().multiply(four));
    }

    @Property(tries = 200)
    void nonZerosCountTheTapsInsideTheImage(
            @ForAll @IntRange(min = 1, max = 40) int h,
            @ForAll @IntRange(min = 1, max = 40) int w,
            @ForAll @IntRange(min = 1, max = 6) int kh,
            @ForAll @IntRange(min = 1, max = 6) int kw,
            @ForAll("paddings") Padding padding,
            @ForAll @IntRange(min = 1, max = 4) int stride,
            @ForAll @IntRange(min = 1, max = 3) int dilation) {
        ReferenceConvolution.Axis v = ReferenceConvolution.axis(h, kh, stride, dilation, padding);
        ReferenceConvolution.Axis hz = ReferenceConvolution.axis(w, kw, stride, dilation, padding);
        net.jqwik.api.Assume.that(v.out() >= 1 && hz.out() >= 1 && padding.amount() <= 20);
        // counted one tap at a time
        long taps = 0;
        for (long y = 0; y < v.out(); y++) {
            for (long x = 0; x < hz.out(); x++) {
                for (int i = 0; i < kh; i++) {
                    for (int j = 0; j < kw; j++) {
                        long row = y * stride + (long) i * dilation - v.padBefore();
                        long col = x * stride + (long) j * dilation - hz.padBefore();
                        if (row >= 0 && row < h && col >= 0 && col < w) {
                            taps++;
                        }
                    }
                }
            }
        }
        ParameterTally t =
                ParameterTally.of(
                        h,
                        w,
                        3,
                        2,
                        kh,
                        kw,
                        new ConvSettings(padding, stride, dilation, false),
                        true);
        assertThat(t.denseNonZero()).isEqualTo(big(taps * 3 * 2));
    }
}
