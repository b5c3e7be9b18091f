package org.convlab.view.detector;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.convlab.core.Argmax;
import org.convlab.core.CombinedMap;
import org.convlab.core.Detection;
import org.convlab.core.ResponseMap;
import org.convlab.core.Window;
import org.convlab.view.MapView;
import org.convlab.viewmodel.DisplaySettings;
import org.convlab.viewmodel.detector.DetectorViewModel;

/**
 * The middle and right stages: one response map per filter, stacked, then the combined map with
 * the argmax. Hovering a cell shows its arithmetic; a click pins it (click again or Esc to unpin).
 */
final class MapsPanel extends HBox {
    private final DetectorViewModel model;
    private final DisplaySettings display;
    private final VBox filterColumn = new VBox(6);
    private final List<ResponsePanel> filterPanels = new ArrayList<>();
    private final ResponsePanel combined;
    private final Label argmax = new Label();
    private boolean pinned;

    MapsPanel(DetectorViewModel model, DisplaySettings display) {
        super(8);
        this.model = model;
        this.display = display;
        setAlignment(Pos.CENTER_LEFT);
        combined = new ResponsePanel(display, "combined");
        combined.title().textProperty().bind(model.combinedLabelProperty());
        argmax.setId("argmax-text");
        argmax.getStyleClass().add("argmax-text");
        argmax.setWrapText(true);
        argmax.textProperty().bind(model.argmaxTextProperty());
        combined.getChildren().add(argmax);
        wire(combined.map(), -1);
        filterColumn.getStyleClass().add("filter-maps");
        filterColumn.prefWidthProperty().bind(widthProperty().multiply(0.40));
        combined.prefWidthProperty().bind(widthProperty().multiply(0.52));
        filterColumn.setMinWidth(150);
        combined.setMinWidth(150);
        getChildren().addAll(arrow(), filterColumn, arrow(), combined);
        model.detectionProperty().addListener((o, a, b) -> showMaps());
        // Stale maps (the settings give none; the banner says why) are shown faded.
        opacityProperty().bind(javafx.beans.binding.Bindings.when(model.problemProperty().isEmpty()).then(1.0).otherwise(0.45));
        model.mapLabelsProperty().addListener((javafx.collections.ListChangeListener<String>) c -> showTitles());
        model.focusProperty().addListener((o, a, b) -> refreshOutlines());
        model.animation().positionProperty().addListener((o, a, b) -> refreshBlanks());
        model.animation().activeProperty().addListener((o, a, b) -> {
            refreshBlanks();
            refreshOutlines();
        });
        model.probeProperty().addListener((o, a, b) -> {
            if (b == null) {
                pinned = false;
            }
        });
        showMaps();
    }

    private static Label arrow() {
        Label l = new Label("→");
        l.getStyleClass().add("stage-arrow");
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    List<ResponsePanel> filterPanels() {
        return filterPanels;
    }

    ResponsePanel combined() {
        return combined;
    }

    /** Unpins a clicked cell. */
    void unpin() {
        pinned = false;
        model.clearProbe();
    }

    private void wire(MapView map, int index) {
        map.hoveredProperty().addListener((o, a, cell) -> {
            if (pinned) {
                return;
            }
            if (cell != null) {
                model.setProbe(mapIndex(map, index), cell[0], cell[1]);
            } else {
                model.clearProbe();
            }
        });
        map.setOnCellPressed((cell, e) -> {
            if (e.getButton() != MouseButton.PRIMARY || cell[0] < 0 || cell[1] < 0 || cell[0] >= map.getRows() || cell[1] >= map.getCols()) {
                return;
            }
            DetectorViewModel.Probe p = model.getProbe();
            int k = mapIndex(map, index);
            if (pinned && p != null && p.map() == k && p.row() == cell[0] && p.col() == cell[1]) {
                pinned = false;
            } else {
                model.setProbe(k, cell[0], cell[1]);
                pinned = true;
            }
        });
    }

    private int mapIndex(MapView map, int fallback) {
        int i = 0;
        for (ResponsePanel p : filterPanels) {
            if (p.map() == map) {
                return i;
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
            wire(p.map(), filterPanels.size());
            filterPanels.add(p);
            filterColumn.getChildren().add(p);
        }
        while (filterPanels.size() > n) {
            ResponsePanel p = filterPanels.remove(filterPanels.size() - 1);
            filterColumn.getChildren().remove(p);
        }
        for (int k = 0; k < n; k++) {
            ResponseMap m = d.responses().get(k);
            ResponsePanel p = filterPanels.get(k);
            VBox.setVgrow(p, Priority.ALWAYS);
            p.show(m.toArray(), m.height(), m.width());
            p.map().descriptionProperty().set(p.title().getText());
        }
        CombinedMap c = d.combined();
        combined.show(c.toArray(), c.height(), c.width());
        combined.map().descriptionProperty().set(model.getCombinedLabel() + ". " + model.getArgmaxText());
        showTitles();
        refreshBlanks();
        refreshOutlines();
    }

    private void showTitles() {
        List<String> labels = model.mapLabelsProperty();
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
                int[] cell = f.mapCells().get(k);
                out.add(new MapView.Outline(new Window(cell[0], cell[1], 1, 1), FilterColors.of(k), false, ""));
            }
            filterPanels.get(k).map().setOutlines(out);
        }
        List<MapView.Outline> out = new ArrayList<>();
        CombinedMap c = d.combined();
        if (!sliding) {
            Argmax a = d.argmax();
            for (int i = 1; i < a.ties().size() && i < 256; i++) {
                int[] t = a.ties().get(i);
                out.add(new MapView.Outline(new Window(t[0] - c.top(), t[1] - c.left(), 1, 1), FilterColors.ARGMAX, true, ""));
            }
            out.add(new MapView.Outline(new Window(a.row() - c.top(), a.col() - c.left(), 1, 1), FilterColors.ARGMAX, false, "argmax"));
        }
        if (f != null && f.combinedCell() != null && model.getProbe() != null) {
            out.add(new MapView.Outline(new Window(f.combinedCell()[0], f.combinedCell()[1], 1, 1), javafx.scene.paint.Color.BLACK, false, ""));
        }
        combined.map().setOutlines(out);
    }
}
