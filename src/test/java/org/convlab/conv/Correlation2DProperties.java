package org.convlab.conv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.convlab.lessons.detector.CellArithmetic;

/**
 * The fast Correlation2D against the naive ReferenceConvolution, for random shapes, settings and
 * modes.
 */
class Correlation2DProperties {
    @Provide
    Arbitrary<Padding> paddings() {
        return RandomInputs.paddings();
    }

    @Property(tries = 300)
    void integerInputsGiveExactlyTheReference(
            @ForAll @IntRange(min = 1, max = 8) int h,
            @ForAll @IntRange(min = 1, max = 8) int w,
            @ForAll @IntRange(min = 1, max = 3) int c,
            @ForAll @IntRange(min = 1, max = 4) int kh,
            @ForAll @IntRange(min = 1, max = 4) int kw,
            @ForAll("paddings") Padding padding,
            @ForAll @IntRange(min = 1, max = 3) int stride,
            @ForAll @IntRange(min = 1, max = 3) int dilation,
            @ForAll boolean flip,
            @ForAll MatchMode mode,
            @ForAll Activation act,
            @ForAll long seed) {
        Random r = new Random(seed);
        Image in = RandomInputs.integerImage(r, h, w, c);
        Filter f = RandomInputs.integerFilter(r, kh, kw, c);
        ConvSettings s = new ConvSettings(padding, stride, dilation, flip);
        // raw and ssd of integers are integers: exact; the other two divide, so a rounding
        // tolerance
        double tolerance =
                mode == MatchMode.RAW || mode == MatchMode.SSD
                        ? 0
                        : 1e-12 * ReferenceConvolution.magnitude(in, f);
        check(in, f, s, mode, act, tolerance);
    }

    @Property(tries = 300)
    void realInputsAgreeWithTheReferenceToRounding(
            @ForAll @IntRange(min = 1, max = 8) int h,
            @ForAll @IntRange(min = 1, max = 8) int w,
            @ForAll @IntRange(min = 1, max = 3) int c,
            @ForAll @IntRange(min = 1, max = 4) int kh,
            @ForAll @IntRange(min = 1, max = 4) int kw,
            @ForAll("paddings") Padding padding,
            @ForAll @IntRange(min = 1, max = 3) int stride,
            @ForAll @IntRange(min = 1, max = 3) int dilation,
            @ForAll boolean flip,
            @ForAll MatchMode mode,
            @ForAll Activation act,
            @ForAll long seed) {
        Random r = new Random(seed);
        Image in = RandomInputs.realImage(r, h, w, c);
        Filter f = RandomInputs.realFilter(r, kh, kw, c);
        ConvSettings s = new ConvSettings(padding, stride, dilation, flip);
        // NCC lies in [−1, 1] whatever the inputs' size; the others scale with them
        double tolerance =
                mode == MatchMode.NCC ? 1e-9 : 1e-9 * ReferenceConvolution.magnitude(in, f);
        check(in, f, s, mode, act, tolerance);
    }

    private static void check(
            Image in, Filter f, ConvSettings s, MatchMode mode, Activation act, double tolerance) {
        ReferenceConvolution.Axis v =
                ReferenceConvolution.axis(
                        in.height(), f.height(), s.stride(), s.dilation(), s.padding());
        ReferenceConvolution.Axis hz =
                ReferenceConvolution.axis(
                        in.width(), f.width(), s.stride(), s.dilation(), s.padding());
        if (v.out() < 1 || hz.out() < 1) {
            assertThatThrownBy(() -> Correlation2D.compute(in, f, s, mode, act))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("output would be empty");
            return;
        }
        ReferenceConvolution.Map expected = ReferenceConvolution.compute(in, f, s, mode, act);
        ResponseMap actual = Correlation2D.compute(in, f, s, mode, act);
        Geometry g = actual.geometry();
        assertThat(
                        new long[] {
                            g.padTop(),
                            g.padBottom(),
                            g.outHeight(),
                            g.padLeft(),
                            g.padRight(),
                            g.outWidth()
                        })
                .containsExactly(
                        v.padBefore(),
                        v.padAfter(),
                        v.out(),
                        hz.padBefore(),
                        hz.padAfter(),
                        hz.out());
        for (int y = 0; y < expected.height(); y++) {
            for (int x = 0; x < expected.width(); x++) {
                double e = expected.get(y, x);
                double a = actual.get(y, x);
                // One cell alone (what explaining a cell reads) is the whole map's, bit for bit.
                assertThat(act.apply(Correlation2D.cell(in, f, s, mode, y, x)))
                        .as("cell (%d, %d) alone", y, x)
                        .isEqualTo(a);
                assertThat(Math.abs(a - e))
                        .as("cell (%d, %d): got %s, reference %s", y, x, a, e)
                        .isLessThanOrEqualTo(tolerance);
                if (mode == MatchMode.NCC) {
                    assertThat(a).isBetween(-1.0, 1.0);
                }
                if (mode == MatchMode.SSD) {
                    assertThat(a).isLessThanOrEqualTo(0.0);
                }
            }
        }
    }

    @Property(tries = 200)
    void cellArithmeticAddsUpToTheCell(
            @ForAll @IntRange(min = 1, max = 6) int h,
            @ForAll @IntRange(min = 1, max = 6) int w,
            @ForAll @IntRange(min = 1, max = 2) int c,
            @ForAll @IntRange(min = 1, max = 3) int kh,
            @ForAll @IntRange(min = 1, max = 3) int kw,
            @ForAll("paddings") Padding padding,
            @ForAll @IntRange(min = 1, max = 2) int stride,
            @ForAll @IntRange(min = 1, max = 2) int dilation,
            @ForAll boolean flip,
            @ForAll long seed) {
        Random r = new Random(seed);
        Image in = RandomInputs.integerImage(r, h, w, c);
        Filter f = RandomInputs.integerFilter(r, kh, kw, c);
        ConvSettings s = new ConvSettings(padding, stride, dilation, flip);
        ReferenceConvolution.Axis v = ReferenceConvolution.axis(h, kh, stride, dilation, padding);
        ReferenceConvolution.Axis hz = ReferenceConvolution.axis(w, kw, stride, dilation, padding);
        if (v.out() < 1 || hz.out() < 1) {
            return;
        }
        int y = r.nextInt((int) v.out());
        int x = r.nextInt((int) hz.out());
        CellArithmetic cell =
                CellArithmetic.explain(in, f, s, MatchMode.RAW, Activation.RELU, y, x);
        assertThat(cell.terms()).hasSize(c * kh * kw);
        double sum = cell.bias();
        for (CellArithmetic.Term t : cell.terms()) {
            sum += t.product();
            boolean outside = t.row() < 0 || t.row() >= h || t.col() < 0 || t.col() >= w;
            assertThat(t.inPadding()).isEqualTo(outside);
            if (outside) {
                assertThat(t.input()).isZero();
            }
        }
        assertThat(cell.result()).isEqualTo(sum);
        assertThat(cell.result())
                .isEqualTo(
                        ReferenceConvolution.compute(in, f, s, MatchMode.RAW, Activation.NONE)
                                .get(y, x));
        assertThat(cell.activated()).isEqualTo(Math.max(0, sum));
    }
}
