package org.convlab.conv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * After a brush dab the maps say which rows they share with the maps before it, so a screen can
 * redraw just the others; a shared row must hold the same values, and every changed row must be
 * reported as not shared.
 */
class RowSharingTest {
    private static final Geometry G = Geometry.of(4, 5, 2, 2, ConvSettings.DEFAULT); // 3×4 output

    @Test
    void withCellsSharesEveryRowItDoesNotTouch() {
        float[][] floats = {{1, 2, 3, 4}, null, {9, 10, 11, 12}};
        double[][] doubles = {null, {5, 6, 7, 8}, null};
        ResponseMap before = new ResponseMap(G, doubles, floats);
        ResponseMap after = before.withCells(1, 3, 0, 1, (y, x) -> -1);
        assertThat(after.sharesRow(before, 0)).isTrue();
        assertThat(after.sharesRow(before, 1)).isFalse();
        assertThat(after.sharesRow(before, 2)).isFalse();
        assertThat(after.sharesRow(null, 0)).isFalse();
        ResponseMap otherShape =
                new ResponseMap(Geometry.of(4, 4, 2, 2, ConvSettings.DEFAULT), new double[3][3]);
        assertThat(after.sharesRow(otherShape, 0)).isFalse();
        double[] row = new double[6];
        after.copyRow(2, row, 1);
        assertThat(row).containsExactly(0, -1, 10, 11, 12, 0);
    }

    @Test
    void aDabLeavesRowsFarFromItSharedAndReportsEveryChangedRow() {
        RandomCases r = new RandomCases(7);
        Image img = r.image(40, 40, 1, true);
        List<FilterSpec> bank =
                List.of(
                        FilterSpec.plain("A", r.filter(5, 5, 1, true)),
                        FilterSpec.plain("B", r.filter(3, 3, 1, true)).withOffset(2, 1));
        DetectionEngine engine = new DetectionEngine();
        Detection before = engine.reset(Workspace.of(img, bank));
        double[] d = img.toArray();
        Window dab = new Window(20, 11, 3, 3);
        for (int y = dab.top(); y < dab.top() + dab.height(); y++) {
            for (int x = dab.left(); x < dab.left() + dab.width(); x++) {
                d[y * 40 + x] = 1 - d[y * 40 + x];
            }
        }
        Image painted = Image.of(40, 40, 1, d);
        Detection after = engine.update(Workspace.of(painted, bank), dab);
        for (int k = 0; k < 2; k++) {
            ResponseMap b = before.responses().get(k);
            ResponseMap a = after.responses().get(k);
            List<Integer> shared = new ArrayList<>();
            for (int y = 0; y < a.height(); y++) {
                if (a.sharesRow(b, y)) {
                    shared.add(y);
                    assertThat(a.toRows()[y]).containsExactly(b.toRows()[y]);
                }
            }
            // A 3-row dab reaches kernel-height + 2 rows of a map; the rest are shared.
            int kh = bank.get(k).filter().height();
            assertThat(shared).hasSize(a.height() - (kh + 2));
        }
        CombinedMap cb = before.combined();
        CombinedMap ca = after.combined();
        int sharedRows = 0;
        for (int y = 0; y < ca.height(); y++) {
            boolean same = java.util.Arrays.equals(ca.toRows()[y], cb.toRows()[y]);
            if (ca.sharesRow(cb, y)) {
                sharedRows++;
                assertThat(same).as("shared row %d", y).isTrue();
            }
        }
        assertThat(sharedRows).isGreaterThan(ca.height() / 2).isLessThan(ca.height());
    }

    @Test
    void imagesCompareRowByRow() {
        Image a =
                Image.of(
                        2, 3, 2, new double[] {0, 1, 0, 1, 1, 1, /* channel 2 */ 5, 5, 5, 6, 6, 6});
        Image b =
                Image.of(
                        2, 3, 2, new double[] {0, 1, 0, 1, 0, 1, /* channel 2 */ 5, 5, 5, 6, 6, 6});
        assertThat(b.sameRow(a, 0, 0)).isTrue();
        assertThat(b.sameRow(a, 0, 1)).isFalse();
        assertThat(b.sameRow(a, 1, 1)).isTrue();
        assertThat(b.sameRow(null, 0, 0)).isFalse();
        assertThat(b.sameRow(Image.zeros(3, 2, 2), 0, 0)).isFalse();
        double[] row = new double[4];
        b.copyRow(1, 1, row, 1);
        assertThat(row).containsExactly(0, 6, 6, 6);
    }

    @Test
    void withCellsTakesJustTheWindowOfOneChannelAndChecksWhatItTakes() {
        Image a =
                Image.of(
                        2, 3, 2, new double[] {0, 0, 0, 0, 0, 0, /* channel 2 */ 5, 5, 5, 6, 6, 6});
        double[] painted = {9, 9, 9, 9, 9, 9, 7, 7, 7, 7, 7, 7};
        // A window reaching past the right and bottom edges is clipped.
        Image b = a.withCells(0, new Window(1, 1, 5, 5), painted);
        assertThat(b.toArray()).containsExactly(0, 0, 0, 0, 9, 9, 5, 5, 5, 6, 6, 6);
        assertThat(a.toArray()).containsExactly(0, 0, 0, 0, 0, 0, 5, 5, 5, 6, 6, 6);
        assertThat(a.withCells(1, new Window(0, 2, 1, 1), painted).get(1, 0, 2)).isEqualTo(7);
        painted[4] = Double.NaN;
        assertThatThrownBy(() -> a.withCells(0, new Window(1, 0, 1, 3), painted))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 1, column 1");
        // NaN outside the window is not taken, so not refused.
        assertThat(a.withCells(0, new Window(0, 0, 1, 3), painted).get(0, 0, 0)).isEqualTo(9);
        assertThatThrownBy(() -> a.withCells(0, new Window(0, 0, 1, 1), new double[3]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 values");
    }

    @Test
    void aScaleForTheRangeIsTheScaleFittingTheValues() {
        double[][] cases = {{-3, 2, 0}, {0.5, 0.25}, {0, 0}, {-7, -2}, {1e-300, -0.0}};
        for (double[] values : cases) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double v : values) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            assertThat(DivergingColorMap.forRange(lo, hi).limit())
                    .isEqualTo(DivergingColorMap.fitting(values).limit());
        }
    }
}
