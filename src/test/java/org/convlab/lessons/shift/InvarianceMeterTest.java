package org.convlab.lessons.shift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalDouble;
import org.convlab.conv.CircularCorrelation;
import org.convlab.conv.Filter;
import org.convlab.conv.Image;
import org.convlab.conv.MatchMode;
import org.junit.jupiter.api.Test;

/**
 * The meter on the homework's signal 6, 7, 8, 1, 2, 3, 5 and kernel 1, 2, 3, worked by hand. On the
 * ring, output i reads x[i − 1], x[i], x[i + 1]: the conv output is 38, 44, 26, 16, 14, 23, 31; max
 * pool 2 keeps 44, 26, 23 (cell 6 is left over); the global max is 44.
 */
class InvarianceMeterTest {
    private static final double[] HOMEWORK = {6, 7, 8, 1, 2, 3, 5};
    private static final double[] KERNEL = {1, 2, 3};

    private static InvarianceMeter homework() {
        return InvarianceMeter.ofSignal(HOMEWORK, KERNEL, 6, true);
    }

    private static double[] invariance(StageErrors s) {
        return s.errors().stream().mapToDouble(ShiftError::invariance).toArray();
    }

    @Test
    void theRingCorrelationOfTheHomeworkIsTheHandWorkedOne() {
        assertThat(CircularCorrelation.correlate(HOMEWORK, KERNEL, MatchMode.RAW))
                .containsExactly(38, 44, 26, 16, 14, 23, 31);
    }

    @Test
    void convIsEquivariantAtEveryShiftAndNotInvariant() {
        StageErrors conv = homework().of(MeterStage.CONV);
        assertThat(conv.stride()).isEqualTo(1);
        assertThat(conv.width()).isEqualTo(7);
        assertThat(conv.equivariantAt()).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(conv.undefinedAt()).isEmpty();
        // k = 1: 31, 38, 44, 26, 16, 14, 23 against 38, 44, 26, 16, 14, 23, 31 differs by at most
        // |44 − 26| = 18; k = 2: 23, 31, 38, 44, … differs by at most |44 − 16| = 28
        assertThat(invariance(conv)).containsExactly(0, 18, 28, 30, 30, 28, 18);
        assertThat(conv.invariantAt()).containsExactly(0);
    }

    @Test
    void maxPoolIsEquivariantOnlyAtMultiplesOfTwoWhileCellsAreLeftToCompare() {
        StageErrors pool = homework().of(MeterStage.MAX_POOL);
        assertThat(pool.stride()).isEqualTo(2);
        assertThat(pool.width()).isEqualTo(3);
        assertThat(pool.equivariantAt()).containsExactly(0, 2, 4);
        // k = 6 moves the 3 pooled cells by 3: none of them has a counterpart left
        assertThat(pool.undefinedAt()).containsExactly(1, 3, 5, 6);
        // k = 1 pools 31, 38 | 44, 26 | 16, 14 to 38, 44, 16 against 44, 26, 23: 6, 18, 7;
        // k = 2 pools 23, 31 | 38, 44 | 26, 16 to 31, 44, 26: 13, 18, 3; k = 3: 23, 38, 44
        // (21, 12, 21); k = 4: 16, 31, 44 (28, 5, 21); k = 5: 26, 23, 38 (18, 3, 15); k = 6:
        // 44, 16, 31 (0, 10, 8)
        assertThat(invariance(pool)).containsExactly(0, 18, 18, 21, 28, 18, 10);
        assertThat(pool.invariantAt()).containsExactly(0);
    }

    @Test
    void globalMaxIsInvariantAndItsEquivarianceIsUndefinedOnceItMoves() {
        StageErrors global = homework().of(MeterStage.GLOBAL_MAX);
        assertThat(global.stride()).isEqualTo(7);
        assertThat(global.width()).isEqualTo(1);
        assertThat(invariance(global)).containsOnly(0);
        assertThat(global.equivariantAt()).containsExactly(0);
        assertThat(global.undefinedAt()).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void equivarianceIsComparedOnlyWhereBothCellsExist() {
        double[][] before = {{1, 2, 3}};
        double[][] after = {{9, 1, 5}};
        // after[1] = before[0], after[2] = 5 against before[1] = 2
        assertThat(InvarianceMeter.equivarianceError(after, before, 1, 1))
                .isEqualTo(OptionalDouble.of(3));
        assertThat(InvarianceMeter.equivarianceError(after, before, 2, 2))
                .isEqualTo(OptionalDouble.of(3));
        assertThat(InvarianceMeter.equivarianceError(after, before, 3, 2)).isEmpty();
        assertThat(InvarianceMeter.equivarianceError(after, before, 3, 1)).isEmpty();
        assertThat(InvarianceMeter.invarianceError(after, before)).isEqualTo(8);
    }

    @Test
    void zeroFillLetsTheBorderBreakWhatTheRingKeeps() {
        InvarianceMeter m = InvarianceMeter.ofSignal(HOMEWORK, KERNEL, 6, false);
        // same padding: 0·1 + 6·2 + 7·3 = 33 first; shifting right loses 5, 3, 2, … off the edge
        StageErrors conv = m.of(MeterStage.CONV);
        assertThat(conv.errors().get(1).equivariance()).isEqualTo(OptionalDouble.of(15));
        StageErrors global = m.of(MeterStage.GLOBAL_MAX);
        assertThat(global.invariantAt()).doesNotContain(6);
    }

    @Test
    void anImageMovedRightOnTheTorusKeepsItsGlobalMaxAndMovesItsMaps() {
        double[] cells = new double[6 * 8];
        cells[2 * 8 + 3] = 1;
        cells[3 * 8 + 4] = 1;
        cells[5 * 8 + 1] = 1;
        Image img = Image.of(6, 8, 1, cells);
        Filter diagonal = Filter.ofRows(new double[][] {{1, 0}, {0, 1}});
        InvarianceMeter m = InvarianceMeter.ofImage(img, diagonal, 7, true);
        assertThat(m.of(MeterStage.CONV).equivariantAt()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(m.of(MeterStage.CONV).height()).isEqualTo(6);
        assertThat(m.of(MeterStage.MAX_POOL).equivariantAt()).containsExactly(0, 2, 4, 6);
        assertThat(m.of(MeterStage.MAX_POOL).height()).isEqualTo(3);
        assertThat(m.of(MeterStage.GLOBAL_MAX).invariantAt())
                .containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(m.of(MeterStage.GLOBAL_MAX).stride()).isEqualTo(8);
    }

    @Test
    void aShiftBeyondTheInputOrATooShortSignalIsRefused() {
        assertThatThrownBy(() -> InvarianceMeter.ofSignal(HOMEWORK, KERNEL, 7, true))
                .hasMessage(
                        "the meter shifts by 0 to 6 cells here (the input is 7 cells wide), got 7");
        assertThatThrownBy(
                        () -> InvarianceMeter.ofSignal(new double[] {4}, new double[] {1}, 0, true))
                .hasMessage("pooling window 2 is longer than the signal of 1 it pools");
        assertThat(List.of(MeterStage.values())).hasSize(3);
    }
}
