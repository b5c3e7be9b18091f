package org.convlab.view.detector;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.convlab.conv.Argmax;
import org.convlab.conv.Cell;
import org.convlab.conv.Detection;
import org.convlab.conv.Image;
import org.convlab.conv.NumberText;
import org.convlab.conv.Window;
import org.convlab.view.shared.MapView;
import org.convlab.view.shared.OutlineRole;
import org.convlab.viewmodel.DisplaySettings;
import org.convlab.viewmodel.detector.ChannelNames;
import org.convlab.viewmodel.detector.DetectorViewModel;
import org.convlab.viewmodel.detector.Tool;

/**
 * The input grid: painted with the mouse according to the current tool, shifted with the arrow keys
 * while it has focus, zoomed and panned for large grids. It shows the argmax window (solid), tie
 * windows (dashed), the kernel windows of the cell in focus and the selection.
 */
final class InputPanel extends VBox {
    private final DetectorViewModel model;

    /** The colour picture as the map shows it, planar; rows change in place as dabs land. */
    private double[] rgbBuffer;

    private final DisplaySettings display;
    private final MapView map;
    private final MapBuffer buffer = new MapBuffer();

    /** The image on show, to tell which rows the next one changed. */
    private Image shown;

    private final BooleanProperty argmaxHidden = new SimpleBooleanProperty(this, "argmaxHidden");
    private final Label title = new Label();
    private final ScrollBar hBar = new ScrollBar();
    private final ScrollBar vBar = new ScrollBar();
    private final Label hover = new Label(" ");
    private final Label legend = new Label();
    private int selectRow;
    private int selectCol;

    InputPanel(DetectorViewModel model, DisplaySettings display) {
        this.model = model;
        this.display = display;
        getStyleClass().add("stage-panel");
        map = new MapView(display);
        map.setId("input-map");
        map.setFocusTraversable(true);
        map.getStyleClass().add("input-map");
        title.setId("input-title");
        title.getStyleClass().add("map-title");
        // A colour image's title names its channels; on the stage it takes two lines, not "…".
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.textProperty().bind(model.captions().inputLabelProperty());
        hBar.setId("input-hscroll");
        vBar.setId("input-vscroll");
        hBar.setOrientation(Orientation.HORIZONTAL);
        vBar.setOrientation(Orientation.VERTICAL);
        for (ScrollBar b : List.of(hBar, vBar)) {
            b.setMin(0);
            b.setMax(1);
            b.visibleProperty().bind(map.zoomProperty().greaterThan(1.0001));
            b.managedProperty().bind(b.visibleProperty());
        }
        hBar.valueProperty().bindBidirectional(map.scrollXProperty());
        vBar.valueProperty().bindBidirectional(map.scrollYProperty());
        BorderPane frame = new BorderPane(map, null, vBar, hBar, null);
        VBox.setVgrow(frame, Priority.ALWAYS);
        // The grid's colour key only, one line even at presenter size beside the maps; how to draw
        // is
        // in the grid's and the Paint tool's tooltips and in the shortcut list (F1).
        legend.setId("input-legend");
        legend.textProperty().bind(model.captions().inputLegendProperty());
        legend.getStyleClass().add("legend-text");
        Tooltip.install(
                map,
                new Tooltip(
                        "Left button paints 1, right button 0; shift-drag draws a straight line; Shift+arrow keys shift the image."));
        legend.setMinWidth(USE_PREF_SIZE);
        hover.setId("input-hover");
        hover.getStyleClass().add("legend-text");
        map.hoveredProperty()
                .addListener(
                        (o, a, c) -> {
                            Image img = model.getWorkspace().image();
                            hover.setText(
                                    c == null || c.row() >= img.height() || c.col() >= img.width()
                                            ? " "
                                            : "row "
                                                    + c.row()
                                                    + ", column "
                                                    + c.col()
                                                    + ": "
                                                    + values(img, c.row(), c.col()));
                        });
        getChildren().addAll(title, frame, hover, legend);

        map.setOnCellPressed(this::pressed);
        map.setOnCellDragged(this::dragged);
        map.setOnCellReleased((cell, e) -> released());
        map.setOnScroll(
                e -> {
                    if (e.isControlDown()) {
                        map.setZoom(Math.min(32, map.getZoom() * (e.getDeltaY() > 0 ? 1.25 : 0.8)));
                    } else if (map.getZoom() > 1) {
                        double step = 0.1 / map.getZoom();
                        map.scrollYProperty()
                                .set(
                                        clamp(
                                                map.scrollYProperty().get()
                                                        - Math.signum(e.getDeltaY()) * step));
                        map.scrollXProperty()
                                .set(
                                        clamp(
                                                map.scrollXProperty().get()
                                                        - Math.signum(e.getDeltaX()) * step));
                    }
                    e.consume();
                });
        model.workspaceProperty().addListener((o, a, b) -> showImage());
        model.detectionProperty().addListener((o, a, b) -> refreshOutlines());
        model.focusProperty().addListener((o, a, b) -> refreshOutlines());
        model.selectionProperty().addListener((o, a, b) -> refreshOutlines());
        model.animation().activeProperty().addListener((o, a, b) -> refreshOutlines());
        showImage();
    }

