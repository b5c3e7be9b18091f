package org.convlab.conv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The algebra a conv layer obeys: linearity, flip, and translation equivariance (not invariance).
 */
class ConvolutionLawsProperties {
    @Provide
    Arbitrary<Padding> paddings() {
        return RandomInputs.paddings();
    }

    private static boolean fits(int h, int w, int kh, int kw, ConvSettings s) {
        return ReferenceConvolution.axis(h, kh, s.stride(), s.dilation(), s.padding()).out() >= 1
                && ReferenceConvolution.axis(w, kw, s.stride(), s.dilation(), s.padding()).out()
                        >= 1;
    }

    private static double[] raw(Image in, Filter f, ConvSettings s) {
        return Correlation2D.compute(in, f, s, MatchMode.RAW, Activation.NONE).toArray();
    }

    private static Image combine(int a, Image x, int b, Image y) {
        double[] dx = x.toArray();
        double[] dy = y.toArray();
        double[] d = new double[dx.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = a * dx[i] + b * dy[i];
        }
        return Image.of(x.height(), x.width(), x.channels(), d);
    }

    @Property(tries = 200)
    void linearInTheInput(
            @ForAll @IntRange(min = 1, max = 7) int h,
            @ForAll @IntRange(min = 1, max = 7) int w,
            @ForAll @IntRange(min = 1, max = 3) int c,
            @ForAll @IntRange(min = 1, max = 3) int kh,
            @ForAll @IntRange(min = 1, max = 3) int kw,
            @ForAll("paddings") Padding padding,
            @ForAll @IntRange(min = 1, max = 2) int stride,
            @ForAll @IntRange(min = 1, max = 2) int dilation,
            @ForAll boolean flip,
            @ForAll @IntRange(min = -5, max = 5) int a,
            @ForAll @IntRange(min = -5, max = 5) int b,
            @ForAll long seed) {
        ConvSettings s = new ConvSettings(padding, stride, dilation, flip);
        Assume.that(fits(h, w, kh, kw, s));
        Random r = new Random(seed);
        Image x = RandomInputs.integerImage(r, h, w, c);
        Image y = RandomInputs.integerImage(r, h, w, c);
        Filter f = RandomInputs.integerFilter(r, kh, kw, c).withBias(0);
        double[] left = raw(combine(a, x, b, y), f, s);
        double[] cx = raw(x, f, s);
        double[] cy = raw(y, f, s);
        for (int i = 0; i < left.length; i++) {
            assertThat(left[i]).isEqualTo(a * cx[i] + b * cy[i]);
        }
    }

    @Property(tries = 200)
    void linearInTheKernel(
            @ForAll @IntRange(min = 1, max = 7) int h,
            @ForAll @IntRange(min = 1, max = 7) int w,
            @ForAll @IntRange(min = 1, max = 3) int c,
            @ForAll @IntRange(min = 1, max = 3) int kh,
            @ForAll @IntRange(min = 1, max = 3) int kw,
            @ForAll("paddings") Padding padding,
            @ForAll @IntRange(min = 1, max = 2) int stride,
            @ForAll @IntRange(min = 1, max = 2) int dilation,
            @ForAll boolean flip,
            @ForAll @IntRange(min = -5, max = 5) int a,
            @ForAll @IntRange(min = -5, max = 5) int b,
            @ForAll long seed) {
        ConvSettings s = new ConvSettings(padding, stride, dilation, flip);
        Assume.that(fits(h, w, kh, kw, s));
        Random r = new Random(seed);
        Image x = RandomInputs.integerImage(r, h, w, c);
        double[] k1 = RandomInputs.integers(r, kh * kw * c, 3);
        double[] k2 = RandomInputs.integers(r, kh * kw * c, 3);
        double[] k = new double[k1.length];
        for (int i = 0; i < k.length; i++) {
            k[i] = a * k1[i] + b * k2[i];
        }
        double[] left = raw(x, Filter.of(kh, kw, c, k, 0), s);
        double[] c1 = raw(x, Filter.of(kh, kw, c, k1, 0), s);
        double[] c2 = raw(x, Filter.of(kh, kw, c, k2, 0), s);
        for (int i = 0; i < left.length; i++) {
            assertThat(left[i]).isEqualTo(a * c1[i] + b * c2[i]);
        }
    }

