package org.convlab.view;

import java.util.List;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;

/**
 * Remembers the window's size, position and maximised state. Only the bounds of the normal window
 * are kept: full screen and maximised are states on top of them, so leaving presenter mode next
 * time still gives the window the teacher had.
 */
public final class WindowPrefs {
    static final String X = "windowX";
    static final String Y = "windowY";
    static final String WIDTH = "windowWidth";
    static final String HEIGHT = "windowHeight";
    static final String MAXIMIZED = "windowMaximized";

    public static final double DEFAULT_WIDTH = 1400;
    public static final double DEFAULT_HEIGHT = 880;

    private final Preferences node;

    public WindowPrefs(Preferences node) {
        this.node = node;
    }

    /**
     * Sizes and places {@code stage} as last time (see {@link WindowPlacement}), then tracks it.
     */
    public void attach(Stage stage, List<Rectangle2D> screens) {
        Rectangle2D saved = saved();
        Rectangle2D r = WindowPlacement.place(saved, screens, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        stage.setX(r.getMinX());
        stage.setY(r.getMinY());
        stage.setWidth(r.getWidth());
        stage.setHeight(r.getHeight());
        stage.setMaximized(node.getBoolean(MAXIMIZED, false));

        Runnable remember =
                () -> {
                    if (!stage.isFullScreen() && !stage.isMaximized() && !stage.isIconified()) {
                        node.putDouble(X, stage.getX());
                        node.putDouble(Y, stage.getY());
                        node.putDouble(WIDTH, stage.getWidth());
                        node.putDouble(HEIGHT, stage.getHeight());
                    }
                };
        stage.xProperty().addListener(o -> remember.run());
        stage.yProperty().addListener(o -> remember.run());
        stage.widthProperty().addListener(o -> remember.run());
        stage.heightProperty().addListener(o -> remember.run());
        stage.maximizedProperty().addListener((o, was, now) -> node.putBoolean(MAXIMIZED, now));
    }

    /** The bounds saved last time, or {@code null} if there are none. */
    Rectangle2D saved() {
        double x = node.getDouble(X, Double.NaN);
        double y = node.getDouble(Y, Double.NaN);
        double w = node.getDouble(WIDTH, Double.NaN);
        double h = node.getDouble(HEIGHT, Double.NaN);
        if (Double.isNaN(x) || Double.isNaN(y) || !(w > 0) || !(h > 0)) {
            return null;
        }
        return new Rectangle2D(x, y, w, h);
    }
}
