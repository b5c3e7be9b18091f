package org.convlab.view.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
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
 * A grid of numbers drawn as cells: a binary image (black on white), or a heat map in the shared
 * {@link DivergingColorMap}. Values are written in the cells when they are big enough to read.
 * Outlines mark windows (argmax, ties, the sliding kernel); hover and clicks are reported in cell
 * coordinates. The grid fits the space it is given, keeping cells square.
 */
public class MapView extends Region {
    /** How cells are coloured. */
    public enum Style {
        BINARY,
        DIVERGING,
        RGB
    }

    /** A rectangle drawn over the grid, in its cell coordinates (may reach outside it). */
    public record Outline(Window window, Color color, boolean dashed, String label, double inset) {
        /** An outline on the window's edge. */
        public Outline(Window window, Color color, boolean dashed, String label) {
            this(window, color, dashed, label, 0);
        }
    }

    /** A dot in a cell, e.g. a kernel tap: filled when it counts, hollow when it does not. */
    public record Mark(int row, int col, Color color, boolean filled) {}

    private final List<Mark> marks = new ArrayList<>();

    /** NaN bits: never a cell value (maps are finite), so it marks an empty colour-cache slot. */
    private static final long NO_KEY = 0x7ff8dead0000beefL;

    private final Canvas canvas = new Canvas();
    private final DisplaySettings display;
    private double[] values = new double[0];
    private int rows;
    private int cols;
    private Style style = Style.DIVERGING;
    private double[] rgb;
    private DivergingColorMap colorMap = new DivergingColorMap(0);
    private final List<Outline> outlines = new ArrayList<>();
    private boolean[] blank;
    private double cell;
    private double originX;
    private double originY;
    private final ReadOnlyObjectWrapper<int[]> hovered =
            new ReadOnlyObjectWrapper<>(this, "hovered");
    private BiConsumer<int[], MouseEvent> onCellPressed;
    private BiConsumer<int[], MouseEvent> onCellDragged;
    private BiConsumer<int[], MouseEvent> onCellReleased;
    private final ObjectProperty<String> description =
            new SimpleObjectProperty<>(this, "description", "");
    private WritableImage cellImage;
    private int[] pixels = new int[0];
    private boolean pixelsDirty = true;
    private double[] previous;
    private int dirtyFrom = -1;
    private int dirtyTo = -1;
    private boolean showValues = true;
    private double preferredCell = 18;

