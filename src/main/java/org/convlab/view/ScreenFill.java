package org.convlab.view;

import javafx.animation.PauseTransition;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Full screen is a request: without a window manager (a bare X server driving a projector, a kiosk
 * session) it can be granted in name and the window keep its size. Then the stage is sized to the
 * visual bounds of its screen by hand, and put back where it was when full screen ends.
 */
final class ScreenFill {
    private static final String BEFORE = "convlab.boundsBeforeFill";

    private ScreenFill() {}

    /** A moment after full screen was asked for, fills the screen by hand if the window did not. */
    static void whenRefused(Stage stage) {
        PauseTransition wait = new PauseTransition(Duration.millis(400));
        wait.setOnFinished(e -> fillIfSmaller(stage));
        wait.play();
    }

    static void fillIfSmaller(Stage stage) {
        if (!stage.isShowing() || !stage.isFullScreen()) {
            return; // closed, or full screen already left again
        }
        Rectangle2D screen = screenOf(stage).getVisualBounds();
        if (stage.getWidth() >= screen.getWidth() - 1
                && stage.getHeight() >= screen.getHeight() - 1) {
            return;
        }
        stage.getProperties()
                .put(
                        BEFORE,
                        new Rectangle2D(
                                stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()));
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setWidth(screen.getWidth());
        stage.setHeight(screen.getHeight());
    }

    /** Puts the window back where it was before it was filled by hand, if it was. */
    static void restore(Stage stage) {
        if (stage.getProperties().remove(BEFORE) instanceof Rectangle2D r) {
            stage.setX(r.getMinX());
            stage.setY(r.getMinY());
            stage.setWidth(r.getWidth());
            stage.setHeight(r.getHeight());
        }
    }

    private static Screen screenOf(Stage stage) {
        var found =
                Screen.getScreensForRectangle(
                        stage.getX(),
                        stage.getY(),
                        Math.max(1, stage.getWidth()),
                        Math.max(1, stage.getHeight()));
        return found.isEmpty() ? Screen.getPrimary() : found.get(0);
    }
}
