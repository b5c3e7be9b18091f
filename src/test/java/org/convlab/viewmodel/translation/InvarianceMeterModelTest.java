package org.convlab.viewmodel.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.convlab.lessons.shift.MeterStage;
import org.junit.jupiter.api.Test;

class InvarianceMeterModelTest {
    private final TranslationViewModel lesson = new TranslationViewModel();
    private final InvarianceMeterModel meter = lesson.meter();

    @Test
    void onTheHomeworkEachStageGetsTheSentenceItsNumbersSay() {
        assertThat(meter.getMaxShift()).isEqualTo(6);
        assertThat(meter.getShiftLimit()).isEqualTo(6);
        assertThat(meter.getSetup())
                .isEqualTo(
                        "The signal 6, 7, 8, 1, 2, 3, 5 correlated with the kernel 1, 2, 3 (raw dot"
                                + " product), shifted right by k = 0…6 around a ring, with circular"
                                + " correlation: no border interferes.");
        assertThat(meter.getSentences())
                .containsExactly(
                        "Conv output (7 cells, stride 1): invariance error up to 30 (at k = 3), 0"
                                + " only at k = 0: not invariant. Equivariance error 0 at every k"
                                + " from 0 to 6: equivariant.",
                        "Conv + max pool 2 (3 cells, stride 2): invariance error up to 28 (at k ="
                                + " 4), 0 only at k = 0: not invariant. Equivariance error 0 at k ="
                                + " 0, 2 and 4; undefined at k = 1, 3 and 5, where k/2 is not"
                                + " whole, and at k = 6, where the output moves so far that no cell"
                                + " has a counterpart: equivariant only at multiples of 2.",
                        "Conv + global max (1 cell, stride 7): invariance error 0 at every k from 0"
                                + " to 6: invariant. Equivariance error 0 at k = 0; undefined at k"
                                + " = 1, 2, 3, 4, 5 and 6, where k/7 is not whole: no shift moves"
                                + " it by whole cells, so only its invariance can be asked.");
    }

    @Test
    void theSentencesFollowTheNumbersWhenTheBorderBreaksEquivariance() {
        meter.setZeroFill(true);
        assertThat(meter.getSetup()).contains("with zero fill and same padding");
        assertThat(meter.getSentences().get(0))
                .startsWith("Conv output (7 cells, stride 1): invariance error up to")
                .contains("Equivariance error up to")
                .contains(": not equivariant at k = 1, 2, 3, 4, 5 and 6.");
        assertThat(meter.getMeter().of(MeterStage.CONV).errors().get(1).equivariance())
                .hasValue(15.0);
    }

    @Test
    void theImageHasItsOwnLimitAndAShorterSignalShortensK() {
        meter.setInput(MeterInput.IMAGE);
        assertThat(meter.getShiftLimit()).isEqualTo(15);
        meter.setMaxShift(15);
        assertThat(meter.getMeter().of(MeterStage.CONV).height()).isEqualTo(16);
        assertThat(meter.getMeter().of(MeterStage.MAX_POOL).equivariantAt())
                .containsExactly(0, 2, 4, 6, 8, 10, 12, 14);
        assertThat(meter.getSentences().get(2))
                .contains("invariance error 0 at every k from 0 to 15");
        meter.setInput(MeterInput.SIGNAL);
        assertThat(meter.getMaxShift()).isEqualTo(6);
        lesson.editSignal("1, 2, 3, 4");
        assertThat(meter.getMaxShift()).isEqualTo(3);
        assertThat(meter.getSetup()).startsWith("The signal 1, 2, 3, 4 correlated");
        assertThatThrownBy(() -> meter.setMaxShift(4))
                .hasMessage("K must be between 1 and 3, got 4");
    }

    @Test
    void aSignalTooShortToPoolIsRefusedInOneLine() {
        lesson.editSignal("5");
        lesson.editKernel("1");
        lesson.editSignal("5");
        assertThat(meter.getMeter()).isNull();
        assertThat(meter.getRefusal()).startsWith("The meter cannot measure this input: ");
        assertThat(meter.getSentences()).isEmpty();
    }
}
