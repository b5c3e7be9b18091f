package org.convlab.view;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.convlab.core.DivergingColorMap;
import org.convlab.core.NumberText;
import org.convlab.core.Window;
import org.convlab.viewmodel.DisplaySettings;

/**
 * A grid of numbers drawn as cells: a binary image (black on white), or a heat map in the shared
 * {@link DivergingColorMap}. Values are written in the cells when they are big enough to read.
 * Outlines mark windows (argmax, ties, the sliding kernel); hover and clicks are reported in cell
 * coordinates. The grid fits the space it is given, keeping cells square.
 */
public class MapView extends Region {
    /** How cells are coloured. */
    public enum Style { BINARY, DIVERGING }

    /** A rectangle drawn over the grid, in its cell coordinates (may reach outside it). */
    public record Outline(Window window, Color color, boolean dashed, String label) {
    }

    private final Canvas canvas = new Canvas();
    private final DisplaySettings display;
    private double[] values = new double[0];
    private int rows;
    private int cols;
    private Style style = Style.DIVERGING;
    private DivergingColorMap colorMap = new DivergingColorMap(0);
    private final List<Outline> outlines = new ArrayList<>();
    private boolean[] blank;
    private double cell;
    private double originX;
    private double originY;
    private final ReadOnlyObjectWrapper<int[]> hovered = new ReadOnlyObjectWrapper<>(this, "hovered");
    private BiConsumer<int[], MouseEvent> onCellPressed;
    private BiConsumer<int[], MouseEvent> onCellDragged;
    private BiConsumer<int[], MouseEvent> onCellReleased;
    private final ObjectProperty<String> description = new SimpleObjectProperty<>(this, "description", "");

    public MapView(DisplaySettings display) {
        this.display = display;
        getChildren().add(canvas);
        getStyleClass().add("map-view");
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        display.scaleProperty().addListener((o, a, b) -> redraw());
        display.highContrastProperty().addListener((o, a, b) -> redraw());
        canvas.setOnMouseMoved(e -> hovered.set(cellAt(e.getX(), e.getY())));
        canvas.setOnMouseExited(e -> hovered.set(null));
        canvas.setOnMousePressed(e -> fire(onCellPressed, e));
        canvas.setOnMouseDragged(e -> {
            hovered.set(cellAt(e.getX(), e.getY()));
            fire(onCellDragged, e);
        });
        canvas.setOnMouseReleased(e -> fire(onCellReleased, e));
        description.addListener((o, a, b) -> setAccessibleText(b));
        setMinSize(40, 40);
        setPrefSize(320, 320);
    }

    private void fire(BiConsumer<int[], MouseEvent> handler, MouseEvent e) {
        if (handler != null) {
            handler.accept(cellAtUnclamped(e.getX(), e.getY()), e);
        }
    }

    /** Shows {@code values} (row-major rows×cols) in the given style; a diverging map fits ±max|v|. */
    public void setData(double[] newValues, int newRows, int newCols, Style newStyle) {
        if (newValues.length != newRows * newCols) {
            throw new IllegalArgumentException("map data has " + newValues.length + " values for " + newRows + "×" + newCols);
        }
        values = newValues;
        rows = newRows;
        cols = newCols;
        style = newStyle;
        colorMap = DivergingColorMap.fitting(newValues);
        blank = null;
        requestLayout();
        redraw();
    }

    /** Uses a fixed colour scale instead of fitting the data, e.g. to compare maps on one scale. */
    public void setColorMap(DivergingColorMap map) {
        colorMap = map;
        redraw();
    }

    public DivergingColorMap getColorMap() {
        return colorMap;
    }

    /** Cells drawn as empty (hatched), e.g. where a combined map is undefined; null for none. */
    public void setBlank(boolean[] mask) {
        blank = mask;
        redraw();
    }

    public void setOutlines(List<Outline> list) {
        outlines.clear();
        outlines.addAll(list);
        redraw();
    }

    public int getRows() {
        return rows;
    }

    public int getCols() {
        return cols;
    }

    /** Side of one cell in pixels as last laid out. */
    public double getCellSize() {
        return cell;
    }

    /** The cell under the mouse as {row, col}, or null. */
    public ReadOnlyObjectProperty<int[]> hoveredProperty() {
        return hovered.getReadOnlyProperty();
    }

    public void setOnCellPressed(BiConsumer<int[], MouseEvent> h) {
        onCellPressed = h;
    }

    public void setOnCellDragged(BiConsumer<int[], MouseEvent> h) {
        onCellDragged = h;
    }

    public void setOnCellReleased(BiConsumer<int[], MouseEvent> h) {
        onCellReleased = h;
    }

    /** Text screen readers announce for this map (what it is, the current argmax, …). */
    public ObjectProperty<String> descriptionProperty() {
        return description;
    }

