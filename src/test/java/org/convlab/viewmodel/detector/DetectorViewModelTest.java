package org.convlab.viewmodel.detector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.convlab.conv.Cell;
import org.convlab.conv.Detection;
import org.convlab.conv.Filter;
import org.convlab.conv.Image;
import org.convlab.conv.MatchMode;
import org.convlab.conv.Padding;
import org.convlab.conv.Window;
import org.convlab.conv.Workspace;
import org.convlab.lessons.detector.FilterPresets;
import org.convlab.lessons.detector.PatternPreset;
import org.convlab.lessons.detector.StreakDirection;
import org.junit.jupiter.api.Test;

class DetectorViewModelTest {
    private final DetectorViewModel vm = new DetectorViewModel();

    private int commitsDuring(Runnable r) {
        return Commits.during(vm, r);
    }

    @Test
    void defaultScreenIsTheHomeworkWithTheUniqueMaximumOnTheX() {
        Detection d = vm.getDetection();
        assertThat(vm.captions().getInputLegend()).isEqualTo("white = 0, black = 1");
        assertThat(vm.getWorkspace().image().height()).isEqualTo(32);
        assertThat(d.argmax().max()).isEqualTo(10);
        assertThat(d.argmax().tieCount()).isEqualTo(1);
        assertThat(d.argmax().row()).isEqualTo(DetectorScenes.X_TOP);
        assertThat(d.argmax().col()).isEqualTo(DetectorScenes.X_LEFT);
        assertThat(d.window())
                .isEqualTo(new Window(DetectorScenes.X_TOP, DetectorScenes.X_LEFT, 5, 5));
        assertThat(vm.captions().getInputLabel()).isEqualTo("Input 32×32");
        assertThat(vm.captions().mapLabelsProperty())
                .containsExactly("Response A  28×28", "Response B  28×28");
        assertThat(vm.captions().getCombinedLabel()).isEqualTo("Sum: A + B  28×28");
        assertThat(vm.captions().getArgmaxText())
                .startsWith("Maximum 10 at row 14, column 17, the only position with that value");
        assertThat(vm.getWorkspace().filters().get(0).filter())
                .isEqualTo(FilterPresets.DIAGONAL_DOWN.make(5, 5));
        assertThat(vm.getWorkspace().filters().get(1).filter())
                .isEqualTo(FilterPresets.DIAGONAL_UP.make(5, 5));
    }

    @Test
    void secondBestOfTheHomeworkIsFarBelowTheCrossing() {
        double[] v = vm.getDetection().combined().toArray();
        java.util.Arrays.sort(v);
        assertThat(v[v.length - 2]).isEqualTo(6);
    }

    @Test
    void tieSceneSaysHowManyShareTheMaximumAndWhichOneArgmaxReturns() {
        vm.scenes().loadTie();
        assertThat(vm.getDetection().argmax().tieCount()).isEqualTo(2);
        assertThat(vm.captions().getArgmaxText())
                .startsWith(
                        "2 positions share the maximum 10; argmax returns the first in row-major order, row 14, column 17");
    }

    @Test
    void argmaxFocusExplainsTheWinningSum() {
        DetectorViewModel.Focus f = vm.getFocus();
        assertThat(f.lines().get(0))
                .isEqualTo("At the argmax: D[14, 17] = A[14, 17] + B[14, 17] = 5 + 5 = 10");
        assertThat(f.lines().get(1))
                .isEqualTo(
                        "A[14, 17] = 1·1 + 1·1 + 1·1 + 1·1 + 1·1 = 5   (20 zero weights left out)");
        assertThat(f.combinedCell()).isEqualTo(new Cell(14, 17));
    }

    @Test
    void probingAResponseCellExplainsItAndOutlinesItsWindow() {
        vm.setProbe(new MapRef.Response(1), new Cell(0, 0));
        DetectorViewModel.Focus f = vm.getFocus();
        assertThat(f.lines()).hasSize(1);
        assertThat(f.lines().get(0)).startsWith("B[0, 0] = ");
        assertThat(f.windows().get(1)).isEqualTo(new Window(0, 0, 5, 5));
        assertThat(f.windows().get(0)).isNull();
        vm.clearProbe();
        assertThat(vm.getFocus().combinedCell()).isEqualTo(new Cell(14, 17));
    }

