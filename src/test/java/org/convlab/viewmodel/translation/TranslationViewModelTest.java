package org.convlab.viewmodel.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.convlab.conv.CircularCorrelation;
import org.convlab.conv.Correlation1D;
import org.convlab.conv.MatchMode;
import org.convlab.conv.Padding;
import org.junit.jupiter.api.Test;

class TranslationViewModelTest {
    private static final double[] HOMEWORK = {6, 7, 8, 1, 2, 3, 5};
    private static final double[] KERNEL = {1, 2, 3};

    @Test
    void startsOnTheHomeworkExample() {
        TranslationViewModel vm = new TranslationViewModel();
        assertThat(vm.getSignal()).containsExactly(HOMEWORK);
        assertThat(vm.getKernel()).containsExactly(KERNEL);
        assertThat(vm.getOutputBefore()).containsExactly(44, 26, 16, 14, 23);
        assertThat(vm.getArgmaxBefore().col()).isZero();
        assertThat(vm.getSignalText()).isEqualTo("6, 7, 8, 1, 2, 3, 5");
    }

    @Test
    void zeroFillShiftPlotsMatchTheCore() {
        TranslationViewModel vm = new TranslationViewModel();
        for (int k = -6; k <= 6; k++) {
            vm.setShift(k);
            double[] shifted = Correlation1D.shift(HOMEWORK, k, false);
            assertThat(vm.getTransformed()).containsExactly(shifted);
            assertThat(vm.getOutputBefore())
                    .containsExactly(
                            Correlation1D.correlate(
                                    HOMEWORK, KERNEL, MatchMode.RAW, Padding.VALID));
            assertThat(vm.getOutputAfter())
                    .containsExactly(
                            Correlation1D.correlate(shifted, KERNEL, MatchMode.RAW, Padding.VALID));
        }
    }

    @Test
    void circularShiftPlotsTheRingCorrelationAndIsExactlyEquivariant() {
        TranslationViewModel vm = new TranslationViewModel();
        vm.setCircular(true);
        double[] before = CircularCorrelation.correlate(HOMEWORK, KERNEL, MatchMode.RAW);
        for (int k = -6; k <= 6; k++) {
            vm.setShift(k);
            double[] shifted = Correlation1D.shift(HOMEWORK, k, true);
            assertThat(vm.getTransformed()).containsExactly(shifted);
            assertThat(vm.getOutputAfter())
                    .containsExactly(CircularCorrelation.correlate(shifted, KERNEL, MatchMode.RAW));
            assertThat(vm.getOutputAfter()).containsExactly(Correlation1D.shift(before, k, true));
            assertThat(vm.getChangedOutputs()).isEmpty();
            assertThat(vm.getBorderWarning()).isEmpty();
            if (k != 0) {
                assertThat(vm.getVerdict())
                        .contains("exactly equivariant")
                        .contains("keeps its value 44");
            }
        }
    }

    @Test
    void shiftRightByOneKeeps44AndMovesItToIndexOneButLosesTheFive() {
        TranslationViewModel vm = new TranslationViewModel();
        vm.setShift(1);
        assertThat(vm.getArgmaxAfter().max()).isEqualTo(44);
        assertThat(vm.getArgmaxAfter().col()).isEqualTo(1);
        assertThat(vm.getVerdict())
                .contains("keeps its value 44")
                .contains("from index 0 to index 1");
        assertThat(vm.getBorderWarning())
                .contains("the value 5 (index 6)")
                .contains("right edge")
                .contains("The old output 23 (index 4) would now sit outside the output");
    }

    @Test
    void shiftLeftPushesTheBestWindowOutAndSaysTheBorderBrokeIt() {
        TranslationViewModel vm = new TranslationViewModel();
        vm.setShift(-1);
        // [7,8,1,2,3,5,0] → 47? no: 7+16+3=26, 8+2+6=16, 1+4+9=14, 2+6+15=23, 3+10+0=13
        assertThat(vm.getOutputAfter()).containsExactly(26, 16, 14, 23, 13);
        assertThat(vm.getVerdict())
                .contains("the border broke equivariance")
                .contains("now it is 26 at index 0")
                .contains("index \u22121, outside the output");
        assertThat(vm.getBorderWarning()).contains("the value 6 (index 0)").contains("left edge");
    }

