package org.convlab.view.translation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import javafx.beans.value.ObservableValue;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.convlab.conv.NumberList;
import org.convlab.conv.NumberText;
import org.convlab.view.shared.StyledValues;
import org.convlab.viewmodel.DisplaySettings;

/**
 * A row of bars on a shared position axis: each bar has its value written on it and its index
 * below. Several plots given the same axis line up, so an output bar sits under the centre of the
 * window it read. Marks: the maximum (thick outline), outputs that changed (red, dashed), the
 * expected values (dashed ghost bars) and a highlighted block.
 */
final class BarPlot extends Region {
    /** What the bars show, which sets their colour. */
    enum Kind {
        SIGNAL,
        OUTPUT
    }

    // Colours from bar-plot.css; the high-contrast stylesheet overrides some of them.
    private static final StyleablePropertyFactory<BarPlot> STYLED =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());
    private final StyledValues<BarPlot> styled = new StyledValues<>(this, STYLED, p -> p.styled);
    private final ObservableValue<Color> signalColour = styled.colour("-cl-signal");
    private final ObservableValue<Color> positive = styled.colour("-cl-positive");
    private final ObservableValue<Color> negative = styled.colour("-cl-negative");

    /** The maximum's outline, and its value and index. */
    private final ObservableValue<Color> peak = styled.colour("-cl-peak");

    private final ObservableValue<Color> peakText = styled.colour("-cl-peak-text");
    private final ObservableValue<Color> changedColour = styled.colour("-cl-changed");
    private final ObservableValue<Color> band = styled.colour("-cl-band");
    private final ObservableValue<Color> axis = styled.colour("-cl-axis");
    private final ObservableValue<Color> barEdge = styled.colour("-cl-bar-edge");
    private final ObservableValue<Color> ghostColour = styled.colour("-cl-ghost");
    private final ObservableValue<Color> valueText = styled.colour("-cl-value");
    private final ObservableValue<Color> indexText = styled.colour("-cl-index");

    private final Canvas canvas = new Canvas();
    private final DisplaySettings display;
    private final Kind kind;
    private double[] values = new double[0];
    private double firstCentre;
    private double lo;
    private double hi;
    private final Set<Integer> peaks = new HashSet<>();
    private final Set<Integer> changed = new HashSet<>();
    private double[] ghost;
    private boolean[] ghostMask;
    private int bandFrom = -1;
    private int bandLength;

    BarPlot(DisplaySettings display, Kind kind) {
        this.display = display;
        this.kind = kind;
        getChildren().add(canvas);
        getStyleClass().add("bar-plot");
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        display.scaleProperty()
                .addListener(
                        (o, a, b) -> {
                            setPrefHeight(baseHeight * b.doubleValue());
                            redraw();
                        });
        styled.onChange(this::redraw);
        setMinSize(120, 80);
        setPrefSize(600, 110);
        canvas.setOnScroll(
                e -> {
                    int i = barAt(e.getX());
                    if (onBarNudged != null && i >= 0 && e.getDeltaY() != 0) {
                        onBarNudged.accept(i, e.getDeltaY() > 0 ? 1 : -1);
                        e.consume();
                    }
                });
    }

    private BiConsumer<Integer, Integer> onBarNudged;

    /**
     * Called with (index, +1 or −1) when the wheel turns over a bar; null makes the bars read-only.
     */
    void setOnBarNudged(BiConsumer<Integer, Integer> handler) {
        onBarNudged = handler;
        if (handler != null) {
            Tooltip.install(this, new Tooltip("Scroll over a bar to change its value by 1"));
        }
    }

    /** The bar under x, or −1. */
    int barAt(double x) {
        double slot = getWidth() / (hi - lo + 1);
        if (slot <= 0 || values.length == 0) {
            return -1;
        }
        int i = (int) Math.round(x / slot - 0.5 + lo - firstCentre);
        return i >= 0 && i < values.length ? i : -1;
    }

    private double baseHeight = 110;

    /** The values drawn, for tests and screen readers. */
    double[] getValues() {
        return values.clone();
    }

    /**
     * Height at scale 1; it grows with the display scale so larger labels leave room for the bars.
     */
    void setBaseHeight(double h) {
        baseHeight = h;
        setPrefHeight(h * display.getScale());
    }

    /** Bar i is drawn centred on axis position {@code firstCentre + i}. */
    void setBars(double[] newValues, double newFirstCentre) {
        values = newValues.clone();
        firstCentre = newFirstCentre;
        setAccessibleText("Bars: " + NumberList.format(newValues));
        peaks.clear();
        changed.clear();
        ghost = null;
        ghostMask = null;
        bandFrom = -1;
        redraw();
    }

    /** The axis positions shown, inclusive, shared with the plots above and below. */
    void setAxis(double newLo, double newHi) {
        lo = newLo;
        hi = newHi;
        redraw();
    }

    void setPeaks(Set<Integer> indices) {
        peaks.clear();
        peaks.addAll(indices);
        redraw();
    }

    void setChanged(Set<Integer> indices) {
        changed.clear();
        changed.addAll(indices);
        redraw();
    }

    /** Dashed bars for the values expected at each index, where {@code mask} is true. */
    void setGhost(double[] expected, boolean[] mask) {
        ghost = expected;
        ghostMask = mask;
        redraw();
    }

    /** Highlights the bars {@code from … from + length − 1}; from −1 for none. */
    void setBand(int from, int length) {
        bandFrom = from;
        bandLength = length;
        redraw();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        redraw();
    }

    private double x(double position, double slot) {
        return (position - lo + 0.5) * slot;
    }

    void redraw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (values.length == 0 || w <= 0 || h <= 0 || hi < lo) {
            return;
        }
        double fs = 13 * display.getScale();
        double slot = w / (hi - lo + 1);
        double max = 0;
        double min = 0;
        for (int i = 0; i < values.length; i++) {
            max = Math.max(max, values[i]);
            min = Math.min(min, values[i]);
            if (ghost != null && ghostMask[i]) {
                max = Math.max(max, ghost[i]);
                min = Math.min(min, ghost[i]);
            }
        }
        if (max == min) {
            max = 1;
        }
        double top = fs + 6;
        double bottom = fs + 8 + (min < 0 ? fs + 4 : 0);
        double plotH = Math.max(10, h - top - bottom);
        double zeroY = top + plotH * max / (max - min);
        double scaleY = plotH / (max - min);

        if (bandFrom >= 0) {
            g.setFill(band.getValue());
            g.fillRect(x(firstCentre + bandFrom - 0.5, slot), 0, bandLength * slot, h - fs - 6);
        }
        g.setStroke(axis.getValue());
        g.setLineWidth(1);
        g.strokeLine(0, Math.round(zeroY) + 0.5, w, Math.round(zeroY) + 0.5);

        double barW = Math.max(3, slot * 0.62);
        double labelFont = Math.min(fs, Math.max(9, slot * 0.42));
        g.setTextAlign(TextAlignment.CENTER);
        for (int i = 0; i < values.length; i++) {
            double cx = x(firstCentre + i, slot);
            double v = values[i];
            double y0 = v >= 0 ? zeroY - v * scaleY : zeroY;
            double bh = Math.abs(v) * scaleY;
            g.setFill(
                    (kind == Kind.SIGNAL ? signalColour : (v >= 0 ? positive : negative))
                            .getValue());
            g.fillRect(cx - barW / 2, y0, barW, Math.max(bh, 1));
            // Transparent unless a stylesheet (high contrast) edges the bars.
            g.setStroke(barEdge.getValue());
            g.setLineWidth(1);
            g.strokeRect(cx - barW / 2, y0, barW, Math.max(bh, 1));
            if (ghost != null && ghostMask[i]) {
                double gv = ghost[i];
                double gy = gv >= 0 ? zeroY - gv * scaleY : zeroY;
                g.setStroke(ghostColour.getValue());
                g.setLineWidth(Math.max(1, display.getOutlineWidth() / 2));
                g.setLineDashes(4, 3);
                g.strokeRect(cx - barW / 2 - 3, gy, barW + 6, Math.max(Math.abs(gv) * scaleY, 1));
                g.setLineDashes(null);
            }
            if (changed.contains(i)) {
                g.setStroke(changedColour.getValue());
                g.setLineWidth(display.getOutlineWidth());
                g.setLineDashes(6, 4);
                g.strokeRect(
                        cx - barW / 2 - 2, Math.min(y0, zeroY) - 2, barW + 4, Math.max(bh, 1) + 4);
                g.setLineDashes(null);
            }
            if (peaks.contains(i)) {
                g.setStroke(peak.getValue());
                g.setLineWidth(display.getOutlineWidth() + 1);
                g.strokeRect(
                        cx - barW / 2 - 2, Math.min(y0, zeroY) - 2, barW + 4, Math.max(bh, 1) + 4);
            }
            g.setFont(
                    Font.font(
                            "DejaVu Sans",
                            peaks.contains(i) ? FontWeight.BOLD : FontWeight.NORMAL,
                            labelFont));
            g.setFill(
                    (changed.contains(i)
                                    ? changedColour
                                    : (peaks.contains(i) ? peakText : valueText))
                            .getValue());
            String text = NumberText.compact(v, 2);
            if (v >= 0) {
                g.setTextBaseline(VPos.BOTTOM);
                g.fillText(text, cx, y0 - 2, slot - 2);
            } else {
                g.setTextBaseline(VPos.TOP);
                g.fillText(text, cx, zeroY + bh + 2, slot - 2);
            }
            g.setTextBaseline(VPos.BOTTOM);
            g.setFont(
                    Font.font(
                            "DejaVu Sans",
                            peaks.contains(i) ? FontWeight.BOLD : FontWeight.NORMAL,
                            Math.min(fs * 0.9, labelFont)));
            g.setFill((peaks.contains(i) ? peakText : indexText).getValue());
            g.fillText(Integer.toString(i), cx, h - 2, slot - 2);
        }
    }

    @Override
    public String getUserAgentStylesheet() {
        return BarPlot.class.getResource("bar-plot.css").toExternalForm();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return STYLED.getCssMetaData();
    }
}
