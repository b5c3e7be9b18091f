package org.convlab.conv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Argmax: the maximum, the first position in row-major order, and every tie within 1e−9·max(1,
 * |max|).
 */
class ArgmaxTest {

    @Test
    void firstMaximumInRowMajorOrderWins() {
        Argmax a = Argmax.of(new double[] {1, 3, 3, 2}, 2, 2);
        assertThat(a.max()).isEqualTo(3);
        assertThat(new int[] {a.row(), a.col()}).containsExactly(0, 1);
        assertThat(a.ties()).containsExactly(new Cell(0, 1), new Cell(1, 0));
    }

    @Test
    void rowMajorMeansAWholeRowBeforeTheNext() {
        // (0,2) comes before (1,0)
        Argmax a = Argmax.of(new double[] {0, 0, 5, 5, 0, 0}, 2, 3);
        assertThat(new int[] {a.row(), a.col()}).containsExactly(0, 2);
    }

    @Test
    void tiesUseARelativeToleranceForLargeValues() {
        // |max| = 1000 → tolerance 1e−6: 1000 − 1e−7 ties, 1000 − 2e−6 does not
        Argmax a = Argmax.of(new double[] {1000 - 2e-6, 1000, 1000 - 1e-7}, 1, 3);
        assertThat(a.max()).isEqualTo(1000);
        assertThat(a.ties()).containsExactly(new Cell(0, 1), new Cell(0, 2));
    }

    @Test
    void tiesUseAnAbsoluteToleranceBelowOne() {
        // |max| = 0.5 → tolerance 1e−9 · max(1, 0.5) = 1e−9
        Argmax a = Argmax.of(new double[] {0.5, 0.5 - 5e-10, 0.5 - 2e-9}, 1, 3);
        assertThat(a.ties()).containsExactly(new Cell(0, 0), new Cell(0, 1));
    }

    @Test
    void negativeMaximumScalesTheToleranceByItsMagnitude() {
        // max −2000 → tolerance 2e−6
        Argmax a = Argmax.of(new double[] {-2000 - 1.5e-6, -2000, -2000 - 3e-6}, 1, 3);
        assertThat(a.max()).isEqualTo(-2000);
        assertThat(a.ties()).containsExactly(new Cell(0, 0), new Cell(0, 1));
        assertThat(new int[] {a.row(), a.col()})
                .as("a tie within tolerance earlier in row-major order comes first")
                .containsExactly(0, 0);
    }

    @Test
    void tieWithinToleranceBeforeTheExactMaximumIsTheFirstPosition() {
        Argmax a = Argmax.of(new double[] {7 - 1e-12, 7}, 1, 2);
        assertThat(a.max()).isEqualTo(7);
        assertThat(new int[] {a.row(), a.col()}).containsExactly(0, 0);
        assertThat(a.tieCount()).isEqualTo(2);
    }

    @Test
    void flatMapTiesEverywhere() {
        Argmax a = Argmax.of(new double[6], 3, 2);
        assertThat(a.tieCount()).isEqualTo(6);
        assertThat(new int[] {a.row(), a.col()}).containsExactly(0, 0);
    }

    @Test
    void emptyOrMisshapenMapsAreRefused() {
        assertThatThrownBy(() -> Argmax.of(new double[0], 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Argmax.of(new double[3], 2, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void combinedArgmaxReportsTiesInTheMapsFrame() {
        // D defined from left = 1 (offset dx = −1): local ties (0,0) and (0,1) are (0,1) and (0,2)
        ResponseMap r =
                Correlation2D.compute(
                        Image.ofRows(new double[][] {{5, 5, 5}}),
                        Filter.ofRows(new double[][] {{1}}),
                        ConvSettings.DEFAULT,
                        MatchMode.RAW,
                        Activation.NONE);
        CombinedMap d =
                CombinedMap.combine(
                        java.util.List.of(DetectorTerm.plain(r), new DetectorTerm(r, 1, -1, 0)));
        Argmax a = d.argmax();
        assertThat(new int[] {a.row(), a.col()}).containsExactly(0, 1);
        assertThat(a.ties()).containsExactly(new Cell(0, 1), new Cell(0, 2));
    }
}
