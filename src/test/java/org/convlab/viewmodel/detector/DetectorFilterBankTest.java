package org.convlab.viewmodel.detector;

import static org.assertj.core.api.Assertions.assertThat;

import org.convlab.conv.Filter;
import org.convlab.conv.Image;
import org.convlab.lessons.detector.FilterPresets;
import org.convlab.lessons.detector.PatternPreset;
import org.junit.jupiter.api.Test;

/** The filter bank's commands through the detector's view model: weights, names, sizes, presets. */
class DetectorFilterBankTest {
    private final DetectorViewModel vm = new DetectorViewModel();

    private int commitsDuring(Runnable r) {
        return Commits.during(vm, r);
    }

    @Test
    void typedWeightsAreCheckedAndTheMinusSignIsAccepted() {
        assertThat(vm.filterBank().setWeightText(0, 0, 1, "abc")).isFalse();
        assertThat(vm.getMessage())
                .isEqualTo("The weight must be a number such as 1, −0.5 or 2.25, got \"abc\"");
        assertThat(vm.isMessageError()).isTrue();
        assertThat(vm.filterBank().setWeightText(0, 0, 1, "NaN")).isFalse();
        assertThat(vm.getMessage()).contains("finite");
        assertThat(vm.filterBank().setWeightText(0, 0, 1, "Infinity")).isFalse();
        assertThat(vm.filterBank().setWeightText(0, 0, 1, " −2.5 ")).isTrue();
        assertThat(vm.getWorkspace().filters().get(0).filter().get(0, 0, 1)).isEqualTo(-2.5);
    }

    @Test
    void clickingAWeightCyclesZeroPlusOneMinusOne() {
        Filter f = vm.getWorkspace().filters().get(0).filter();
        assertThat(f.get(0, 0, 1)).isZero();
        vm.filterBank().cycleWeight(0, 0, 1);
        assertThat(vm.getWorkspace().filters().get(0).filter().get(0, 0, 1)).isEqualTo(1);
        vm.filterBank().cycleWeight(0, 0, 1);
        assertThat(vm.getWorkspace().filters().get(0).filter().get(0, 0, 1)).isEqualTo(-1);
        vm.filterBank().cycleWeight(0, 0, 1);
        assertThat(vm.getWorkspace().filters().get(0).filter().get(0, 0, 1)).isZero();
    }

    @Test
    void aWeightBrushDragIsOneEdit() {
        int commits =
                commitsDuring(
                        () -> {
                            vm.filterBank().beginWeightStroke(1);
                            vm.filterBank().paintWeight(0, 0, -1);
                            vm.filterBank().paintWeight(0, 1, -1);
                            vm.filterBank().paintWeight(0, 2, -1);
                            vm.filterBank().endWeightStroke();
                        });
        assertThat(commits).isEqualTo(1);
        Filter f = vm.getWorkspace().filters().get(1).filter();
        assertThat(f.get(0, 0, 2)).isEqualTo(-1);
    }

    @Test
    void theFilterBankAddsRenamesReordersAndRemoves() {
        vm.filterBank().addFilter();
        assertThat(vm.getWorkspace().filters())
                .extracting(f -> f.name())
                .containsExactly("A", "B", "C");
        assertThat(vm.filterBank().getSelectedFilter()).isEqualTo(2);
        assertThat(vm.filterBank().renameFilter(2, "B")).isFalse();
        assertThat(vm.getMessage()).isEqualTo("Another filter is already called B");
        assertThat(vm.filterBank().renameFilter(2, "edge")).isTrue();
        vm.filterBank().moveFilter(2, -2);
        assertThat(vm.getWorkspace().filters())
                .extracting(f -> f.name())
                .containsExactly("edge", "A", "B");
        assertThat(vm.captions().mapLabelsProperty().get(0)).isEqualTo("Response edge  28×28");
        vm.filterBank().removeFilter(0);
        vm.filterBank().removeFilter(0);
        assertThat(vm.filterBank().removeFilter(0)).isFalse();
        assertThat(vm.getWorkspace().filters()).hasSize(1);
    }

    @Test
    void resizingAFilterKeepsTheWeightsThatFitAndEvenSizesWork() {
        assertThat(vm.filterBank().resizeFilter(0, 4, 6)).isTrue();
        Filter f = vm.getWorkspace().filters().get(0).filter();
        assertThat(f.height()).isEqualTo(4);
        assertThat(f.width()).isEqualTo(6);
        assertThat(f.get(0, 3, 3)).isEqualTo(1);
        assertThat(f.get(0, 3, 5)).isZero();
        assertThat(vm.filterBank().resizeFilter(0, 12, 3)).isFalse();
        assertThat(vm.getMessage()).isEqualTo("Filter sides must be between 1 and 11, got 12×3");
    }

