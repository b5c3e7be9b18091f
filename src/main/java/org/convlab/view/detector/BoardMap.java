package org.convlab.view.detector;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.convlab.conv.Image;
import org.convlab.conv.ResponseMap;
import org.convlab.view.shared.MapView;
import org.convlab.viewmodel.DisplaySettings;

/**
 * One titled map of the channels board: an input plane or a partial map. Like the detector's own
 * maps it reads again only the rows a brush dab can have changed, so the open board keeps up with
 * painting on a 512×512×3 image.
 */
final class BoardMap extends VBox {
    private final Label title = new Label();
    private final MapView map;
    private final MapBuffer buffer = new MapBuffer();
    private Image shownImage;
    private int shownChannel = -1;
    private ResponseMap shownMap;

    BoardMap(DisplaySettings display, String id) {
        super(2);
        map = new MapView(display);
        map.setId(id);
        map.setShowValues(false);
        map.getStyleClass().add("channels-map");
        // Planes side by side shrink on a narrow board rather than push the filter's stack away.
        map.setMinSize(60, 60);
        HBox.setHgrow(this, Priority.ALWAYS);
        title.getStyleClass().add("channels-map-title");
        getChildren().addAll(title, map);
    }

    MapView map() {
        return map;
    }

    /** Shows plane c of {@code img}, black and white as the detector's binary input. */
    void showPlane(String text, Image img, int c) {
        title.setText(text);
        Image before = c == shownChannel ? shownImage : null;
        if (img == before) {
            return;
        }
        shownImage = img;
        shownChannel = c;
        shownMap = null;
        buffer.update(
                img.height(),
                img.width(),
                (y, to, at) -> img.copyRow(c, y, to, at),
                y -> !img.sameRow(before, c, y));
        buffer.showIn(map, MapView.Style.BINARY);
    }

    /** Shows a partial map or the response on a scale that fits it. */
    void showMap(String text, ResponseMap m) {
        title.setText(text);
        ResponseMap before = shownMap;
        if (m == before) {
            return;
        }
        shownMap = m;
        shownImage = null;
        shownChannel = -1;
        buffer.update(m.height(), m.width(), m::copyRow, y -> !m.sharesRow(before, y));
        buffer.showIn(map, MapView.Style.DIVERGING);
    }
}
