package org.convlab.conv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pooling and the second layer inside a detection, against cases worked out by hand. */
class PoolingStagesTest {
    /** A 4×5 image whose 1×1 identity filter gives the image itself as R. */
    private static final double[][] PIXELS = {
        {1, 3, 0, 2, 5},
        {4, 2, 1, 0, 1},
        {0, 6, 2, 3, 1},
        {1, 1, 7, 0, 2}
    };

    private static Workspace identity(Pooling p, SecondLayer layer, FilterSpec... extra) {
        List<FilterSpec> filters =
                extra.length > 0
                        ? List.of(extra)
                        : List.of(FilterSpec.plain("A", Filter.ofRows(new double[][] {{1}})));
        return new Workspace(
                Image.ofRows(PIXELS),
                filters,
                ConvSettings.DEFAULT,
                MatchMode.RAW,
                Activation.NONE,
                Map.of(),
                p,
                layer);
    }

    @Test
    void maxPoolTwoByTwoStrideTwoKeepsEachBlocksLargest() {
        Detection d = Detection.of(identity(Pooling.window(Pooling.Kind.MAX, 2), null));
        // out = ⌊(4 − 2)/2⌋ + 1 = 2 rows, ⌊(5 − 2)/2⌋ + 1 = 2 columns; column 4 is never read
        assertThat(d.pooled().get(0).toRows()).isEqualTo(new double[][] {{4, 2}, {6, 7}});
        assertThat(d.responses().get(0).height()).isEqualTo(4);
        assertThat(d.argmax().max()).isEqualTo(7);
        assertThat(new int[] {d.argmax().row(), d.argmax().col()}).containsExactly(1, 1);
        // pooled cell (1, 1) reads R rows 2..3, columns 2..3, which read the same input cells
        assertThat(d.window()).isEqualTo(new Window(2, 2, 2, 2));
    }

    @Test
    void averagePoolWithStrideOneOverlaps() {
        Detection d = Detection.of(identity(Pooling.window(Pooling.Kind.AVERAGE, 2, 1), null));
        double[][] p = d.pooled().get(0).toRows();
        assertThat(p.length).isEqualTo(3);
        assertThat(p[0].length).isEqualTo(4);
        assertThat(p[0][0]).isEqualTo((1 + 3 + 4 + 2) / 4.0);
        assertThat(p[2][1]).isEqualTo((6 + 2 + 1 + 7) / 4.0);
        assertThat(p[1][3]).isEqualTo((0 + 1 + 3 + 1) / 4.0);
    }

    @Test
    void globalPoolsGiveOneCellThatReadsTheWholeImage() {
        Detection max = Detection.of(identity(Pooling.global(Pooling.Kind.GLOBAL_MAX), null));
        assertThat(max.pooled().get(0).toRows()).isEqualTo(new double[][] {{7}});
        assertThat(max.window()).isEqualTo(new Window(0, 0, 4, 5));
        Detection avg = Detection.of(identity(Pooling.global(Pooling.Kind.GLOBAL_AVERAGE), null));
        assertThat(avg.pooled().get(0).get(0, 0)).isEqualTo(42 / 20.0);
    }

    @Test
    void gainsAndOffsetsActOnPooledCells() {
        FilterSpec a = FilterSpec.plain("A", Filter.ofRows(new double[][] {{1}}));
        FilterSpec b = a.withName("B").withGain(-1).withOffset(1, 0);
        Detection d = Detection.of(identity(Pooling.window(Pooling.Kind.MAX, 2, 1), null, a, b));
        // P = [[4,3,2,5],[6,6,3,3],[6,7,7,3]]; D[y][x] = P[y][x] − P[y][x+1], columns 0..2
        assertThat(d.combined().toRows())
                .isEqualTo(new double[][] {{1, 1, -3}, {0, 3, 0}, {-1, 0, 4}});
        assertThat(new int[] {d.argmax().row(), d.argmax().col()}).containsExactly(2, 2);
        // D(2, 2) reads P cells (2, 2) and (2, 3): R rows 2..3, columns 2..4
        assertThat(d.window()).isEqualTo(new Window(2, 2, 2, 3));
    }

    @Test
    void secondLayerIsAValidCorrelationOverThePooledMapsPlusItsBias() {
        SecondLayer layer = SecondLayer.of(new double[][][] {{{1, -1}}}, 0.5);
        Detection d = Detection.of(identity(Pooling.window(Pooling.Kind.MAX, 2, 1), layer));
        // P = [[4,3,2,5],[6,6,3,3],[6,7,7,3]]; D = P[y][x] − P[y][x+1] + 0.5
        assertThat(d.combined().toRows())
                .isEqualTo(new double[][] {{1.5, 1.5, -2.5}, {0.5, 3.5, 0.5}, {-0.5, 0.5, 4.5}});
        assertThat(d.combined().top()).isZero();
        assertThat(d.window()).isEqualTo(new Window(2, 2, 2, 3));
    }

    @Test
    void refusalsAreOneLineNamingTheProblem() {
        assertThatThrownBy(() -> Detection.of(identity(Pooling.window(Pooling.Kind.MAX, 5), null)))
                .hasMessage("filter A: pooling window 5×5 is larger than the 4×5 map it pools");
        FilterSpec a = FilterSpec.plain("A", Filter.ofRows(new double[][] {{1}}));
        FilterSpec wide = FilterSpec.plain("B", Filter.ofRows(new double[][] {{1, 1}}));
        SecondLayer two = SecondLayer.of(new double[2][1][1], 0);
        assertThatThrownBy(() -> Detection.of(identity(null, two, a, wide)))
                .hasMessage(
                        "the second layer needs maps of one size, but filter A's is 4×5 and"
                                + " filter B's is 4×4");
        assertThatThrownBy(() -> Detection.of(identity(null, two)))
                .hasMessage("the second layer reads 2 maps but there is 1 filter");
        SecondLayer tall = SecondLayer.of(new double[1][5][1], 0);
        assertThatThrownBy(() -> Detection.of(identity(null, tall)))
                .hasMessage("the second layer's 5×1 kernel is larger than the 4×5 maps it reads");
        assertThatThrownBy(() -> Pooling.window(Pooling.Kind.MAX, 0))
                .hasMessage("pooling size must be at least 1, got 0");
    }

    @Test
    void showAsSecondLayerIsRefusedBeyondSixtyFourCells() {
        FilterSpec a = FilterSpec.plain("A", Filter.ofRows(new double[][] {{1}}));
        FilterSpec far = a.withName("B").withOffset(64, 0);
        assertThatThrownBy(() -> SecondLayer.fromOffsets(List.of(a, far)))
                .hasMessageContaining("the second layer's kernel would be 1×65; at most 64×64");
        assertThat(SecondLayer.fromOffsets(List.of(a, a.withOffset(63, -2))).width()).isEqualTo(64);
    }
}
