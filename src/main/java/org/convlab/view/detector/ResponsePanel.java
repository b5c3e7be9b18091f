package org.convlab.view.detector;

import java.util.function.IntPredicate;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.convlab.conv.CombinedMap;
import org.convlab.conv.ResponseMap;
import org.convlab.view.shared.MapView;
import org.convlab.viewmodel.DisplaySettings;

/** One heat map with its title and colour legend: a filter's response or the combined map. */
final class ResponsePanel extends VBox {
    private final Label title = new Label();
    private final MapView map;
    private final ColorLegend legend;
    private final MapBuffer buffer = new MapBuffer();

    /** The map on show, to tell which rows the next one shares with it. */
    private ResponseMap shownResponse;

    private CombinedMap shownCombined;

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

    /**
     * Shows a filter's response map on a scale fitting it, and its range in the legend. Rows the
     * map shares with the one shown before (a brush dab leaves most rows as they were) are not read
     * again.
     */
    void show(ResponseMap m) {
        ResponseMap before = shownResponse;
        shownResponse = m;
        shownCombined = null;
        show(m.height(), m.width(), m::copyRow, y -> !m.sharesRow(before, y));
    }

    /** Shows the combined map, likewise. */
    void show(CombinedMap m) {
        CombinedMap before = shownCombined;
        shownCombined = m;
        shownResponse = null;
        show(m.height(), m.width(), m::copyRow, y -> !m.sharesRow(before, y));
    }

    private void show(int rows, int cols, MapBuffer.RowSource source, IntPredicate mayDiffer) {
        buffer.update(rows, cols, source, mayDiffer);
        buffer.showIn(map, MapView.Style.DIVERGING);
        fitHeight();
        legend.show(map.getColorMap(), buffer.min(), buffer.max());
    }
}
