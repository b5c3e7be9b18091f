package org.convlab.view.params;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Affine;
import org.convlab.conv.DenseEquivalent;
import org.convlab.lessons.params.WeightPalette;
import org.convlab.viewmodel.DisplaySettings;
import org.convlab.viewmodel.params.MatrixViewModel;

/**
 * The dense-equivalent matrix, one cell per entry: zeros blank, every other entry in the colour of
 * the kernel weight it is, with the weight's index written in when the cell is big enough, so
 * colour is never the only cue. Thin rules separate image rows (every W columns, every W′ rows) and
 * thick ones channels and filters, which makes the banded structure plain. Each row is labelled on
 * the left with its output (y′,x′) and each column on top with its input (y,x). The matrix fits the
 * width it is given: the cell size is that width over the number of columns, so every column is in
 * view. Pointer or arrow keys pick a cell; the view model names it.
 */
final class DenseMatrixCanvas extends Region {
    /** Smallest cell: the largest matrix drawn (144 columns) still fits a narrow window. */
    private static final double MIN_CELL = 4;

    /** Largest cell at scale 1; a small matrix on a wide screen is not blown up past this. */
    private static final double MAX_CELL = 28;

    /** Below this size (at scale 1) the index would be unreadable, so only the colour is drawn. */
    static final double MIN_TEXT_CELL = 15;

    /** Largest label font at scale 1, and the smallest that is still drawn at all. */
    private static final double LABEL_FONT = 13;

    private static final double MIN_LABEL_FONT = 9;
    private static final double LABEL_PAD = 4;

    private static final String STYLESHEET =
            DenseMatrixCanvas.class.getResource("dense-matrix.css").toExternalForm();

    private final MatrixColours colours = new MatrixColours(this);

    /** A stylesheet changed a colour or width: redrawn once, at the next layout pass. */
    private boolean restyled;

    private final MatrixViewModel model;
    private final DisplaySettings display;
    private final Canvas canvas = new Canvas();
    private double cell = 20;

    /**
     * Where the grid starts inside this region: after the row labels and below the column labels.
     */
    private double gridX;

    private double gridY;

    DenseMatrixCanvas(MatrixViewModel model, DisplaySettings display) {
        this.model = model;
        this.display = display;
        setId("matrix-canvas");
        getStyleClass().add("matrix-canvas");
        getChildren().add(canvas);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        accessibleTextProperty()
                .bind(
                        Bindings.createStringBinding(
                                () ->
                                        model.getHoverText().isEmpty()
                                                ? "Dense matrix of the small conv layer, "
                                                        + model.getSizeText()
                                                        + ". Point at a cell or use the arrow keys."
                                                : model.getHoverText(),
                                model.hoverTextProperty(),
                                model.sizeTextProperty()));
        model.matrixProperty()
                .addListener(
                        (obs, was, now) -> {
                            requestLayout();
                            redraw();
                        });
        model.hoverRowProperty().addListener((obs, was, now) -> redraw());
        model.hoverColProperty().addListener((obs, was, now) -> redraw());
        ChangeListener<Number> resized =
                (obs, was, now) -> {
                    requestLayout();
                    redraw();
                };
        display.scaleProperty().addListener(resized);
        // High contrast thickens the hover outline: a size, so it comes from the settings.
        display.outlineWidthBinding().addListener(resized);
        colours.onChange(
                () -> {
                    restyled = true;
                    setNeedsLayout(true);
                });
        setOnMouseMoved(this::pointAt);
        setOnMouseExited(e -> model.hover(-1, -1));
        // Consumed so the surrounding scroll pane does not take the focus the arrow keys need.
        setOnMousePressed(
                e -> {
                    requestFocus();
                    e.consume();
                });
        addEventHandler(KeyEvent.KEY_PRESSED, this::move);
        focusedProperty()
                .addListener(
                        (obs, was, now) -> {
                            if (now
                                    && model.getMatrix() != null
                                    && model.hoverRowProperty().get() < 0) {
                                model.hover(0, 0);
                            }
                        });
        redraw();
    }

