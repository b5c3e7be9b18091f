package org.convlab.view.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.NumberText;
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

/** The learning lesson driven through its controls: training, pausing, one step, hand-over. */
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