    @Test
    void aBrushStrokeChangesTheLiveWorkspaceAtEveryDabButCommitsOnce() {
        vm.painting().clear();
        List<Workspace> live = new ArrayList<>();
        vm.workspaceProperty().addListener((o, a, b) -> live.add(b));
        int commits =
                commitsDuring(
                        () -> {
                            vm.painting().beginStroke(2, 2, 1, false);
                            vm.painting().strokeTo(2, 5);
                            vm.painting().strokeTo(6, 5);
                            assertThat(vm.getCommittedWorkspace().image().get(0, 2, 2)).isZero();
                            vm.painting().endStroke();
                        });
        assertThat(live).hasSize(3);
        assertThat(commits).isEqualTo(1);
        Image img = vm.getCommittedWorkspace().image();
        for (int x = 2; x <= 5; x++) {
            assertThat(img.get(0, 2, x)).as("row 2, column %d", x).isEqualTo(1);
        }
        for (int y = 2; y <= 6; y++) {
            assertThat(img.get(0, y, 5)).as("row %d, column 5", y).isEqualTo(1);
        }
        assertThat(img.get(0, 3, 3)).isZero();
    }

    @Test
    void liveMapsFollowEachDab() {
        vm.painting().clear();
        vm.painting().beginStroke(10, 10, 1, false);
        assertThat(vm.getDetection().combined().argmax().max()).isEqualTo(2);
        vm.painting().strokeTo(11, 11);
        assertThat(vm.getDetection().responses().get(0).get(8, 8)).isEqualTo(2);
        vm.painting().endStroke();
    }

    @Test
    void theLineToolDrawsAStraightDiagonalAndForgetsItsPreview() {
        vm.painting().clear();
        vm.painting().beginStroke(0, 0, 1, true);
        vm.painting().strokeTo(4, 0);
        vm.painting().strokeTo(6, 6);
        vm.painting().endStroke();
        Image img = vm.getWorkspace().image();
        for (int k = 0; k <= 6; k++) {
            assertThat(img.get(0, k, k)).isEqualTo(1);
        }
        for (int y = 1; y <= 4; y++) {
            assertThat(img.get(0, y, 0)).isZero();
        }
        double sum = 0;
        for (double v : img.toArray()) {
            sum += v;
        }
        assertThat(sum).isEqualTo(7);
    }

    @Test
    void rightButtonValueErasesWithABiggerBrush() {
        vm.painting().invert();
        vm.painting().setBrushSize(3);
        vm.painting().beginStroke(5, 5, 0, false);
        vm.painting().endStroke();
        Image img = vm.getWorkspace().image();
        assertThat(img.get(0, 4, 4)).isZero();
        assertThat(img.get(0, 6, 6)).isZero();
        assertThat(img.get(0, 3, 3)).isNotZero();
    }

    @Test
    void discreteEditsCommitOnceEach() {
        assertThat(commitsDuring(vm.painting()::invert)).isEqualTo(1);
        assertThat(commitsDuring(() -> vm.painting().shift(1, 0))).isEqualTo(1);
        assertThat(commitsDuring(() -> vm.layerSettings().setMatching(MatchMode.NCC))).isEqualTo(1);
        assertThat(commitsDuring(() -> vm.filterBank().setWeight(0, 0, 1, 2))).isEqualTo(1);
        assertThat(commitsDuring(() -> vm.filterBank().setOffset(1, 1, 0))).isEqualTo(1);
        assertThat(commitsDuring(() -> vm.painting().resize(40, 40))).isEqualTo(1);
        assertThat(
                        commitsDuring(
                                () ->
                                        vm.painting()
                                                .generateStreaks(
                                                        StreakDirection.DOWN_RIGHT, 4, 5, 9)))
                .isEqualTo(1);
        assertThat(commitsDuring(vm.scenes()::stampRandom)).isEqualTo(1);
    }

