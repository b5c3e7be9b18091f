package org.convlab.view.detector;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.convlab.conv.Argmax;
import org.convlab.conv.Cell;
import org.convlab.conv.CombinedMap;
import org.convlab.conv.Detection;
import org.convlab.conv.ResponseMap;
import org.convlab.conv.Window;
import org.convlab.view.shared.MapView;
import org.convlab.view.shared.OutlineRole;
import org.convlab.viewmodel.DisplaySettings;
import org.convlab.viewmodel.detector.DetectorViewModel;
import org.convlab.viewmodel.detector.MapRef;

/**
 * The middle and right stages: one response map per filter, then the combined map with the argmax
 * (the sentence saying where the maximum is, {@link #argmaxText()}, is placed by the screen, under
 * all the maps where it has the width to be short). Hovering a cell shows its arithmetic; a click
 * pins it (click again or Esc to unpin).
 *
 * <p>The filters' maps are laid out in as many columns as makes them largest: stacked when the
 * screen is tall, side by side when it is wide and short, as in presenter mode where the text takes
 * the height. The combined map takes the width that is left, up to the height there is.
 */
final class MapsPanel extends Region {
    private static final double GAP = 8;
    private final DetectorViewModel model;
    private final DisplaySettings display;
    private final List<ResponsePanel> filterPanels = new ArrayList<>();

    /** Each filter's pooled map, beside its response, while the workspace pools. */
    private final List<ResponsePanel> pooledPanels = new ArrayList<>();

    private final ResponsePanel combined;
    private final Label argmax = new Label();
    private final BooleanProperty hidden = new SimpleBooleanProperty(this, "hidden");
    private final Label toFilters = arrow();
    private final Label toSum = arrow();
    private boolean pinned;

    MapsPanel(DetectorViewModel model, DisplaySettings display) {
        this.model = model;
        this.display = display;
        getStyleClass().add("maps-panel");
        combined = new ResponsePanel(display, "combined");
        combined.title().textProperty().bind(model.captions().combinedLabelProperty());
        argmax.setId("argmax-text");
        argmax.getStyleClass().add("argmax-text");
        argmax.setWrapText(true);
        argmax.textProperty().bind(model.captions().argmaxTextProperty());
        wire(combined.map(), MapRef.COMBINED);
        getChildren().addAll(toFilters, toSum, combined);
        model.detectionProperty().addListener((o, a, b) -> showMaps());
        // Stale maps (the settings give none; the banner says why) are shown faded.
        opacityProperty()
                .bind(
                        Bindings.when(hidden)
                                .then(0.0)
                                .otherwise(
                                        Bindings.when(model.problemProperty().isEmpty())
                                                .then(1.0)
                                                .otherwise(0.45)));
        mouseTransparentProperty().bind(hidden);
        model.captions()
                .mapLabelsProperty()
                .addListener((ListChangeListener<String>) c -> showTitles());
        model.stages()
                .pooledLabelsProperty()
                .addListener((ListChangeListener<String>) c -> showTitles());
        model.focusProperty().addListener((o, a, b) -> refreshOutlines());
        model.animation().positionProperty().addListener((o, a, b) -> refreshBlanks());
        model.animation()
                .activeProperty()
                .addListener(
                        (o, a, b) -> {
                            refreshBlanks();
                            refreshOutlines();
                        });
        model.probeProperty()
                .addListener(
                        (o, a, b) -> {
                            if (b == null) {
                                pinned = false;
                            }
                        });
        display.scaleProperty().addListener((o, a, b) -> requestLayout());
        showMaps();
    }

    @Override
    protected double computeMinWidth(double height) {
        return 240;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 160;
    }

    /** Small: the screen gives the maps whatever width the input leaves (they grow). */
    @Override
    protected double computePrefWidth(double height) {
        return minWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        return Math.max(2, filterPanels.size())
                        * (combined.map().prefHeight(-1) / 2 + chrome(combined, 200))
                + GAP;
    }

    private double arrowWidth() {
        return Math.max(toFilters.prefWidth(-1), toSum.prefWidth(-1));
    }

