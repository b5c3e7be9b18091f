package org.convlab.viewmodel.detector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.convlab.conv.Activation;
import org.convlab.conv.CombinedMap;
import org.convlab.conv.ConvSettings;
import org.convlab.conv.Correlation2D;
import org.convlab.conv.DetectorTerm;
import org.convlab.conv.Filter;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.Image;
import org.convlab.conv.MatchMode;
import org.convlab.conv.ResponseMap;

/**
 * The hidden cells the slide gives a whole map at once (row by row, as the maps redraw) are the
 * ones {@link SlideAnimation#isRevealed} says, cell by cell, are not reached yet; for the combined
 * map, a cell is hidden while any filter's term at its offset is.
 */
class SlideHiddenCellsProperties {
    @Property(tries = 300)
    void hiddenCellsAgreeWithIsRevealed(
            @ForAll @IntRange(min = 4, max = 10) int height,
            @ForAll @IntRange(min = 4, max = 10) int width,
            @ForAll @IntRange(min = 1, max = 3) int kernel,
            @ForAll @IntRange(min = -3, max = 3) int dx1,
            @ForAll @IntRange(min = -3, max = 3) int dy1,
            @ForAll @IntRange(min = -3, max = 3) int dx2,
            @ForAll @IntRange(min = -3, max = 3) int dy2,
            @ForAll @IntRange(min = 0, max = 1000) int at) {
        Image in = Image.zeros(height, width, 1);
        Filter f = Filter.of(kernel, kernel, 1, new double[kernel * kernel], 0);
        List<FilterSpec> specs =
                List.of(
                        FilterSpec.plain("A", f).withOffset(dx1, dy1),
                        FilterSpec.plain("B", f).withOffset(dx2, dy2));
        ResponseMap m =
                Correlation2D.compute(in, f, ConvSettings.DEFAULT, MatchMode.RAW, Activation.NONE);
        // Offsets further apart than the map leave no cell where both terms are defined.
        Assume.that(Math.abs(dx1 - dx2) < m.width() && Math.abs(dy1 - dy2) < m.height());
        List<DetectorTerm> terms = new ArrayList<>();
        for (FilterSpec s : specs) {
            terms.add(new DetectorTerm(m, 1, s.dx(), s.dy()));
        }
        CombinedMap c = CombinedMap.combine(terms);

        SlideAnimation a = new SlideAnimation();
        a.setGrid(m.height(), m.width());
        a.seek(at % a.getCount());
        a.play();
        assertThat(a.isActive()).isTrue();

        boolean[] hidden = a.hiddenCells(m);
        for (int y = 0; y < m.height(); y++) {
            for (int x = 0; x < m.width(); x++) {
                assertThat(hidden[y * m.width() + x]).isEqualTo(!a.isRevealed(y, x));
            }
        }
        boolean[] combined = a.hiddenCombinedCells(c, specs);
        for (int r = 0; r < c.height(); r++) {
            for (int col = 0; col < c.width(); col++) {
                boolean expected = false;
                for (FilterSpec s : specs) {
                    expected |= !a.isRevealed(r + c.top() + s.dy(), col + c.left() + s.dx());
                }
                assertThat(combined[r * c.width() + col])
                        .as("(%d, %d)", r, col)
                        .isEqualTo(expected);
            }
        }
        assertThat(a.hiddenCombinedCells(c, List.of())).containsOnly(false);
    }
}