    /** Pixel position of cell (row, col)'s top-left corner inside this region. */
    public double[] cellOrigin(int row, int col) {
        return new double[] {originX + col * cell, originY + row * cell};
    }

    private int[] cellAt(double x, double y) {
        int[] c = cellAtUnclamped(x, y);
        return c[0] >= 0 && c[0] < rows && c[1] >= 0 && c[1] < cols ? c : null;
    }

    private int[] cellAtUnclamped(double x, double y) {
        if (cell <= 0) {
            return new int[] {-1, -1};
        }
        return new int[] {(int) Math.floor((y - originY) / cell), (int) Math.floor((x - originX) / cell)};
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        redraw();
    }

    @Override
    protected double computePrefWidth(double height) {
        return Math.max(160, Math.min(480, cols * 18 * display.getScale()));
    }

    @Override
    protected double computePrefHeight(double width) {
        return Math.max(160, Math.min(480, rows * 18 * display.getScale()));
    }

    /** Redraws everything; cheap enough (one fill per cell) for 512×512 at interactive rates. */
    public void redraw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (rows == 0 || cols == 0 || w <= 0 || h <= 0) {
            return;
        }
        cell = Math.max(0.5, Math.min(w / cols, h / rows));
        originX = Math.floor((w - cell * cols) / 2);
        originY = Math.floor((h - cell * rows) / 2);
        boolean hc = display.isHighContrast();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int i = r * cols + c;
                double v = values[i];
                if (blank != null && blank[i]) {
                    g.setFill(Color.gray(0.97));
                } else if (style == Style.BINARY) {
                    g.setFill(v != 0 ? (v == 1 ? Color.BLACK : Color.gray(Math.max(0, 1 - v))) : Color.WHITE);
                } else {
                    g.setFill(argb(colorMap.argb(v)));
                }
                g.fillRect(originX + c * cell, originY + r * cell, Math.ceil(cell), Math.ceil(cell));
            }
        }
        if (cell >= 6) {
            g.setStroke(hc ? Color.gray(0.35) : Color.gray(0.78));
            g.setLineWidth(cell >= 14 ? 1 : 0.5);
            for (int r = 0; r <= rows; r++) {
                g.strokeLine(originX, originY + r * cell + 0.5, originX + cols * cell, originY + r * cell + 0.5);
            }
            for (int c = 0; c <= cols; c++) {
                g.strokeLine(originX + c * cell + 0.5, originY, originX + c * cell + 0.5, originY + rows * cell);
            }
        }
        drawValues(g);
        for (Outline o : outlines) {
            drawOutline(g, o);
        }
    }

    private void drawValues(GraphicsContext g) {
        double fontSize = cell * 0.38;
        if (style == Style.BINARY || fontSize < 9) {
            return;
        }
        g.setFont(Font.font("DejaVu Sans", FontWeight.NORMAL, Math.min(fontSize, 16 * display.getScale())));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        int decimals = cell >= 44 ? 2 : 1;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int i = r * cols + c;
                if (blank != null && blank[i]) {
                    continue;
                }
                g.setFill(argb(colorMap.textArgb(values[i])));
                g.fillText(NumberText.compact(values[i], decimals), originX + (c + 0.5) * cell, originY + (r + 0.5) * cell, cell - 2);
            }
        }
    }

    private void drawOutline(GraphicsContext g, Outline o) {
        Window win = o.window();
        double lw = display.getOutlineWidth();
        double x = originX + win.left() * cell;
        double y = originY + win.top() * cell;
        double ww = win.width() * cell;
        double hh = win.height() * cell;
        g.setLineWidth(lw);
        g.setLineDashes(o.dashed() ? new double[] {lw * 2.5, lw * 1.5} : null);
        g.setStroke(display.isHighContrast() ? Color.BLACK : Color.WHITE);
        g.setLineWidth(lw + 2);
        g.strokeRect(x, y, ww, hh);
        g.setLineWidth(lw);
        g.setStroke(o.color());
        g.strokeRect(x, y, ww, hh);
        g.setLineDashes(null);
        if (o.label() != null && !o.label().isEmpty()) {
            double fs = 11 * display.getScale();
            g.setFont(Font.font("DejaVu Sans", FontWeight.BOLD, fs));
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.BOTTOM);
            double ty = y - lw > fs ? y - lw : y + hh + fs + lw;
            g.setFill(Color.WHITE);
            g.fillRect(x, ty - fs - 2, o.label().length() * fs * 0.62 + 4, fs + 3);
            g.setFill(o.color());
            g.fillText(o.label(), x + 2, ty);
        }
    }

    private static Color argb(int c) {
        return Color.rgb((c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF);
    }
}