    /** Title, legend and spacing of a map panel of width {@code w}: everything but the map. */
    /** Lays out an arrow label centred vertically on {@code centreY}. */
    private void placeArrow(Label arrow, double x, double centreY, double width) {
        double h = arrow.prefHeight(-1);
        layoutInArea(arrow, x, centreY - h / 2, width, h, 0, HPos.CENTER, VPos.CENTER);
    }

    private static double chrome(ResponsePanel p, double w) {
        return p.title().prefHeight(w)
                + p.legend().prefHeight(w)
                + 2 * p.getSpacing()
                + p.snappedTopInset()
                + p.snappedBottomInset();
    }

    /**
     * The largest map side, at most {@code maxSide}, for which {@code rows} panels (title, map,
     * legend) stacked fit in {@code height}. A title wraps more on a narrower panel, so this steps
     * down from the widest size rather than solving for it.
     */
    private static double largestSide(
            ResponsePanel p, int rows, double maxSide, double height, double aspect) {
        double step = Math.max(2, maxSide / 60);
        for (double s = Math.floor(maxSide); s > 20; s -= step) {
            if (rows * (chrome(p, s) + s * aspect) + (rows - 1) * GAP <= height) {
                return Math.floor(s);
            }
        }
        return 20;
    }

    private static double longestWord(Label title) {
        double widest = 0;
        for (String w : title.getText() == null ? new String[0] : title.getText().split("\\s+")) {
            Text t = new Text(w);
            t.setFont(title.getFont());
            widest = Math.max(widest, t.getLayoutBounds().getWidth());
        }
        return Math.ceil(widest) + title.snappedLeftInset() + title.snappedRightInset() + 2;
    }

    @Override
    protected void layoutChildren() {
        double x0 = snappedLeftInset();
        double y0 = snappedTopInset();
        double w = getWidth() - x0 - snappedRightInset();
        double h = getHeight() - y0 - snappedBottomInset();
        double arrowW = arrowWidth();
        double mapsH = h;
        double mapsW = Math.max(40, w - 2 * arrowW - 3 * GAP);
        // With pooling each filter shows two maps, its response then its pooled map: side by side
        // (an even number of columns) or, where the width is short, all in one column.
        boolean pooled = pooledPanels.size() == filterPanels.size() && !pooledPanels.isEmpty();
        List<ResponsePanel> panels = new ArrayList<>();
        for (int k = 0; k < filterPanels.size(); k++) {
            panels.add(filterPanels.get(k));
            if (pooled) {
                panels.add(pooledPanels.get(k));
            }
        }
        int n = panels.size();
        double aspect =
                combined.map().getCols() > 0
                        ? (double) combined.map().getRows() / combined.map().getCols()
                        : 1;

        // Filter columns: try each count and keep the one whose smaller map (a filter's or the
        // combined) is largest; the combined map takes the width the filters leave.
        int columns = 0;
        double side = 0;
        double sumSide = largestSide(combined, 1, mapsW, mapsH, aspect);
        double bestScore = n == 0 ? sumSide : Double.NEGATIVE_INFINITY;
        for (int c = 1; c <= n; c++) {
            if (pooled && c > 1 && c % 2 == 1) {
                continue;
            }
            int r = (int) Math.ceil(n / (double) c);
            double s =
                    largestSide(filterPanels.get(0), r, (mapsW - c * GAP) / (c + 1), mapsH, aspect);
            double sum = largestSide(combined, 1, mapsW - c * (s + GAP), mapsH, aspect);
            double score = Math.min(s, sum) + 1e-3 * (n * s * s + sum * sum);
            // A panel narrower than its title's longest word breaks it inside the word ("respons /
            // e"):
            // any layout without that wins over one with it.
            if (s < longestWord(panels.get(0).title())
                    || (pooled && s < longestWord(panels.get(1).title()))
                    || sum < longestWord(combined.title())) {
                score -= 1e6;
            }
            if (score > bestScore) {
                bestScore = score;
                columns = c;
                side = s;
                sumSide = sum;
            }
        }
        int rowsOfMaps = n == 0 ? 0 : (int) Math.ceil(n / (double) columns);
        double filtersW = columns * side + Math.max(0, columns - 1) * GAP;
        double sumPanelH = Math.min(mapsH, chrome(combined, sumSide) + sumSide * aspect);

        double filtersH =
                n == 0
                        ? 0
                        : rowsOfMaps * (chrome(filterPanels.get(0), side) + side * aspect)
                                + (rowsOfMaps - 1) * GAP;
        double x = x0;
        double arrowY = y0 + Math.min(mapsH, Math.max(filtersH, sumPanelH)) / 2;
        placeArrow(toFilters, x, arrowY, arrowW);
        x += arrowW + GAP;
        double rowY = y0 + Math.max(0, (mapsH - filtersH) / 2);
        for (int k = 0; k < n; k++) {
            ResponsePanel p = panels.get(k);
            double px = x + (k % columns) * (side + GAP);
            double py = rowY + (k / columns) * (chrome(p, side) + side * aspect + GAP);
            p.resizeRelocate(
                    snapPositionX(px),
                    snapPositionY(py),
                    snapSizeX(side),
                    snapSizeY(chrome(p, side) + side * aspect));
        }
        x += filtersW + (n > 0 ? GAP : 0);
        if (n > 0) {
            placeArrow(toSum, x, arrowY, arrowW);
            x += arrowW + GAP;
        }
        toSum.setVisible(n > 0);
        combined.resizeRelocate(
                snapPositionX(x),
                snapPositionY(y0 + Math.max(0, (mapsH - sumPanelH) / 2)),
                snapSizeX(sumSide),
                snapSizeY(sumPanelH));
    }

