package org.convlab.view.translation;

import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.layout.Region;
import org.convlab.viewmodel.DisplaySettings;

/**
 * Columns of equal width side by side while each gets its minimum width (times the display scale),
 * else one above the other at the full width: the invariance meter's three stages stand in a row on
 * a wide screen and stack on a narrow one or at presenter size, never squeezed.
 */
final class EvenColumns extends Region {
    private final List<Region> columns;
    private final double minColumn;
    private final double gap;
    private final DisplaySettings display;

    EvenColumns(List<Region> columns, double minColumn, double gap, DisplaySettings display) {
        this.columns = List.copyOf(columns);
        this.minColumn = minColumn;
        this.gap = gap;
        this.display = display;
        getChildren().addAll(columns);
        // never shorter than its columns need: the page scrolls instead
        setMinHeight(Region.USE_PREF_SIZE);
        display.scaleProperty().addListener((o, a, b) -> requestLayout());
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    /** Whether the columns stand side by side at content width {@code width}. */
    boolean sideBySide(double width) {
        int n = columns.size();
        return width >= n * minColumn * display.getScale() + (n - 1) * gap;
    }

    private double columnWidth(double width) {
        int n = columns.size();
        return sideBySide(width) ? Math.floor((width - (n - 1) * gap) / n) : width;
    }

    private double contentWidth(double width) {
        return width - snappedLeftInset() - snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        double w = 0;
        for (Region c : columns) {
            w += c.prefWidth(-1);
        }
        return snappedLeftInset() + snappedRightInset() + w + (columns.size() - 1) * gap;
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = contentWidth(width < 0 ? computePrefWidth(-1) : width);
        double cw = columnWidth(w);
        double h = 0;
        for (Region c : columns) {
            h = sideBySide(w) ? Math.max(h, c.prefHeight(cw)) : h + c.prefHeight(cw);
        }
        if (!sideBySide(w)) {
            h += (columns.size() - 1) * gap;
        }
        return snappedTopInset() + snappedBottomInset() + h;
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double w = contentWidth(getWidth());
        double cw = columnWidth(w);
        boolean row = sideBySide(w);
        for (Region c : columns) {
            double h = c.prefHeight(cw);
            c.resizeRelocate(snapPositionX(x), snapPositionY(y), snapSizeX(cw), snapSizeY(h));
            if (row) {
                x += cw + gap;
            } else {
                y += h + gap;
            }
        }
    }
}
