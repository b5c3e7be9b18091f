package org.convlab.view.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import org.convlab.conv.Cell;
import org.convlab.conv.DivergingColorMap;
import org.convlab.conv.Window;
import org.convlab.viewmodel.DisplaySettings;

/**
 * A grid of numbers drawn as cells: a binary image (ink on paper), or a heat map in the shared
 * {@link DivergingColorMap}. Values are written in the cells when they are big enough to read.
 * Outlines mark windows (argmax, ties, the sliding kernel); hover and clicks are reported in cell
 * coordinates. The grid fits the space it is given, keeping cells square.
 *
 * <p>This control holds what is shown; {@link MapViewSkin} paints it. The colours are the {@code
 * -cl-*} properties of map-view.css, which the high-contrast stylesheet overrides.
 */
public final class MapView extends Control {
    /** How cells are coloured. */
    public enum Style {
        BINARY,
        DIVERGING,
        RGB
    }

    /**
     * A rectangle drawn over the grid, in its cell coordinates (may reach outside it). Its colour
     * is its role's stylesheet colour; {@code color} is used only for {@link OutlineRole#GIVEN}.
     */
    public record Outline(
            Window window,
            OutlineRole role,
            Color color,
            boolean dashed,
            String label,
            double inset) {
        /** An outline on the window's edge, in the stylesheet's colour for {@code role}. */
        public Outline(Window window, OutlineRole role, boolean dashed, String label) {
            this(window, role, null, dashed, label, 0);
        }

        /** An outline in the caller's colour (e.g. a filter's own), {@code inset} pixels in. */
        public Outline(Window window, Color color, boolean dashed, String label, double inset) {
            this(window, OutlineRole.GIVEN, color, dashed, label, inset);
        }

        /** An outline in the caller's colour on the window's edge. */
        public Outline(Window window, Color color, boolean dashed, String label) {
            this(window, color, dashed, label, 0);
        }
    }

    /** A dot in a cell, e.g. a kernel tap: filled when it counts, hollow when it does not. */
    public record Mark(int row, int col, Color color, boolean filled) {}

    private static final String STYLESHEET =
            MapView.class.getResource("map-view.css").toExternalForm();

    private final MapColours colours = new MapColours(this);
    private final DisplaySettings display;
    private final CellGrid grid = new CellGrid();
    private final CellColours cells = new CellColours();
    private final List<Mark> marks = new ArrayList<>();
    private final List<Outline> outlines = new ArrayList<>();
    private double[] values = new double[0];
    private int rows;
    private int cols;
    private Style style = Style.DIVERGING;
    private double[] rgb;
    private DivergingColorMap colorMap = new DivergingColorMap(0);
    private boolean[] blank;
    private double[] previous;
    private boolean showValues = true;
    private double preferredCell = 18;
    private final CellPointer pointer = new CellPointer(this, grid, () -> rows, () -> cols);
    private final ObjectProperty<String> description =
            new SimpleObjectProperty<>(this, "description", "");

    public MapView(DisplaySettings display) {
        this.display = display;
        getStyleClass().add("map-view");
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        // Any new colour from a stylesheet (high contrast on or off) recolours every cell.
        colours.onChange(
                () -> {
                    cells.invalidate();
                    scheduleRedraw();
                });
        description.addListener((o, a, b) -> setAccessibleText(b));
        setMinSize(40, 40);
        setPrefSize(320, 320);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new MapViewSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return STYLESHEET;
    }

