package org.convlab.view.translation;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * A region laid out from its width: its height follows from the width it gets (text and plots wrap
 * or stack), and it never grows shorter than that, so nothing in it is cut off. The content bias
 * makes a parent ask for the height at the width it will give; else a stacked pair would be laid
 * out in the height of one column and the second would fall outside the page, where no scrolling
 * reaches it.
 */
abstract class WidthFirstRegion extends Region {
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    /** Puts {@code n} at (x, y) with size w×h, snapped to whole pixels. */
    final void place(Node n, double x, double y, double w, double h) {
        n.resizeRelocate(snapPositionX(x), snapPositionY(y), snapSizeX(w), snapSizeY(h));
    }
}
