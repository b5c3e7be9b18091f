package org.convlab.view.translation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.convlab.conv.NumberText;
import org.convlab.lessons.shift.ShiftError;
import org.convlab.view.shared.StyledValues;
import org.convlab.viewmodel.DisplaySettings;

/**
 * One stage's two errors against the shift k: for each k a pair of bars, the invariance error and
 * the equivariance error, each with its exact value written above it, and "n/a" (not a bar of 0)
 * where the equivariance error is undefined. Colours come from the stylesheet ({@code
 * -convlab-invariance-color}, {@code -convlab-equivariance-color}, {@code
 * -convlab-undefined-color}); grey until the stylesheet gives them.
 */
final class ErrorPlot extends Region {
    /** What is written where the equivariance error is undefined. */
    static final String UNDEFINED = "n/a";

    private final Canvas canvas = new Canvas();
    private final DisplaySettings display;
    private List<ShiftError> errors = List.of();

    ErrorPlot(DisplaySettings display) {
        this.display = display;
        getChildren().add(canvas);
        getStyleClass().add("error-plot");
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        display.scaleProperty().addListener((o, a, b) -> requestLayout());
        styled.onChange(this::redraw);
    }

    // The plot's lines and labels, from error-plot.css; the high-contrast stylesheet darkens them.
    private static final StyleablePropertyFactory<ErrorPlot> STYLED =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());
    private final StyledValues<ErrorPlot> styled = new StyledValues<>(this, STYLED, p -> p.styled);
    private final ObservableValue<Color> axis = styled.colour("-cl-axis");
    private final ObservableValue<Color> barEdge = styled.colour("-cl-bar-edge");
    private final ObservableValue<Color> valueText = styled.colour("-cl-value");
    private final ObservableValue<Color> indexText = styled.colour("-cl-index");

    @Override
    public String getUserAgentStylesheet() {
        return ErrorPlot.class.getResource("error-plot.css").toExternalForm();
    }

    void setErrors(List<ShiftError> newErrors) {
        errors = List.copyOf(newErrors);
        setAccessibleText(String.join("; ", valueTexts()));
        redraw();
    }

    /**
     * What the plot shows for each k, as it is written on it: "k = 1: invariance 18, equivariance
     * n/a".
     */
    List<String> valueTexts() {
        List<String> r = new ArrayList<>();
        for (ShiftError e : errors) {
            r.add(
                    "k = "
                            + e.shift()
                            + ": invariance "
                            + NumberText.exact(e.invariance())
                            + ", equivariance "
                            + equivarianceText(e));
        }
        return Collections.unmodifiableList(r);
    }

    private static String equivarianceText(ShiftError e) {
        return e.equivariance().isPresent()
                ? NumberText.exact(e.equivariance().getAsDouble())
                : UNDEFINED;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 150 * display.getScale();
    }

    @Override
    protected double computeMinHeight(double width) {
        return 110 * display.getScale();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 320;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 120;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        redraw();
    }

    private void redraw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (errors.isEmpty() || w <= 0 || h <= 0) {
            return;
        }
        double fs = 13 * display.getScale();
        double slot = w / errors.size();
        double barW = Math.max(2, slot * 0.34);
        double labelFont = Math.max(8, Math.min(fs, slot * 0.3));
        double max = 0;
        for (ShiftError e : errors) {
            max = Math.max(max, e.invariance());
            if (e.equivariance().isPresent()) {
                max = Math.max(max, e.equivariance().getAsDouble());
            }
        }
        double top = labelFont + 6;
        double axisY = h - fs - 8;
        double scaleY = max == 0 ? 0 : (axisY - top) / max;
        g.setStroke(axis.getValue());
        g.setLineWidth(1);
        g.strokeLine(0, Math.round(axisY) + 0.5, w, Math.round(axisY) + 0.5);
        g.setTextAlign(TextAlignment.CENTER);
        for (int i = 0; i < errors.size(); i++) {
            ShiftError e = errors.get(i);
            double cx = (i + 0.5) * slot;
            double left = cx - barW - 1;
            double right = cx + 1;
            bar(g, left, barW, axisY, e.invariance() * scaleY, invarianceColor.get());
            label(
                    g,
                    NumberText.exact(e.invariance()),
                    left + barW / 2,
                    axisY - Math.max(e.invariance() * scaleY, 2),
                    labelFont,
                    barW + 2);
            if (e.equivariance().isPresent()) {
                double v = e.equivariance().getAsDouble();
                bar(g, right, barW, axisY, v * scaleY, equivarianceColor.get());
                label(
                        g,
                        NumberText.exact(v),
                        right + barW / 2,
                        axisY - Math.max(v * scaleY, 2),
                        labelFont,
                        barW + 2);
            } else {
                // undefined is not 0: a dashed empty box with "n/a" over it
                g.setStroke(undefinedColor.get());
                g.setLineDashes(3, 3);
                g.strokeRect(right, axisY - labelFont, barW, labelFont);
                g.setLineDashes(null);
                g.setFill(undefinedColor.get());
                g.setFont(Font.font("DejaVu Sans", labelFont * 0.85));
                g.setTextBaseline(VPos.BOTTOM);
                g.fillText(UNDEFINED, right + barW / 2, axisY - labelFont - 2, barW + 6);
            }
            g.setFill(indexText.getValue());
            g.setFont(Font.font("DejaVu Sans", Math.min(fs * 0.9, Math.max(9, slot * 0.45))));
            g.setTextBaseline(VPos.BOTTOM);
            g.fillText(Integer.toString(e.shift()), cx, h - 2, slot - 2);
        }
    }

    private void bar(
            GraphicsContext g, double x, double w, double axisY, double height, Paint fill) {
        double bh = Math.max(height, 2);
        g.setFill(fill);
        g.fillRect(x, axisY - bh, w, bh);
        // Transparent unless a stylesheet (high contrast) edges the bars.
        g.setStroke(barEdge.getValue());
        g.setLineWidth(1);
        g.strokeRect(x, axisY - bh, w, bh);
    }

    private void label(
            GraphicsContext g, String text, double cx, double barTop, double font, double width) {
        g.setFill(valueText.getValue());
        g.setFont(Font.font("DejaVu Sans", font));
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(text, cx, barTop - 2, width);
    }

    // ---- colours from the stylesheet ----------------------------------------------------------

    private final StyleableObjectProperty<Paint> invarianceColor =
            colour(INVARIANCE, "invarianceColor", Color.GRAY);
    private final StyleableObjectProperty<Paint> equivarianceColor =
            colour(EQUIVARIANCE, "equivarianceColor", Color.GRAY);
    private final StyleableObjectProperty<Paint> undefinedColor =
            colour(UNDEFINED_COLOR, "undefinedColor", Color.GRAY);

    private StyleableObjectProperty<Paint> colour(
            CssMetaData<ErrorPlot, Paint> meta, String name, Paint initial) {
        return new SimpleStyleableObjectProperty<>(meta, this, name, initial) {
            @Override
            protected void invalidated() {
                redraw();
            }
        };
    }

    private static CssMetaData<ErrorPlot, Paint> meta(
            String property,
            Paint initial,
            java.util.function.Function<ErrorPlot, StyleableObjectProperty<Paint>> field) {
        return new CssMetaData<>(property, StyleConverter.getPaintConverter(), initial) {
            @Override
            public boolean isSettable(ErrorPlot p) {
                return !field.apply(p).isBound();
            }

            @Override
            public StyleableProperty<Paint> getStyleableProperty(ErrorPlot p) {
                return field.apply(p);
            }
        };
    }

    private static final CssMetaData<ErrorPlot, Paint> INVARIANCE =
            meta("-convlab-invariance-color", Color.GRAY, p -> p.invarianceColor);
    private static final CssMetaData<ErrorPlot, Paint> EQUIVARIANCE =
            meta("-convlab-equivariance-color", Color.GRAY, p -> p.equivarianceColor);
    private static final CssMetaData<ErrorPlot, Paint> UNDEFINED_COLOR =
            meta("-convlab-undefined-color", Color.GRAY, p -> p.undefinedColor);

    /** Region's properties, the -cl-* ones (known once a plot exists) and the three colours. */
    private static List<CssMetaData<? extends Styleable, ?>> css;

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        if (css == null) {
            List<CssMetaData<? extends Styleable, ?>> all =
                    new ArrayList<>(STYLED.getCssMetaData());
            all.add(INVARIANCE);
            all.add(EQUIVARIANCE);
            all.add(UNDEFINED_COLOR);
            css = Collections.unmodifiableList(all);
        }
        return css;
    }
}
