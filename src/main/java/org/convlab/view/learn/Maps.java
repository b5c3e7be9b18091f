package org.convlab.view.learn;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.convlab.conv.DivergingColorMap;
import org.convlab.conv.Filter;
import org.convlab.view.shared.MapView;
import org.convlab.viewmodel.DisplaySettings;

/** Captioned maps and wrapping labels: the building blocks of every panel of this lesson. */
final class Maps {
    private Maps() {}

    /** A map with a caption under it, in a box with style class {@code captioned}. */
    static VBox captioned(MapView map, Label caption) {
        caption(caption);
        caption.maxWidthProperty()
                .bind(map.prefWidthProperty().map(w -> Math.max(120, (double) w)));
        VBox box = new VBox(map, caption);
        box.getStyleClass().add("captioned");
        return box;
    }

    /** A label that wraps and is never cut short. */
    static Label wrapping(Label l) {
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        return l;
    }

    /** A wrapping label in the captions' smaller text. */
    static Label caption(Label l) {
        wrapping(l);
        l.getStyleClass().add("map-caption");
        return l;
    }

    /** A map sized by the stylesheet's rule for {@code styleClass}. */
    static MapView map(DisplaySettings display, String styleClass) {
        MapView m = new MapView(display);
        m.getStyleClass().addAll("learn-map", styleClass);
        return m;
    }

    /** Weights in lesson 1's colours: white at 0, the scale fitted to the values. */
    static void showWeights(MapView m, Filter f) {
        showDiverging(m, f.toArray(), f.height(), f.width());
    }

    static void showDiverging(MapView m, double[] values, int rows, int cols) {
        m.setColorMap(DivergingColorMap.fitting(values));
        m.setData(values, rows, cols, MapView.Style.DIVERGING);
    }
}