    @Property(tries = 200)
    void flipIsCorrelationWithTheRotatedKernel(
            @ForAll @IntRange(min = 1, max = 7) int h,
            @ForAll @IntRange(min = 1, max = 7) int w,
            @ForAll @IntRange(min = 1, max = 3) int c,
            @ForAll @IntRange(min = 1, max = 4) int kh,
            @ForAll @IntRange(min = 1, max = 4) int kw,
            @ForAll("paddings") Padding padding,
            @ForAll @IntRange(min = 1, max = 3) int stride,
            @ForAll @IntRange(min = 1, max = 2) int dilation,
            @ForAll MatchMode mode,
            @ForAll long seed) {
        ConvSettings s = new ConvSettings(padding, stride, dilation, true);
        Assume.that(fits(h, w, kh, kw, s));
        Random r = new Random(seed);
        Image x = RandomInputs.realImage(r, h, w, c);
        Filter f = RandomInputs.realFilter(r, kh, kw, c);
        Filter rotated = f.rotated180();
        for (int ch = 0; ch < c; ch++) {
            for (int i = 0; i < kh; i++) {
                for (int j = 0; j < kw; j++) {
                    assertThat(rotated.get(ch, i, j)).isEqualTo(f.get(ch, kh - 1 - i, kw - 1 - j));
                }
            }
        }
        assertThat(rotated.rotated180()).isEqualTo(f);
        double[] flipped = Correlation2D.compute(x, f, s, mode, Activation.NONE).toArray();
        double[] correlated =
                Correlation2D.compute(x, rotated, s.withFlip(false), mode, Activation.NONE)
                        .toArray();
        assertThat(flipped).containsExactly(correlated);
    }

    @Property(tries = 200)
    void trueConvolutionWithFullPaddingIsCommutative(
            @ForAll @IntRange(min = 1, max = 5) int h,
            @ForAll @IntRange(min = 1, max = 5) int w,
            @ForAll @IntRange(min = 1, max = 5) int kh,
            @ForAll @IntRange(min = 1, max = 5) int kw,
            @ForAll long seed) {
        // (x ∗ k)[n] = Σ x[m]·k[n − m] is symmetric in x and k: only the flipped version has this
        // property
        Random r = new Random(seed);
        double[] x = RandomInputs.integers(r, h * w, 4);
        double[] k = RandomInputs.integers(r, kh * kw, 4);
        ConvSettings full = new ConvSettings(Padding.FULL, 1, 1, true);
        double[] xk = raw(Image.of(h, w, 1, x), Filter.of(kh, kw, 1, k, 0), full);
        double[] kx = raw(Image.of(kh, kw, 1, k), Filter.of(h, w, 1, x, 0), full);
        assertThat(xk).containsExactly(kx);
    }

