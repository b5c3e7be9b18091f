package org.convlab.view.translation;

import javafx.scene.layout.Region;
import org.convlab.viewmodel.DisplaySettings;

/**
 * Two columns side by side while both fit at their minimum widths, one above the other when they do
 * not (a projector at 150 % text, a narrow window): the columns are never squeezed over each other.
 * Side by side, each gets a share of the width in proportion to its preferred width. The minimum
 * widths are those at 100 % and grow with the display scale, like the text inside the columns.
 */
final class TwoColumns extends WidthFirstRegion {
    private final Region first;
    private final Region second;
    private final double gap;
    private final DisplaySettings display;

    TwoColumns(Region first, Region second, double gap, DisplaySettings display) {
        this.first = first;
        this.second = second;
        this.gap = gap;
        this.display = display;
        getChildren().addAll(first, second);
        display.scaleProperty().addListener((o, was, now) -> requestLayout());
    }

    private double min(Region r) {
        return r.minWidth(-1) * display.getScale();
    }

    /** Whether the columns stand side by side at content width {@code width}. */
    boolean sideBySide(double width) {
        return width >= min(first) + min(second) + gap;
    }

    private double[] widths(double width) {
        double a = first.prefWidth(-1);
        double b = second.prefWidth(-1);
        double free = width - gap;
        double wa = Math.max(min(first), free * a / (a + b));
        return new double[] {wa, Math.max(min(second), free - wa)};
    }

    private double contentWidth(double width) {
        return width < 0 ? -1 : width - snappedLeftInset() - snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        // stacked, each column takes the whole width and wraps into it
        return snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset()
                + snappedRightInset()
                + first.prefWidth(-1)
                + gap
                + second.prefWidth(-1);
    }

    @Override
    protected double computePrefHeight(double width) {
        // without a width, assume the preferred one: the same answer the layout will give there
        double w = contentWidth(width < 0 ? computePrefWidth(-1) : width);
        double h;
        if (sideBySide(w)) {
            double[] ws = widths(w);
            h = Math.max(first.prefHeight(ws[0]), second.prefHeight(ws[1]));
        } else {
            h = first.prefHeight(w) + gap + second.prefHeight(w);
        }
        return snappedTopInset() + snappedBottomInset() + h;
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double w = getWidth() - x - snappedRightInset();
        if (sideBySide(w)) {
            double[] ws = widths(w);
            place(first, x, y, ws[0], first.prefHeight(ws[0]));
            place(second, x + ws[0] + gap, y, ws[1], second.prefHeight(ws[1]));
        } else {
            double h1 = first.prefHeight(w);
            place(first, x, y, w, h1);
            place(second, x, y + h1 + gap, w, second.prefHeight(w));
        }
    }
}
