package org.convlab.conv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The gain/offset detector is exactly the second layer that holds g_k at (dy_k, dx_k). */
class SecondLayerProperties {
    @Property(tries = 300)
    void gainOffsetDetectorEqualsItsSecondLayerForm(
            @ForAll @IntRange(min = 1, max = 4) int n,
            @ForAll @IntRange(min = 7, max = 12) int h,
            @ForAll @IntRange(min = 7, max = 12) int w,
            @ForAll @IntRange(min = 0, max = 2) int spread,
            @ForAll boolean pooled,
            @ForAll long seed) {
        Random r = new Random(seed);
        Image in = RandomInputs.realImage(r, h, w, 1);
        List<FilterSpec> filters = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            filters.add(
                    new FilterSpec(
                            "F" + k,
                            RandomInputs.realFilter(r, 2, 2, 1),
                            r.nextDouble() * 4 - 2,
                            r.nextInt(2 * spread + 1) - spread,
                            r.nextInt(2 * spread + 1) - spread));
        }
        Workspace ws =
                new Workspace(
                        in,
                        filters,
                        ConvSettings.DEFAULT,
                        MatchMode.RAW,
                        Activation.RELU,
                        Map.of(),
                        pooled ? Pooling.window(Pooling.Kind.MAX, 2, 1) : null,
                        null);
        CombinedMap d = Detection.of(ws).combined();
        SecondLayer layer = SecondLayer.fromOffsets(filters);
        CombinedMap two = Detection.of(ws.withSecondLayer(layer)).combined();
        int minDy = filters.stream().mapToInt(FilterSpec::dy).min().orElseThrow();
        int minDx = filters.stream().mapToInt(FilterSpec::dx).min().orElseThrow();
        assertThat(two.isSecondLayer()).isTrue();
        assertThat(new int[] {two.top(), two.left(), two.height(), two.width()})
                .containsExactly(0, 0, d.height(), d.width());
        for (int y = 0; y < two.height(); y++) {
            for (int x = 0; x < two.width(); x++) {
                // second-layer cell (y, x) is detector cell (y − min dy, x − min dx)
                assertThat(two.at(y, x)).isEqualTo(d.at(y - minDy, x - minDx));
            }
        }
        for (int k = 0; k < n; k++) {
            FilterSpec f = filters.get(k);
            assertThat(layer.weight(k, f.dy() - minDy, f.dx() - minDx)).isEqualTo(f.gain());
        }
    }
}