    MapView map() {
        return map;
    }

    /** Its width follows the height it is given: see {@link #computePrefWidth}. */
    @Override
    public Orientation getContentBias() {
        return Orientation.VERTICAL;
    }

    /**
     * As wide as the grid that fits the height, so that when the text is large and the height short
     * (presenter mode) the maps beside it get the width the input could not use.
     */
    @Override
    protected double computePrefWidth(double height) {
        if (height < 0 || map.getRows() == 0 || map.getCols() == 0) {
            return super.computePrefWidth(height);
        }
        double aspect = (double) map.getCols() / map.getRows();
        double bars = vBar.isVisible() ? vBar.prefWidth(-1) : 0;
        double fixed =
                snappedTopInset()
                        + snappedBottomInset()
                        + title.prefHeight(-1)
                        + hover.prefHeight(-1)
                        + (hBar.isVisible() ? hBar.prefHeight(-1) : 0)
                        + 3 * getSpacing();
        double side = height - fixed - legend.prefHeight(-1);
        double width = Math.max(legend.prefWidth(-1), Math.max(60, side * aspect + bars));
        return snappedLeftInset() + snappedRightInset() + width;
    }

    /** The cell's value, or one per channel for a many-channel image: "R 1, G 0, B 0". */
    private static String values(Image img, int row, int col) {
        if (img.channels() == 1) {
            return NumberText.exact(img.get(0, row, col));
        }
        List<String> parts = new ArrayList<>();
        for (int ch = 0; ch < img.channels(); ch++) {
            parts.add(
                    ChannelNames.of(ch, img.channels())
                            + " "
                            + NumberText.exact(img.get(ch, row, col)));
        }
        return String.join(", ", parts);
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private void showImage() {
        Image img = model.getWorkspace().image();
        if (img.channels() == 3) {
            Image before = shown;
            shown = img;
            int plane = img.height() * img.width();
            // Only the rows a dab changed are copied into the buffer the map colours from: a full
            // copy of a 512×512×3 picture at every dab would cost more than the dab itself.
            boolean sameShape = rgbBuffer != null && rgbBuffer.length == 3 * plane;
            int first = -1;
            int last = -1;
            for (int y = 0; y < img.height() && img != before; y++) {
                if (!img.sameRow(before, 0, y)
                        || !img.sameRow(before, 1, y)
                        || !img.sameRow(before, 2, y)) {
                    first = first < 0 ? y : first;
                    last = y;
                    for (int c = 0; c < 3 && sameShape; c++) {
                        img.copyRow(c, y, rgbBuffer, c * plane + y * img.width());
                    }
                }
            }
            if (!sameShape) {
                rgbBuffer = img.toArray();
            }
            map.setRgbRows(rgbBuffer, img.height(), img.width(), first, last);
            map.descriptionProperty().set(model.captions().getInputLabel() + ", colour image");
            refreshOutlines();
            return;
        }
        Image before = shown;
        shown = img;
        if (img != before) {
            // Channel 1 only for images of more than one channel (the label says so).
            buffer.update(
                    img.height(),
                    img.width(),
                    (y, to, at) -> img.copyRow(0, y, to, at),
                    y -> !img.sameRow(before, 0, y));
            buffer.showIn(map, MapView.Style.BINARY);
        }
        map.descriptionProperty().set(model.captions().getInputLabel() + ", binary image");
        refreshOutlines();
    }

    private void pressed(Cell cell, MouseEvent e) {
        map.requestFocus();
        if (!inside(cell)) {
            return;
        }
        boolean secondary = e.getButton() == MouseButton.SECONDARY;
        Tool tool = model.painting().getTool();
        switch (tool) {
            case PAINT, LINE ->
                    model.painting()
                            .beginStroke(
                                    cell.row(),
                                    cell.col(),
                                    secondary ? 0 : 1,
                                    tool == Tool.LINE || e.isShiftDown());
            case ERASE -> model.painting().beginStroke(cell.row(), cell.col(), 0, e.isShiftDown());
            case SELECT -> {
                selectRow = cell.row();
                selectCol = cell.col();
                model.select(cell.row(), cell.col(), cell.row(), cell.col());
            }
            case STAMP -> model.scenes().stampAt(cell.row(), cell.col());
            default -> {}
        }
    }

    private void dragged(Cell cell, MouseEvent e) {
        if (model.painting().getTool() == Tool.SELECT) {
            model.select(selectRow, selectCol, cell.row(), cell.col());
        } else if (model.painting().isStroking()) {
            Image img = model.getWorkspace().image();
            model.painting()
                    .strokeTo(
                            Math.max(-1, Math.min(img.height(), cell.row())),
                            Math.max(-1, Math.min(img.width(), cell.col())));
        }
    }

    private void released() {
        model.painting().endStroke();
    }

    private boolean inside(Cell c) {
        Image img = model.getWorkspace().image();
        return c.row() >= 0 && c.col() >= 0 && c.row() < img.height() && c.col() < img.width();
    }

    /** Leaves out the argmax outline while {@code condition} holds: predict mode. */
    void hideArgmaxWhile(ObservableBooleanValue condition) {
        argmaxHidden.bind(condition);
        argmaxHidden.addListener(o -> refreshOutlines());
        refreshOutlines();
    }

    private void refreshOutlines() {
        List<MapView.Outline> out = new ArrayList<>();
        Detection d = model.getDetection();
        DetectorViewModel.Focus f = model.getFocus();
        boolean sliding = model.animation().isActive();
        if (d != null && !sliding && !argmaxHidden.get()) {
            Argmax a = d.argmax();
            List<Cell> ties = a.ties();
            for (int i = 1; i < ties.size() && i < 64; i++) {
                out.add(
                        new MapView.Outline(
                                d.combined().window(ties.get(i).row(), ties.get(i).col()),
                                OutlineRole.TIE,
                                true,
                                ""));
            }
            out.add(
                    new MapView.Outline(
                            d.window(),
                            OutlineRole.PEAK,
                            false,
                            ties.size() > 1 ? "argmax (1st of " + ties.size() + ")" : "argmax"));
        }
        if (f != null && (sliding || model.getProbe() != null)) {
            List<Window> drawn = new ArrayList<>();
            for (int k = 0; k < f.windows().size(); k++) {
                Window w = f.windows().get(k);
                if (w == null) {
                    continue;
                }
                int same = 0;
                for (Window d2 : drawn) {
                    if (d2.equals(w)) {
                        same++;
                    }
                }
                StringBuilder label = new StringBuilder();
                if (same == 0) {
                    for (int j = k; j < f.windows().size(); j++) {
                        if (w.equals(f.windows().get(j))) {
                            label.append(label.length() == 0 ? "" : ", ")
                                    .append(model.getDetectedWorkspace().filters().get(j).name());
                        }
                    }
                }
                out.add(
                        new MapView.Outline(
                                w,
                                FilterColors.of(k),
                                false,
                                label.toString(),
                                same * 1.5 * display.getOutlineWidth()));
                drawn.add(w);
            }
            if (sliding) {
                for (Window w : f.windows()) {
                    if (w != null) {
                        map.scrollToCell(w.top() + w.height() / 2, w.left() + w.width() / 2);
                        break;
                    }
                }
            }
        }
        List<MapView.Mark> marks = new ArrayList<>();
        if (f != null && (sliding || model.getProbe() != null)) {
            for (int k = 0; k < f.taps().size(); k++) {
                if (f.taps().get(k) != null) {
                    for (DetectorViewModel.Tap t : f.taps().get(k)) {
                        marks.add(
                                new MapView.Mark(t.row(), t.col(), FilterColors.of(k), t.counts()));
                    }
                }
            }
        }
        map.setMarks(marks);
        if (model.getSelection() != null) {
            Window s = model.getSelection();
            out.add(
                    new MapView.Outline(
                            s,
                            OutlineRole.SELECTION,
                            true,
                            "selection " + s.height() + "×" + s.width()));
        }
        map.setOutlines(out);
    }
}
