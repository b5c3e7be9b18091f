package org.convlab.view.detector;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.convlab.conv.DivergingColorMap;
import org.convlab.conv.NumberText;
import org.convlab.viewmodel.DisplaySettings;

/**
 * The colour bar under a heat map: the shared diverging scale from −L to +L with zero in the
 * middle, and the map's actual minimum and maximum marked on it and written out exactly.
 */
final class ColorLegend extends Region {
    private static final double PAD = 6;
    private final Canvas canvas = new Canvas();
    private final DisplaySettings display;
    private DivergingColorMap map = new DivergingColorMap(0);
    private double min;
    private double max;
    private String text = "";

    ColorLegend(DisplaySettings display) {
        this.display = display;
        getChildren().add(canvas);
        getStyleClass().add("color-legend");
        display.scaleProperty().addListener((o, a, b) -> requestLayout());
        setMinHeight(USE_PREF_SIZE);
    }

    /** Shows the scale of {@code colours} and the range [lo, hi] of the data drawn with it. */
    void show(DivergingColorMap colours, double lo, double hi) {
        map = colours;
        min = lo;
        max = hi;
        text = minText() + "   " + maxText();
        setAccessibleText(
                "colour scale from "
                        + NumberText.exact(-colours.limit())
                        + " to "
                        + NumberText.exact(colours.limit())
                        + ", values from "
                        + NumberText.exact(lo)
                        + " to "
                        + NumberText.exact(hi));
        draw();
        requestLayout(); // longer numbers may need a second row
    }

    /** The range as written, "min −2 max 10". */
    String rangeText() {
        return text;
    }

    @Override
    protected double computePrefHeight(double width) {
        // bar (12) and a row of numbers (12-px font, 15 with its gap) per row, scaled with the text
        int rows = width < 0 || oneRow(width) ? 1 : 2;
        return Math.ceil(8 + (12 + 15 * rows) * display.getScale());
    }

    /** Whether "min …" and "max …" fit side by side under a bar drawn {@code width} wide. */
    private boolean oneRow(double width) {
        Font font = font();
        double gap = 12 * display.getScale();
        return textWidth(minText(), font) + gap + textWidth(maxText(), font) <= width - 2 * PAD;
    }

    private Font font() {
        return Font.font("DejaVu Sans", 12 * display.getScale());
    }

    private String minText() {
        return "min " + NumberText.exact(min);
    }

    private String maxText() {
        return "max " + NumberText.exact(max);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 200;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (w < 20) {
            return;
        }
        double s = display.getScale();
        double pad = PAD;
        double barTop = 2;
        double barH = 12 * s;
        double barW = w - 2 * pad;
        double limit = map.limit();
        for (int i = 0; i < (int) barW; i++) {
            double v = limit == 0 ? 0 : -limit + 2 * limit * (i + 0.5) / barW;
            int c = map.argb(v);
            g.setFill(Color.rgb((c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF));
            g.fillRect(pad + i, barTop, 1, barH);
        }
        g.setStroke(Color.gray(0.45));
        g.setLineWidth(1);
        g.strokeRect(pad + 0.5, barTop + 0.5, barW - 1, barH - 1);
        double zeroX = pad + barW / 2;
        g.setStroke(Color.BLACK);
        g.strokeLine(zeroX, barTop, zeroX, barTop + barH + 3);
        tick(g, xOf(min, pad, barW, limit), barTop, barH);
        tick(g, xOf(max, pad, barW, limit), barTop, barH);
        g.setFont(Font.font("DejaVu Sans", 12 * s));
        g.setTextBaseline(VPos.TOP);
        g.setFill(Color.BLACK);
        double ty = barTop + barH + 4;
        String minText = minText();
        String maxText = maxText();
        Font font = font();
        boolean oneRow = oneRow(w);
        double minRight = pad + textWidth(minText, font);
        double maxLeft = pad + barW - textWidth(maxText, font);
        double zeroHalf = textWidth("0", font) / 2 + 6 * s;
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(minText, pad, ty);
        g.setTextAlign(TextAlignment.RIGHT);
        // On a narrow legend "max …" goes to a row of its own rather than over "min …".
        g.fillText(maxText, pad + barW, oneRow ? ty : ty + 15 * s);
        // "0" would run into "min …" or "max …" there: the zero tick says it then.
        if (oneRow && zeroX - zeroHalf > minRight && zeroX + zeroHalf < maxLeft) {
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText("0", zeroX, ty);
        }
    }

    private static double textWidth(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    private static double xOf(double v, double pad, double barW, double limit) {
        return limit == 0 ? pad + barW / 2 : pad + (v + limit) / (2 * limit) * barW;
    }

    private static void tick(GraphicsContext g, double x, double top, double h) {
        g.setFill(Color.BLACK);
        g.fillPolygon(
                new double[] {x - 4, x + 4, x},
                new double[] {top + h + 6, top + h + 6, top + h},
                3);
    }
}
