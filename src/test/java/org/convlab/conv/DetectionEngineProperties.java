package org.convlab.conv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The incremental seam: after any sequence of brush dabs, {@link DetectionEngine#update} must give
 * exactly what {@link Detection#of} gives from scratch, whatever the engine does inside.
 */
class DetectionEngineProperties {
    @Provide
    Arbitrary<Padding> paddings() {
        return RandomInputs.paddings();
    }

    @Property(tries = 100)
    void updatesAfterDabsEqualAFreshDetection(
            @ForAll @IntRange(min = 2, max = 12) int h,
            @ForAll @IntRange(min = 2, max = 12) int w,
            @ForAll @IntRange(min = 1, max = 2) int c,
            @ForAll @IntRange(min = 1, max = 4) int filters,
            @ForAll boolean depthwise,
            @ForAll @IntRange(min = 1, max = 3) int kh,
            @ForAll @IntRange(min = 1, max = 3) int kw,
            @ForAll("paddings") Padding padding,
            @ForAll @IntRange(min = 1, max = 2) int stride,
            @ForAll @IntRange(min = 1, max = 2) int dilation,
            @ForAll boolean flip,
            @ForAll MatchMode mode,
            @ForAll Activation act,
            @ForAll boolean integers,
            @ForAll long seed) {
        // Depthwise: each filter reads one channel, the engine keeps its own copy of each.
        int groups = depthwise ? c : 1;
        Assume.that(filters % groups == 0);
        ConvSettings s = new ConvSettings(padding, stride, dilation, flip, groups);
        Assume.that(
                ReferenceConvolution.axis(h, kh, stride, dilation, padding).out() >= 1
                        && ReferenceConvolution.axis(w, kw, stride, dilation, padding).out() >= 1);
        Random r = new Random(seed);
        List<FilterSpec> bank = new ArrayList<>();
        for (int k = 0; k < filters; k++) {
            Filter f =
                    integers
                            ? RandomInputs.integerFilter(r, kh, kw, c / groups)
                            : RandomInputs.realFilter(r, kh, kw, c / groups);
            bank.add(
                    new FilterSpec(
                            "F" + k,
                            f,
                            r.nextInt(3) - 1,
                            k == 0 ? 0 : r.nextInt(3) - 1,
                            k == 0 ? 0 : r.nextInt(3) - 1));
        }
        Image start =
                integers
                        ? RandomInputs.integerImage(r, h, w, c)
                        : RandomInputs.realImage(r, h, w, c);
        Workspace ws = new Workspace(start, bank, s, mode, act, null);
        Detection fresh;
        try {
            fresh = Detection.of(ws);
        } catch (IllegalArgumentException offsetsLeaveNothing) {
            Assume.that(false);
            return;
        }
        DetectionEngine engine = new DetectionEngine();
        assertSame(engine.reset(ws), fresh);
        for (int dab = 0; dab < 5; dab++) {
            // a dab: a small rectangle of the image repainted
            int top = r.nextInt(h);
            int left = r.nextInt(w);
            int dh = 1 + r.nextInt(Math.min(3, h - top));
            int dw = 1 + r.nextInt(Math.min(3, w - left));
            double[] d = ws.image().toArray();
            double value = integers ? r.nextInt(3) : r.nextDouble();
            for (int ch = 0; ch < c; ch++) {
                for (int y = top; y < top + dh; y++) {
                    for (int x = left; x < left + dw; x++) {
                        d[(ch * h + y) * w + x] = value;
                    }
                }
            }
            ws = ws.withImage(Image.of(h, w, c, d));
            Detection updated = engine.update(ws, new Window(top, left, dh, dw));
            assertSame(updated, Detection.of(ws));
            assertThat(engine.current()).isSameAs(updated);
            assertThat(engine.workspace()).isSameAs(ws);
        }
    }

    private static void assertSame(Detection actual, Detection expected) {
        assertThat(actual.responses()).hasSameSizeAs(expected.responses());
        for (int k = 0; k < expected.responses().size(); k++) {
            assertThat(actual.responses().get(k).toArray())
                    .as("response %d", k)
                    .containsExactly(expected.responses().get(k).toArray());
        }
        CombinedMap a = actual.combined();
        CombinedMap e = expected.combined();
        assertThat(new int[] {a.top(), a.left(), a.height(), a.width()})
                .containsExactly(e.top(), e.left(), e.height(), e.width());
        assertThat(a.toArray()).containsExactly(e.toArray());
        assertThat(actual.argmax().max()).isEqualTo(expected.argmax().max());
        assertThat(new int[] {actual.argmax().row(), actual.argmax().col()})
                .containsExactly(expected.argmax().row(), expected.argmax().col());
        assertThat(actual.argmax().tieCount()).isEqualTo(expected.argmax().tieCount());
        assertThat(actual.window()).isEqualTo(expected.window());
    }
}