    @Test
    void sameAndFullPaddingShowTheChangedOutputsAtTheBorder() {
        TranslationViewModel vm = new TranslationViewModel();
        vm.setPadding(Padding.SAME);
        vm.setShift(1);
        // same padding: the last output read 3,5,0 and now reads 2,3,0+... the window at 6 reads
        // the lost 5
        double[] shifted = Correlation1D.shift(HOMEWORK, 1, false);
        double[] before = Correlation1D.correlate(HOMEWORK, KERNEL, MatchMode.RAW, Padding.SAME);
        double[] after = Correlation1D.correlate(shifted, KERNEL, MatchMode.RAW, Padding.SAME);
        assertThat(vm.getOutputAfter()).containsExactly(after);
        for (int i = 1; i < after.length; i++) {
            if (!vm.getChangedOutputs().contains(i)) {
                assertThat(after[i]).isEqualTo(before[i - 1]);
            }
        }
        assertThat(vm.getChangedOutputs()).isNotEmpty();
        assertThat(vm.getBorderWarning()).contains("no longer equal the old output moved by 1");
    }

    @Test
    void flatBackgroundIsExactlyEquivariantAwayFromTheBorder() {
        TranslationViewModel vm = new TranslationViewModel();
        vm.applyPreset(Preset.FLAT_BACKGROUND);
        vm.setShift(2);
        assertThat(vm.getBorderWarning()).isEmpty();
        assertThat(vm.getArgmaxBefore().col()).isEqualTo(3);
        assertThat(vm.getArgmaxAfter().col()).isEqualTo(5);
        assertThat(vm.getArgmaxAfter().max()).isEqualTo(14);
        assertThat(vm.getVerdict())
                .contains("keeps its value 14")
                .contains("from index 3 to index 5")
                .contains("Every output that has a place in both equals the old output moved by 2");
    }

    @Test
    void defaultExampleSentencesSayWhereEachModePeaks() {
        TranslationViewModel vm = new TranslationViewModel();
        List<String> s = vm.getMatchReport().sentences();
        assertThat(s.get(0))
                .contains("the maximum is 44 at index 0 (6, 7, 8)")
                .contains("index 3 (1, 2, 3), scores only 14");
        assertThat(s.get(1))
                .contains("the maximum is 3 at index 4 (2, 3, 5)")
                .contains(
                        "not scale: this window scores more than the closest one, index 3 (1, 2, 3), at 2.");
        assertThat(s.get(2))
                .contains("NCC scores indices 0 and 3 equally (1)")
                .contains("ignores offset and scale");
        assertThat(s.get(3)).contains("Only SSD singles out the exact copy: 0 at index 3");
        assertThat(vm.getMatchReport().best().get(MatchMode.NCC).tieCount()).isEqualTo(2);
        assertThat(vm.getMatchReport().best().get(MatchMode.SSD).max()).isZero();
    }

    @Test
    void sentencesFollowAnEdit() {
        TranslationViewModel vm = new TranslationViewModel();
        assertThat(vm.editSignal("0, 0, 1, 2, 3, 0")).isTrue();
        List<String> s = vm.getMatchReport().sentences();
        assertThat(s.get(0)).contains("the maximum is 14 at index 2").contains("Here it does peak");
        assertThat(s.get(3)).contains("0 at index 2");
    }

    @Test
    void badEntriesAreRefusedByName() {
        TranslationViewModel vm = new TranslationViewModel();
        assertThat(vm.editSignal("1, 2, x, 4")).isFalse();
        assertThat(vm.getInputError()).contains("signal entry 3 \"x\" is not a number");
        assertThat(vm.getSignal()).containsExactly(HOMEWORK);
        assertThat(vm.editKernel("1, NaN")).isFalse();
        assertThat(vm.getInputError()).contains("kernel entry 2 \"NaN\" is not a number");
        assertThat(vm.editKernel("1, 2, 3, 4, 5, 6, 7, 8")).isFalse();
        assertThat(vm.getInputError()).contains("must not be longer than the signal");
        assertThat(vm.editSignal("1, \u22122, 3")).isTrue();
        assertThat(vm.getSignal()).containsExactly(1, -2, 3);
        assertThat(vm.getInputError()).isEmpty();
    }

    @Test
    void shiftOutsideTheSignalIsRefused() {
        TranslationViewModel vm = new TranslationViewModel();
        assertThatThrownBy(() -> vm.setShift(7)).hasMessageContaining("between \u22126 and 6");
        vm.setShift(6);
        assertThat(vm.shiftBy(1)).isFalse();
        assertThat(vm.getShift()).isEqualTo(6);
    }

