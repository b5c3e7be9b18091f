package org.convlab.conv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The detector map, its argmax and its windows against the formulas written out directly. */
class DetectorProperties {
    @Property(tries = 200)
    void combinedMapIsTheGainWeightedSumOfOffsetMaps(
            @ForAll @IntRange(min = 1, max = 3) int terms,
            @ForAll @IntRange(min = 2, max = 8) int h,
            @ForAll @IntRange(min = 2, max = 8) int w,
            @ForAll @IntRange(min = 1, max = 3) int k,
            @ForAll @IntRange(min = 1, max = 2) int stride,
            @ForAll long seed) {
        Random r = new Random(seed);
        Image in = RandomInputs.integerImage(r, h + k - 1, w + k - 1, 1);
        ConvSettings s =
                ConvSettings.DEFAULT
                        .withStride(stride)
                        .withPadding(r.nextBoolean() ? Padding.SAME : Padding.VALID);
        List<DetectorTerm> list = new ArrayList<>();
        for (int t = 0; t < terms; t++) {
            Filter f = RandomInputs.integerFilter(r, k, k, 1);
            ResponseMap m = Correlation2D.compute(in, f, s, MatchMode.RAW, Activation.NONE);
            list.add(new DetectorTerm(m, r.nextInt(5) - 2, r.nextInt(5) - 2, r.nextInt(5) - 2));
        }
        // the rectangle where every R_k[y + dy_k][x + dx_k] exists, found by trying every (y, x)
        int top = Integer.MAX_VALUE;
        int left = Integer.MAX_VALUE;
        int bottom = Integer.MIN_VALUE;
        int right = Integer.MIN_VALUE;
        for (int y = -10; y < 20; y++) {
            for (int x = -10; x < 20; x++) {
                if (definedEverywhere(list, y, x)) {
                    top = Math.min(top, y);
                    left = Math.min(left, x);
                    bottom = Math.max(bottom, y);
                    right = Math.max(right, x);
                }
            }
        }
        if (top == Integer.MAX_VALUE) {
            assertThatThrownBy(() -> CombinedMap.combine(list))
                    .hasMessageContaining("offsets leave no position");
            return;
        }
        CombinedMap d = CombinedMap.combine(list);
        assertThat(new int[] {d.top(), d.left(), d.height(), d.width()})
                .containsExactly(top, left, bottom - top + 1, right - left + 1);
        double best = Double.NEGATIVE_INFINITY;
        int bestY = 0;
        int bestX = 0;
        for (int y = top; y <= bottom; y++) {
            for (int x = left; x <= right; x++) {
                double sum = 0;
                Window box = null;
                for (DetectorTerm t : list) {
                    sum += t.gain() * t.map().get(y + t.dy(), x + t.dx());
                    Window tw = t.map().window(y + t.dy(), x + t.dx());
                    box =
                            box == null
                                    ? tw
                                    : new Window(
                                            Math.min(box.top(), tw.top()),
                                            Math.min(box.left(), tw.left()),
                                            Math.max(
                                                            box.top() + box.height(),
                                                            tw.top() + tw.height())
                                                    - Math.min(box.top(), tw.top()),
                                            Math.max(
                                                            box.left() + box.width(),
                                                            tw.left() + tw.width())
                                                    - Math.min(box.left(), tw.left()));
                }
                assertThat(d.at(y, x)).isEqualTo(sum);
                assertThat(d.window(y, x)).isEqualTo(box);
                if (sum > best) {
                    best = sum;
                    bestY = y;
                    bestX = x;
                }
            }
        }
        Argmax a = d.argmax();
        assertThat(a.max()).isEqualTo(best);
        // integer values: ties are exact, so the first strict maximum is the first tie
        assertThat(new int[] {a.row(), a.col()}).containsExactly(bestY, bestX);
        int equal = 0;
        for (double v : d.toArray()) {
            equal += v == best ? 1 : 0;
        }
        assertThat(a.tieCount()).isEqualTo(equal);
        for (Cell p : a.ties()) {
            assertThat(d.at(p.row(), p.col())).isEqualTo(best);
        }
    }

    private static boolean definedEverywhere(List<DetectorTerm> list, int y, int x) {
        for (DetectorTerm t : list) {
            int yy = y + t.dy();
            int xx = x + t.dx();
            if (yy < 0 || yy >= t.map().height() || xx < 0 || xx >= t.map().width()) {
                return false;
            }
        }
        return true;
    }
}
