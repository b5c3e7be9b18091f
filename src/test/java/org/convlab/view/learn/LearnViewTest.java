package org.convlab.view.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.convlab.conv.Cell;
import org.convlab.conv.Detection;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.Image;
import org.convlab.conv.NumberText;
import org.convlab.conv.Window;
import org.convlab.conv.Workspace;
import org.convlab.lessons.detector.PatternPreset;
import org.convlab.lessons.learn.Optimizer;
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

/**
 * The learning lesson driven through its controls: training, pausing, one step, hand-over, and the
 * student's own painting as a training example.
 */
@ExtendWith(ApplicationExtension.class)
class LearnViewTest {
    private static final Pattern HITS = Pattern.compile("^(\\d+) of (\\d+) held-out");

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

    private void show(FxRobot robot) {
        ClassroomScreens.show(
                robot, stage, model, Lesson.LEARNING, new ClassroomScreens.Size(1024, 768), false);
        waitFor(() -> hits(robot) >= 0, 10);
    }

    @Test
    void fiftyStepsFromRandomWeightsRaiseTheHeldOutHitRate(FxRobot robot) {
        show(robot);
        int before = hits(robot);
        fastest(robot);
        robot.clickOn("#learn-train");
        waitFor(() -> model.learning().getStepCount() >= 50, 60);
        robot.clickOn("#learn-pause");
        WaitForAsyncUtils.waitForFxEvents();
        int stopped = model.learning().getStepCount();
        assertThat(stopped).isGreaterThanOrEqualTo(50);
        // Pause is immediate: no step arrives after it.
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.learning().getStepCount()).isEqualTo(stopped);
        assertThat(label(robot, "#learn-steps")).isEqualTo("Steps taken: " + stopped);
        robot.clickOn("#learn-step");
        waitFor(() -> model.learning().getStepCount() == stopped + 1, 10);
        int after = hits(robot);
        assertThat(after).isGreaterThan(before).isGreaterThanOrEqualTo(58);
    }

    @Test
    void aStepShowsTheErrorMapAndEachFiltersGradient(FxRobot robot) {
        show(robot);
        robot.clickOn("#learn-reset");
        robot.clickOn("#learn-step");
        waitFor(() -> model.learning().getStepCount() == 1, 10);
        MapView error = robot.lookup("#learn-error-map").queryAs(MapView.class);
        assertThat(error.getRows()).isEqualTo(28);
        assertThat(error.getCols()).isEqualTo(28);
        MapView gradient = robot.lookup("#learn-gradient-0").queryAs(MapView.class);
        assertThat(gradient.getRows()).isEqualTo(5);
        assertThat(model.learning().trainingCurveProperty()).hasSize(1);
        robot.clickOn("#learn-reset");
        waitFor(() -> model.learning().getStepCount() == 0, 10);
        assertThat(label(robot, "#learn-steps")).isEqualTo("Steps taken: 0");
    }

    @Test
    void theNccIsShownExactOrMarkedAsRounded(FxRobot robot) {
        show(robot);
        robot.clickOn("#learn-reset");
        waitFor(() -> model.learning().getStepCount() == 0, 10);
        WaitForAsyncUtils.waitForFxEvents();
        double ncc = model.learning().nccProperty().get(0);
        // Small random weights: the NCC with the designed ↘ does not terminate in 9 characters.
        assertThat(NumberText.exact(ncc)).hasSizeGreaterThan(9);
        String shown = label(robot, "#learn-filter-caption-0");
        assertThat(shown).isEqualTo("A\nbias 0\nNCC " + NumberText.approx(ncc));
        assertThat(shown).matches("(?s).*\\nNCC ≈−?0\\.\\d{1,4}");
        assertThat(NumberText.approx(ncc).substring(1)).isEqualTo(NumberText.compact(ncc, 4));
        robot.clickOn("#learn-step");
        waitFor(() -> model.learning().getStepCount() == 1, 10);
        WaitForAsyncUtils.waitForFxEvents();
        double bias = model.learning().getFilters().get(0).filter().bias();
        assertThat(label(robot, "#learn-filter-caption-0"))
                .startsWith("A\nbias " + NumberText.approx(bias) + "\nNCC ");
    }

    @Test
    void theStepPanelShowsTheStartingErrorMapBeforeAnyStep(FxRobot robot) {
        show(robot);
        robot.clickOn("#learn-reset");
        waitFor(() -> model.learning().lastStepProperty().get() != null, 10);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.learning().getStepCount()).isZero();
        MapView error = robot.lookup("#learn-error-map").queryAs(MapView.class);
        assertThat(error.getRows()).isEqualTo(28);
        assertThat(robot.lookup("#learn-gradient-1").queryAs(MapView.class).getRows()).isEqualTo(5);
        assertThat(label(robot, "#learn-step-hint"))
                .startsWith("Before any step, at the starting weights: each weight's gradient");
    }

    @Test
    void adamChosenOnScreenUpdatesTheNextStep(FxRobot robot) {
        show(robot);
        robot.clickOn("#learn-optimizer").clickOn("Adam");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.learning().optimizerProperty().get()).isEqualTo(Optimizer.ADAM);
        robot.clickOn("#learn-reset");
        robot.clickOn("#learn-step");
        waitFor(() -> model.learning().getStepCount() == 1, 10);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.learning().lastStepProperty().get().next().optimizer())
                .isEqualTo(Optimizer.ADAM);
        assertThat(label(robot, "#learn-step-hint"))
                .endsWith(
                        "Adam subtracts the gradients' running mean divided by their running size,"
                                + " times the learning rate: every weight moves by about the"
                                + " learning rate.");
        robot.clickOn("#learn-optimizer").clickOn("Plain gradient descent");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.learning().optimizerProperty().get()).isEqualTo(Optimizer.PLAIN);
        assertThat(label(robot, "#learn-step-hint"))
                .endsWith("Gradient descent subtracts it, times the learning rate.");
    }

    @Test
    void theLearnedFiltersGoToTheDetectorInOneEdit(FxRobot robot) {
        show(robot);
        robot.clickOn("#learn-step");
        waitFor(() -> model.learning().getStepCount() >= 1, 10);
        robot.clickOn("#learn-use");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.detector().getCommittedWorkspace().filters())
                .extracting(FilterSpec::filter)
                .isEqualTo(model.learning().getFilters().stream().map(FilterSpec::filter).toList());
        assertThat(label(robot, "#learn-message")).startsWith("The pattern detector now uses");
    }

    @Test
    void reachesNinetyPercentOfHeldOutHitsWithinThirtySeconds(FxRobot robot) {
        show(robot);
        fastest(robot);
        robot.clickOn("#learn-reset");
        long t0 = System.nanoTime();
        robot.clickOn("#learn-train");
        waitFor(() -> hits(robot) >= 58, 30);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(
                "Learn tab: %d held-out hits of 64 after %d steps, %.1f s%n",
                hits(robot), model.learning().getStepCount(), seconds);
        assertThat(seconds).isLessThan(30);
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
        Cell want =
                PlantedExamples.target(Detection.of(lesson).combined(), new Window(8, 18, 5, 5));
        assertThat(model.learning().own().examplesProperty())
                .containsExactly(new TrainingExample(painting, want.row(), want.col()));
        assertThat(label(robot, "#learn-own-target-0"))
                .isEqualTo("D's target: row " + want.row() + ", col " + want.col());
        MapView shown = robot.lookup("#learn-own-0").queryAs(MapView.class);
        assertThat(shown.getOutlines())
                .extracting(MapView.Outline::window)
                .containsExactly(Detection.of(lesson).combined().window(want.row(), want.col()));
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

    /** 60 steps per second, set in the spinner. */
    private static void fastest(FxRobot robot) {
        robot.interact(
                () ->
                        robot.lookup("#learn-speed")
                                .queryAs(Spinner.class)
                                .getValueFactory()
                                .setValue(60));
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private int hits(FxRobot robot) {
        String text = label(robot, "#learn-hits");
        Matcher m = HITS.matcher(text == null ? "" : text);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition, int seconds) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out after " + seconds + " s", e);
        }
    }
}