    @Test
    void hoverAndToolChangesAreNotEdits() {
        assertThat(
                        commitsDuring(
                                () -> {
                                    vm.setProbe(new MapRef.Response(0), new Cell(1, 1));
                                    vm.painting().setTool(Tool.LINE);
                                    vm.painting().setBrushSize(4);
                                    vm.animation().home();
                                    vm.animation().step();
                                    vm.select(0, 0, 3, 3);
                                }))
                .isZero();
    }

    @Test
    void loadReplacesEverythingWhileSayingItIsLoading() {
        Workspace other = DetectorScenes.chevron(true);
        List<Boolean> loadingAtChange = new ArrayList<>();
        vm.committedWorkspaceProperty()
                .addListener((o, a, b) -> loadingAtChange.add(vm.isLoading()));
        vm.load(other);
        assertThat(loadingAtChange).containsExactly(true);
        assertThat(vm.isLoading()).isFalse();
        assertThat(vm.getWorkspace()).isSameAs(other);
        assertThat(vm.getCommittedWorkspace()).isSameAs(other);
        assertThat(vm.getDetection().argmax().row()).isEqualTo(DetectorScenes.V_TOP);
        vm.painting().invert();
        assertThat(loadingAtChange).containsExactly(true, false);
    }

    @Test
    void loadDuringAStrokeAbandonsTheStroke() {
        vm.painting().beginStroke(0, 0, 1, false);
        vm.load(DetectorScenes.homework());
        assertThat(vm.painting().isStroking()).isFalse();
        vm.painting().strokeTo(5, 5);
        assertThat(vm.getWorkspace().image()).isEqualTo(DetectorScenes.homework().image());
    }

    @Test
    void aRefusedSettingSaysWhyAndKeepsTheLastGoodMaps() {
        Detection before = vm.getDetection();
        assertThat(vm.filterBank().setOffset(1, 40, 0)).isTrue();
        assertThat(vm.getProblem())
                .contains("offsets leave no position")
                .contains("last ones that could be computed");
        assertThat(vm.getDetection()).isSameAs(before);
        assertThat(vm.getWorkspace().filters().get(1).dx()).isEqualTo(40);
        vm.filterBank().setOffset(1, 4, 0);
        assertThat(vm.getProblem()).isEmpty();
        assertThat(vm.captions().getCombinedLabel()).isEqualTo("Sum: A + B(dx=4)  28×24");
    }

    @Test
    void aKernelLargerThanThePaddedImageIsExplained() {
        vm.painting().resize(8, 8);
        vm.filterBank().resizeFilter(0, 11, 11);
        assertThat(vm.getProblem())
                .startsWith(
                        "Filter A: the kernel (11×11 cells with dilation 1) is larger than the padded input (8×8)");
        vm.layerSettings().setPadding(Padding.SAME);
        assertThat(vm.getProblem()).isEmpty();
        assertThat(vm.captions().mapLabelsProperty().get(0)).isEqualTo("Response A  8×8");
    }

    @Test
    void shiftingMovesTheArgmaxWithThePicture() {
        vm.painting().shift(0, 1);
        assertThat(vm.getDetection().argmax().col()).isEqualTo(DetectorScenes.X_LEFT + 1);
        vm.painting().shift(-2, 0);
        assertThat(vm.getDetection().argmax().row()).isEqualTo(DetectorScenes.X_TOP - 2);
    }

    @Test
    void resizingKeepsWhatFitsAndRefusesSizesOutOfRange() {
        Image before = vm.getWorkspace().image();
        vm.painting().resize(20, 40);
        Image after = vm.getWorkspace().image();
        assertThat(after.height()).isEqualTo(20);
        assertThat(after.width()).isEqualTo(40);
        assertThat(after.get(0, 19, 31)).isEqualTo(before.get(0, 19, 31));
        assertThat(after.get(0, 0, 35)).isZero();
        assertThat(vm.painting().resize(600, 32)).isFalse();
        assertThat(vm.getMessage())
                .isEqualTo("The image must be between 8 and 512 cells on each side, got 600×32");
        assertThat(vm.getWorkspace().image()).isSameAs(after);
    }