    public MapView(DisplaySettings display) {
        this.display = display;
        getChildren().add(canvas);
        getStyleClass().add("map-view");
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        display.scaleProperty().addListener((o, a, b) -> redraw());
        display.highContrastProperty().addListener((o, a, b) -> redraw());
        zoom.addListener((o, a, b) -> redraw());
        scrollX.addListener((o, a, b) -> redraw());
        scrollY.addListener((o, a, b) -> redraw());
        canvas.setOnMouseMoved(e -> hovered.set(cellAt(e.getX(), e.getY())));
        canvas.setOnMouseExited(e -> hovered.set(null));
        canvas.setOnMousePressed(e -> fire(onCellPressed, e));
        canvas.setOnMouseDragged(
                e -> {
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

    /**
     * Shows {@code values} (row-major rows×cols) in the given style; a diverging map fits ±max|v|.
     */
    public void setData(double[] newValues, int newRows, int newCols, Style newStyle) {
        checkLength(newValues, newRows, newCols);
        DivergingColorMap fitted = DivergingColorMap.fitting(newValues);
        boolean recolourRows =
                canRecolourRows(newRows, newCols, newStyle, fitted) && previous != null;
        if (recolourRows) {
            // A brush dab changes a few rows: recolour only those, not the whole 512×512 grid.
            markChangedRows(previous, newValues);
        }
        previous = newValues.clone();
        accept(newValues, newRows, newCols, newStyle, fitted, recolourRows);
    }

    /**
     * Shows {@code buffer} (row-major rows×cols), an array the caller keeps and updates in place,
     * on the scale {@code fitted}. When the same buffer was shown last, with the same shape, style
     * and scale, the caller vouches that only rows [changedFrom, changedTo] changed (−1 for none)
     * and just those are recoloured; this is what lets a brush dab on a 512×512 map cost a few rows
     * instead of a full copy, scan and comparison.
     */
    public void setRows(
            double[] buffer,
            int newRows,
            int newCols,
            Style newStyle,
            DivergingColorMap fitted,
            int changedFrom,
            int changedTo) {
        checkLength(buffer, newRows, newCols);
        boolean recolourRows =
                buffer == values && canRecolourRows(newRows, newCols, newStyle, fitted);
        if (recolourRows && changedFrom >= 0) {
            dirtyFrom = dirtyFrom < 0 ? changedFrom : Math.min(dirtyFrom, changedFrom);
            dirtyTo = Math.max(dirtyTo, changedTo);
        }
        previous = null;
        accept(buffer, newRows, newCols, newStyle, fitted, recolourRows);
    }

    private static void checkLength(double[] values, int rows, int cols) {
        if (values.length != rows * cols) {
            throw new IllegalArgumentException(
                    "map data has " + values.length + " values for " + rows + "×" + cols);
        }
    }

    /**
     * Whether new data of this shape, style and scale can be drawn by recolouring changed rows
     * only.
     */
    private boolean canRecolourRows(
            int newRows, int newCols, Style newStyle, DivergingColorMap fitted) {
        return newRows == rows
                && newCols == cols
                && newStyle == style
                && rgb == null
                && blank == null
                && !pixelsDirty
                && cellImage != null
                && fitted.limit() == colorMap.limit();
    }

    private void accept(
            double[] newValues,
            int newRows,
            int newCols,
            Style newStyle,
            DivergingColorMap fitted,
            boolean recolourRows) {
        if (!recolourRows) {
            pixelsDirty = true;
        }
        boolean sameShape = newRows == rows && newCols == cols;
        values = newValues;
        rows = newRows;
        cols = newCols;
        style = newStyle;
        rgb = null;
        colorMap = fitted;
        blank = null;
        if (!sameShape) {
            requestLayout();
        }
        scheduleRedraw();
    }

    private void markChangedRows(double[] before, double[] after) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < after.length; i++) {
            if (Double.doubleToRawLongBits(before[i]) != Double.doubleToRawLongBits(after[i])) {
                if (first < 0) {
                    first = i / cols;
                }
                last = i / cols;
            }
        }
        if (first >= 0) {
            dirtyFrom = dirtyFrom < 0 ? first : Math.min(dirtyFrom, first);
            dirtyTo = Math.max(dirtyTo, last);
        }
    }

    /**
     * Redraws once in the next layout pass rather than at every setter, so setting data, scale and
     * mask together costs one redraw; only this region is marked, so the screen is not laid out
     * again.
     */
    private void scheduleRedraw() {
        setNeedsLayout(true);
    }

    /**
     * Shows a three-channel image (planar {@code [c][y][x]}, values 0..1) in its own colours.
     * Values outside 0..1 are drawn at the nearest end; the data itself is not changed. Hover and
     * cell events report cells as for any map; {@link #getRows()}/{@link #getCols()} are the
     * image's.
     */
    public void setRgbData(double[] planar, int newRows, int newCols) {
        if (planar.length != 3 * newRows * newCols) {
            throw new IllegalArgumentException(
                    "RGB data has " + planar.length + " values for 3×" + newRows + "×" + newCols);
        }
        setData(Arrays.copyOf(planar, newRows * newCols), newRows, newCols, Style.DIVERGING);
        rgb = planar;
        style = Style.RGB;
        pixelsDirty = true;
        scheduleRedraw();
    }

    /** Uses a fixed colour scale instead of fitting the data, e.g. to compare maps on one scale. */
    public void setColorMap(DivergingColorMap map) {
        colorMap = map;
        pixelsDirty = true;
        scheduleRedraw();
    }

    public DivergingColorMap getColorMap() {
        return colorMap;
    }

    /** Cells drawn as empty (hatched), e.g. where a combined map is undefined; null for none. */
    public void setBlank(boolean[] mask) {
        if (mask == blank || (mask != null && blank != null && Arrays.equals(mask, blank))) {
            return;
        }
        blank = mask;
        pixelsDirty = true;
        scheduleRedraw();
    }

    public void setOutlines(List<Outline> list) {
        outlines.clear();
        outlines.addAll(list);
        scheduleRedraw();
    }

    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);

