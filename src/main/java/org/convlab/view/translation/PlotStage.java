package org.convlab.view.translation;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.convlab.viewmodel.DisplaySettings;

/**
 * The experiment's four plots (signal, shifted signal, output before, output after), each under its
 * caption, sized to fill the height the screen has left for them, so the output before and after
 * are on screen without scrolling on a projector as on a laptop.
 *
 * <p>The rule: the four plots stand one above the other (one shared axis, every output bar under
 * the centre of the window it read) while each still gets {@link #MIN_PLOT} px (times the display
 * scale); when the height left is less, they stand two by two, inputs on the left and outputs on
 * the right (same axis and width, so the columns still line up), each plot twice as tall. Below
 * that they keep their minimum height and the page scrolls.
 */
final class PlotStage extends WidthFirstRegion {
    /**
     * Smallest plot height at scale 1 that leaves room for the bars between their value and index
     * labels.
     */
    static final double MIN_PLOT = 82;

    /** Tallest plot at scale 1: bars beyond that only take room from the sentences below. */
    static final double MAX_PLOT = 300;

    private final Node[] captions;
    private final Region[] plots;
    private final Label legend;
    private final DisplaySettings display;
    private double fill = -1;
    private final double gap = 4;
    private final double rowGap = 8;
    private final double columnGap = 18;

    /**
     * {@code captions[i]} above {@code plots[i]}; the legend goes under the last plot while it has
     * text.
     */
    PlotStage(Node[] captions, Region[] plots, Label legend, DisplaySettings display) {
        if (captions.length != 4 || plots.length != 4) {
            throw new IllegalArgumentException("the stage holds four plots");
        }
        this.captions = captions.clone();
        this.plots = plots.clone();
        this.legend = legend;
        this.display = display;
        getStyleClass().add("plot-stage");
        for (int i = 0; i < 4; i++) {
            getChildren().addAll(captions[i], plots[i]);
        }
        getChildren().add(legend);
        legend.textProperty().addListener((o, a, b) -> requestLayout());
        display.scaleProperty().addListener((o, a, b) -> requestLayout());
    }

    /**
     * The height the stage should take (what the screen has left below the controls), or −1 for the
     * plots' own heights.
     */
    void setFill(double height) {
        if (Math.abs(height - fill) > 0.5) {
            fill = height;
            requestLayout();
        }
    }

    double getFill() {
        return fill;
    }

    /** Whether the plots stand two by two at width {@code width} (else one above the other). */
    boolean isTwoByTwo() {
        return twoByTwo(getWidth());
    }

    private double scale() {
        return display.getScale();
    }

    private double legendHeight(double w) {
        String t = legend.getText();
        return t == null || t.isEmpty() ? 0 : gap + legend.prefHeight(w);
    }

    private double captionHeight(int i, double w) {
        return captions[i].prefHeight(w);
    }

    /** Height of everything but the plots when stacked at content width w. */
    private double stackedFixed(double w) {
        double h = legendHeight(w) + 3 * rowGap + 4 * gap;
        for (int i = 0; i < 4; i++) {
            h += captionHeight(i, w);
        }
        return h;
    }

    private double gridFixed(double w) {
        double cw = (w - columnGap) / 2;
        return Math.max(captionHeight(0, cw), captionHeight(2, cw))
                + Math.max(captionHeight(1, cw), captionHeight(3, cw))
                + legendHeight(cw)
                + rowGap
                + 2 * gap;
    }

    private boolean twoByTwo(double width) {
        double w = contentWidth(width);
        if (fill < 0 || w <= 0) {
            return false;
        }
        return (fill - insetsHeight() - stackedFixed(w)) / 4 < MIN_PLOT * scale();
    }

    private double insetsHeight() {
        return snappedTopInset() + snappedBottomInset();
    }

    private double contentWidth(double width) {
        return width - snappedLeftInset() - snappedRightInset();
    }

    /** Each plot's height at width {@code width}. */
    private double plotHeight(double width) {
        double w = contentWidth(width);
        double min = MIN_PLOT * scale();
        double max = MAX_PLOT * scale();
        if (fill < 0 || w <= 0) {
            double h = 0;
            for (Region p : plots) {
                h = Math.max(h, p.prefHeight(-1));
            }
            return h;
        }
        double free = fill - insetsHeight();
        double each = twoByTwo(width) ? (free - gridFixed(w)) / 2 : (free - stackedFixed(w)) / 4;
        return Math.floor(Math.max(min, Math.min(max, each)));
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + 2 * 120 + columnGap;
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + 600;
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width < 0 ? computePrefWidth(-1) : width;
        double p = plotHeight(w);
        double cw = contentWidth(w);
        double fixed = twoByTwo(w) ? gridFixed(cw) : stackedFixed(cw);
        return insetsHeight() + fixed + (twoByTwo(w) ? 2 : 4) * p;
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double w = contentWidth(getWidth());
        double p = plotHeight(getWidth());
        if (!twoByTwo(getWidth())) {
            for (int i = 0; i < 4; i++) {
                double ch = captionHeight(i, w);
                place(captions[i], x, y, w, ch);
                y += ch + gap;
                place(plots[i], x, y, w, p);
                y += p + (i < 3 ? rowGap : 0);
            }
            placeLegend(x, y, w);
            return;
        }
        double cw = Math.floor((w - columnGap) / 2);
        double x2 = x + w - cw;
        // row 0: signal | before, row 1: shifted | after
        int[][] rows = {{0, 2}, {1, 3}};
        for (int[] row : rows) {
            double ch = Math.max(captionHeight(row[0], cw), captionHeight(row[1], cw));
            place(captions[row[0]], x, y, cw, ch);
            place(captions[row[1]], x2, y, cw, ch);
            y += ch + gap;
            place(plots[row[0]], x, y, cw, p);
            place(plots[row[1]], x2, y, cw, p);
            y += p + (row == rows[0] ? rowGap : 0);
        }
        placeLegend(x2, y, cw);
    }

    private void placeLegend(double x, double y, double w) {
        double h = legendHeight(w);
        legend.setVisible(h > 0);
        place(legend, x, y + (h > 0 ? gap : 0), w, Math.max(0, h - gap));
    }
}
