package org.convlab.view.shared;

import java.util.function.BiConsumer;
import java.util.function.IntSupplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseEvent;
import org.convlab.conv.Cell;

/**
 * The mouse over a map's cells: which cell it hovers, and the press, drag and release handlers,
 * which get the cell under the mouse also outside the grid (a stroke may leave the map).
 */
final class CellPointer {
    private final ReadOnlyObjectWrapper<Cell> hovered;
    private final CellGrid grid;
    private final IntSupplier rows;
    private final IntSupplier cols;
    BiConsumer<Cell, MouseEvent> onPressed;
    BiConsumer<Cell, MouseEvent> onDragged;
    BiConsumer<Cell, MouseEvent> onReleased;

    CellPointer(Object bean, CellGrid grid, IntSupplier rows, IntSupplier cols) {
        this.hovered = new ReadOnlyObjectWrapper<>(bean, "hovered");
        this.grid = grid;
        this.rows = rows;
        this.cols = cols;
    }

    ReadOnlyObjectProperty<Cell> hoveredProperty() {
        return hovered.getReadOnlyProperty();
    }

    /** Listens to the canvas the cells are drawn on, whose coordinates are the grid's. */
    void attach(Canvas canvas) {
        canvas.setOnMouseMoved(e -> moved(e.getX(), e.getY()));
        canvas.setOnMouseExited(e -> hovered.set(null));
        canvas.setOnMousePressed(e -> fire(onPressed, e));
        canvas.setOnMouseDragged(
                e -> {
                    moved(e.getX(), e.getY());
                    fire(onDragged, e);
                });
        canvas.setOnMouseReleased(e -> fire(onReleased, e));
    }

    private void moved(double x, double y) {
        hovered.set(grid.cellAt(x, y, rows.getAsInt(), cols.getAsInt()));
    }

    /**
     * Hands the handler the cell under the mouse, also outside the grid; before the first fit no
     * cell can be named and the event is left alone.
     */
    private void fire(BiConsumer<Cell, MouseEvent> handler, MouseEvent e) {
        if (handler != null) {
            grid.cellAtUnclamped(e.getX(), e.getY()).ifPresent(c -> handler.accept(c, e));
        }
    }
}