    /**
     * Magnification over "fit the whole grid"; above 1 only part of the grid shows (see scrollX/Y).
     */
    public double getZoom() {
        return zoom.get();
    }

    public void setZoom(double value) {
        zoom.set(Math.max(1, value));
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    private final DoubleProperty scrollX = new SimpleDoubleProperty(this, "scrollX", 0);

    /** Horizontal pan when zoomed in: 0 shows the left edge, 1 the right edge. */
    public DoubleProperty scrollXProperty() {
        return scrollX;
    }

    private final DoubleProperty scrollY = new SimpleDoubleProperty(this, "scrollY", 0);

    /** Vertical pan when zoomed in: 0 shows the top edge, 1 the bottom edge. */
    public DoubleProperty scrollYProperty() {
        return scrollY;
    }

    /** Whether numbers are written in cells that are big enough (heat maps only). */
    public void setShowValues(boolean show) {
        showValues = show;
        scheduleRedraw();
    }

    /**
     * Cell side in pixels this map asks for (before the 480 px cap); small kernels ask for more.
     */
    public void setPreferredCellSize(double px) {
        preferredCell = px;
        requestLayout();
    }

    /** Pans so that cell (row, col) is in view, e.g. while the kernel slides over a zoomed grid. */
    public void scrollToCell(int row, int col) {
        if (getZoom() <= 1 || cell <= 0) {
            return;
        }
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        double cw = cell * cols;
        double ch = cell * rows;
        double x = originX + col * cell;
        double y = originY + row * cell;
        if (cw > w && (x < 0 || x + cell > w)) {
            scrollX.set(clamp01((col * cell - w / 2) / (cw - w)));
        }
        if (ch > h && (y < 0 || y + cell > h)) {
            scrollY.set(clamp01((row * cell - h / 2) / (ch - h)));
        }
    }

    private static double clamp01(double v) {
        return Math.max(0, Math.min(1, v));
    }

    /** Dots drawn in cells (under the outlines); an empty list removes them. */
    public void setMarks(List<Mark> list) {
        marks.clear();
        marks.addAll(list);
        scheduleRedraw();
    }

    public List<Mark> getMarks() {
        return List.copyOf(marks);
    }

    /** The outlines currently drawn. */
    public List<Outline> getOutlines() {
        return List.copyOf(outlines);
    }

    /**
     * The colour cell (row, col) has in the picture last drawn (opaque ARGB; 0 before the first
     * drawing): what a user sees there, for tests of which rows a new map recolours.
     */
    public int drawnArgb(int row, int col) {
        int i = row * cols + col;
        return cellImage == null || i >= pixels.length ? 0 : pixels[i];
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
        return new int[] {
            (int) Math.floor((y - originY) / cell), (int) Math.floor((x - originX) / cell)
        };
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        redraw();
    }

    @Override
    protected double computePrefWidth(double height) {
        return Math.max(160, Math.min(480, cols * preferredCell * display.getScale()));
    }

    @Override
    protected double computePrefHeight(double width) {
        return Math.max(160, Math.min(480, rows * preferredCell * display.getScale()));
    }

    /**
     * Redraws everything. Cells go through one pixel-per-cell image scaled without smoothing, so a
     * 512×512 grid costs one image upload, not 262,144 rectangle fills; lines and numbers are drawn
     * only for the visible cells.
     */
    public void redraw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (rows == 0 || cols == 0 || w <= 0 || h <= 0) {
            return;
        }
        double fit = Math.min(w / cols, h / rows);
        cell = Math.max(0.5, fit * getZoom());
        double cw = cell * cols;
        double ch = cell * rows;
        originX =
                cw <= w ? Math.floor((w - cw) / 2) : -Math.floor(clamp01(scrollX.get()) * (cw - w));
        originY =
                ch <= h ? Math.floor((h - ch) / 2) : -Math.floor(clamp01(scrollY.get()) * (ch - h));
        if (pixelsDirty || cellImage == null || dirtyFrom >= 0) {
            rebuildPixels();
        }
        int c0 = Math.max(0, (int) Math.floor(-originX / cell));
        int c1 = Math.min(cols, (int) Math.ceil((w - originX) / cell));
        int r0 = Math.max(0, (int) Math.floor(-originY / cell));
        int r1 = Math.min(rows, (int) Math.ceil((h - originY) / cell));
        if (c1 <= c0 || r1 <= r0) {
            return;
        }
        g.setImageSmoothing(false);
        g.drawImage(
                cellImage,
                c0,
                r0,
                c1 - c0,
                r1 - r0,
                originX + c0 * cell,
                originY + r0 * cell,
                (c1 - c0) * cell,
                (r1 - r0) * cell);
        boolean hc = display.isHighContrast();
        if (cell >= 6) {
            g.setStroke(hc ? Color.gray(0.35) : Color.gray(0.78));
            g.setLineWidth(cell >= 14 ? 1 : 0.5);
            for (int r = r0; r <= r1; r++) {
                g.strokeLine(
                        originX + c0 * cell,
                        originY + r * cell + 0.5,
                        originX + c1 * cell,
                        originY + r * cell + 0.5);
            }
            for (int c = c0; c <= c1; c++) {
                g.strokeLine(
                        originX + c * cell + 0.5,
                        originY + r0 * cell,
                        originX + c * cell + 0.5,
                        originY + r1 * cell);
            }
        }
        drawValues(g, r0, r1, c0, c1);
        // A frame around the grid, so blank cells (a map still being computed) keep their shape.
        g.setStroke(hc ? Color.BLACK : Color.gray(0.6));
        g.setLineWidth(1);
        g.strokeRect(
                Math.floor(originX) + 0.5,
                Math.floor(originY) + 0.5,
                Math.round(cw) - 1,
                Math.round(ch) - 1);
        drawMarks(g);
        for (Outline o : outlines) {
            drawOutline(g, o);
        }
    }