    @Test
    void stampingCentresThePatternOnTheCellAndRefusesTheEdge() {
        vm.painting().clear();
        assertThat(vm.scenes().stampAt(5, 5)).isTrue();
        assertThat(vm.getDetection().argmax().row()).isEqualTo(3);
        assertThat(vm.getDetection().argmax().col()).isEqualTo(3);
        assertThat(vm.scenes().stampAt(0, 30)).isFalse();
        assertThat(vm.getMessage()).contains("would run over the edge");
    }

    @Test
    void theChevronFailsWithThePlainSumAndTheOffsetsFixIt() {
        vm.scenes().loadChevron();
        Window v = new Window(DetectorScenes.V_TOP, DetectorScenes.V_LEFT, 5, 9);
        assertThat(vm.getDetection().window().overlaps(v)).isFalse();
        assertThat(vm.scenes().suggestedOffsetsText()).isEqualTo("B(dx=4)");
        assertThat(vm.captions().getNote()).contains("never in the same 5×5 window");
        assertThat(vm.scenes().applySuggestedOffsets()).isTrue();
        assertThat(vm.getDetection().argmax().row()).isEqualTo(DetectorScenes.V_TOP);
        assertThat(vm.getDetection().argmax().col()).isEqualTo(DetectorScenes.V_LEFT);
        assertThat(vm.getDetection().argmax().tieCount()).isEqualTo(1);
        assertThat(vm.getDetection().window()).isEqualTo(v);
        assertThat(vm.captions().getCombinedLabel()).startsWith("Sum: A + B(dx=4)");
        assertThat(vm.scenes().suggestedOffsetsText()).isEmpty();
        assertThat(vm.captions().getNote()).contains("4 columns to the right");
    }

    @Test
    void thePatternTravelsInTheExtrasAsPlainJsonValues() {
        vm.scenes().loadChevron();
        Object stored = vm.getWorkspace().extras().get(DetectorViewModel.PATTERN_KEY);
        assertThat(stored).isInstanceOf(java.util.Map.class);
        assertThat(vm.scenes().getPattern()).isEqualTo(PatternPreset.chevron(false).pattern());
        vm.load(vm.getWorkspace().withExtras(java.util.Map.of()));
        assertThat(vm.scenes().getPattern()).isEqualTo(PatternPreset.cross().pattern());
    }

    @Test
    void plantAndTestComparesPlainSumWithOffsets() {
        vm.scenes().loadChevron();
        assertThat(vm.plantTest().runPlantAndTest(40, 5)).isTrue();
        int plain = vm.plantTest().getPlantResult().hits();
        vm.scenes().applySuggestedOffsets();
        vm.plantTest().runPlantAndTest(40, 5);
        int offsets = vm.plantTest().getPlantResult().hits();
        assertThat(offsets).isGreaterThan(plain);
        assertThat(vm.plantTest().plantHistoryProperty()).hasSize(2);
        assertThat(vm.plantTest().plantHistoryProperty().get(0))
                .startsWith("A + B(dx=4), Raw dot product: " + offsets + " of 40 hits");
        assertThat(vm.plantTest().runPlantAndTest(0, 1)).isFalse();
    }