    @Override
    public String getUserAgentStylesheet() {
        return STYLESHEET;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return MatrixColours.cssMetaData();
    }

    MatrixColours colours() {
        return colours;
    }

    /** Pixel size of one cell as drawn now. */
    double cellSize() {
        return cell;
    }

    /** The centre of cell (row, col) in this region's coordinates. */
    Point2D cellCentre(int row, int col) {
        return new Point2D(gridX + col * cell + cell / 2, gridY + row * cell + cell / 2);
    }

    /** Every how many rows and columns a label is written now (1: all of them). */
    int labelStep() {
        return labelStep(cell);
    }

    /**
     * Row {@code r}'s label: its output (y′,x′), with "filter:" in front when there are several.
     */
    String rowLabel(int r) {
        return rowLabel(model.getMatrix(), r);
    }

    /**
     * Column {@code c}'s label: its input (y,x), with "channel:" in front when there are several.
     */
    String columnLabel(int c) {
        return colLabel(model.getMatrix(), c);
    }

    /** The width the matrix needs with cells big enough to carry their weight's index. */
    double readableWidth() {
        DenseEquivalent m = model.getMatrix();
        return m == null
                ? 0
                : rowLabelWidth(MIN_TEXT_CELL * display.getScale())
                        + m.cols() * MIN_TEXT_CELL * display.getScale()
                        + 1;
    }

    /** The cell size that fits {@code width}, within the bounds above. */
    private double cellFor(double width) {
        DenseEquivalent m = model.getMatrix();
        if (m == null) {
            return 0;
        }
        double max = Math.round(MAX_CELL * display.getScale());
        double c = Math.floor(max);
        // The row labels are sized from the cell, so step down until both fit.
        while (c > MIN_CELL
                && rowLabelWidth(c) + c * m.cols() + display.getOutlineWidth() > width) {
            c--;
        }
        return Math.max(MIN_CELL, c);
    }

    /** Font size of the row and column labels for cells of side {@code c}. */
    private double labelFont(double c) {
        return Math.max(MIN_LABEL_FONT, Math.min(LABEL_FONT * display.getScale(), c * 0.75));
    }

    /** Every how many rows or columns a label is written, so that labels never overlap. */
    private int labelStep(double c) {
        return (int) Math.max(1, Math.ceil(labelFont(c) * 1.2 / c));
    }

    private String rowLabel(DenseEquivalent m, int r) {
        int ow = m.geometry().outWidth();
        int perFilter = m.rows() / m.filters();
        String yx = (r % perFilter) / ow + "," + r % ow;
        return m.filters() > 1 ? r / perFilter + ":" + yx : yx;
    }

    private String colLabel(DenseEquivalent m, int c) {
        int iw = m.geometry().inWidth();
        int perChannel = m.cols() / m.channels();
        String yx = (c % perChannel) / iw + "," + c % iw;
        return m.channels() > 1 ? c / perChannel + ":" + yx : yx;
    }

    private double textWidth(String s, double font) {
        Text t = new Text(s);
        t.setFont(Font.font("System", font));
        return t.getLayoutBounds().getWidth();
    }

    /**
     * Width of the band of row labels: the widest label (the last has the most digits) and a gap.
     */
    private double rowLabelWidth(double c) {
        DenseEquivalent m = model.getMatrix();
        if (m == null) {
            return 0;
        }
        return Math.ceil(textWidth(rowLabel(m, m.rows() - 1), labelFont(c)) + 2 * LABEL_PAD);
    }

