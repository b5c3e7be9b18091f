package org.convlab.view.shared;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.SkinBase;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.convlab.conv.DivergingColorMap;
import org.convlab.conv.NumberText;
import org.convlab.conv.Window;
import org.convlab.viewmodel.DisplaySettings;

/**
 * Paints a {@link MapView} on one canvas: the cells, grid lines, numbers, a frame, marks and
 * outlines, in the colours its stylesheet gives. Cells go through one pixel-per-cell image scaled
 * without smoothing, so a 512×512 grid costs one image upload, not 262,144 rectangle fills; lines
 * and numbers are drawn only for the visible cells.
 */
final class MapViewSkin extends SkinBase<MapView> {
    private final Canvas canvas = new Canvas();
    private String measuredLabel;
    private Font measuredFont;
    private double measuredWidth;

    MapViewSkin(MapView map) {
        super(map);
        getChildren().add(canvas);
        DisplaySettings display = map.display();
        registerChangeListener(display.scaleProperty(), o -> paint());
        // High contrast thickens outlines: a size, not a colour, so it comes from the settings.
        registerChangeListener(display.outlineWidthBinding(), o -> paint());
        registerChangeListener(map.zoomProperty(), o -> paint());
        registerChangeListener(map.scrollXProperty(), o -> paint());
        registerChangeListener(map.scrollYProperty(), o -> paint());
        map.pointer().attach(canvas);
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        // The canvas covers the whole control, padding included, as cell coordinates assume.
        MapView map = getSkinnable();
        canvas.setWidth(map.getWidth());
        canvas.setHeight(map.getHeight());
        paint();
    }

    @Override
    protected double computePrefWidth(
            double height, double top, double right, double bottom, double left) {
        return preferred(getSkinnable().getCols());
    }

    @Override
    protected double computePrefHeight(
            double width, double top, double right, double bottom, double left) {
        return preferred(getSkinnable().getRows());
    }

    private double preferred(int cells) {
        MapView map = getSkinnable();
        return Math.max(
                160, Math.min(480, cells * map.preferredCellSize() * map.display().getScale()));
    }

    /** Paints everything from scratch (the cell colours are kept; see {@link CellColours}). */
    void paint() {
        MapView map = getSkinnable();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        int rows = map.getRows();
        int cols = map.getCols();
        if (rows == 0 || cols == 0 || w <= 0 || h <= 0) {
            return;
        }
        CellGrid grid = map.grid();
        grid.fit(
                w,
                h,
                rows,
                cols,
                map.getZoom(),
                map.scrollXProperty().get(),
                map.scrollYProperty().get());
        MapColours colours = map.colours();
        map.cells().update(map, colours.cellPalette());
        int[] cs = grid.visibleCols(w, cols);
        int[] rs = grid.visibleRows(h, rows);
        if (cs[1] <= cs[0] || rs[1] <= rs[0]) {
            return;
        }
        double cell = grid.cell();
        double x0 = grid.originX();
        double y0 = grid.originY();
        g.setImageSmoothing(false);
        g.drawImage(
                map.cells().image(),
                cs[0],
                rs[0],
                cs[1] - cs[0],
                rs[1] - rs[0],
                x0 + cs[0] * cell,
                y0 + rs[0] * cell,
                (cs[1] - cs[0]) * cell,
                (rs[1] - rs[0]) * cell);
        if (cell >= 6) {
            drawGridLines(g, grid, rs, cs, colours.gridLine.getValue());
        }
        drawValues(g, rs, cs);
        // A frame around the grid, so blank cells (a map still being computed) keep their shape.
        g.setStroke(colours.frame.getValue());
        g.setLineWidth(1);
        g.strokeRect(
                Math.floor(x0) + 0.5,
                Math.floor(y0) + 0.5,
                Math.round(cell * cols) - 1,
                Math.round(cell * rows) - 1);
        drawMarks(g);
        for (MapView.Outline o : map.outlines()) {
            drawOutline(g, o);
        }
    }

    private static void drawGridLines(
            GraphicsContext g, CellGrid grid, int[] rs, int[] cs, Color colour) {
        double cell = grid.cell();
        double x0 = grid.originX();
        double y0 = grid.originY();
        g.setStroke(colour);
        g.setLineWidth(cell >= 14 ? 1 : 0.5);
        for (int r = rs[0]; r <= rs[1]; r++) {
            g.strokeLine(
                    x0 + cs[0] * cell, y0 + r * cell + 0.5, x0 + cs[1] * cell, y0 + r * cell + 0.5);
        }
        for (int c = cs[0]; c <= cs[1]; c++) {
            g.strokeLine(
                    x0 + c * cell + 0.5, y0 + rs[0] * cell, x0 + c * cell + 0.5, y0 + rs[1] * cell);
        }
    }