    private static Label arrow() {
        Label l = new Label("→");
        l.getStyleClass().add("stage-arrow");
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    /**
     * "Maximum 10 at row 14, column 17, …": where the argmax is and how many positions share it.
     */
    /** Hides the maps (keeping their space) while {@code condition} holds: predict mode. */
    void hideWhile(ObservableBooleanValue condition) {
        hidden.bind(condition);
    }

    Label argmaxText() {
        return argmax;
    }

    List<ResponsePanel> filterPanels() {
        return filterPanels;
    }

    ResponsePanel combined() {
        return combined;
    }

    List<ResponsePanel> pooledPanels() {
        return pooledPanels;
    }

    /** Unpins a clicked cell. */
    void unpin() {
        pinned = false;
        model.clearProbe();
    }

    private void wire(MapView map, MapRef ref) {
        map.hoveredProperty()
                .addListener(
                        (o, a, cell) -> {
                            if (pinned) {
                                return;
                            }
                            if (cell != null) {
                                model.setProbe(mapRef(map, ref), cell);
                            } else {
                                model.clearProbe();
                            }
                        });
        map.setOnCellPressed(
                (cell, e) -> {
                    if (e.getButton() != MouseButton.PRIMARY
                            || cell.row() < 0
                            || cell.col() < 0
                            || cell.row() >= map.getRows()
                            || cell.col() >= map.getCols()) {
                        return;
                    }
                    DetectorViewModel.Probe p = model.getProbe();
                    MapRef k = mapRef(map, ref);
                    if (pinned && p != null && p.map().equals(k) && p.cell().equals(cell)) {
                        pinned = false;
                    } else {
                        model.setProbe(k, cell);
                        pinned = true;
                    }
                });
    }

    /** A filter's response map by its current place among the filters, else {@code fallback}. */
    private MapRef mapRef(MapView map, MapRef fallback) {
        int i = 0;
        for (ResponsePanel p : filterPanels) {
            if (p.map() == map) {
                return new MapRef.Response(i);
            }
            i++;
        }
        return fallback;
    }

    private void showMaps() {
        Detection d = model.getDetection();
        if (d == null) {
            return;
        }
        int n = d.responses().size();
        while (filterPanels.size() < n) {
            ResponsePanel p = new ResponsePanel(display, "response-" + filterPanels.size());
            wire(p.map(), new MapRef.Response(filterPanels.size()));
            filterPanels.add(p);
            getChildren().add(p);
        }
        while (filterPanels.size() > n) {
            ResponsePanel p = filterPanels.remove(filterPanels.size() - 1);
            getChildren().remove(p);
        }
        for (int k = 0; k < n; k++) {
            ResponseMap m = d.responses().get(k);
            ResponsePanel p = filterPanels.get(k);
            p.show(m);
            p.map().descriptionProperty().set(p.title().getText());
        }
        showPooled(d);
        CombinedMap c = d.combined();
        combined.show(c);
        combined.map()
                .descriptionProperty()
                .set(model.captions().getCombinedLabel() + ". " + model.captions().getArgmaxText());
        showTitles();
        refreshBlanks();
        refreshOutlines();
    }

    private void showPooled(Detection d) {
        int n = d.pooled().size();
        while (pooledPanels.size() < n) {
            ResponsePanel p = new ResponsePanel(display, "pooled-" + pooledPanels.size());
            wire(p.map(), new MapRef.Pooled(pooledPanels.size()));
            pooledPanels.add(p);
            getChildren().add(p);
        }
        while (pooledPanels.size() > n) {
            getChildren().remove(pooledPanels.remove(pooledPanels.size() - 1));
        }
        for (int k = 0; k < n; k++) {
            pooledPanels.get(k).show(d.pooled().get(k));
        }
        requestLayout();
    }

    private void showTitles() {
        List<String> pooled = model.stages().pooledLabelsProperty();
        for (int k = 0; k < pooledPanels.size() && k < pooled.size(); k++) {
            Label t = pooledPanels.get(k).title();
            t.setText(pooled.get(k));
            t.setStyle("-fx-text-fill: " + FilterColors.web(k) + ";");
            pooledPanels.get(k).map().descriptionProperty().set(pooled.get(k));
        }
        List<String> labels = model.captions().mapLabelsProperty();
        for (int k = 0; k < filterPanels.size() && k < labels.size(); k++) {
            Label t = filterPanels.get(k).title();
            t.setText(labels.get(k));
            t.setStyle("-fx-text-fill: " + FilterColors.web(k) + ";");
        }
    }

    private void refreshBlanks() {
        for (int k = 0; k < filterPanels.size(); k++) {
            filterPanels.get(k).map().setBlank(model.hiddenCells(k));
        }
        combined.map().setBlank(model.hiddenCombinedCells());
    }

    private void refreshOutlines() {
        Detection d = model.getDetection();
        DetectorViewModel.Focus f = model.getFocus();
        if (d == null) {
            return;
        }
        boolean sliding = model.animation().isActive();
        for (int k = 0; k < filterPanels.size(); k++) {
            List<MapView.Outline> out = new ArrayList<>();
            if (f != null && k < f.mapCells().size() && f.mapCells().get(k) != null) {
                Cell cell = f.mapCells().get(k);
                out.add(
                        new MapView.Outline(
                                new Window(cell.row(), cell.col(), 1, 1),
                                FilterColors.of(k),
                                false,
                                ""));
            }
            filterPanels.get(k).map().setOutlines(out);
        }
        DetectorViewModel.Probe probe = model.getProbe();
        for (int k = 0; k < pooledPanels.size(); k++) {
            List<MapView.Outline> cell = new ArrayList<>();
            if (probe != null && probe.map().equals(new MapRef.Pooled(k))) {
                cell.add(
                        new MapView.Outline(
                                new Window(probe.cell().row(), probe.cell().col(), 1, 1),
                                FilterColors.of(k),
                                false,
                                ""));
            }
            pooledPanels.get(k).map().setOutlines(cell);
        }
        List<MapView.Outline> out = new ArrayList<>();
        CombinedMap c = d.combined();
        if (!sliding) {
            Argmax a = d.argmax();
            for (int i = 1; i < a.ties().size() && i < 256; i++) {
                Cell t = a.ties().get(i);
                out.add(
                        new MapView.Outline(
                                new Window(t.row() - c.top(), t.col() - c.left(), 1, 1),
                                OutlineRole.TIE,
                                true,
                                ""));
            }
            out.add(
                    new MapView.Outline(
                            new Window(a.row() - c.top(), a.col() - c.left(), 1, 1),
                            OutlineRole.PEAK,
                            false,
                            "argmax"));
        }
        if (f != null && f.combinedCell() != null && model.getProbe() != null) {
            out.add(
                    new MapView.Outline(
                            new Window(f.combinedCell().row(), f.combinedCell().col(), 1, 1),
                            OutlineRole.WINDOW,
                            false,
                            ""));
        }
        combined.map().setOutlines(out);
    }
}
