package org.convlab.view.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.convlab.conv.Detection;
import org.convlab.conv.Image;
import org.convlab.conv.Window;
import org.convlab.conv.Workspace;
import org.convlab.lessons.detector.PatternPreset;
import org.convlab.lessons.learn.PlantedExamples;
import org.convlab.lessons.learn.TrainingExample;
import org.convlab.view.ClassroomScreens;
import org.convlab.view.shared.MapView;
import org.convlab.viewmodel.Lesson;
import org.convlab.viewmodel.MainViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** "Use my painting": the detector's input joins the training set with a target clicked on it. */
@ExtendWith(ApplicationExtension.class)
class LearnPaintingTest {
    private MainViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = ClassroomScreens.open(stage, 1024, 768);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> model.learning().pause());
    }

    private void show(FxRobot robot) throws Exception {
        ClassroomScreens.show(
                robot, stage, model, Lesson.LEARNING, new ClassroomScreens.Size(1024, 768), false);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> !label(robot, "#learn-hits").isEmpty());
    }

    @Test
    void thePaintingWithItsClickedTargetIsLearnedFromAtEveryStep(FxRobot robot) throws Exception {
        show(robot);
        Image painting = model.detector().getWorkspace().image();
        assertThat(label(robot, "#learn-training-set"))
                .isEqualTo("Each step learns from 32 new streak images.");
        robot.clickOn("#learn-use-painting");
        ClassroomScreens.settle(robot, stage);
        assertThat(label(robot, "#learn-message")).startsWith("Click the centre of the X");
        MapView waiting = robot.lookup("#learn-painting").queryAs(MapView.class);
        assertThat(shown(waiting)).isTrue();
        assertThat(waiting.getRows()).isEqualTo(painting.height());
        // The X's centre at input row 10, column 20.
        robot.clickOn(cellCentre(robot, waiting, 10, 20));
        WaitForAsyncUtils.waitForFxEvents();

        Workspace lesson = Workspace.of(Image.zeros(32, 32, 1), PatternPreset.cross().filters());
        int[] want =
                PlantedExamples.target(Detection.of(lesson).combined(), new Window(8, 18, 5, 5));
        assertThat(model.learning().own().examplesProperty())
                .containsExactly(new TrainingExample(painting, want[0], want[1]));
        assertThat(label(robot, "#learn-own-target-0"))
                .isEqualTo("D's target: row " + want[0] + ", col " + want[1]);
        MapView shown = robot.lookup("#learn-own-0").queryAs(MapView.class);
        assertThat(shown.getOutlines())
                .extracting(MapView.Outline::window)
                .containsExactly(Detection.of(lesson).combined().window(want[0], want[1]));
        assertThat(label(robot, "#learn-training-set"))
                .isEqualTo("Each step learns from 32 new streak images and 1 painting of yours.");

        robot.clickOn("#learn-reset");
        for (int i = 1; i <= 3; i++) {
            robot.clickOn("#learn-step");
            int n = i;
            WaitForAsyncUtils.waitFor(
                    10, TimeUnit.SECONDS, () -> model.learning().getStepCount() == n);
        }
        WaitForAsyncUtils.waitForFxEvents();
        // The last step's batch: 32 generated images and the painting.
        assertThat(model.learning().lastStepProperty().get().examples()).isEqualTo(33);

        robot.clickOn("#learn-own-remove-0");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.learning().own().examplesProperty()).isEmpty();
        assertThat(robot.lookup("#learn-own-0").tryQuery()).isEmpty();
        robot.clickOn("#learn-step");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.learning().getStepCount() == 4);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.learning().lastStepProperty().get().examples()).isEqualTo(32);
    }

    @Test
    void aPaintingOfAnotherSizeIsRefusedInOneLine(FxRobot robot) throws Exception {
        show(robot);
        robot.interact(
                () ->
                        model.detector()
                                .load(
                                        Workspace.of(
                                                Image.zeros(16, 20, 1),
                                                PatternPreset.cross().filters())));
        robot.clickOn("#learn-use-painting");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#learn-message"))
                .isEqualTo(
                        "Your painting is 16 × 20 with 1 channel, but this lesson learns from"
                                + " 32 × 32 images with 1 channel: paint on a 32 × 32 input with"
                                + " 1 channel in the pattern detector to use it.");
        assertThat(shown(robot.lookup("#learn-painting").query())).isFalse();
        assertThat(model.learning().own().awaitingTargetProperty().get()).isNull();
        assertThat(model.learning().own().examplesProperty()).isEmpty();
    }

    private static Point2D cellCentre(FxRobot robot, MapView map, int row, int col) {
        Point2D[] at = new Point2D[1];
        robot.interact(
                () -> {
                    double[] o = map.cellOrigin(row, col);
                    double half = map.getCellSize() / 2;
                    at[0] = map.localToScreen(o[0] + half, o[1] + half);
                });
        return at[0];
    }

    /** Whether {@code n} and every parent of it are visible. */
    private static boolean shown(javafx.scene.Node n) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String label(FxRobot robot, String id) {
        String t = robot.lookup(id).queryAs(Label.class).getText();
        return t == null ? "" : t;
    }
}
