package org.convlab.view.detector;

import javafx.event.EventType;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.convlab.view.shared.MapView;
import org.testfx.api.FxRobot;

/**
 * Mouse events on a map's cells, fired straight at its canvas: a stroke must reach the map as the
 * pressed, dragged and released events of one gesture, which robot moves on a busy headless screen
 * do not guarantee.
 */
final class MapMouse {
    private MapMouse() {}

    static void fire(MapView map, EventType<MouseEvent> type, int row, int col, boolean shift) {
        Node canvas = map.getChildrenUnmodifiable().get(0);
        double[] o = map.cellOrigin(row, col);
        double x = o[0] + map.getCellSize() / 2;
        double y = o[1] + map.getCellSize() / 2;
        Point2D screen = canvas.localToScreen(x, y);
        Point2D scene = canvas.localToScene(x, y);
        boolean down = type != MouseEvent.MOUSE_RELEASED;
        canvas.fireEvent(
                new MouseEvent(
                        type,
                        scene.getX(),
                        scene.getY(),
                        screen.getX(),
                        screen.getY(),
                        MouseButton.PRIMARY,
                        1,
                        shift,
                        false,
                        false,
                        false,
                        down,
                        false,
                        false,
                        false,
                        false,
                        type != MouseEvent.MOUSE_DRAGGED,
                        null));
    }

    /** Presses at (r0, c0), drags through (r1, c1) to (r2, c2) and releases, Shift held or not. */
    static void stroke(
            FxRobot robot,
            MapView map,
            boolean shift,
            int r0,
            int c0,
            int r1,
            int c1,
            int r2,
            int c2) {
        robot.interact(
                () -> {
                    fire(map, MouseEvent.MOUSE_PRESSED, r0, c0, shift);
                    fire(map, MouseEvent.MOUSE_DRAGGED, r1, c1, shift);
                    fire(map, MouseEvent.MOUSE_DRAGGED, r2, c2, shift);
                    fire(map, MouseEvent.MOUSE_RELEASED, r2, c2, shift);
                });
    }
}