    @Override
    protected List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return MapColours.cssMetaData();
    }

    /** A map is looked at and pointed at, not typed into, so Tab passes it by. */
    @Override
    protected Boolean getInitialFocusTraversable() {
        return Boolean.FALSE;
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
            cells.rowsChanged(previous, newValues, cols);
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
            cells.rowsChanged(changedFrom, changedTo);
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
                && cells.isCurrent()
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
            cells.invalidate();
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

    /**
     * Redraws once in the next layout pass rather than at every setter, so setting data, scale and
     * mask together costs one redraw; only this control is marked, so the screen is not laid out
     * again.
     */
    void scheduleRedraw() {
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
        cells.invalidate();
        scheduleRedraw();
    }

    /**
     * As {@link #setRgbData}, for the next picture of the same size: only rows {@code changedFrom}
     * … {@code changedTo} are copied and coloured again (none when {@code changedFrom} is −1), so a
     * brush dab on a large colour image does not recolour every cell. {@code planar} may be the
     * array passed last time, changed in those rows.
     */
    public void setRgbRows(
            double[] planar, int newRows, int newCols, int changedFrom, int changedTo) {
        boolean sameShape =
                style == Style.RGB
                        && rgb != null
                        && blank == null
                        && newRows == rows
                        && newCols == cols
                        && planar.length == rgb.length
                        && cells.isCurrent();
        if (!sameShape) {
            setRgbData(planar, newRows, newCols);
            return;
        }
        rgb = planar;
        if (changedFrom >= 0) {
            // values holds the first plane (hover and descriptions read it): only the changed rows.
            int from = changedFrom * cols;
            System.arraycopy(planar, from, values, from, (changedTo - changedFrom + 1) * cols);
            cells.rowsChanged(changedFrom, changedTo);
        }
        scheduleRedraw();
    }

    /** Uses a fixed colour scale instead of fitting the data, e.g. to compare maps on one scale. */
    public void setColorMap(DivergingColorMap map) {
        colorMap = map;
        cells.invalidate();
        scheduleRedraw();
    }

    public DivergingColorMap getColorMap() {
        return colorMap;
    }

    /** Cells drawn as empty (hatched), e.g. where a combined map is undefined; null for none. */
    public void setBlank(boolean[] mask) {
        if (mask == blank) {
            return;
        }
        boolean[] before = blank;
        blank = mask;
        if (before != null && mask != null && before.length == mask.length && cols > 0) {
            // The slide reveals a cell or a row at a time: colour only the rows it changed.
            if (!cells.rowsChanged(before, mask, cols)) {
                return;
            }
        } else {
            cells.invalidate();
        }
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
        if (getZoom() <= 1) {
            return;
        }
        double[] scroll = grid.scrollToShow(row, col, rows, cols);
        if (!Double.isNaN(scroll[0])) {
            scrollX.set(scroll[0]);
        }
        if (!Double.isNaN(scroll[1])) {
            scrollY.set(scroll[1]);
        }
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
        return cells.argb(row * cols + col);
    }

    public int getRows() {
        return rows;
    }

    public int getCols() {
        return cols;
    }

    /** Side of one cell in pixels as last laid out. */
    public double getCellSize() {
        return grid.cell();
    }

    /** The cell under the mouse, or null. */
    public ReadOnlyObjectProperty<Cell> hoveredProperty() {
        return pointer.hoveredProperty();
    }

    public void setOnCellPressed(BiConsumer<Cell, MouseEvent> h) {
        pointer.onPressed = h;
    }

    public void setOnCellDragged(BiConsumer<Cell, MouseEvent> h) {
        pointer.onDragged = h;
    }

    public void setOnCellReleased(BiConsumer<Cell, MouseEvent> h) {
        pointer.onReleased = h;
    }

    /** Text screen readers announce for this map (what it is, the current argmax, …). */
    public ObjectProperty<String> descriptionProperty() {
        return description;
    }

    /** Pixel position of cell (row, col)'s top-left corner inside this control. */
    public double[] cellOrigin(int row, int col) {
        return grid.origin(row, col);
    }

    /**
     * Redraws everything now (normally a change waits for the next layout pass). Nothing is drawn
     * before the control has its skin, i.e. before it is first styled in a scene.
     */
    public void redraw() {
        if (getSkin() instanceof MapViewSkin skin) {
            skin.paint();
        }
    }

    // What the skin reads and reports; the skin paints, this control keeps the state.

    DisplaySettings display() {
        return display;
    }

    CellGrid grid() {
        return grid;
    }

    CellColours cells() {
        return cells;
    }

    MapColours colours() {
        return colours;
    }

    double[] values() {
        return values;
    }

    Style style() {
        return style;
    }

    double[] rgbPlanes() {
        return rgb;
    }

    boolean[] blankMask() {
        return blank;
    }

    boolean showsValues() {
        return showValues;
    }

    double preferredCellSize() {
        return preferredCell;
    }

    List<Mark> marks() {
        return marks;
    }

    List<Outline> outlines() {
        return outlines;
    }

    CellPointer pointer() {
        return pointer;
    }
}