    private void rebuildPixels() {
        if (cellImage == null
                || (int) cellImage.getWidth() != cols
                || (int) cellImage.getHeight() != rows) {
            cellImage = new WritableImage(cols, rows);
        }
        if (pixels.length != rows * cols) {
            pixels = new int[rows * cols];
        }
        int rowFrom = 0;
        int rowTo = rows - 1;
        if (!pixelsDirty) {
            rowFrom = dirtyFrom;
            rowTo = dirtyTo;
        }
        int blankArgb = 0xFFF7F7F7;
        // Maps hold few distinct values (small integers on binary inputs), so colours are memoised.
        long[] keys = new long[256];
        int[] colours = new int[256];
        Arrays.fill(keys, NO_KEY);
        for (int i = rowFrom * cols; i < (rowTo + 1) * cols; i++) {
            double v = values[i];
            if (blank != null && blank[i]) {
                pixels[i] = blankArgb;
            } else if (style == Style.RGB) {
                int n = rows * cols;
                pixels[i] =
                        0xFF000000
                                | channel8(rgb[i]) << 16
                                | channel8(rgb[n + i]) << 8
                                | channel8(rgb[2 * n + i]);
            } else if (style == Style.BINARY) {
                int grey =
                        v == 0
                                ? 255
                                : (v == 1
                                        ? 0
                                        : (int) Math.round(255 * Math.max(0, Math.min(1, 1 - v))));
                pixels[i] = 0xFF000000 | grey << 16 | grey << 8 | grey;
            } else {
                long bits = Double.doubleToRawLongBits(v);
                int slot = (int) (bits ^ (bits >>> 29) ^ (bits >>> 47)) & 255;
                if (keys[slot] != bits) {
                    keys[slot] = bits;
                    colours[slot] = colorMap.argb(v);
                }
                pixels[i] = colours[slot];
            }
        }
        cellImage
                .getPixelWriter()
                .setPixels(
                        0,
                        rowFrom,
                        cols,
                        rowTo - rowFrom + 1,
                        PixelFormat.getIntArgbPreInstance(),
                        pixels,
                        rowFrom * cols,
                        cols);
        pixelsDirty = false;
        dirtyFrom = -1;
        dirtyTo = -1;
    }

