package org.convlab.view.translation;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.convlab.viewmodel.DisplaySettings;
import org.convlab.viewmodel.translation.TranslationViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class TranslationViewTest {
    private TranslationViewModel model;

    /** Monocle's headless screen is 1280×800, so the window must fit inside it. */
    @Start
    void start(Stage stage) {
        model = new TranslationViewModel();
        stage.setScene(new Scene(new TranslationView(model, new DisplaySettings()), 1200, 780));
        stage.show();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void arrowKeysShiftTheSignalAndTheMaximumFollows(FxRobot robot) {
        robot.clickOn("#shift-slider");
        robot.interact(() -> model.setShift(0));
        robot.type(KeyCode.RIGHT);
        assertThat(model.getShift()).isEqualTo(1);
        assertThat(text(robot, "#shift-label")).isEqualTo("k = +1");
        assertThat(robot.lookup("#shift-slider").queryAs(Slider.class).getValue()).isEqualTo(1);
        assertThat(text(robot, "#caption-before")).contains("max 44 at index 0");
        assertThat(text(robot, "#caption-after")).contains("max 44 at index 1");
        assertThat(text(robot, "#verdict"))
                .contains("keeps its value 44")
                .contains("from index 0 to index 1");
        assertThat(text(robot, "#border-warning")).contains("the value 5 (index 6)");
        robot.type(KeyCode.LEFT, 2);
        assertThat(model.getShift()).isEqualTo(-1);
        assertThat(text(robot, "#verdict")).contains("the border broke equivariance");
        robot.type(KeyCode.HOME);
        assertThat(text(robot, "#shift-label")).isEqualTo("k = 0");
    }

    @Test
    void clickingTheSliderTrackShiftsTheSignal(FxRobot robot) {
        javafx.geometry.Bounds track =
                robot.lookup("#shift-slider .track")
                        .query()
                        .localToScreen(
                                robot.lookup("#shift-slider .track").query().getBoundsInLocal());
        robot.clickOn(
                new javafx.geometry.Point2D(
                        track.getMinX() + track.getWidth() * 0.9, track.getCenterY()));
        int k = model.getShift();
        assertThat(k).isPositive();
        assertThat(robot.lookup("#shift-slider").queryAs(Slider.class).getValue()).isEqualTo(k);
        assertThat(text(robot, "#shift-label")).isEqualTo("k = +" + k);
        assertThat(model.getTransformed())
                .containsExactly(org.convlab.conv.Correlation1D.shift(model.getSignal(), k, false));
    }

    @Test
    void circularShiftIsExactlyEquivariantAndDisablesPadding(FxRobot robot) {
        robot.clickOn("#circular");
        assertThat(robot.lookup("#circular").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(robot.lookup("#padding").queryAs(ChoiceBox.class).isDisabled()).isTrue();
        robot.clickOn("#shift-slider");
        robot.interact(() -> model.setShift(0));
        robot.type(KeyCode.RIGHT, 5);
        assertThat(model.getShift()).isEqualTo(5);
        assertThat(text(robot, "#verdict"))
                .contains("All 7 outputs equal the old output rotated by 5")
                .contains("exactly equivariant");
        assertThat(robot.lookup("#border-warning").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void editingTheSignalUpdatesPlotsAndSentences(FxRobot robot) {
        robot.doubleClickOn("#signal-field");
        robot.interact(() -> robot.lookup("#signal-field").queryAs(TextField.class).selectAll());
        robot.write("0, 0, 1, 2, 3, 0").type(KeyCode.ENTER);
        assertThat(model.getSignal()).containsExactly(0, 0, 1, 2, 3, 0);
        assertThat(text(robot, "#caption-signal")).contains("6 values");
        assertThat(text(robot, "#match-sentence-raw")).contains("the maximum is 14 at index 2");
        assertThat(text(robot, "#match-sentence-ssd")).contains("0 at index 2");
        assertThat(robot.lookup("#input-error").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void aBadEntryIsNamedAndTheTypedTextIsKept(FxRobot robot) {
        robot.clickOn("#kernel-field");
        robot.interact(() -> robot.lookup("#kernel-field").queryAs(TextField.class).selectAll());
        robot.write("1, two, 3").type(KeyCode.ENTER);
        Label error = robot.lookup("#input-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText())
                .isEqualTo("Kernel not changed: kernel entry 2 \"two\" is not a number.");
        assertThat(robot.lookup("#kernel-field").queryAs(TextField.class).getText())
                .isEqualTo("1, two, 3");
        assertThat(model.getKernel()).containsExactly(1, 2, 3);
    }

    @Test
    void defaultMatchSentencesAreOnScreen(FxRobot robot) {
        assertThat(text(robot, "#match-sentence-raw"))
                .contains("44 at index 0")
                .contains("scores only 14");
        assertThat(text(robot, "#match-sentence-ncc")).contains("indices 0 and 3 equally (1)");
        assertThat(text(robot, "#match-sentence-ssd"))
                .contains("Only SSD singles out the exact copy: 0 at index 3");
        assertThat(text(robot, "#match-caption-ncc")).isEqualTo("NCC: max 1 at indices 0, 3");
    }

    @Test
    void moveThePatternModeExplainsTheHomeworksSwap(FxRobot robot) {
        robot.clickOn("#mode-move");
        assertThat(model.getTransformed()).containsExactly(1, 2, 3, 6, 7, 8, 5);
        assertThat(text(robot, "#verdict")).contains("changed 6 of 7 values");
        assertThat(text(robot, "#comparison")).contains("no translation of the original");
        assertThat(text(robot, "#caption-after")).contains("max 44 at index 3");
        robot.clickOn("#move-target");
        robot.interact(() -> model.setMoveTarget(0));
        robot.type(KeyCode.RIGHT);
        assertThat(model.getMoveTarget()).isEqualTo(1);
        assertThat(model.getTransformed()).containsExactly(6, 1, 2, 3, 7, 8, 5);
    }

    /** Scrolls the page so that {@code selector} is at the top of the visible part. */
    private static void scrollTo(FxRobot robot, String selector) {
        robot.interact(
                () -> {
                    javafx.scene.control.ScrollPane scroll =
                            robot.lookup("#translation-scroll")
                                    .queryAs(javafx.scene.control.ScrollPane.class);
                    javafx.scene.Node node = robot.lookup(selector).query();
                    javafx.scene.Node content = scroll.getContent();
                    double y =
                            content.sceneToLocal(node.localToScene(node.getLayoutBounds()))
                                    .getMinY();
                    double free =
                            content.getLayoutBounds().getHeight()
                                    - scroll.getViewportBounds().getHeight();
                    scroll.setVvalue(Math.min(1, Math.max(0, y / free)));
                });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theTwoDimensionalPanelFollowsTheShiftAndStrideBreaksIt(FxRobot robot) {
        scrollTo(robot, "#grid-panel");
        assertThat(text(robot, "#grid-caption-before")).contains("max 3 at (6, 6)");
        robot.clickOn("#grid-right");
        assertThat(text(robot, "#grid-caption-after")).contains("max 3 at (6, 7)");
        assertThat(text(robot, "#grid-summary")).contains("moved by exactly the shift");
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        assertThat(model.grid().getShiftY()).isEqualTo(1);
        assertThat(text(robot, "#grid-caption-after")).contains("max 3 at (7, 7)");
        robot.clickOn("#grid-reset");
        robot.clickOn("#grid-stride2");
        robot.clickOn("#grid-right");
        assertThat(model.grid().getStride()).isEqualTo(2);
        assertThat(text(robot, "#grid-summary"))
                .contains("a shift by 1 is not a shift of the output");
        robot.clickOn("#grid-right");
        assertThat(text(robot, "#grid-summary"))
                .contains("multiple of the stride 2")
                .contains("(0, +1) cells");
    }

    @Test
    void scrollingOverABarChangesThatValue(FxRobot robot) {
        BarPlot plot = robot.lookup("#plot-signal").queryAs(BarPlot.class);
        javafx.geometry.Bounds b = plot.localToScreen(plot.getBoundsInLocal());
        double slot = b.getWidth() / 7;
        robot.moveTo(new javafx.geometry.Point2D(b.getMinX() + slot * 3.5, b.getCenterY()));
        robot.scroll(1, javafx.geometry.VerticalDirection.UP);
        assertThat(model.getSignal()[3]).isIn(0.0, 2.0);
        assertThat(model.getSignal()).containsExactly(6, 7, 8, model.getSignal()[3], 2, 3, 5);
        assertThat(robot.lookup("#signal-field").queryAs(TextField.class).getText())
                .isEqualTo(model.getSignalText());
        assertThat(plot.getValues()).containsExactly(model.getSignal());
    }
}
