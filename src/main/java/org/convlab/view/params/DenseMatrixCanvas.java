package org.convlab.view.params;

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
import javafx.scene.text.TextAlignment;
import org.convlab.core.DenseEquivalent;
import org.convlab.core.WeightPalette;
import org.convlab.viewmodel.DisplaySettings;
import org.convlab.viewmodel.params.MatrixViewModel;

/**
 * The dense-equivalent matrix, one cell per entry: zeros blank, every other entry in the colour of
 * the kernel weight it is, with the weight's index written in when the cell is big enough, so colour
 * is never the only cue. Thin rules separate image rows (every W columns, every W′ rows) and thick
 * ones channels and filters, which makes the banded structure plain. Pointer or arrow keys pick a
 * cell; the view model names it.
 */
final class DenseMatrixCanvas extends Region {
    /** Cell size at scale 1 is chosen so a matrix about this wide fits, within the bounds below. */
    private static final double TARGET_WIDTH = 700;
    private static final double MIN_CELL = 8;
    private static final double MAX_CELL = 24;
    /** Below this size (in pixels) the index would be unreadable, so only the colour is drawn. */
    private static final double MIN_TEXT_CELL = 15;

    private final MatrixViewModel model;
    private final DisplaySettings display;
    private final Canvas canvas = new Canvas();
    private double cell = 20;

    DenseMatrixCanvas(MatrixViewModel model, DisplaySettings display) {
        this.model = model;
        this.display = display;
        setId("matrix-canvas");
        getStyleClass().add("matrix-canvas");
        getChildren().add(canvas);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        accessibleTextProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.getHoverText().isEmpty()
                ? "Dense matrix of the small conv layer, " + model.getSizeText() + ". Point at a cell or use the arrow keys."
                : model.getHoverText(), model.hoverTextProperty(), model.sizeTextProperty()));
        model.matrixProperty().addListener((obs, was, now) -> redraw());
        model.hoverRowProperty().addListener((obs, was, now) -> redraw());
        model.hoverColProperty().addListener((obs, was, now) -> redraw());
        display.scaleProperty().addListener((obs, was, now) -> redraw());
        display.highContrastProperty().addListener((obs, was, now) -> redraw());
        canvas.setOnMouseMoved(this::pointAt);
        canvas.setOnMouseExited(e -> model.hover(-1, -1));
        // Consumed so the surrounding scroll panes do not take the focus the arrow keys need.
        canvas.setOnMousePressed(e -> {
            requestFocus();
            e.consume();
        });
        addEventHandler(KeyEvent.KEY_PRESSED, this::move);
        focusedProperty().addListener((obs, was, now) -> {
            if (now && model.getMatrix() != null && model.hoverRowProperty().get() < 0) {
                model.hover(0, 0);
            }
        });
        redraw();
    }

    /** Pixel size of one cell at the current scale. */
    double cellSize() {
        return cell;
    }

    private void pointAt(MouseEvent e) {
        DenseEquivalent m = model.getMatrix();
        if (m == null) {
            return;
        }
        int col = (int) Math.floor(e.getX() / cell);
        int row = (int) Math.floor(e.getY() / cell);
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
            setPrefSize(0, 0);
            return;
        }
        double base = Math.max(MIN_CELL, Math.min(MAX_CELL, Math.floor(TARGET_WIDTH / m.cols())));
        cell = Math.round(base * display.getScale());
        double w = cell * m.cols();
        double h = cell * m.rows();
        double outline = display.getOutlineWidth();
        canvas.setWidth(w + outline);
        canvas.setHeight(h + outline);
        setPrefSize(w + outline, h + outline);
        setMinSize(w + outline, h + outline);
        boolean contrast = display.isHighContrast();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());

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
                    g.setFill(WeightPalette.wantsLightText(k) ? Color.WHITE : Color.BLACK);
                    g.fillText(Integer.toString(k), c * cell + cell / 2, r * cell + cell / 2);
                }
            }
        }
        // Cell rules, then image-row rules, then channel and filter rules on top.
        g.setStroke(contrast ? Color.gray(0.55) : Color.gray(0.85));
        g.setLineWidth(1);
        for (int c = 0; c <= m.cols(); c++) {
            line(g, c * cell, 0, c * cell, h);
        }
        for (int r = 0; r <= m.rows(); r++) {
            line(g, 0, r * cell, w, r * cell);
        }
        int inW = m.cols() / m.channels() / Math.max(1, inputHeight());
        int outW = m.geometry().outWidth();
        int perChannel = m.cols() / m.channels();
        int perFilter = m.rows() / m.filters();
        g.setStroke(contrast ? Color.gray(0.2) : Color.gray(0.55));
        g.setLineWidth(contrast ? 2 : 1.2);
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
        g.setStroke(Color.BLACK);
        g.setLineWidth(contrast ? 3 : 2);
        for (int c = perChannel; c < m.cols(); c += perChannel) {
            line(g, c * cell, 0, c * cell, h);
        }
        for (int r = perFilter; r < m.rows(); r += perFilter) {
            line(g, 0, r * cell, w, r * cell);
        }
        g.setLineWidth(contrast ? 2 : 1);
        g.strokeRect(0.5, 0.5, w, h);

        int hr = model.hoverRowProperty().get();
        int hc = model.hoverColProperty().get();
        if (hr >= 0 && hc >= 0 && hr < m.rows() && hc < m.cols()) {
            // The whole row (one output) and column (one input) faintly, the cell itself boldly.
            g.setFill(Color.rgb(0, 0, 0, 0.08));
            g.fillRect(0, hr * cell, w, cell);
            g.fillRect(hc * cell, 0, cell, h);
            g.setStroke(contrast ? Color.BLACK : Color.rgb(20, 20, 20));
            g.setLineWidth(outline);
            g.strokeRect(hc * cell + outline / 2, hr * cell + outline / 2, cell, cell);
        }
    }

    private int inputHeight() {
        return model.height().getValue() == null ? 1 : model.height().getValue();
    }

    private static void line(GraphicsContext g, double x0, double y0, double x1, double y1) {
        g.strokeLine(Math.round(x0) + 0.5, Math.round(y0) + 0.5, Math.round(x1) + 0.5, Math.round(y1) + 0.5);
    }

    static Color argb(int argb) {
        return Color.rgb(argb >> 16 & 0xFF, argb >> 8 & 0xFF, argb & 0xFF, (argb >>> 24) / 255.0);
    }

    @Override
    protected void layoutChildren() {
        canvas.relocate(0, 0);
    }
}
