package org.convlab.view.params;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.convlab.conv.NumberText;
import org.convlab.viewmodel.DisplaySettings;
import org.convlab.viewmodel.params.ParametersViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ParametersViewTest {
    private ParametersViewModel model;
    private DisplaySettings display;

    /** Monocle's headless screen is 1280×800, so the window must fit inside it. */
    @Start
    void start(Stage stage) {
        model = new ParametersViewModel();
        display = new DisplaySettings();
        stage.setScene(new Scene(new ParametersView(model, display), 1280, 800));
        stage.show();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static void retype(FxRobot robot, String id, String value) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.push(KeyCode.BACK_SPACE);
        robot.write(value);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void showsTheHomeworkFiguresOnOpening(FxRobot robot) {
        assertThat(text(robot, "#conv-weights")).isEqualTo("225");
        assertThat(text(robot, "#conv-total")).isEqualTo("228");
        assertThat(text(robot, "#local-total")).isEqualTo("58,838,592");
        assertThat(text(robot, "#dense-weights")).isEqualTo("608,849,362,944");
        assertThat(text(robot, "#dense-total")).isEqualTo("608,850,137,136");
        assertThat(text(robot, "#dense-memory")).isEqualTo("2.44 TB");
        assertThat(text(robot, "#dense-scientific")).isEqualTo("6.09 × 10¹¹");
        assertThat(text(robot, "#dense-ratio")).isEqualTo("≈ 2,670,395,338×");
        assertThat(text(robot, "#dense-nonzero")).isEqualTo("58,064,400");
        assertThat(text(robot, "#output-shape")).isEqualTo("Output H′×W′×N = 508×508×3");
        assertThat(text(robot, "#chart-value-2")).isEqualTo("608,850,137,136");
        assertThat(text(robot, "#chart-value-0")).isEqualTo("228");
        assertThat(text(robot, "#params-headline"))
                .isEqualTo(
                        "Fully connected weights: (H·W·C) · (H′·W′·N) = (512·512·3) · (508·508·3) "
                                + "= 786,432 · 774,192 = 608,849,362,944");
    }

    @Test
    void typingIntoTheInputsUpdatesTheTable(FxRobot robot) {
        retype(robot, "#params-filters", "4");
        retype(robot, "#params-kernel-height", "3");
        retype(robot, "#params-kernel-width", "3");
        // 3·3·3·4 = 108 weights, 4 biases; output 510×510×4 = 1,040,400.
        assertThat(text(robot, "#conv-weights")).isEqualTo("108");
        assertThat(text(robot, "#conv-total")).isEqualTo("112");
        assertThat(text(robot, "#dense-biases")).isEqualTo("1,040,400");
        assertThat(text(robot, "#dense-weights"))
                .isEqualTo(NumberText.grouped(786_432L * 1_040_400L));
        assertThat(text(robot, "#output-shape")).isEqualTo("Output H′×W′×N = 510×510×4");
        assertThat(text(robot, "#working-dense-weights"))
                .isEqualTo(
                        "(H·W·C) · (H′·W′·N) = (512·512·3) · (510·510·4) = 786,432 · 1,040,400 = 818,203,852,800");
    }

    @Test
    void switchingBiasOffRemovesTheBiases(FxRobot robot) {
        robot.clickOn("#params-bias");
        assertThat(text(robot, "#conv-biases")).isEqualTo("0");
        assertThat(text(robot, "#dense-total")).isEqualTo("608,849,362,944");
    }

    @Test
    void samePaddingIsChosenFromTheList(FxRobot robot) {
        robot.clickOn("#params-padding");
        robot.clickOn("same");
        assertThat(text(robot, "#output-shape")).isEqualTo("Output H′×W′×N = 512×512×3");
        assertThat(robot.lookup("#params-padding-amount").query().getParent().isVisible())
                .isFalse();
        robot.clickOn("#params-padding");
        robot.clickOn("P zeros");
        assertThat(robot.lookup("#params-padding-amount").query().getParent().isVisible()).isTrue();
        retype(robot, "#params-padding-amount", "2");
        assertThat(text(robot, "#output-shape")).isEqualTo("Output H′×W′×N = 512×512×3");
        retype(robot, "#params-padding-amount", "0");
        assertThat(text(robot, "#output-shape")).isEqualTo("Output H′×W′×N = 508×508×3");
    }

    @Test
    void theHomeworkPresetRestoresTheLayer(FxRobot robot) {
        retype(robot, "#params-height", "100");
        robot.clickOn("#params-bias");
        assertThat(text(robot, "#dense-total")).isNotEqualTo("608,850,137,136");
        robot.clickOn("#params-homework");
        assertThat(text(robot, "#dense-total")).isEqualTo("608,850,137,136");
        assertThat(robot.lookup("#params-height").queryAs(TextField.class).getText())
                .isEqualTo("512");
    }

    @Test
    void textInANumberFieldIsNamedBesideItAndNothingCrashes(FxRobot robot) {
        retype(robot, "#params-height", "abc");
        Label fieldError = robot.lookup("#params-height-error").queryAs(Label.class);
        assertThat(fieldError.isVisible()).isTrue();
        assertThat(fieldError.getText()).isEqualTo("Input height H: “abc” is not a whole number.");
        assertThat(text(robot, "#params-error"))
                .isEqualTo("Input height H: “abc” is not a whole number.");
        assertThat(text(robot, "#dense-total")).isEqualTo("—");
        assertThat(robot.lookup("#params-height").queryAs(TextField.class).getText())
                .isEqualTo("abc");
    }

    @Test
    void aKernelLargerThanTheInputIsExplained(FxRobot robot) {
        retype(robot, "#params-kernel-height", "600");
        assertThat(text(robot, "#params-error"))
                .startsWith(
                        "The kernel (600×5 cells with dilation 1) is larger than the padded input");
        assertThat(robot.lookup("#params-kernel-height-error").queryAs(Label.class).isVisible())
                .isFalse();
    }

    @Test
    void checkingTheStudentsAnswerExplainsTheMistake(FxRobot robot) {
        robot.clickOn("#answer-input").write("176,930,550");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#answer-message"))
                .contains("(786,432 − 75 + 1) · 75 · 3")
                .contains("one long row")
                .contains("608,849,362,944 weights");
        assertThat(text(robot, "#answer-distances")).contains("the fully connected layer's total");
    }

    @Test
    void checkingTheRightAnswerSaysSo(FxRobot robot) {
        robot.clickOn("#answer-input").write("608 850 137 136");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#answer-message"))
                .startsWith("Yes: 608,850,137,136 is the fully connected layer's total");
    }

    @Test
    void hoveringAMatrixCellNamesItsWeight(FxRobot robot) {
        robot.interact(() -> robot.lookup("#params-scroll").queryAs(ScrollPane.class).setVvalue(1));
        // Let the scroll pane lay out at its new position before reading where the canvas is.
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#params-scroll").query().getScene().getRoot().layout());
        WaitForAsyncUtils.waitForFxEvents();
        DenseMatrixCanvas canvas = robot.lookup("#matrix-canvas").queryAs(DenseMatrixCanvas.class);
        // Row 7 is output (1,3); column 16 is input (2,4), which that output reads with w[0][1][1].
        Point2D centre = canvas.cellCentre(7, 16);
        Point2D target = canvas.localToScreen(centre.getX(), centre.getY());
        robot.moveTo(target.getX(), target.getY(), Motion.DIRECT);
        // A nudge within the same cell: after other test classes Monocle sometimes leaves the
        // hover at the cell the pointer passed through just before the target.
        robot.moveTo(target.getX() + 2, target.getY() + 2, Motion.DIRECT);
        WaitForAsyncUtils.waitForFxEvents();
        String expectedValue = NumberText.exact(model.matrix().getFilters().get(0).get(0, 1, 1));
        assertThat(text(robot, "#matrix-hover"))
                .isEqualTo(
                        "Row 7, column 16: output o=(1,3) × input i=(2,4) → weight w[0][1][1] = "
                                + expectedValue
                                + ".");
        assertThat(canvas.getAccessibleText()).contains("w[0][1][1]");
        Node legendCell = robot.lookup("#legend-w-4").query();
        assertThat(legendCell.getStyle()).contains("-fx-border-color: black");
    }

    @Test
    void arrowKeysWalkTheMatrix(FxRobot robot) {
        robot.interact(() -> robot.lookup("#params-scroll").queryAs(ScrollPane.class).setVvalue(1));
        robot.clickOn("#matrix-canvas");
        robot.interact(() -> model.matrix().hover(0, 0));
        robot.push(KeyCode.RIGHT).push(KeyCode.DOWN);
        assertThat(text(robot, "#matrix-hover"))
                .startsWith("Row 1, column 1: output o=(0,1) × input i=(0,1) → weight w[0][0][0]");
    }

    @Test
    void aMatrixTooLargeToDrawIsRefusedWithAMessage(FxRobot robot) {
        robot.interact(
                () -> {
                    model.matrix().height().setText("16");
                    model.matrix().width().setText("16");
                });
        Label error = robot.lookup("#matrix-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText())
                .contains("196×256 matrix")
                .contains("at most 100 rows and 144 columns");
        assertThat(robot.lookup("#matrix-frame").query().isVisible()).isFalse();
    }

    @Test
    void theVerifyReadoutShowsTheLargestDifference(FxRobot robot) {
        assertThat(text(robot, "#matrix-verify"))
                .startsWith(
                        "Largest |M·x + b − conv(x)| over the 16 outputs, random input (seed 1): ");
        robot.interact(() -> robot.lookup("#params-scroll").queryAs(ScrollPane.class).setVvalue(1));
        robot.clickOn("#matrix-new-input");
        assertThat(text(robot, "#matrix-verify")).contains("(seed 2)");
        assertThat(text(robot, "#matrix-explanation"))
                .contains("432 of its 576 entries (75%) are zero");
    }

    @Test
    void presenterScaleEnlargesTheMatrixCellsAsFarAsTheWidthAllows(FxRobot robot) {
        DenseMatrixCanvas canvas = robot.lookup("#matrix-canvas").queryAs(DenseMatrixCanvas.class);
        double before = canvas.cellSize();
        robot.interact(() -> display.setScale(2));
        for (int i = 0; i < 3; i++) {
            robot.interact(() -> canvas.getScene().getRoot().layout());
            WaitForAsyncUtils.waitForFxEvents();
        }
        double after = canvas.cellSize();
        // The matrix is fitted to the width, so at twice the text it grows by what the width gives
        // (the legend moves under it), not twice: all 36 columns stay in the 1280-px window.
        assertThat(after)
                .as("cell side at scale 2, was %s", before)
                .isGreaterThanOrEqualTo(1.3 * before);
        assertThat(canvas.cellCentre(0, 35).getX() + after / 2)
                .as("right edge of the last column")
                .isLessThanOrEqualTo(canvas.getWidth());
        assertThat(canvas.localToScene(canvas.getLayoutBounds()).getMaxX())
                .as("right edge of the matrix")
                .isLessThanOrEqualTo(1280);
    }
}
