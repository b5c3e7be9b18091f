package org.convlab.view.detector;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.convlab.lessons.detector.StreakDirection;
import org.convlab.viewmodel.DisplaySettings;
import org.convlab.viewmodel.detector.DetectorViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
/**
 * A manual measurement, not part of the suite (its name does not end in Test): how long one brush
 * dab takes at 64×64 and 512×512 (the model update, and that plus the redraw in the next layout
 * pass), the pulse intervals of a 512×512 stroke that moves at every pulse, and the frame time
 * while the slide plays at 64×64 and 512×512; then the same on the homework's colour layer, three
 * 5×5×3 filters on 512×512×3, with the channels board closed and open. Run with {@code mvn -o -q
 * test -Dtest=PaintTimingManual -DenableAssertions=false} (assertions off as in the app).
 */
class PaintTimingManual {
    private DetectorViewModel model;
    private DetectorView view;
    private Scene scene;

    /** Start of the layout pass under way, and the length of the last one (ns). */
    private long layoutStart;

    private volatile long lastLayout;

    @Start
    void start(Stage stage) {
        model = new DetectorViewModel();
        view = new DetectorView(model, new DisplaySettings());
        scene = new Scene(view, 1280, 800);
        // The maps redraw in the layout pass of the next pulse, so a dab's cost is the model
        // update plus that pass.
        scene.addPreLayoutPulseListener(() -> layoutStart = System.nanoTime());
        scene.addPostLayoutPulseListener(() -> lastLayout = System.nanoTime() - layoutStart);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void measure(FxRobot robot) throws Exception {
        // {side, channels, channels board open}: the last two are the homework's colour layer.
        for (int[] run : new int[][] {{64, 1, 0}, {512, 1, 0}, {512, 3, 0}, {512, 3, 1}}) {
            int size = run[0];
            String label =
                    size + "x" + size + (run[1] == 3 ? "x3" : "") + (run[2] == 1 ? " board" : "");
            robot.interact(
                    () -> {
                        if (run[1] == 3) {
                            // Three 5×5×3 filters; the strokes of its 32×32 picture, then room.
                            model.channels().loadColourLayer();
                            model.painting().resize(size, size);
                        } else {
                            model.painting().resize(size, size);
                            model.painting()
                                    .generateStreaks(StreakDirection.BOTH, size * size / 128, 6, 1);
                        }
                    });
            if (run[2] == 1) {
                robot.clickOn("#channels-board-toggle");
            }
            WaitForAsyncUtils.waitForFxEvents();
            long[] total = new long[1];
            long[] worst = new long[1];
            int n = 60;
            long[] before = new long[1];
            long[] updateTotal = new long[1];
            long[] frameTotal = new long[1];
            long[] frameWorst = new long[1];
            for (int round = 0; round < 2; round++) {
                total[0] = 0;
                worst[0] = 0;
                before[0] = 0;
                updateTotal[0] = 0;
                frameTotal[0] = 0;
                frameWorst[0] = 0;
                double value = round == 0 ? 1 : 0;
                robot.interact(() -> model.painting().beginStroke(10, 10, value, false));
                for (int i = 0; i < n; i++) {
                    int k = i;
                    java.util.concurrent.CompletableFuture<Void> f =
                            new java.util.concurrent.CompletableFuture<>();
                    Platform.runLater(
                            () -> {
                                lastLayout = -1;
                                long t0 = System.nanoTime();
                                model.painting()
                                        .strokeTo(
                                                10 + k * (size - 20) / n,
                                                10 + (k * 7) % (size - 20));
                                long dt = System.nanoTime() - t0;
                                total[0] += dt;
                                worst[0] = Math.max(worst[0], dt);
                                f.complete(null);
                            });
                    f.get();
                    WaitForAsyncUtils.waitForFxEvents();
                    for (int wait = 0; lastLayout < 0 && wait < 500; wait++) {
                        Thread.sleep(1);
                    }
                    updateTotal[0] += total[0] - before[0];
                    long frame = (total[0] - before[0]) + Math.max(0, lastLayout);
                    frameTotal[0] += frame;
                    frameWorst[0] = Math.max(frameWorst[0], frame);
                    before[0] = total[0];
                }
                robot.interact(() -> model.painting().endStroke());
            }
            robot.interact(
                    () -> {
                        view.toggleFrameReadout();
                        model.animation().setSpeed(60);
                        model.animation().play();
                    });
            robot.sleep(3000);
            System.out.println(
                    "ANIMATION "
                            + label
                            + " "
                            + robot.lookup("#frame-readout")
                                    .queryAs(javafx.scene.control.Label.class)
                                    .getText()
                            + " at position "
                            + model.animation().getPosition());
            robot.interact(
                    () -> {
                        model.animation().end();
                        view.toggleFrameReadout();
                    });
            if (size == 512) {
                strokeEveryFrame(robot, size, label);
            }
            System.out.printf(
                    "TIMING %s: model update per dab average %.2f ms, worst %.2f ms; with the redraw in the next layout"
                            + " pass average %.2f ms, worst %.2f ms%n",
                    label,
                    total[0] / 1e6 / n,
                    worst[0] / 1e6,
                    frameTotal[0] / 1e6 / n,
                    frameWorst[0] / 1e6);
        }
    }

    /**
     * A stroke that moves one step at every pulse for three seconds, as a quick hand does: the
     * intervals between pulses include the redraw and the software renderer's frame.
     */
    private void strokeEveryFrame(FxRobot robot, int size, String label) throws Exception {
        java.util.List<Long> intervals = new java.util.ArrayList<>();
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        robot.interact(() -> model.painting().beginStroke(size / 2, 10, 1, false));
        javafx.animation.AnimationTimer timer =
                new javafx.animation.AnimationTimer() {
                    private long last;
                    private int step;

                    @Override
                    public void handle(long now) {
                        if (last != 0) {
                            intervals.add(now - last);
                        }
                        last = now;
                        step++;
                        double t = step / 180.0;
                        model.painting()
                                .strokeTo(
                                        (int)
                                                (size / 2
                                                        + (size / 2 - 12)
                                                                * Math.sin(6 * Math.PI * t)),
                                        10 + (int) ((size - 20) * t) % (size - 20));
                        if (step == 180) {
                            stop();
                            done.countDown();
                        }
                    }
                };
        robot.interact(timer::start);
        done.await(30, java.util.concurrent.TimeUnit.SECONDS);
        robot.interact(() -> model.painting().endStroke());
        long sum = 0;
        long worst = 0;
        int over = 0;
        for (long v : intervals) {
            sum += v;
            worst = Math.max(worst, v);
            over += v > 17_500_000L ? 1 : 0;
        }
        System.out.printf(
                "TIMING %s stroke, one step per pulse: %d frames, interval average %.2f ms, worst %.2f ms, %d over 17.5 ms%n",
                label, intervals.size(), sum / 1e6 / intervals.size(), worst / 1e6, over);
    }
}