    private static int channel8(double v) {
        return (int) Math.round(255 * Math.max(0, Math.min(1, v)));
    }

    private void drawValues(GraphicsContext g, int r0, int r1, int c0, int c1) {
        double fontSize = cell * 0.38;
        if (style == Style.BINARY || style == Style.RGB || fontSize < 9 || !showValues) {
            return;
        }
        g.setFont(
                Font.font(
                        "DejaVu Sans",
                        FontWeight.NORMAL,
                        Math.min(fontSize, 16 * display.getScale())));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        int decimals = cell >= 44 ? 2 : 1;
        for (int r = r0; r < r1; r++) {
            for (int c = c0; c < c1; c++) {
                int i = r * cols + c;
                if (blank != null && blank[i]) {
                    continue;
                }
                g.setFill(argb(colorMap.textArgb(values[i])));
                g.fillText(
                        NumberText.compact(values[i], decimals),
                        originX + (c + 0.5) * cell,
                        originY + (r + 0.5) * cell,
                        cell - 2);
            }
        }
    }

    private void drawMarks(GraphicsContext g) {
        if (marks.isEmpty() || cell < 5) {
            return;
        }
        double r = Math.max(2, cell * 0.2);
        g.setLineWidth(Math.max(1.5, cell * 0.08));
        for (Mark m : marks) {
            double cx = originX + (m.col() + 0.5) * cell;
            double cy = originY + (m.row() + 0.5) * cell;
            g.setFill(Color.WHITE);
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

    private void drawOutline(GraphicsContext g, Outline o) {
        Window win = o.window();
        double lw = display.getOutlineWidth();
        // An inset keeps outlines of the same window (two filters at one position) both visible.
        double in = Math.min(o.inset(), Math.min(win.width(), win.height()) * cell / 3);
        double x = originX + win.left() * cell + in;
        double y = originY + win.top() * cell + in;
        double ww = win.width() * cell - 2 * in;
        double hh = win.height() * cell - 2 * in;
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
            double fs = 13 * display.getScale();
            Font font = Font.font("DejaVu Sans", FontWeight.BOLD, fs);
            g.setFont(font);
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.BOTTOM);
            double ty = y - lw > fs ? y - lw : y + hh + fs + lw;
            double labelWidth = labelWidth(o.label(), font) + 4;
            // Keep the label inside the canvas even when the window touches the right edge.
            double lx = Math.max(0, Math.min(x, canvas.getWidth() - labelWidth));
            g.setFill(Color.WHITE);
            g.fillRect(lx, ty - fs - 2, labelWidth, fs + 3);
            g.setFill(o.color());
            g.fillText(o.label(), lx + 2, ty);
        }
    }

    private String measuredLabel;
    private Font measuredFont;
    private double measuredWidth;

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

    private static Color argb(int c) {
        return Color.rgb((c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF);
    }
}
