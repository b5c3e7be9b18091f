package org.convlab.view.detector;

import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.convlab.core.DivergingColorMap;
import org.convlab.view.MapView;
import org.convlab.viewmodel.DisplaySettings;

/** One heat map with its title and colour legend: a filter's response or the combined map. */
final class ResponsePanel extends VBox {
    private final Label title = new Label();
    private final MapView map;
    private final ColorLegend legend;

    ResponsePanel(DisplaySettings display, String id) {
        getStyleClass().add("stage-panel");
        map = new MapView(display);
        map.setId(id + "-map");
        title.setId(id + "-title");
        title.getStyleClass().add("map-title");
        title.setWrapText(true);
        // A long title wraps onto a second line rather than being cut to "Filter A …".
        title.setMinHeight(USE_PREF_SIZE);
        legend = new ColorLegend(display);
        legend.setId(id + "-legend");
        VBox.setVgrow(map, Priority.SOMETIMES);
        // Keep the map about as tall as its cells need, so the legend sits right under it.
        map.widthProperty().addListener((o, a, b) -> fitHeight());
        getChildren().addAll(title, map, legend);
    }

    private void fitHeight() {
        if (map.getCols() > 0) {
            double h = Math.max(60, map.getWidth() * map.getRows() / map.getCols());
            map.setMaxHeight(h);
        }
    }

    Label title() {
        return title;
    }

    MapView map() {
        return map;
    }

    ColorLegend legend() {
        return legend;
    }

    /** Shows values (row-major) on a scale fitting them, and their range in the legend. */
    void show(double[] values, int rows, int cols) {
        map.setData(values, rows, cols, MapView.Style.DIVERGING);
        fitHeight();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        DivergingColorMap colours = map.getColorMap();
        legend.show(colours, lo, hi);
    }
}
