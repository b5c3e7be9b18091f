package org.convlab.view.detector;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.convlab.conv.Window;
import org.convlab.format.WorkspaceFormatException;
import org.convlab.format.WorkspaceReader;
import org.convlab.view.shared.MapView;
import org.convlab.viewmodel.DisplaySettings;
import org.convlab.viewmodel.detector.DetectorViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Pooling, layer 2 and the receptive field on the screen: the chevron detector (a down-stroke and
 * an up-stroke three columns to its right, on a 6×6 input) driven through its real controls.
 */
@ExtendWith(ApplicationExtension.class)
class DetectorStagesViewTest {
    private DetectorViewModel model;

    @Start
    void start(Stage stage) {
        model = new DetectorViewModel();
        stage.setScene(new Scene(new DetectorView(model, new DisplaySettings()), 1280, 800));
        stage.sizeToScene();
        stage.show();
    }

    @BeforeEach
    void loadChevron(FxRobot robot) throws IOException, WorkspaceFormatException {
        var ws =
                WorkspaceReader.read(
                        Path.of("src/test/resources/workspaces/valid/chevron-detector.json"));
        robot.interact(
                () -> {
                    model.load(ws);
                    robot.lookup("#stages-pane").queryAs(TitledPane.class).setExpanded(true);
                    // the stages' controls in view without scrolling the side column
                    robot.lookup("#filters-pane").queryAs(TitledPane.class).setExpanded(false);
                    robot.lookup("#settings-pane").queryAs(TitledPane.class).setExpanded(false);
                });
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static Point2D cell(FxRobot robot, String id, int row, int col) {
        MapView m = robot.lookup(id).queryAs(MapView.class);
        double[] o = m.cellOrigin(row, col);
        double c = m.getCellSize();
        return m.localToScreen(o[0] + c / 2, o[1] + c / 2);
    }

    private static List<Window> inputOutlines(FxRobot robot) {
        return robot.lookup("#input-map").queryAs(MapView.class).getOutlines().stream()
                .map(MapView.Outline::window)
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static void choosePooling(FxRobot robot, String kind) {
        ComboBox<String> box = robot.lookup("#pool-kind").queryAs(ComboBox.class);
        robot.interact(() -> box.setValue(kind));
    }

    /** The text of layer 2's weight field "k-i-j". */
    private static String weight(FxRobot robot, String kij) {
        return robot.lookup("#layer2-w-" + kij).queryAs(NumberField.class).getText();
    }

    /** Pooling stride one step down, as the spinner's down arrow does. */
    private static void lowerStride(FxRobot robot) {
        Spinner<?> stride = robot.lookup("#pool-stride").queryAs(Spinner.class);
        robot.interact(() -> stride.decrement());
    }

    @Test
    void poolingSettingsChangeThePooledMaps(FxRobot robot) {
        assertThat(robot.lookup("#pooled-0-map").tryQuery()).isEmpty();
        choosePooling(robot, "max");
        // 5×5 responses, max 2×2 at stride 2: 2×2 pooled maps, too small for the offset of 3
        assertThat(text(robot, "#detector-problem"))
                .startsWith("The filters' offsets leave no position");
        lowerStride(robot);
        assertThat(text(robot, "#detector-problem")).isEmpty();
        assertThat(model.getWorkspace().pooling().describe()).isEqualTo("max 2×2, stride 1");
        assertThat(text(robot, "#pooled-0-title")).isEqualTo("Pooled down-stroke  4×4");
        MapView pooled = robot.lookup("#pooled-1-map").queryAs(MapView.class);
        assertThat(new int[] {pooled.getRows(), pooled.getCols()}).containsExactly(4, 4);
        assertThat(model.getDetection().pooled().get(0).toRows()[1]).containsExactly(2, 2, 2, 1);
        assertThat(text(robot, "#combined-title"))
                .isEqualTo("Sum of pooled maps: down-stroke + up-stroke(dx=3)  4×1");
        choosePooling(robot, "average");
        assertThat(model.getDetection().pooled().get(0).get(0, 0)).isEqualTo(0.75);
        choosePooling(robot, "none");
        assertThat(robot.lookup("#pooled-0-map").tryQuery()).isEmpty();
        assertThat(text(robot, "#combined-title"))
                .isEqualTo("Sum: down-stroke + up-stroke(dx=3)  5×2");
    }

    @Test
    void clickingAPooledCellOutlinesTheInputItDependsOn(FxRobot robot) {
        choosePooling(robot, "max");
        lowerStride(robot);
        robot.clickOn(cell(robot, "#pooled-0-map", 1, 2));
        // pooled (1, 2) reads responses rows 1–2, columns 2–3; each reads a 2×2 input window
        assertThat(inputOutlines(robot)).contains(new Window(1, 2, 3, 3));
        assertThat(text(robot, "#arithmetic-text"))
                .contains("Pooled down-stroke[1, 2] = 2")
                .contains("it depends on input rows 1–3, columns 2–4 (receptive field 3×3)");
    }

    @Test
    void showAsSecondLayerMakesTheOffsetsAKernelAndItsCellsOutlineTheirRegion(FxRobot robot) {
        robot.clickOn("#show-as-second-layer");
        assertThat(model.getWorkspace().secondLayer().width()).isEqualTo(4);
        assertThat(text(robot, "#combined-title"))
                .isEqualTo("Layer 2: 1×4 kernel over the maps  5×2");
        // the offsets drawn as the kernel: down-stroke's gain at column 0, up-stroke's at column 3
        assertThat(weight(robot, "0-0-0")).isEqualTo("1");
        assertThat(weight(robot, "1-0-3")).isEqualTo("1");
        assertThat(weight(robot, "1-0-0")).isEqualTo("0");
        // the same values as the gain/offset sum: the argmax is still 4 at row 1, column 1
        assertThat(text(robot, "#argmax-text")).startsWith("Maximum 4 at row 1, column 1");
        choosePooling(robot, "max");
        lowerStride(robot);
        robot.clickOn(cell(robot, "#combined-map", 2, 0));
        // layer 2 (2, 0) reads pooled rows 2, columns 0–3 → responses rows 2–3, columns 0–4
        // → input rows 2–4, columns 0–5
        assertThat(inputOutlines(robot)).contains(new Window(2, 0, 3, 6));
        assertThat(text(robot, "#arithmetic-text"))
                .contains("Layer 2[2, 0] = 2")
                .contains("(receptive field 3×6)");
    }

    @Test
    void receptiveFieldTableFollowsTheStages(FxRobot robot) {
        assertThat(text(robot, "#field-r-0")).isEqualTo("2×2");
        // the offsets as a 1×4 layer: r = 2 + (4 − 1)·1·1 = 5 columns
        assertThat(text(robot, "#field-r-1")).isEqualTo("2×5");
        choosePooling(robot, "max");
        lowerStride(robot);
        robot.clickOn("#show-as-second-layer");
        assertThat(text(robot, "#field-r-1")).isEqualTo("3×3");
        assertThat(text(robot, "#field-r-2")).isEqualTo("3×6");
        assertThat(text(robot, "#field-formula-2"))
                .isEqualTo(
                        "rows: r = 3 + (1 − 1)·1·1 = 3, j = 1·1 = 1; columns: r = 3 + (4 − 1)·1·1"
                                + " = 6, j = 1·1 = 1");
        robot.interact(() -> robot.lookup("#layer2-cols").queryAs(Spinner.class).decrement());
        assertThat(text(robot, "#field-r-2")).isEqualTo("3×5");
        assertThat(model.getWorkspace().secondLayer().width()).isEqualTo(3);
    }

    @Test
    void showAsSecondLayerIsRefusedWhenTheOffsetsSpanMoreThanSixtyFour(FxRobot robot) {
        robot.interact(() -> model.filterBank().setOffset(1, 70, 0));
        robot.clickOn("#show-as-second-layer");
        assertThat(model.getWorkspace().secondLayer()).isNull();
        assertThat(text(robot, "#stages-error"))
                .contains("the second layer's kernel would be 1×71; at most 64×64 is allowed");
    }
}
