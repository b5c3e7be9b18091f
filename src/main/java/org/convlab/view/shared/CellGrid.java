package org.convlab.view.shared;

import java.util.Optional;
import org.convlab.conv.Cell;

/**
 * Where a map's cells are inside it: the side of one cell and the grid's top-left corner, fitted to
 * the space given, zoomed and panned; and which cell a point falls in. Kept by the map so that its
 * geometry is known to callers between frames.
 */
final class CellGrid {
    private double cell;
    private double originX;
    private double originY;
    private double width;
    private double height;

    /**
     * Fits a rows×cols grid into w×h: square cells, centred when it fits, else panned by scrollX
     * and scrollY (0..1) over the part that does not.
     */
    void fit(double w, double h, int rows, int cols, double zoom, double scrollX, double scrollY) {
        width = w;
        height = h;
        double fit = Math.min(w / cols, h / rows);
        cell = Math.max(0.5, fit * zoom);
        double cw = cell * cols;
        double ch = cell * rows;
        originX = cw <= w ? Math.floor((w - cw) / 2) : -Math.floor(clamp01(scrollX) * (cw - w));
        originY = ch <= h ? Math.floor((h - ch) / 2) : -Math.floor(clamp01(scrollY) * (ch - h));
    }

    double cell() {
        return cell;
    }

    double originX() {
        return originX;
    }

    double originY() {
        return originY;
    }

    /** Pixel position of cell (row, col)'s top-left corner. */
    double[] origin(int row, int col) {
        return new double[] {originX + col * cell, originY + row * cell};
    }

    /** The first and one-past-last column with a pixel inside a view {@code w} wide. */
    int[] visibleCols(double w, int cols) {
        return visible(originX, w, cols);
    }

    /** The first and one-past-last row with a pixel inside a view {@code h} high. */
    int[] visibleRows(double h, int rows) {
        return visible(originY, h, rows);
    }

    private int[] visible(double origin, double extent, int count) {
        return new int[] {
            Math.max(0, (int) Math.floor(-origin / cell)),
            Math.min(count, (int) Math.ceil((extent - origin) / cell))
        };
    }

    /** The cell at (x, y), or null outside the rows×cols grid (and before the first fit). */
    Cell cellAt(double x, double y, int rows, int cols) {
        return cellAtUnclamped(x, y)
                .filter(c -> c.row() >= 0 && c.row() < rows && c.col() >= 0 && c.col() < cols)
                .orElse(null);
    }

    /**
     * The cell at (x, y), also outside the grid (a negative or too large row or column), so that a
     * drag can run past the edge; empty before the first fit, when cells have no size yet.
     */
    Optional<Cell> cellAtUnclamped(double x, double y) {
        if (cell <= 0) {
            return Optional.empty();
        }
        return Optional.of(
                new Cell(
                        (int) Math.floor((y - originY) / cell),
                        (int) Math.floor((x - originX) / cell)));
    }

    /**
     * The pan (scrollX, scrollY) that brings cell (row, col) into the view last fitted, each NaN
     * where that direction needs no change.
     */
    double[] scrollToShow(int row, int col, int rows, int cols) {
        double[] scroll = {Double.NaN, Double.NaN};
        double w = width;
        double h = height;
        if (cell <= 0) {
            return scroll;
        }
        double cw = cell * cols;
        double ch = cell * rows;
        double x = originX + col * cell;
        double y = originY + row * cell;
        if (cw > w && (x < 0 || x + cell > w)) {
            scroll[0] = clamp01((col * cell - w / 2) / (cw - w));
        }
        if (ch > h && (y < 0 || y + cell > h)) {
            scroll[1] = clamp01((row * cell - h / 2) / (ch - h));
        }
        return scroll;
    }

    private static double clamp01(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