    /** Height of the band of column labels, which are written upwards. */
    private double colLabelHeight(double c) {
        DenseEquivalent m = model.getMatrix();
        if (m == null) {
            return 0;
        }
        return Math.ceil(textWidth(colLabel(m, m.cols() - 1), labelFont(c)) + 2 * LABEL_PAD);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        DenseEquivalent m = model.getMatrix();
        return m == null
                ? 0
                : rowLabelWidth(MIN_CELL) + MIN_CELL * m.cols() + display.getOutlineWidth();
    }

    @Override
    protected double computePrefWidth(double height) {
        DenseEquivalent m = model.getMatrix();
        double max = Math.round(MAX_CELL * display.getScale());
        return m == null ? 0 : rowLabelWidth(max) + max * m.cols() + display.getOutlineWidth();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        DenseEquivalent m = model.getMatrix();
        if (m == null) {
            return 0;
        }
        double c = cellFor(width < 0 ? computePrefWidth(-1) : width);
        return colLabelHeight(c) + c * m.rows() + display.getOutlineWidth();
    }

    @Override
    protected double computeMaxWidth(double height) {
        return Double.MAX_VALUE;
    }

    private void pointAt(MouseEvent e) {
        DenseEquivalent m = model.getMatrix();
        if (m == null) {
            return;
        }
        int col = (int) Math.floor((e.getX() - gridX) / cell);
        int row = (int) Math.floor((e.getY() - gridY) / cell);
        if (row >= 0 && row < m.rows() && col >= 0 && col < m.cols()) {
            model.hover(row, col);
        } else {
            model.hover(-1, -1);
        }
    }

    private void move(KeyEvent e) {
        DenseEquivalent m = model.getMatrix();
        if (m == null) {
            return;
        }
        int r = Math.max(0, model.hoverRowProperty().get());
        int c = Math.max(0, model.hoverColProperty().get());
        switch (e.getCode()) {
            case UP:
                r = Math.max(0, r - 1);
                break;
            case DOWN:
                r = Math.min(m.rows() - 1, r + 1);
                break;
            case LEFT:
                c = Math.max(0, c - 1);
                break;
            case RIGHT:
                c = Math.min(m.cols() - 1, c + 1);
                break;
            default:
                return;
        }
        model.hover(r, c);
        e.consume();
    }

    private void redraw() {
        DenseEquivalent m = model.getMatrix();
        GraphicsContext g = canvas.getGraphicsContext2D();
        if (m == null) {
            canvas.setWidth(0);
            canvas.setHeight(0);
            return;
        }
        cell = cellFor(getWidth() > 0 ? getWidth() : computePrefWidth(-1));
        gridX = rowLabelWidth(cell);
        gridY = colLabelHeight(cell);
        double w = cell * m.cols();
        double h = cell * m.rows();
        double outline = display.getOutlineWidth();
        canvas.setWidth(gridX + w + outline);
        canvas.setHeight(gridY + h + outline);
        g.setTransform(new Affine());
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        drawLabels(g, m);
        g.translate(gridX, gridY);
        g.setFill(colours.paper.getValue());
        g.fillRect(0, 0, w + outline, h + outline);

        boolean text = cell >= MIN_TEXT_CELL;
        g.setFont(Font.font("System", FontWeight.BOLD, Math.max(9, cell * 0.5)));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int r = 0; r < m.rows(); r++) {
            for (int c = 0; c < m.cols(); c++) {
                int k = m.weightIndex(r, c);
                if (k < 0) {
                    continue;
                }
                g.setFill(argb(WeightPalette.argb(k)));
                g.fillRect(c * cell, r * cell, cell, cell);
                if (text) {
                    g.setFill(
                            WeightPalette.wantsLightText(k)
                                    ? colours.valueLight.getValue()
                                    : colours.valueDark.getValue());
                    g.fillText(Integer.toString(k), c * cell + cell / 2, r * cell + cell / 2);
                }
            }
        }
        // Cell rules, then image-row rules, then channel and filter rules on top.
        g.setStroke(colours.cellRule.getValue());
        g.setLineWidth(1);
        for (int c = 0; c <= m.cols(); c++) {
            line(g, c * cell, 0, c * cell, h);
        }
        for (int r = 0; r <= m.rows(); r++) {
            line(g, 0, r * cell, w, r * cell);
        }
        int inW = m.geometry().inWidth();
        int outW = m.geometry().outWidth();
        int perChannel = m.cols() / m.channels();
        int perFilter = m.rows() / m.filters();
        g.setStroke(colours.imageRule.getValue());
        g.setLineWidth(colours.imageRuleWidth.getValue().doubleValue());
        for (int c = inW; c < m.cols(); c += inW) {
            if (c % perChannel != 0) {
                line(g, c * cell, 0, c * cell, h);
            }
        }
        for (int r = outW; r < m.rows(); r += outW) {
            if (r % perFilter != 0) {
                line(g, 0, r * cell, w, r * cell);
            }
        }
        g.setStroke(colours.channelRule.getValue());
        g.setLineWidth(colours.channelRuleWidth.getValue().doubleValue());
        for (int c = perChannel; c < m.cols(); c += perChannel) {
            line(g, c * cell, 0, c * cell, h);
        }
        for (int r = perFilter; r < m.rows(); r += perFilter) {
            line(g, 0, r * cell, w, r * cell);
        }
        g.setStroke(colours.frame.getValue());
        g.setLineWidth(colours.frameWidth.getValue().doubleValue());
        g.strokeRect(0.5, 0.5, w, h);