    @Test
    void theSlideRevealsCellsInRowMajorOrderAndExplainsTheCurrentOne() {
        SlideAnimation a = vm.animation();
        assertThat(a.isActive()).isFalse();
        assertThat(vm.hiddenCells(0)).isNull();
        a.home();
        assertThat(a.getCount()).isEqualTo(28 * 28);
        boolean[] hidden = vm.hiddenCells(0);
        assertThat(hidden[0]).isFalse();
        assertThat(hidden[1]).isTrue();
        assertThat(vm.hiddenCombinedCells()[0]).isFalse();
        assertThat(vm.getFocus().lines().get(0)).startsWith("A[0, 0] = ");
        assertThat(vm.getFocus().windows().get(0)).isEqualTo(new Window(0, 0, 5, 5));
        a.step();
        a.step();
        assertThat(vm.getFocus().lines().get(1)).startsWith("B[0, 2] = ");
        a.seek(28 * 14 + 17);
        assertThat(vm.getFocus().lines().get(0))
                .isEqualTo(
                        "A[14, 17] = 1·1 + 1·1 + 1·1 + 1·1 + 1·1 = 5   (20 zero weights left out)");
        a.end();
        assertThat(a.isActive()).isFalse();
    }

    @Test
    void withAnOffsetTheCombinedCellWaitsForTheLaterTerm() {
        vm.filterBank().setOffset(1, 4, 0);
        vm.animation().home();
        assertThat(vm.hiddenCombinedCells()[0]).isTrue();
        vm.animation().seek(4);
        assertThat(vm.hiddenCombinedCells()[0]).isFalse();
        assertThat(vm.hiddenCombinedCells()[1]).isTrue();
    }

    @Test
    void nccModeExplainsWithItsOwnFormula() {
        vm.layerSettings().setMatching(MatchMode.NCC);
        assertThat(vm.getFocus().lines().get(1))
                .startsWith("A[14, 17] = Σ(w − w̄)(x − x̄) / √(Σ(w − w̄)² · Σ(x − x̄)²) = ");
    }

    @Test
    void anRgbImageIsPaintedInThePickedChannelOrInAll() {
        Image rgb = Image.zeros(16, 16, 3);
        Filter f = Filter.of(3, 3, 3, new double[27], 0);
        vm.load(Workspace.of(rgb, List.of(org.convlab.conv.FilterSpec.plain("A", f))));
        assertThat(vm.captions().getInputLabel()).isEqualTo("Input 16×16×3 (red, green, blue)");
        assertThat(vm.captions().getInputLegend()).isEqualTo("black = 0, full colour = 1");
        vm.channels().setPaintChannel(2);
        vm.painting().beginStroke(1, 1, 1, false);
        vm.painting().endStroke();
        Image painted = vm.getWorkspace().image();
        assertThat(List.of(painted.get(0, 1, 1), painted.get(1, 1, 1), painted.get(2, 1, 1)))
                .containsExactly(0.0, 0.0, 1.0);
        vm.channels().setPaintChannel(ChannelsViewModel.ALL);
        vm.painting().beginStroke(3, 4, 1, false);
        vm.painting().endStroke();
        Image all = vm.getWorkspace().image();
        assertThat(List.of(all.get(0, 3, 4), all.get(1, 3, 4), all.get(2, 3, 4)))
                .containsExactly(1.0, 1.0, 1.0);
        vm.channels().setPaintChannel(3);
        assertThat(vm.getMessage()).isEqualTo("This image has no channel 4; it has 3");
    }

    @Test
    void generatedStreaksAreTheSameForTheSameSeed() {
        vm.painting().generateStreaks(StreakDirection.UP_RIGHT, 5, 4, 42);
        Image first = vm.getWorkspace().image();
        vm.painting().clear();
        vm.painting().generateStreaks(StreakDirection.UP_RIGHT, 5, 4, 42);
        assertThat(vm.getWorkspace().image()).isEqualTo(first);
        assertThat(vm.painting().generateStreaks(StreakDirection.BOTH, 3, 40, 1)).isFalse();
        assertThat(vm.getMessage()).startsWith("Streak length must be between 1 and 32");
    }

    @Test
    void hugePaddingIsRefusedBeforeAnyMemoryIsSpent() {
        assertThat(vm.layerSettings().setPaddingText("99999")).isFalse();
        assertThat(vm.getMessage())
                .isEqualTo("Padding of 99999 zeros is more than the 1024 a workspace may hold");
        assertThat(vm.layerSettings().setPaddingText("2")).isTrue();
        assertThat(vm.captions().mapLabelsProperty().get(0)).isEqualTo("Response A  32×32");
    }