    @Test
    void presetsApplyAtTheFiltersSize() {
        vm.filterBank().resizeFilter(0, 3, 7);
        vm.filterBank().applyPreset(0, FilterPresets.HORIZONTAL_LINE);
        assertThat(vm.getWorkspace().filters().get(0).filter())
                .isEqualTo(FilterPresets.HORIZONTAL_LINE.make(3, 7));
        vm.filterBank().applyPreset(0, FilterPresets.SOBEL_X);
        assertThat(vm.getWorkspace().filters().get(0).filter().height()).isEqualTo(3);
    }

    @Test
    void aFilterFromTheSelectionIsATemplateOfThoseCells() {
        vm.select(
                DetectorScenes.X_TOP + 4,
                DetectorScenes.X_LEFT + 4,
                DetectorScenes.X_TOP,
                DetectorScenes.X_LEFT);
        assertThat(vm.filterBank().filterFromSelection()).isTrue();
        Filter t = vm.getWorkspace().filters().get(2).filter();
        assertThat(Image.of(5, 5, 1, t.toArray())).isEqualTo(PatternPreset.cross().pattern());
        vm.select(0, 0, 20, 3);
        assertThat(vm.filterBank().filterFromSelection()).isFalse();
        assertThat(vm.getMessage()).contains("21×4").contains("at most 11×11");
    }

    @Test
    void aGroupedBankRefusesToGrowOrShrinkByOne() {
        vm.channels().loadColourLayer();
        assertThat(vm.channels().setGroups(3)).isTrue();
        vm.filterBank().addFilter();
        assertThat(vm.getWorkspace().filters()).hasSize(3);
        assertThat(vm.getMessage())
                .isEqualTo(
                        "With 3 groups the filters split evenly into the groups, so one cannot be"
                                + " added; set the groups to standard first");
        assertThat(vm.filterBank().removeFilter(0)).isFalse();
        assertThat(vm.getWorkspace().filters()).hasSize(3);
    }

    @Test
    void theBankStopsAtWhatAFileMayHold() {
        for (int i = 2; i < DetectorViewModel.MAX_FILTERS; i++) {
            vm.filterBank().addFilter();
        }
        assertThat(vm.getWorkspace().filters()).hasSize(DetectorViewModel.MAX_FILTERS);
        vm.filterBank().addFilter();
        assertThat(vm.getWorkspace().filters()).hasSize(DetectorViewModel.MAX_FILTERS);
        assertThat(vm.getMessage()).startsWith("The bank holds at most 32 filters");
    }

    @Test
    void commandsOnARemovedFilterAreRefusedNotThrown() {
        assertThat(vm.filterBank().setBias(5, 1)).isFalse();
        assertThat(vm.getMessage()).isEqualTo("There is no filter number 6; the bank has 2");
        vm.filterBank().cycleWeight(7, 0, 0);
        assertThat(vm.filterBank().resizeFilter(-1, 3, 3)).isFalse();
        assertThat(vm.getWorkspace().filters()).hasSize(2);
    }

    @Test
    void aPresetFillsEverySliceOrJustOne() {
        vm.channels().loadColourLayer();
        Filter diagonal = FilterPresets.DIAGONAL_DOWN.make(5, 5);
        vm.filterBank().applyPreset(1, FilterPresets.DIAGONAL_DOWN);
        Filter every = vm.getWorkspace().filters().get(1).filter();
        assertThat(every.channels()).isEqualTo(3);
        assertThat(every.toArray())
                .containsExactly(
                        concat(diagonal.toArray(), diagonal.toArray(), diagonal.toArray()));

        assertThat(vm.channels().channelOnlyPreset(1, 2, FilterPresets.DIAGONAL_DOWN)).isTrue();
        double[] zeros = new double[25];
        assertThat(vm.getWorkspace().filters().get(1).filter().toArray())
                .containsExactly(concat(zeros, zeros, diagonal.toArray()));

        assertThat(vm.channels().channelOnlyPreset(1, 3, FilterPresets.BOX)).isFalse();
        assertThat(vm.getMessage()).endsWith("has no slice 4");
        assertThat(vm.getWorkspace().filters().get(1).filter().toArray())
                .containsExactly(concat(zeros, zeros, diagonal.toArray()));
    }

    private static double[] concat(double[]... parts) {
        return java.util.Arrays.stream(parts).flatMapToDouble(java.util.Arrays::stream).toArray();
    }
}