        int hr = model.hoverRowProperty().get();
        int hc = model.hoverColProperty().get();
        if (hr >= 0 && hc >= 0 && hr < m.rows() && hc < m.cols()) {
            // The whole row (one output) and column (one input) faintly, the cell itself boldly.
            g.setFill(colours.hoverBand.getValue());
            g.fillRect(0, hr * cell, w, cell);
            g.fillRect(hc * cell, 0, cell, h);
            g.setStroke(colours.hoverCell.getValue());
            g.setLineWidth(outline);
            g.strokeRect(hc * cell + outline / 2, hr * cell + outline / 2, cell, cell);
        }
    }

    /** Row labels right-aligned against the grid, column labels written upwards above it. */
    private void drawLabels(GraphicsContext g, DenseEquivalent m) {
        double font = labelFont(cell);
        int step = labelStep(cell);
        g.setFill(colours.label.getValue());
        g.setFont(Font.font("System", font));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        for (int r = 0; r < m.rows(); r += step) {
            g.fillText(rowLabel(m, r), gridX - LABEL_PAD, gridY + r * cell + cell / 2);
        }
        g.setTextAlign(TextAlignment.LEFT);
        for (int c = 0; c < m.cols(); c += step) {
            g.save();
            g.translate(gridX + c * cell + cell / 2, gridY - LABEL_PAD);
            g.rotate(-90);
            g.fillText(colLabel(m, c), 0, 0);
            g.restore();
        }
    }

    private static void line(GraphicsContext g, double x0, double y0, double x1, double y1) {
        g.strokeLine(
                Math.round(x0) + 0.5,
                Math.round(y0) + 0.5,
                Math.round(x1) + 0.5,
                Math.round(y1) + 0.5);
    }

    static Color argb(int argb) {
        return Color.rgb(argb >> 16 & 0xFF, argb >> 8 & 0xFF, argb & 0xFF, (argb >>> 24) / 255.0);
    }

    private double drawnWidth = -1;

    @Override
    protected void layoutChildren() {
        canvas.relocate(0, 0);
        if (restyled) {
            restyled = false;
            redraw();
            drawnWidth = getWidth();
            return;
        }
        // Redrawn when the width changes the cell size (the width is what the panel gives it).
        if (getWidth() != drawnWidth) {
            drawnWidth = getWidth();
            if (model.getMatrix() != null && cellFor(getWidth()) != cell) {
                redraw();
            }
        }
    }
}
