package org.convlab.conv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The region a cell depends on, against brute force: change one input pixel at a time and see which
 * cells of every map change. With linear stages (no activation, average pooling, weights that are
 * not zero) a cell changes exactly when the pixel is one it reads, so the bounding box of those
 * pixels is the region clipped to the image.
 */
class ReceptiveFieldProperties {
    @Property(tries = 40)
    void regionOfEveryCellIsWhatChangingOnePixelReaches(
            @ForAll @IntRange(min = 1, max = 2) int stride,
            @ForAll @IntRange(min = 1, max = 2) int dilation,
            @ForAll @IntRange(min = 0, max = 1) int padding,
            @ForAll @IntRange(min = 1, max = 2) int poolSize,
            @ForAll @IntRange(min = 1, max = 2) int poolStride,
            @ForAll boolean global,
            @ForAll boolean secondLayer,
            @ForAll long seed) {
        Random r = new Random(seed);
        Image in = RandomInputs.realImage(r, 13, 14, 1);
        List<FilterSpec> filters =
                List.of(
                        new FilterSpec("A", nonZero(r, 2, 3), 1.5, 0, 0),
                        new FilterSpec("B", nonZero(r, 2, 3), -0.75, global ? 0 : 1, 0));
        Pooling pooling =
                global
                        ? Pooling.global(Pooling.Kind.GLOBAL_AVERAGE)
                        : Pooling.window(Pooling.Kind.AVERAGE, poolSize, poolStride);
        SecondLayer layer =
                secondLayer && !global
                        ? new SecondLayer(Filter.of(2, 2, 2, nonZero(r, 2, 4).toArray(), 0.25))
                        : null;
        Workspace ws =
                new Workspace(
                        in,
                        filters,
                        ConvSettings.DEFAULT
                                .withStride(stride)
                                .withDilation(dilation)
                                .withPadding(Padding.explicit(padding)),
                        MatchMode.RAW,
                        Activation.NONE,
                        Map.of(),
                        pooling,
                        layer);
        Detection base = Detection.of(ws);
        Map<String, int[]> reached = new HashMap<>();
        for (int py = 0; py < in.height(); py++) {
            for (int px = 0; px < in.width(); px++) {
                double[] pixels = in.toArray();
                pixels[py * in.width() + px] += 1;
                Detection changed =
                        Detection.of(ws.withImage(Image.of(in.height(), in.width(), 1, pixels)));
                for (int k = 0; k < filters.size(); k++) {
                    note(
                            reached,
                            "R" + k,
                            base.responses().get(k),
                            changed.responses().get(k),
                            py,
                            px);
                    note(reached, "P" + k, base.pooled().get(k), changed.pooled().get(k), py, px);
                }
                CombinedMap a = base.combined();
                CombinedMap b = changed.combined();
                for (int y = 0; y < a.height(); y++) {
                    for (int x = 0; x < a.width(); x++) {
                        if (a.value(y, x) != b.value(y, x)) {
                            grow(reached, "D" + y + "," + x, py, px);
                        }
                    }
                }
            }
        }
        for (int k = 0; k < filters.size(); k++) {
            ResponseMap m = base.responses().get(k);
            for (int y = 0; y < m.height(); y++) {
                for (int x = 0; x < m.width(); x++) {
                    Window w = ReceptiveField.region(base, ReceptiveField.Level.RESPONSE, k, y, x);
                    same(reached.get("R" + k + ":" + y + "," + x), clip(w, in), dilation);
                }
            }
            ResponseMap p = base.pooled().get(k);
            ReceptiveField rf = ReceptiveField.of(ws, k);
            for (int y = 0; y < p.height(); y++) {
                for (int x = 0; x < p.width(); x++) {
                    Window w = ReceptiveField.region(base, ReceptiveField.Level.POOLED, k, y, x);
                    same(reached.get("P" + k + ":" + y + "," + x), clip(w, in), dilation);
                    assertThat(new int[] {w.height(), w.width()})
                            .containsExactly(
                                    rf.stages().get(1).rows().field(),
                                    rf.stages().get(1).cols().field());
                }
            }
        }
        CombinedMap d = base.combined();
        for (int y = 0; y < d.height(); y++) {
            for (int x = 0; x < d.width(); x++) {
                Window w = ReceptiveField.region(base, ReceptiveField.Level.DETECTOR, 0, y, x);
                same(reached.get("D" + y + "," + x), clip(w, in), dilation);
            }
        }
        if (layer != null) {
            Window w = ReceptiveField.region(base, ReceptiveField.Level.DETECTOR, 0, 0, 0);
            ReceptiveField.Stage last = ReceptiveField.of(ws, 0).last();
            assertThat(new int[] {w.height(), w.width()})
                    .containsExactly(last.rows().field(), last.cols().field());
        }
    }

    /**
     * Without dilation every position inside the window is read, so the pixels that reach a cell
     * span exactly the window clipped to the image. With dilation the window's outer row may lie in
     * the padding while the next row in the image is a gap between taps, so they lie inside it.
     */
    private static void same(int[] reached, int[] window, int dilation) {
        if (dilation == 1 || reached == null) {
            assertThat(reached).isEqualTo(window);
            return;
        }
        assertThat(reached[0]).isGreaterThanOrEqualTo(window[0]);
        assertThat(reached[1]).isGreaterThanOrEqualTo(window[1]);
        assertThat(reached[0] + reached[2]).isLessThanOrEqualTo(window[0] + window[2]);
        assertThat(reached[1] + reached[3]).isLessThanOrEqualTo(window[1] + window[3]);
    }

    private static void note(
            Map<String, int[]> reached, String map, ResponseMap a, ResponseMap b, int py, int px) {
        for (int y = 0; y < a.height(); y++) {
            for (int x = 0; x < a.width(); x++) {
                if (a.get(y, x) != b.get(y, x)) {
                    grow(reached, map + ":" + y + "," + x, py, px);
                }
            }
        }
    }

    /** Grows the cell's box {top, left, height, width} to hold pixel (py, px). */
    private static void grow(Map<String, int[]> reached, String cell, int py, int px) {
        reached.merge(
                cell,
                new int[] {py, px, 1, 1},
                (o, n) -> {
                    int top = Math.min(o[0], py);
                    int left = Math.min(o[1], px);
                    int bottom = Math.max(o[0] + o[2], py + 1);
                    int right = Math.max(o[1] + o[3], px + 1);
                    return new int[] {top, left, bottom - top, right - left};
                });
    }

    /** The window clipped to the image, as {top, left, height, width}, or null when empty. */
    private static int[] clip(Window w, Image in) {
        int top = Math.max(0, w.top());
        int left = Math.max(0, w.left());
        int bottom = Math.min(in.height(), w.top() + w.height());
        int right = Math.min(in.width(), w.left() + w.width());
        return bottom <= top || right <= left
                ? null
                : new int[] {top, left, bottom - top, right - left};
    }

    private static Filter nonZero(Random r, int h, int w) {
        double[] v = new double[h * w];
        for (int i = 0; i < v.length; i++) {
            v[i] = (r.nextBoolean() ? 1 : -1) * (0.5 + r.nextDouble());
        }
        return Filter.of(h, w, 1, v, 0);
    }
}