    @Test
    void addAndRemoveValues() {
        TranslationViewModel vm = new TranslationViewModel();
        vm.addSignalValue();
        assertThat(vm.getSignal()).containsExactly(6, 7, 8, 1, 2, 3, 5, 0);
        vm.removeKernelValue();
        assertThat(vm.getKernel()).containsExactly(1, 2);
        vm.removeKernelValue();
        assertThat(vm.removeKernelValue()).isFalse();
        assertThat(vm.getInputError()).contains("at least one value");
    }

    @Test
    void movingThePatternReproducesTheHomeworkAndIsNotATranslation() {
        TranslationViewModel vm = new TranslationViewModel();
        vm.setMode(LessonMode.MOVE_PATTERN);
        assertThat(vm.getBlockStart()).isEqualTo(3);
        assertThat(vm.getMoveTarget()).isZero();
        assertThat(vm.getTransformed()).containsExactly(1, 2, 3, 6, 7, 8, 5);
        assertThat(vm.getOutputAfter()).containsExactly(14, 26, 36, 44, 38);
        assertThat(vm.getArgmaxAfter().col()).isEqualTo(3);
        assertThat(vm.getVerdict())
                .contains("changed 6 of 7 values")
                .contains("scores 14 at index 3 before and 14 at index 0 after")
                .contains("; the maximum is not on the block");
        assertThat(vm.getComparison())
                .contains("A translation by \u22123 would move every value by \u22123")
                .contains("no translation of the original");
    }

    @Test
    void oneValueCanBeChangedAndTheOutputsFollow() {
        TranslationViewModel vm = new TranslationViewModel();
        assertThat(vm.setSignalValue(0, 0)).isTrue();
        assertThat(vm.getOutputBefore()).containsExactly(38, 26, 16, 14, 23);
        assertThat(vm.getSignalText()).isEqualTo("0, 7, 8, 1, 2, 3, 5");
        assertThat(vm.setKernelValue(3, 1)).isFalse();
        assertThat(vm.getInputError()).contains("no value at index 3");
        assertThat(vm.setKernelValue(0, Double.NaN)).isFalse();
        assertThat(vm.getKernel()).containsExactly(1, 2, 3);
    }

    /** What a guided lesson calls, step by step: each setter is public and takes effect at once. */
    @Test
    void aGuidedLessonSetsEveryStepThroughPublicMethods() {
        TranslationViewModel vm = new TranslationViewModel();
        vm.setShift(1);
        assertThat(vm.getArgmaxAfter().col()).isEqualTo(1);
        vm.setCircular(true);
        assertThat(vm.getVerdict()).contains("exactly equivariant");
        vm.setCircular(false);
        vm.setMatchMode(MatchMode.NCC);
        assertThat(vm.getMatchMode()).isEqualTo(MatchMode.NCC);
        assertThat(vm.getOutputBefore())
                .containsExactly(
                        Correlation1D.correlate(
                                vm.getSignal(), vm.getKernel(), MatchMode.NCC, Padding.VALID));
        vm.setMode(LessonMode.MOVE_PATTERN);
        assertThat(vm.getTransformed()).containsExactly(1, 2, 3, 6, 7, 8, 5);
        vm.setMode(LessonMode.TRANSLATE);
        vm.grid().setShift(1, 1);
        assertThat(vm.grid().getArgmaxAfter().row()).isEqualTo(7);
        vm.grid().setStride(2);
        assertThat(vm.grid().getStride()).isEqualTo(2);
    }

    /**
     * SSD's story speaks of SSD itself, as its plots show it: no minus signs, the best is the
     * minimum.
     */
    @Test
    void ssdStoriesSpeakOfTheMinimum() {
        TranslationViewModel vm = new TranslationViewModel();
        vm.setMatchMode(MatchMode.SSD);
        assertThat(vm.getVerdict()).contains("The best match is 0 at index 3");
        vm.setShift(4);
        assertThat(vm.getVerdict())
                .contains("the border broke equivariance: before, the minimum was 0 at index 3")
                .doesNotContain("\u2212");
        vm.setShift(0);
        vm.setMode(LessonMode.MOVE_PATTERN);
        assertThat(vm.getVerdict())
                .contains("Before, the minimum is 0 at index 3")
                .doesNotContain("\u2212");
        assertThat(vm.getMatchReport().sentences().get(3))
                .contains("and more than 0 everywhere else");
    }
}
