package org.convlab.view.detector;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.convlab.core.StreakDirection;
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
 * A manual measurement, not part of the suite (its name does not end in Test): how long one brush dab
 * takes (recompute + redraw) at 64×64 and 512×512, and the frame time while the slide plays at
 * 64×64. Run with {@code mvn -o -q test -Dtest=PaintTimingManual}.
 */
class PaintTimingManual {
    private DetectorViewModel model;
    private DetectorView view;

    @Start
    void start(Stage stage) {
        model = new DetectorViewModel();
        view = new DetectorView(model, new DisplaySettings());
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
    }

    @Test
    void measure(FxRobot robot) throws Exception {
        for (int size : new int[] {64, 512}) {
            robot.interact(() -> {
                model.resize(size, size);
                model.generateStreaks(StreakDirection.BOTH, size * size / 128, 6, 1);
            });
            WaitForAsyncUtils.waitForFxEvents();
            long[] total = new long[1];
            long[] worst = new long[1];
            int n = 60;
            for (int round = 0; round < 2; round++) {
                total[0] = 0;
                worst[0] = 0;
                double value = round == 0 ? 1 : 0;
                robot.interact(() -> model.beginStroke(10, 10, value, false));
                for (int i = 0; i < n; i++) {
                    int k = i;
                    java.util.concurrent.CompletableFuture<Void> f = new java.util.concurrent.CompletableFuture<>();
                    Platform.runLater(() -> {
                        long t0 = System.nanoTime();
                        model.strokeTo(10 + k * (size - 20) / n, 10 + (k * 7) % (size - 20));
                        long dt = System.nanoTime() - t0;
                        total[0] += dt;
                        worst[0] = Math.max(worst[0], dt);
                        f.complete(null);
                    });
                    f.get();
                    WaitForAsyncUtils.waitForFxEvents();
                }
                robot.interact(() -> model.endStroke());
            }
            if (size == 64) {
                robot.interact(() -> {
                    view.toggleFrameReadout();
                    model.animation().setSpeed(60);
                    model.animation().play();
                });
                robot.sleep(3000);
                System.out.println("ANIMATION 64x64 " + robot.lookup("#frame-readout").queryAs(javafx.scene.control.Label.class).getText()
                        + " at position " + model.animation().getPosition());
                robot.interact(() -> {
                    model.animation().end();
                    view.toggleFrameReadout();
                });
            }
            System.out.printf("TIMING %dx%d: recompute+redraw per dab average %.2f ms, worst %.2f ms%n", size, size,
                    total[0] / 1e6 / n, worst[0] / 1e6);
        }
    }
}