    @Property(tries = 200)
    void shiftingTheInputShiftsTheOutputAwayFromTheBorders(
            @ForAll @IntRange(min = 3, max = 9) int h,
            @ForAll @IntRange(min = 3, max = 9) int w,
            @ForAll @IntRange(min = 1, max = 2) int c,
            @ForAll @IntRange(min = 1, max = 3) int kh,
            @ForAll @IntRange(min = 1, max = 3) int kw,
            @ForAll("paddings") Padding padding,
            @ForAll @IntRange(min = 1, max = 2) int dilation,
            @ForAll MatchMode mode,
            @ForAll @IntRange(min = -3, max = 3) int ty,
            @ForAll @IntRange(min = -3, max = 3) int tx,
            @ForAll long seed) {
        ConvSettings s = new ConvSettings(padding, 1, dilation, false);
        // room for at least one window inside both the image and its shifted copy
        Assume.that(
                h - Math.abs(ty) >= dilation * (kh - 1) + 1
                        && w - Math.abs(tx) >= dilation * (kw - 1) + 1);
        Random r = new Random(seed);
        Image x = RandomInputs.integerImage(r, h, w, c);
        Filter f = RandomInputs.integerFilter(r, kh, kw, c);
        // x'[y][x] = x[y − ty][x − tx], zeros where that falls outside
        double[] moved = new double[h * w * c];
        for (int ch = 0; ch < c; ch++) {
            for (int yy = 0; yy < h; yy++) {
                for (int xx = 0; xx < w; xx++) {
                    moved[(ch * h + yy) * w + xx] = x.getOrZero(ch, yy - ty, xx - tx);
                }
            }
        }
        ResponseMap before = Correlation2D.compute(x, f, s, mode, Activation.NONE);
        ResponseMap after =
                Correlation2D.compute(Image.of(h, w, c, moved), f, s, mode, Activation.NONE);
        int compared = 0;
        for (int y = 0; y < after.height(); y++) {
            for (int xo = 0; xo < after.width(); xo++) {
                Window win = after.window(y, xo);
                // interior: the window lies inside the image both where it is now and where it came
                // from
                boolean inside =
                        win.top() >= Math.max(0, ty)
                                && win.top() + win.height() <= Math.min(h, h + ty)
                                && win.left() >= Math.max(0, tx)
                                && win.left() + win.width() <= Math.min(w, w + tx);
                int py = y - ty;
                int px = xo - tx;
                if (inside && py >= 0 && py < before.height() && px >= 0 && px < before.width()) {
                    assertThat(after.get(y, xo))
                            .as("(%d, %d)", y, xo)
                            .isEqualTo(before.get(py, px));
                    compared++;
                }
            }
        }
        if (ty == 0 && tx == 0) {
            assertThat(after.toArray()).containsExactly(before.toArray());
        }
        assertThat(compared).isPositive();
    }

    @Property(tries = 200)
    void shiftingASignalShiftsItsResponse(
            @ForAll @IntRange(min = 3, max = 16) int n,
            @ForAll @IntRange(min = 1, max = 4) int k,
            @ForAll("paddings") Padding padding,
            @ForAll MatchMode mode,
            @ForAll @IntRange(min = -4, max = 4) int shift,
            @ForAll long seed) {
        Assume.that(ReferenceConvolution.axis(n, k, 1, 1, padding).out() >= 1);
        Random r = new Random(seed);
        double[] x = RandomInputs.integers(r, n, 5);
        double[] kernel = RandomInputs.integers(r, k, 3);
        double[] before = Correlation1D.correlate(x, kernel, mode, padding);
        double[] after =
                Correlation1D.correlate(
                        Correlation1D.shift(x, shift, false), kernel, mode, padding);
        int pad = Correlation1D.padBefore(n, k, padding);
        int compared = 0;
        for (int i = 0; i < after.length; i++) {
            int start = i - pad;
            boolean inside = start >= Math.max(0, shift) && start + k <= Math.min(n, n + shift);
            if (inside) {
                assertThat(after[i]).as("output %d", i).isEqualTo(before[i - shift]);
                compared++;
            }
        }
        assertThat(compared).isEqualTo(Math.max(0, n - Math.abs(shift) - k + 1));
        // and the 1D lesson agrees with the reference
        double[] expected = ReferenceConvolution.correlate1D(x, kernel, mode, padding);
        for (int i = 0; i < expected.length; i++) {
            assertThat(before[i])
                    .isCloseTo(
                            expected[i], org.assertj.core.api.Assertions.within(1e-12 * 100 * k));
        }
    }
}