    @Test
    void aSelectionCanBecomeTheTargetPatternThatStampsPlace() {
        vm.painting().clear();
        vm.painting().beginStroke(2, 2, 1, true);
        vm.painting().strokeTo(2, 6);
        vm.painting().endStroke();
        vm.select(2, 2, 3, 6);
        assertThat(vm.scenes().patternFromSelection()).isTrue();
        assertThat(vm.scenes().getPattern())
                .isEqualTo(Image.ofRows(new double[][] {{1, 1, 1, 1, 1}, {0, 0, 0, 0, 0}}));
        assertThat(vm.scenes().getPatternName()).isEqualTo("your 2×5 selection");
        vm.scenes().stampAt(20, 20);
        assertThat(vm.getWorkspace().image().get(0, 20, 18)).isEqualTo(1);
        assertThat(vm.getWorkspace().image().get(0, 20, 22)).isEqualTo(1);
        vm.select(10, 10, 12, 12);
        assertThat(vm.scenes().patternFromSelection()).isFalse();
        assertThat(vm.getMessage()).startsWith("The selection is empty");
    }

    @Test
    void mapLabelsSayTheModeWhenItIsNotRaw() {
        vm.layerSettings().setMatching(MatchMode.NCC);
        vm.layerSettings().setActivation(org.convlab.conv.Activation.RELU);
        assertThat(vm.captions().mapLabelsProperty().get(0))
                .isEqualTo("Response A  28×28 · NCC · ReLU");
    }

    @Test
    void theFocusListsTheTapsThatMadeTheSum() {
        vm.animation().seek(28 * 14 + 17);
        List<DetectorViewModel.Tap> a = vm.getFocus().taps().get(0);
        assertThat(a).hasSize(5).allMatch(DetectorViewModel.Tap::counts);
        assertThat(a.get(0)).isEqualTo(new DetectorViewModel.Tap(14, 17, true));
        vm.animation().seek(0);
        assertThat(vm.getFocus().taps().get(1)).hasSize(5).noneMatch(DetectorViewModel.Tap::counts);
    }

    @Test
    void theScenesNoteGoesWhenItsFiltersChangeAndComesBackWithThem() {
        assertThat(vm.captions().getNote()).contains("same 5×5 window");
        vm.filterBank().applyPreset(1, org.convlab.lessons.detector.FilterPresets.SOBEL_X);
        assertThat(vm.captions().getNote()).doesNotContain("same 5×5 window");
        vm.filterBank().applyPreset(1, org.convlab.lessons.detector.FilterPresets.SOBEL_X);
        vm.scenes().loadHomework();
        assertThat(vm.captions().getNote()).contains("same 5×5 window");
        vm.layerSettings().setMatching(org.convlab.conv.MatchMode.NCC);
        assertThat(vm.captions().getNote()).as("a setting the note did not speak of").isEmpty();
    }

    @Test
    void filtersOfDifferentSizesAreSaidToBeSummedFromTheirTopLeftCorners() {
        vm.filterBank().applyPreset(1, org.convlab.lessons.detector.FilterPresets.SOBEL_X);
        assertThat(vm.captions().getNote())
                .isEqualTo(
                        "Filters of different sizes (3×3, 5×5) are summed cell by cell: the windows they add "
                                + "start at the same pixel, so their centres do not line up; the offsets B(dx=1, dy=1) would centre them.");
        vm.layerSettings().setPadding(org.convlab.conv.Padding.FULL);
        assertThat(vm.captions().getNote())
                .contains("end at the same pixel")
                .endsWith("the offsets B(dx=-1, dy=-1) would centre them.");
        vm.layerSettings().setPadding(org.convlab.conv.Padding.SAME);
        assertThat(vm.captions().getNote()).isEmpty();
        vm.layerSettings().setPadding(org.convlab.conv.Padding.VALID);
        vm.layerSettings().setStride(2);
        assertThat(vm.captions().getNote())
                .endsWith("(they are half a cell apart and cannot be centred exactly).");
    }
}
