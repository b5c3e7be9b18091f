package org.convlab.view;

import java.util.Locale;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Label;

/**
 * F12: how long the last frames took, measured between JavaFX pulses, so a teacher can tell a slow
 * projector laptop from a slow lesson; a second line names the loops that compute the maps. It only
 * runs while shown, because measuring every pulse keeps the pulses coming.
 */
final class FrameTimeReadout extends Label {
    private static final int WINDOW = 60;
    private final long[] intervals = new long[WINDOW];
    private int count;
    private int next;
    private long last;
    private final Supplier<String> loops;

    FrameTimeReadout(BooleanProperty shown, Supplier<String> loops) {
        this.loops = loops;
        setId("frame-time");
        getStyleClass().add("frame-time");
        setMouseTransparent(true);
        // The loops' line can be long (which family kept the old loops, and why): wrap it rather
        // than let it run off the window.
        setWrapText(true);
        setText("Frame time: measuring\u2026");
        AnimationTimer timer =
                new AnimationTimer() {
                    @Override
                    public void handle(long now) {
                        record(now);
                    }
                };
        visibleProperty().bind(shown);
        managedProperty().bind(shown);
        shown.addListener(
                (o, was, now) -> {
                    if (now) {
                        count = 0;
                        next = 0;
                        last = 0;
                        setText("Frame time: measuring\u2026");
                        timer.start();
                    } else {
                        timer.stop();
                    }
                });
        if (shown.get()) {
            timer.start();
        }
    }

    private void record(long now) {
        if (last != 0) {
            intervals[next] = now - last;
            next = (next + 1) % WINDOW;
            count = Math.min(count + 1, WINDOW);
        }
        last = now;
        if (count > 0 && next % 10 == 0) {
            long sum = 0;
            long worst = 0;
            for (int i = 0; i < count; i++) {
                sum += intervals[i];
                worst = Math.max(worst, intervals[i]);
            }
            double mean = sum / (double) count / 1e6;
            setText(
                    String.format(
                            Locale.ROOT,
                            "Frame time %.1f ms (%.0f fps), slowest %.1f ms, last %d frames%nConvolution: %s",
                            mean,
                            1000 / mean,
                            worst / 1e6,
                            count,
                            loops.get()));
        }
    }
}
