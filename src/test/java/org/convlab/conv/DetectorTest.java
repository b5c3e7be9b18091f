package org.convlab.conv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The detector D = Σ g_k · R_k[y + dy_k][x + dx_k], its argmax and the windows it reads. */
class DetectorTest {
    private static final Filter IDENTITY = Filter.ofRows(new double[][] {{1}});

    /**
     * A response map equal to {@code rows}: a 1×1 identity kernel on it, so cell (y, x) reads
     * window (y, x, 1, 1).
     */
    private static ResponseMap map(double[][] rows) {
        return Correlation2D.compute(
                Image.ofRows(rows), IDENTITY, ConvSettings.DEFAULT, MatchMode.RAW, Activation.NONE);
    }

    private static final ResponseMap R1 = map(new double[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}});
    private static final ResponseMap R2 =
            map(new double[][] {{10, 20, 30}, {40, 50, 60}, {70, 80, 90}});

    @Test
    void defaultGainsAndOffsetsGiveThePlainSum() {
        CombinedMap d =
                CombinedMap.combine(List.of(DetectorTerm.plain(R1), DetectorTerm.plain(R2)));
        assertThat(new int[] {d.top(), d.left(), d.height(), d.width()})
                .containsExactly(0, 0, 3, 3);
        assertThat(d.toRows())
                .isDeepEqualTo(new double[][] {{11, 22, 33}, {44, 55, 66}, {77, 88, 99}});
        Argmax a = d.argmax();
        assertThat(new double[] {a.max(), a.row(), a.col()}).containsExactly(99, 2, 2);
    }

    @Test
    void positiveOffsetShrinksTheRectangleOnTheRight() {
        // D[y][x] = R1[y][x] + 2·R2[y][x+1], defined for x ∈ [0, 1]
        // D[0][0] = 1 + 2·20 = 41; D[0][1] = 2 + 60 = 62; D[2][1] = 8 + 2·90 = 188
        CombinedMap d =
                CombinedMap.combine(List.of(DetectorTerm.plain(R1), new DetectorTerm(R2, 2, 1, 0)));
        assertThat(new int[] {d.top(), d.left(), d.height(), d.width()})
                .containsExactly(0, 0, 3, 2);
        assertThat(d.toRows()).isDeepEqualTo(new double[][] {{41, 62}, {104, 125}, {167, 188}});
        assertThat(d.argmax().max()).isEqualTo(188);
        assertThat(new int[] {d.argmax().row(), d.argmax().col()}).containsExactly(2, 1);
        assertThat(d.isDefinedAt(0, 2)).isFalse();
        assertThatThrownBy(() -> d.at(0, 2)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void negativeOffsetMovesTheRectangleAndStaysInTheMapsFrame() {
        // D[y][x] = R1[y][x] + 2·R2[y+1][x−1]: x ∈ [1, 2], y ∈ [0, 1], so top 0, left 1
        // D(0,1) = 2 + 2·40 = 82; D(0,2) = 3 + 2·50 = 103; D(1,1) = 5 + 2·70 = 145; D(1,2) = 6 +
        // 2·80 = 166
        CombinedMap d =
                CombinedMap.combine(
                        List.of(DetectorTerm.plain(R1), new DetectorTerm(R2, 2, -1, 1)));
        assertThat(new int[] {d.top(), d.left(), d.height(), d.width()})
                .containsExactly(0, 1, 2, 2);
        assertThat(d.value(0, 0)).isEqualTo(82);
        assertThat(d.at(0, 1)).isEqualTo(82);
        assertThat(d.at(1, 2)).isEqualTo(166);
        assertThat(d.toRows()).isDeepEqualTo(new double[][] {{82, 103}, {145, 166}});
        Argmax a = d.argmax();
        assertThat(new int[] {a.row(), a.col()})
                .as("argmax in the maps' frame")
                .containsExactly(1, 2);
        // D(1,2) reads R1 at (1,2) → window (1,2,1,1) and R2 at (2,1) → window (2,1,1,1): bounding
        // box (1,1,2,2)
        assertThat(d.window(1, 2)).isEqualTo(new Window(1, 1, 2, 2));
    }

    @Test
    void negativeGainSubtractsAMap() {
        CombinedMap d =
                CombinedMap.combine(
                        List.of(new DetectorTerm(R2, 1, 0, 0), new DetectorTerm(R1, -10, 0, 0)));
        for (double[] row : d.toRows()) {
            assertThat(row).containsOnly(0.0);
        }
        assertThat(d.argmax().tieCount()).isEqualTo(9);
    }

    @Test
    void windowOfADetectorCellIsTheBoundingBoxOfItsTermsWindows() {
        // two 2×2 filters on a 4×4 image, B read one column to the right: D(0,0) reads A's window
        // (0,0,2,2)
        // and B's window at (0,1) = (0,1,2,2); together (0,0,2,3)
        Image in = Image.zeros(4, 4, 1);
        Filter k = Filter.ofRows(new double[][] {{1, 0}, {0, 1}});
        ResponseMap a =
                Correlation2D.compute(in, k, ConvSettings.DEFAULT, MatchMode.RAW, Activation.NONE);
        ResponseMap b =
                Correlation2D.compute(in, k, ConvSettings.DEFAULT, MatchMode.RAW, Activation.NONE);
        CombinedMap d =
                CombinedMap.combine(List.of(DetectorTerm.plain(a), new DetectorTerm(b, 1, 1, 0)));
        assertThat(d.window(0, 0)).isEqualTo(new Window(0, 0, 2, 3));
        // with same padding a window starts in the padding: 3×3 kernel, pad 1 → (0,0) reads
        // (−1,−1,3,3);
        // a term offset by (1,1) reads (0,0,3,3); together (−1,−1,4,4)
        Filter k3 = Filter.ofRows(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}});
        ResponseMap s =
                Correlation2D.compute(
                        in,
                        k3,
                        ConvSettings.DEFAULT.withPadding(Padding.SAME),
                        MatchMode.RAW,
                        Activation.NONE);
        CombinedMap ds =
                CombinedMap.combine(List.of(DetectorTerm.plain(s), new DetectorTerm(s, 1, 1, 1)));
        assertThat(ds.window(0, 0)).isEqualTo(new Window(-1, -1, 4, 4));
    }

    @Test
    void detectionOfAWorkspaceFindsThePatternBuiltFromParts() {
        // a pattern of two diagonal strokes side by side, found by "\" at (y, x) and "\" again two
        // columns right
        Image in =
                Image.ofRows(
                        new double[][] {
                            {0, 0, 0, 0, 0, 0},
                            {0, 1, 0, 1, 0, 0},
                            {0, 0, 1, 0, 1, 0},
                            {0, 0, 0, 0, 0, 0}
                        });
        Filter diag = Filter.ofRows(new double[][] {{1, 0}, {0, 1}});
        Workspace ws =
                Workspace.of(
                        in,
                        List.of(
                                FilterSpec.plain("left", diag),
                                new FilterSpec("right", diag, 1, 2, 0)));
        Detection det = Detection.of(ws);
        // R[1][1] = 2 and R[1][3] = 2 are the strokes; D(1,1) = R[1][1] + R[1][3] = 4, the only 4
        assertThat(det.argmax().max()).isEqualTo(4);
        assertThat(new int[] {det.argmax().row(), det.argmax().col()}).containsExactly(1, 1);
        assertThat(det.argmax().tieCount()).isEqualTo(1);
        assertThat(det.window()).isEqualTo(new Window(1, 1, 2, 4));
        // summing without offsets (the homework's detector) ties the strokes with the whole pattern
        Detection plain = Detection.of(ws.withFilter(1, FilterSpec.plain("right", diag)));
        assertThat(plain.argmax().tieCount()).isEqualTo(2);
    }

    @Test
    void offsetsThatLeaveNoCommonPositionAreRefused() {
        assertThatThrownBy(
                        () ->
                                CombinedMap.combine(
                                        List.of(
                                                DetectorTerm.plain(R1),
                                                new DetectorTerm(R2, 1, 3, 0))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("offsets leave no position");
        assertThatThrownBy(() -> CombinedMap.combine(List.of()))
                .hasMessageContaining("at least one filter");
        assertThatThrownBy(() -> new DetectorTerm(R1, Double.NaN, 0, 0))
                .hasMessageContaining("gain");
    }

    @Test
    void extremeOffsetsAreRefusedInsteadOfWrappingAround() {
        // R[y + dy] with dy = −2^31 is defined from y = 2^31, a row an int cannot name
        assertThatThrownBy(
                        () ->
                                CombinedMap.combine(
                                        List.of(new DetectorTerm(R1, 1, 0, Integer.MIN_VALUE))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too large");
        assertThatThrownBy(
                        () ->
                                CombinedMap.combine(
                                        List.of(
                                                DetectorTerm.plain(R1),
                                                new DetectorTerm(R2, 1, Integer.MIN_VALUE, 0))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("offsets leave no position");
        // a large but representable offset is fine: columns −2^31 + 1 … −2^31 + 3
        CombinedMap d = CombinedMap.combine(List.of(new DetectorTerm(R1, 1, Integer.MAX_VALUE, 0)));
        assertThat(new int[] {d.left(), d.width()}).containsExactly(-Integer.MAX_VALUE, 3);
        assertThat(d.at(0, -Integer.MAX_VALUE)).isEqualTo(1);
    }

    @Test
    void detectionNamesTheFilterThatCannotBeApplied() {
        Image in = Image.zeros(2, 2, 1);
        Filter big = Filter.ofRows(new double[][] {{1, 1, 1}});
        assertThatThrownBy(
                        () ->
                                Detection.of(
                                        Workspace.of(in, List.of(FilterSpec.plain("wide", big)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("filter wide: ")
                .hasMessageContaining("output would be empty");
        assertThatThrownBy(() -> Detection.of(Workspace.of(in, List.of())))
                .hasMessageContaining("filter bank is empty");
    }

    @Test
    void activationIsAppliedBeforeCombining() {
        // R = 3 1 4 ⋆ (1 −1) = 2, −3, with relu 2, 0; D is the plain sum of two such maps
        Image in = Image.ofRows(new double[][] {{3, 1, 4}});
        Filter k = Filter.ofRows(new double[][] {{1, -1}});
        Workspace ws =
                Workspace.of(in, List.of(FilterSpec.plain("a", k), FilterSpec.plain("b", k)));
        assertThat(Detection.of(ws).combined().toRows()[0]).containsExactly(4, -6);
        assertThat(Detection.of(ws.withActivation(Activation.RELU)).combined().toRows()[0])
                .containsExactly(4, 0);
    }
}
