package org.convlab.viewmodel.translation;

import static org.assertj.core.api.Assertions.assertThat;

import org.convlab.conv.Activation;
import org.convlab.conv.ConvSettings;
import org.convlab.conv.Correlation2D;
import org.convlab.conv.MatchMode;
import org.convlab.lessons.shift.ImageShift;
import org.junit.jupiter.api.Test;

class GridShiftModelTest {
    @Test
    void theDiagonalIsFoundAndFollowsAShift() {
        GridShiftModel m = new GridShiftModel();
        assertThat(m.getArgmaxBefore().max()).isEqualTo(3);
        assertThat(new int[] {m.getArgmaxBefore().row(), m.getArgmaxBefore().col()})
                .containsExactly(6, 6);
        m.move(2, -1);
        assertThat(m.getShifted()).isEqualTo(ImageShift.shift(m.getImage(), 2, -1));
        assertThat(m.getResponseAfter().toArray())
                .containsExactly(
                        Correlation2D.compute(
                                        m.getShifted(),
                                        m.getFilter(),
                                        ConvSettings.DEFAULT,
                                        MatchMode.RAW,
                                        Activation.NONE)
                                .toArray());
        assertThat(m.getArgmaxAfter().max()).isEqualTo(3);
        assertThat(new int[] {m.getArgmaxAfter().row(), m.getArgmaxAfter().col()})
                .containsExactly(8, 5);
        assertThat(m.getSummary()).contains("moved by exactly the shift");
    }

    @Test
    void strideTwoDoesNotFollowAOnePixelShiftButFollowsATwoPixelShift() {
        GridShiftModel m = new GridShiftModel();
        m.setStride(2);
        assertThat(m.getResponseBefore().width()).isEqualTo(7);
        assertThat(m.getArgmaxBefore().max()).isEqualTo(3);
        m.move(0, 1);
        assertThat(m.getArgmaxAfter().max()).isLessThan(3);
        assertThat(m.getSummary())
                .contains("(0, +1/2) cells")
                .contains("a shift by 1 is not a shift of the output");
        m.move(0, 1);
        assertThat(m.getArgmaxAfter().max()).isEqualTo(3);
        assertThat(m.getArgmaxAfter().col()).isEqualTo(m.getArgmaxBefore().col() + 1);
        assertThat(m.getSummary()).contains("multiple of the stride 2");
    }

    @Test
    void pushingThePatternOutOfTheFrameIsBlamedOnTheBorder() {
        GridShiftModel m = new GridShiftModel();
        for (int i = 0; i < 8; i++) {
            m.move(0, 1);
        }
        assertThat(m.getSummary()).contains("pushed out of the frame");
        assertThat(m.move(0, 8)).isFalse();
        assertThat(m.getShiftX()).isEqualTo(8);
    }

    @Test
    void aGuidedLessonSetsTheShiftAndStrideDirectly() {
        GridShiftModel m = new GridShiftModel();
        m.setShift(2, -1);
        assertThat(m.getShiftY()).isEqualTo(2);
        assertThat(m.getShiftX()).isEqualTo(-1);
        assertThat(m.getShifted()).isEqualTo(ImageShift.shift(m.getImage(), 2, -1));
        assertThat(new int[] {m.getArgmaxAfter().row(), m.getArgmaxAfter().col()})
                .containsExactly(8, 5);
        m.setStride(2);
        m.setShift(0, 1);
        assertThat(m.getStride()).isEqualTo(2);
        assertThat(m.getSummary()).contains("a shift by 1 is not a shift of the output");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> m.setShift(GridShiftModel.SIZE, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(m.getShiftY()).isZero();
        assertThat(m.getShiftX()).isEqualTo(1);
    }
}