    private void drawValues(GraphicsContext g, int[] rs, int[] cs) {
        MapView map = getSkinnable();
        CellGrid grid = map.grid();
        double cell = grid.cell();
        double fontSize = cell * 0.38;
        MapView.Style style = map.style();
        if (style == MapView.Style.BINARY
                || style == MapView.Style.RGB
                || fontSize < 9
                || !map.showsValues()) {
            return;
        }
        g.setFont(
                Font.font(
                        "DejaVu Sans",
                        FontWeight.NORMAL,
                        Math.min(fontSize, 16 * map.display().getScale())));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        int decimals = cell >= 44 ? 2 : 1;
        int cols = map.getCols();
        double[] values = map.values();
        boolean[] blank = map.blankMask();
        Color dark = map.colours().valueDark.getValue();
        Color light = map.colours().valueLight.getValue();
        for (int r = rs[0]; r < rs[1]; r++) {
            for (int c = cs[0]; c < cs[1]; c++) {
                int i = r * cols + c;
                if (blank != null && blank[i]) {
                    continue;
                }
                // Dark or light text, whichever reads better on the cell's colour.
                g.setFill(DivergingColorMap.isLight(map.cells().argb(i)) ? dark : light);
                g.fillText(
                        NumberText.compact(values[i], decimals),
                        grid.originX() + (c + 0.5) * cell,
                        grid.originY() + (r + 0.5) * cell,
                        cell - 2);
            }
        }
    }

    private void drawMarks(GraphicsContext g) {
        MapView map = getSkinnable();
        double cell = map.grid().cell();
        if (map.marks().isEmpty() || cell < 5) {
            return;
        }
        double r = Math.max(2, cell * 0.2);
        g.setLineWidth(Math.max(1.5, cell * 0.08));
        Color halo = map.colours().markHalo.getValue();
        for (MapView.Mark m : map.marks()) {
            double cx = map.grid().originX() + (m.col() + 0.5) * cell;
            double cy = map.grid().originY() + (m.row() + 0.5) * cell;
            g.setFill(halo);
            g.fillOval(cx - r - 1.5, cy - r - 1.5, 2 * r + 3, 2 * r + 3);
            if (m.filled()) {
                g.setFill(m.color());
                g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
            } else {
                g.setStroke(m.color());
                g.strokeOval(cx - r + 1, cy - r + 1, 2 * r - 2, 2 * r - 2);
            }
        }
    }

    private void drawOutline(GraphicsContext g, MapView.Outline o) {
        MapView map = getSkinnable();
        DisplaySettings display = map.display();
        double cell = map.grid().cell();
        Window win = o.window();
        double lw = display.getOutlineWidth();
        // An inset keeps outlines of the same window (two filters at one position) both visible.
        double in = Math.min(o.inset(), Math.min(win.width(), win.height()) * cell / 3);
        double x = map.grid().originX() + win.left() * cell + in;
        double y = map.grid().originY() + win.top() * cell + in;
        double ww = win.width() * cell - 2 * in;
        double hh = win.height() * cell - 2 * in;
        g.setLineWidth(lw);
        g.setLineDashes(o.dashed() ? new double[] {lw * 2.5, lw * 1.5} : null);
        g.setStroke(map.colours().outlineHalo.getValue());
        g.setLineWidth(lw + 2);
        g.strokeRect(x, y, ww, hh);
        g.setLineWidth(lw);
        Color colour = map.colours().outline(o);
        g.setStroke(colour);
        g.strokeRect(x, y, ww, hh);
        g.setLineDashes(null);
        if (o.label() != null && !o.label().isEmpty()) {
            double fs = 13 * display.getScale();
            Font font = Font.font("DejaVu Sans", FontWeight.BOLD, fs);
            g.setFont(font);
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.BOTTOM);
            double ty = y - lw > fs ? y - lw : y + hh + fs + lw;
            double labelWidth = labelWidth(o.label(), font) + 4;
            // Keep the label inside the canvas even when the window touches the right edge.
            double lx = Math.max(0, Math.min(x, canvas.getWidth() - labelWidth));
            g.setFill(map.colours().labelBackground.getValue());
            g.fillRect(lx, ty - fs - 2, labelWidth, fs + 3);
            g.setFill(colour);
            g.fillText(o.label(), lx + 2, ty);
        }
    }

    /**
     * Measured, not estimated (a bold label at 150 % is wider than a per-character guess); kept for
     * the next frame.
     */
    private double labelWidth(String label, Font font) {
        if (!label.equals(measuredLabel) || !font.equals(measuredFont)) {
            Text t = new Text(label);
            t.setFont(font);
            measuredWidth = Math.ceil(t.getLayoutBounds().getWidth());
            measuredLabel = label;
            measuredFont = font;
        }
        return measuredWidth;
    }
}
