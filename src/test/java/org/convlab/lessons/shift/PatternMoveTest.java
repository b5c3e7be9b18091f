package org.convlab.lessons.shift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PatternMoveTest {
    private static final double[] HOMEWORK = {6, 7, 8, 1, 2, 3, 5};

    @Test
    void movingTheBlockToTheFrontGivesTheHomeworksSecondVector() {
        double[] moved = PatternMove.move(HOMEWORK, 3, 3, 0);
        assertThat(moved).containsExactly(1, 2, 3, 6, 7, 8, 5);
        assertThat(PatternMove.changedCount(HOMEWORK, moved)).isEqualTo(6);
    }

    @Test
    void theHomeworksMoveIsNoTranslation() {
        double[] moved = PatternMove.move(HOMEWORK, 3, 3, 0);
        assertThat(PatternMove.asTranslation(HOMEWORK, moved, false)).isEmpty();
        assertThat(PatternMove.asTranslation(HOMEWORK, moved, true)).isEmpty();
    }

    @Test
    void aBlockOnAFlatBackgroundMovesLikeATranslation() {
        double[] flat = {0, 0, 0, 1, 2, 3, 0, 0, 0, 0};
        double[] moved = PatternMove.move(flat, 3, 3, 5);
        assertThat(moved).containsExactly(0, 0, 0, 0, 0, 1, 2, 3, 0, 0);
        assertThat(PatternMove.asTranslation(flat, moved, false)).hasValue(2);
    }

    @Test
    void movingRightKeepsTheOtherValuesInOrder() {
        assertThat(PatternMove.move(HOMEWORK, 0, 3, 4)).containsExactly(1, 2, 3, 5, 6, 7, 8);
    }

    @Test
    void refusesABlockOutsideTheSignal() {
        assertThatThrownBy(() -> PatternMove.move(HOMEWORK, 5, 3, 0))
                .hasMessageContaining("not inside the signal 0…6");
        assertThatThrownBy(() -> PatternMove.move(HOMEWORK, 0, 3, 5))
                .hasMessageContaining("between 0 and 4");
    }
}
