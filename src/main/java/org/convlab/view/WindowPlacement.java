package org.convlab.view;

import java.util.List;
import javafx.geometry.Rectangle2D;

/**
 * Where to put the window: the saved bounds if enough of the title bar is on a screen that still
 * exists (the projector may be gone), moved and shrunk to fit that screen; otherwise the default
 * size centred on the primary screen.
 */
final class WindowPlacement {
    /** How much of the title bar must be visible for the saved place to be usable. */
    static final double GRIP_WIDTH = 120;

    static final double GRIP_HEIGHT = 30;

    private WindowPlacement() {}

    /**
     * @param saved the bounds saved last time, or {@code null}
     * @param screens visual bounds of the screens now attached, primary first
     */
    static Rectangle2D place(
            Rectangle2D saved,
            List<Rectangle2D> screens,
            double defaultWidth,
            double defaultHeight) {
        Rectangle2D primary = screens.get(0);
        if (saved != null && saved.getWidth() > 0 && saved.getHeight() > 0) {
            Rectangle2D titleBar =
                    new Rectangle2D(
                            saved.getMinX(), saved.getMinY(), saved.getWidth(), GRIP_HEIGHT);
            for (Rectangle2D screen : screens) {
                if (overlap(titleBar, screen, GRIP_WIDTH, GRIP_HEIGHT)) {
                    return fit(saved, screen);
                }
            }
        }
        double w = Math.min(defaultWidth, primary.getWidth());
        double h = Math.min(defaultHeight, primary.getHeight());
        return new Rectangle2D(
                primary.getMinX() + (primary.getWidth() - w) / 2,
                primary.getMinY() + (primary.getHeight() - h) / 2,
                w,
                h);
    }

    private static boolean overlap(
            Rectangle2D a, Rectangle2D b, double minWidth, double minHeight) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w >= Math.min(minWidth, a.getWidth()) && h >= Math.min(minHeight, a.getHeight());
    }

    private static Rectangle2D fit(Rectangle2D r, Rectangle2D screen) {
        double w = Math.min(r.getWidth(), screen.getWidth());
        double h = Math.min(r.getHeight(), screen.getHeight());
        double x = Math.max(screen.getMinX(), Math.min(r.getMinX(), screen.getMaxX() - w));
        double y = Math.max(screen.getMinY(), Math.min(r.getMinY(), screen.getMaxY() - h));
        return new Rectangle2D(x, y, w, h);
    }
}
