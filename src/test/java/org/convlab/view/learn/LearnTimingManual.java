package org.convlab.view.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.Image;
import org.convlab.conv.Workspace;
import org.convlab.lessons.detector.PatternPreset;
import org.convlab.lessons.learn.LearningSession;
import org.convlab.viewmodel.DisplaySettings;
import org.convlab.viewmodel.learn.LearnViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A manual measurement, not part of the suite (its name does not end in Test): the learning lesson
 * on screen training 32 images of 64×64 with two 5×5 filters at the fastest setting, its steps per
 * second and the frame intervals and layout passes meanwhile. Run with {@code mvn -o -q test
 * -Dtest=LearnTimingManual -DenableAssertions=false} (assertions off as in the app).
 */
@ExtendWith(ApplicationExtension.class)
class LearnTimingManual {
    private static final int SIZE = 64;
    private static final int SECONDS = 8;

    private LearnViewModel model;

    /** Start of the layout pass under way, and every pass's length (ns). */
    private long layoutStart;

    private final List<Long> layouts = new ArrayList<>();
    private final List<Long> handOvers = new ArrayList<>();
    private boolean recording;

    @Start
    void start(Stage stage) {
        // Each result handed to the FX thread is timed: what drawing one step costs there.
        model =
                new LearnViewModel(
                        r ->
                                Platform.runLater(
                                        () -> {
                                            long t0 = System.nanoTime();
                                            r.run();
                                            if (recording) {
                                                handOvers.add(System.nanoTime() - t0);
                                            }
                                        }),
                        SIZE);
        Scene scene = new Scene(new LearnView(model, new DisplaySettings()), 1280, 800);
        scene.addPreLayoutPulseListener(() -> layoutStart = System.nanoTime());
        scene.addPostLayoutPulseListener(
                () -> {
                    if (recording) {
                        layouts.add(System.nanoTime() - layoutStart);
                    }
                });
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void measure(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> model.heldOutProperty().get() != null);
        // The same screen standing still first: on a shared machine, the frames it gets anyway.
        List<Long> idle = new ArrayList<>();
        AnimationTimer idleTimer = intervalsInto(idle);
        robot.interact(idleTimer::start);
        Thread.sleep(3000);
        robot.interact(idleTimer::stop);
        System.out.println("LEARN idle: " + summary("frame interval", idle));
        robot.interact(
                () -> {
                    model.batchSizeProperty().set(32);
                    model.stepsPerSecondProperty()
                            .set(
                                    Integer.getInteger(
                                            "learn.rate", LearnViewModel.MAX_STEPS_PER_SECOND));
                    model.train();
                });
        // Warm-up: the JIT compiles the training loops.
        Thread.sleep(3000);
        List<Long> intervals = new ArrayList<>();
        AnimationTimer timer = intervalsInto(intervals);
        int[] before = new int[1];
        robot.interact(
                () -> {
                    before[0] = model.getStepCount();
                    recording = true;
                    timer.start();
                });
        long t0 = System.nanoTime();
        Thread.sleep(SECONDS * 1000L);
        int[] after = new int[1];
        robot.interact(
                () -> {
                    after[0] = model.getStepCount();
                    recording = false;
                    timer.stop();
                    model.pause();
                });
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(
                "LEARN %dx%d, batch 32, two 5x5 filters: %.1f steps per second over %.1f s; %s; %s;"
                        + " %s%n",
                SIZE,
                SIZE,
                (after[0] - before[0]) / seconds,
                seconds,
                summary("frame interval", intervals),
                summary("layout pass", layouts),
                summary("step shown on the FX thread", handOvers));
        withoutScreen(model.getFilters());
    }

    /**
     * The same work without a screen, straight after: steps of 32 images on this thread for 3 s,
     * the held-out images judged every sixth step as the screen does at 60 steps per second. The
     * screen's rate divided by this one is what showing the steps costs, in the same run.
     */
    private static void withoutScreen(List<FilterSpec> start) {
        PatternPreset task = PatternPreset.cross();
        LearningSession s =
                new LearningSession(
                        Workspace.of(Image.zeros(SIZE, SIZE, 1), start), task.pattern(), 1);
        long t0 = System.nanoTime();
        int steps = 0;
        while (System.nanoTime() - t0 < 3_000_000_000L) {
            s = s.step(0.1, 1, 32).next();
            if (++steps % 6 == 0) {
                s.heldOutEvaluation(1);
            }
        }
        System.out.printf(
                java.util.Locale.ROOT,
                "LEARN without a screen: %.1f steps per second%n",
                steps / ((System.nanoTime() - t0) / 1e9));
    }

    /** A timer that adds the time between pulses to {@code intervals}. */
    private static AnimationTimer intervalsInto(List<Long> intervals) {
        return new AnimationTimer() {
            private long last;

            @Override
            public void handle(long now) {
                if (last != 0) {
                    intervals.add(now - last);
                }
                last = now;
            }
        };
    }

    private static String summary(String what, List<Long> nanos) {
        long sum = 0;
        long worst = 0;
        int over = 0;
        int missed = 0;
        for (long v : nanos) {
            sum += v;
            worst = Math.max(worst, v);
            // A pulse is 16.7 ms: past 17.5 ms a frame is late, past 25 ms a pulse was skipped.
            over += v > 17_500_000L ? 1 : 0;
            missed += v > 25_000_000L ? 1 : 0;
        }
        return String.format(
                java.util.Locale.ROOT,
                "%s average %.2f ms, worst %.2f ms, %d of %d over 17.5 ms, %d over 25 ms",
                what,
                nanos.isEmpty() ? 0 : sum / 1e6 / nanos.size(),
                worst / 1e6,
                over,
                nanos.size(),
                missed);
    }
}
