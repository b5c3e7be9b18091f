package org.convlab.view.detector;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.convlab.conv.CombinedMap;
import org.convlab.conv.Detection;
import org.convlab.conv.DivergingColorMap;
import org.convlab.conv.Image;
import org.convlab.conv.ResponseMap;
import org.convlab.lessons.detector.StreakDirection;
import org.convlab.view.shared.MapView;
import org.convlab.view.shared.OutlineRole;
import org.convlab.viewmodel.DisplaySettings;
import org.convlab.viewmodel.detector.DetectorScenes;
import org.convlab.viewmodel.detector.DetectorViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DetectorViewTest {
    private DetectorViewModel model;
    private DetectorView view;

    @Start
    void start(Stage stage) {
        model = new DetectorViewModel();
        view = new DetectorView(model, new DisplaySettings());
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
    }

    private Point2D cell(FxRobot robot, String id, int row, int col) {
        MapView m = robot.lookup(id).queryAs(MapView.class);
        double[] o = m.cellOrigin(row, col);
        double c = m.getCellSize();
        return m.localToScreen(o[0] + c / 2, o[1] + c / 2);
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void showsTheHomeworkLeftToRightWithTheArgmaxSaidInWords(FxRobot robot) {
        assertThat(text(robot, "#input-title")).isEqualTo("Input 32×32");
        assertThat(text(robot, "#response-0-title")).isEqualTo("Response A  28×28");
        assertThat(text(robot, "#response-1-title")).isEqualTo("Response B  28×28");
        assertThat(text(robot, "#combined-title")).isEqualTo("Sum: A + B  28×28");
        assertThat(text(robot, "#argmax-text")).startsWith("Maximum 10 at row 14, column 17");
        assertThat(robot.lookup("#combined-legend").queryAs(ColorLegend.class).rangeText())
                .isEqualTo("min 0   max 10");
        assertThat(robot.lookup("#response-0-legend").queryAs(ColorLegend.class).rangeText())
                .isEqualTo("min 0   max 5");
        assertThat(text(robot, "#arithmetic-text"))
                .startsWith("At the argmax: D[14, 17] = A[14, 17] + B[14, 17] = 5 + 5 = 10");
    }

    @Test
    void draggingOnTheInputPaintsAStreakAndCommitsOnce(FxRobot robot) {
        robot.clickOn("#clear-input");
        int[] commits = {0};
        model.committedWorkspaceProperty().addListener((o, a, b) -> commits[0]++);
        // Monocle cannot start a real drag gesture (its clipboard class fails to load on the module
        // path), so the press–drag–release reaches the canvas as events, through the same handlers.
        MapView input = robot.lookup("#input-map").queryAs(MapView.class);
        MapMouse.stroke(robot, input, false, 3, 3, 5, 5, 9, 9);
        Image img = model.getWorkspace().image();
        for (int k = 3; k <= 9; k++) {
            assertThat(img.get(0, k, k)).as("cell (%d, %d)", k, k).isEqualTo(1);
        }
        assertThat(commits[0]).isEqualTo(1);
        assertThat(model.getDetection().responses().get(0).get(3, 3)).isEqualTo(5);
        assertThat(text(robot, "#argmax-text")).startsWith("3 positions share the maximum 6");
    }

    @Test
    void shiftDragDrawsAStraightLine(FxRobot robot) {
        robot.clickOn("#clear-input");
        MapView input = robot.lookup("#input-map").queryAs(MapView.class);
        MapMouse.stroke(robot, input, true, 20, 2, 2, 9, 14, 8);
        Image img = model.getWorkspace().image();
        for (int k = 0; k <= 6; k++) {
            assertThat(img.get(0, 20 - k, 2 + k)).isEqualTo(1);
        }
        double sum = 0;
        for (double v : img.toArray()) {
            sum += v;
        }
        assertThat(sum).isEqualTo(7);
        assertThat(model.getDetection().responses().get(1).get(14, 4)).isEqualTo(5);
    }

    @Test
    void rightButtonErases(FxRobot robot) {
        int r = DetectorScenes.X_TOP;
        int c = DetectorScenes.X_LEFT;
        assertThat(model.getWorkspace().image().get(0, r, c)).isEqualTo(1);
        robot.clickOn(cell(robot, "#input-map", r, c), MouseButton.SECONDARY);
        assertThat(model.getWorkspace().image().get(0, r, c)).isZero();
        assertThat(text(robot, "#argmax-text")).startsWith("Maximum 9");
    }

    @Test
    void shiftArrowsShiftTheImageAndPlainArrowsStepTheSlideEvenWithTheInputFocused(FxRobot robot) {
        robot.clickOn("#tool-select");
        robot.clickOn(cell(robot, "#input-map", 0, 0));
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        assertThat(model.getDetection().argmax().col()).isEqualTo(DetectorScenes.X_LEFT + 1);
        assertThat(model.animation().isActive()).isFalse();
        robot.type(KeyCode.RIGHT);
        assertThat(model.animation().isActive()).isTrue();
        assertThat(model.animation().getPosition()).isZero();
        // the painted image did not move with the plain arrow
        assertThat(model.getDetection().argmax().col()).isEqualTo(DetectorScenes.X_LEFT + 1);
    }

    @Test
    void clickingAKernelCellCyclesItsWeightAndTheMapsFollow(FxRobot robot) {
        robot.clickOn(cell(robot, "#kernel-0", 0, 1));
        assertThat(model.getWorkspace().filters().get(0).filter().get(0, 0, 1)).isEqualTo(1);
        assertThat(model.getDetection().argmax().max()).isEqualTo(10);
        assertThat(
                        robot.lookup("#weight-field-0")
                                .queryAs(javafx.scene.control.TextField.class)
                                .getText())
                .isEqualTo("1");
    }

    @Test
    void typingAWeightRefusesTextWithAnInlineMessage(FxRobot robot) {
        robot.clickOn(cell(robot, "#kernel-0", 2, 2), MouseButton.SECONDARY);
        robot.eraseText(3).write("abc").type(KeyCode.ENTER);
        Label error = robot.lookup("#filter-error-0").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText())
                .isEqualTo("The weight must be a number such as 1, −0.5 or 2.25, got \"abc\"");
        assertThat(model.getWorkspace().filters().get(0).filter().get(0, 2, 2)).isEqualTo(1);
        robot.doubleClickOn("#weight-field-0").eraseText(5).write("−2").type(KeyCode.ENTER);
        assertThat(model.getWorkspace().filters().get(0).filter().get(0, 2, 2)).isEqualTo(-2);
        assertThat(error.isVisible()).isFalse();
    }

    @SuppressWarnings("unchecked")
    @Test
    void changingThePaddingResizesTheMaps(FxRobot robot) {
        ComboBox<String> padding = robot.lookup("#padding").queryAs(ComboBox.class);
        robot.interact(
                () -> {
                    padding.setValue("same");
                    padding.getOnAction().handle(null);
                });
        assertThat(model.getWorkspace().convolution().padding().toString()).isEqualTo("same");
        assertThat(text(robot, "#response-0-title")).isEqualTo("Response A  32×32");
        assertThat(text(robot, "#combined-title")).isEqualTo("Sum: A + B  32×32");
        assertThat(text(robot, "#argmax-text")).startsWith("Maximum 10 at row 16, column 19");
    }

    @SuppressWarnings("unchecked")
    @Test
    void typingAPaddingThatIsNotAPaddingSaysSo(FxRobot robot) {
        ComboBox<String> padding = robot.lookup("#padding").queryAs(ComboBox.class);
        robot.interact(
                () -> {
                    padding.setValue("wide");
                    padding.getOnAction().handle(null);
                });
        assertThat(text(robot, "#settings-error"))
                .isEqualTo("Padding must be valid, same, full or a whole number ≥ 0, got \"wide\"");
        assertThat(model.getWorkspace().convolution().padding().toString()).isEqualTo("valid");
    }

    @Test
    void aRefusedOffsetShowsTheProblemAndKeepsTheMaps(FxRobot robot) {
        robot.interact(() -> model.filterBank().setOffset(1, 40, 0));
        Label problem = robot.lookup("#detector-problem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText())
                .startsWith(
                        "The filters' offsets leave no position where every response map is defined");
        assertThat(view.maps().getOpacity()).isLessThan(1);
        robot.interact(() -> model.filterBank().setOffset(1, 0, 0));
        assertThat(problem.isVisible()).isFalse();
        assertThat(view.maps().getOpacity()).isEqualTo(1);
        assertThat(text(robot, "#combined-title")).isEqualTo("Sum: A + B  28×28");
    }

    @Test
    void stepsAndScrubsTheSlide(FxRobot robot) {
        robot.clickOn("#animation-home");
        assertThat(model.animation().getPosition()).isZero();
        assertThat(text(robot, "#arithmetic-text")).startsWith("A[0, 0] = ");
        assertThat(robot.lookup("#response-0-map").queryAs(MapView.class).getOutlines()).hasSize(1);
        robot.clickOn("#animation-step").clickOn("#animation-step");
        assertThat(model.animation().getPosition()).isEqualTo(2);
        assertThat(text(robot, "#animation-position")).isEqualTo("3 of 784 · row 0, column 2");
        robot.clickOn("#animation-back");
        assertThat(model.animation().getPosition()).isEqualTo(1);
        Slider scrub = robot.lookup("#animation-scrub").queryAs(Slider.class);
        robot.interact(() -> scrub.setValue(28 * 14 + 17));
        assertThat(model.animation().getPosition()).isEqualTo(28 * 14 + 17);
        assertThat(text(robot, "#arithmetic-text"))
                .startsWith("A[14, 17] = 1·1 + 1·1 + 1·1 + 1·1 + 1·1 = 5");
        assertThat(robot.lookup("#input-map").queryAs(MapView.class).getMarks())
                .hasSize(10)
                .allMatch(MapView.Mark::filled);
        robot.clickOn("#animation-end");
        assertThat(model.animation().isActive()).isFalse();
    }

    @Test
    void keysDriveTheSlideWhenTheInputDoesNotHaveFocus(FxRobot robot) {
        robot.clickOn("#animation-home");
        robot.type(KeyCode.RIGHT).type(KeyCode.RIGHT).type(KeyCode.RIGHT);
        assertThat(model.animation().getPosition()).isEqualTo(3);
        robot.type(KeyCode.LEFT);
        assertThat(model.animation().getPosition()).isEqualTo(2);
        robot.type(KeyCode.END);
        assertThat(model.animation().getPosition()).isEqualTo(783);
        robot.type(KeyCode.HOME);
        assertThat(model.animation().getPosition()).isZero();
        assertThat(model.getWorkspace().image()).isEqualTo(DetectorScenes.homework().image());
    }

    @Test
    void hoveringACellKeepsTheMapsWhereTheyAre(FxRobot robot) {
        MapView map = robot.lookup("#response-0-map").queryAs(MapView.class);
        javafx.geometry.Bounds before = map.localToScene(map.getLayoutBounds());
        double cellBefore = map.getCellSize();
        // the explanation of one response cell is shorter than the argmax's: the panel must not
        // shrink
        robot.moveTo(cell(robot, "#response-0-map", 6, 3));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#arithmetic-text").lines().count()).isEqualTo(1);
        assertThat(map.localToScene(map.getLayoutBounds())).isEqualTo(before);
        assertThat(map.getCellSize()).isEqualTo(cellBefore);
    }

    @Test
    void hoveringAResponseCellExplainsIt(FxRobot robot) {
        robot.moveTo(cell(robot, "#response-0-map", 6, 3));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#arithmetic-text")).startsWith("A[6, 3] = ");
        assertThat(model.getFocus().windows().get(0))
                .isEqualTo(new org.convlab.conv.Window(6, 3, 5, 5));
        assertThat(robot.lookup("#input-map").queryAs(MapView.class).getOutlines())
                .anyMatch(
                        o ->
                                "A".equals(o.label())
                                        && o.window()
                                                .equals(new org.convlab.conv.Window(6, 3, 5, 5)));
    }

    @Test
    void f12TogglesTheFrameTimeReadout(FxRobot robot) {
        robot.clickOn("#animation-home");
        robot.type(KeyCode.F12);
        assertThat(view.isFrameReadoutShown()).isTrue();
        robot.sleep(400);
        assertThat(text(robot, "#frame-readout")).startsWith("frame ");
        robot.type(KeyCode.F12);
        assertThat(view.isFrameReadoutShown()).isFalse();
    }

    @Test
    void theChevronButtonShowsTheFailureAndOneClickFixesIt(FxRobot robot) {
        robot.clickOn("#scenes").clickOn("Chevron V (needs offsets)");
        assertThat(text(robot, "#lesson-note")).contains("never in the same 5×5 window");
        javafx.scene.control.Button apply =
                robot.lookup("#apply-offsets").queryAs(javafx.scene.control.Button.class);
        assertThat(apply.isVisible()).isTrue();
        assertThat(apply.getText()).isEqualTo("Apply offsets: B(dx=4)");
        robot.clickOn(apply);
        assertThat(text(robot, "#argmax-text"))
                .startsWith(
                        "Maximum 10 at row "
                                + DetectorScenes.V_TOP
                                + ", column "
                                + DetectorScenes.V_LEFT);
        assertThat(text(robot, "#combined-title")).startsWith("Sum: A + B(dx=4)");
        assertThat(apply.isVisible()).isFalse();
    }

    @Test
    void theTieSceneDrawsEveryTieAndMarksTheFirst(FxRobot robot) {
        robot.clickOn("#scenes").clickOn("Two X's (a tie)");
        assertThat(text(robot, "#argmax-text")).startsWith("2 positions share the maximum 10");
        var outlines = robot.lookup("#input-map").queryAs(MapView.class).getOutlines();
        assertThat(outlines.stream().filter(o -> o.dashed()).map(o -> o.role()))
                .containsExactly(OutlineRole.TIE);
        assertThat(outlines.stream().filter(o -> o.label().startsWith("argmax")).map(o -> o.role()))
                .containsExactly(OutlineRole.PEAK);
    }

    @Test
    void plantAndTestReportsTheHitRateAndShowsExamples(FxRobot robot) {
        robot.clickOn("#plant-open");
        assertThat(robot.lookup("#plant-board").query().isVisible()).isTrue();
        robot.clickOn("#plant-run");
        assertThat(text(robot, "#plant-result"))
                .matches("A \\+ B, Raw dot product: \\d+ of 50 hits \\(\\d+(\\.\\d)?%\\), seed 1");
        var trials =
                robot.lookup("#plant-examples")
                        .queryAs(javafx.scene.layout.Pane.class)
                        .getChildren();
        assertThat(trials).hasSize(8);
        // Each trial is drawn at least 150 px wide, every one on screen without scrolling.
        robot.interact(
                () -> {
                    javafx.scene.Node first =
                            ((javafx.scene.layout.VBox) trials.get(0)).getChildren().get(0);
                    assertThat(first.getLayoutBounds().getWidth()).isGreaterThanOrEqualTo(150);
                });
        assertThat(model.plantTest().getPlantResult().trials()).hasSize(50);
        robot.clickOn("#plant-close");
        assertThat(robot.lookup("#plant-board").query().isVisible()).isFalse();
        assertThat(robot.lookup("#combined-map").query().isVisible()).isTrue();
    }

    @Test
    void zoomingEnlargesTheCellsAndOffersScrollBars(FxRobot robot) {
        MapView input = robot.lookup("#input-map").queryAs(MapView.class);
        double before = input.getCellSize();
        robot.interact(() -> robot.lookup("#zoom").queryAs(Slider.class).setValue(4));
        WaitForAsyncUtils.waitForFxEvents();
        // The scroll bars take a little room, so the cells grow slightly less than 4 times.
        assertThat(input.getCellSize()).isBetween(before * 3.5, before * 4);
        javafx.scene.control.ScrollBar h =
                robot.lookup("#input-hscroll").queryAs(javafx.scene.control.ScrollBar.class);
        assertThat(h.isVisible()).isTrue();
        robot.interact(() -> h.setValue(1));
        assertThat(input.cellOrigin(0, 31)[0] + input.getCellSize())
                .isCloseTo(input.getWidth(), org.assertj.core.data.Offset.offset(1.0));
        robot.interact(() -> robot.lookup("#zoom").queryAs(Slider.class).setValue(1));
        assertThat(h.isVisible()).isFalse();
    }

    @Test
    void theStampToolPlacesThePatternWhereClicked(FxRobot robot) {
        robot.clickOn("#clear-input").clickOn("#tool-stamp");
        robot.clickOn(cell(robot, "#input-map", 10, 10));
        assertThat(model.getDetection().argmax().row()).isEqualTo(8);
        assertThat(model.getDetection().argmax().col()).isEqualTo(8);
        assertThat(text(robot, "#detector-message"))
                .isEqualTo("Stamped the 5×5 pattern at rows 8–12, columns 8–12");
    }

    @Test
    void fromTheOpeningStateSpacePlaysAndShiftArrowsShift(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#input-map").queryAs(MapView.class).isFocused()).isTrue();
        robot.type(KeyCode.SPACE);
        assertThat(model.animation().isPlaying()).isTrue();
        robot.type(KeyCode.SPACE);
        assertThat(model.animation().isPlaying()).isFalse();
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        assertThat(
                        model.getWorkspace()
                                .image()
                                .get(0, DetectorScenes.X_TOP + 1, DetectorScenes.X_LEFT))
                .isEqualTo(1);
    }

    @Test
    void lettersPickTheTools(FxRobot robot) {
        robot.type(KeyCode.L);
        assertThat(model.painting().getTool()).isEqualTo(org.convlab.viewmodel.detector.Tool.LINE);
        assertThat(
                        robot.lookup("#tool-line")
                                .queryAs(javafx.scene.control.ToggleButton.class)
                                .isSelected())
                .isTrue();
        robot.type(KeyCode.T);
        assertThat(model.painting().getTool()).isEqualTo(org.convlab.viewmodel.detector.Tool.STAMP);
        robot.type(KeyCode.P);
        assertThat(model.painting().getTool()).isEqualTo(org.convlab.viewmodel.detector.Tool.PAINT);
    }

    @Test
    void hoveringTheInputSaysWhichCell(FxRobot robot) {
        robot.moveTo(cell(robot, "#input-map", DetectorScenes.X_TOP, DetectorScenes.X_LEFT));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#input-hover")).isEqualTo("row 14, column 17: 1");
    }

    @Test
    void aValueTypedForOneWeightStaysWithItWhenAnotherCellIsClicked(FxRobot robot) {
        robot.clickOn(cell(robot, "#kernel-0", 0, 4), MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
        robot.eraseText(3).write("0.5");
        robot.clickOn(cell(robot, "#kernel-0", 4, 0));
        assertThat(model.getWorkspace().filters().get(0).filter().get(0, 0, 4)).isEqualTo(0.5);
        assertThat(model.getWorkspace().filters().get(0).filter().get(0, 4, 0)).isEqualTo(1);
        assertThat(
                        robot.lookup("#weight-field-0")
                                .queryAs(javafx.scene.control.TextField.class)
                                .getText())
                .isEqualTo("1");
    }

    @Test
    void aStrokeLeavesEveryMapOnScreenShowingItsNewValues(FxRobot robot) {
        robot.interact(
                () -> {
                    model.painting().resize(64, 64);
                    model.painting().generateStreaks(StreakDirection.BOTH, 32, 6, 1);
                });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> view.layout());
        // Painted and erased across the middle: some rows change, most keep their values.
        robot.interact(
                () -> {
                    model.painting().beginStroke(30, 5, 1, false);
                    for (int x = 8; x < 50; x += 3) {
                        model.painting().strokeTo(30 + x % 5, x);
                    }
                    model.painting().endStroke();
                    model.painting().beginStroke(10, 40, 0, false);
                    model.painting().strokeTo(12, 44);
                    model.painting().endStroke();
                });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> view.layout());
        Detection d = model.getDetection();
        for (int k = 0; k < d.responses().size(); k++) {
            ResponseMap r = d.responses().get(k);
            MapView m = robot.lookup("#response-" + k + "-map").queryAs(MapView.class);
            DivergingColorMap scale = DivergingColorMap.fitting(r.toArray());
            for (int y = 0; y < r.height(); y++) {
                for (int x = 0; x < r.width(); x++) {
                    assertThat(m.drawnArgb(y, x))
                            .as("map %d cell (%d, %d)", k, y, x)
                            .isEqualTo(scale.argb(r.get(y, x)));
                }
            }
        }
        CombinedMap c = d.combined();
        MapView sum = robot.lookup("#combined-map").queryAs(MapView.class);
        DivergingColorMap scale = DivergingColorMap.fitting(c.toArray());
        for (int y = 0; y < c.height(); y++) {
            for (int x = 0; x < c.width(); x++) {
                assertThat(sum.drawnArgb(y, x))
                        .as("sum cell (%d, %d)", y, x)
                        .isEqualTo(scale.argb(c.value(y, x)));
            }
        }
        Image img = model.getWorkspace().image();
        MapView input = robot.lookup("#input-map").queryAs(MapView.class);
        assertThat(img.get(0, 30, 20)).isEqualTo(1);
        for (int y = 0; y < img.height(); y++) {
            for (int x = 0; x < img.width(); x++) {
                int expected = img.get(0, y, x) == 1 ? 0xFF000000 : 0xFFFFFFFF;
                assertThat(input.drawnArgb(y, x))
                        .as("input cell (%d, %d)", y, x)
                        .isEqualTo(expected);
            }
        }
    }
}
