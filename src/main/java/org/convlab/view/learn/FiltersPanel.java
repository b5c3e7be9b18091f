package org.convlab.view.learn;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.convlab.conv.FilterSpec;
import org.convlab.view.shared.MapView;
import org.convlab.viewmodel.DisplaySettings;
import org.convlab.viewmodel.learn.LearnViewModel;

/**
 * Each filter as it is learned beside the hand-designed one, with their NCC, and what is being
 * learned: 52 numbers, against the dense layer's count from the parameters lesson. One row per
 * filter, its caption beside the maps, so the panel stays short enough for a projector.
 */
final class FiltersPanel extends VBox {
    private final LearnViewModel model;
    private final List<MapView> learned = new ArrayList<>();
    private final List<Label> captions = new ArrayList<>();

    FiltersPanel(LearnViewModel model, DisplaySettings display) {
        this.model = model;
        getStyleClass().addAll("learn-panel", "filters-panel");
        setId("learn-filters");
        Label title = Maps.wrapping(new Label("Learned vs designed filters"));
        title.getStyleClass().add("panel-title");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("filter-grid");
        grid.add(Maps.caption(new Label("Learned")), 0, 0);
        grid.add(Maps.caption(new Label("Designed")), 1, 0);
        grid.add(Maps.caption(new Label("NCC: 1 = alike")), 2, 0);
        List<FilterSpec> designed = model.designedFilters();
        for (int k = 0; k < designed.size(); k++) {
            MapView now = Maps.map(display, "weight-map");
            now.setShowValues(false);
            now.setId("learn-filter-" + k);
            Label caption = Maps.caption(new Label());
            caption.setId("learn-filter-caption-" + k);
            learned.add(now);
            captions.add(caption);
            MapView hand = Maps.map(display, "weight-map");
            hand.setShowValues(false);
            Maps.showWeights(hand, designed.get(k).filter());
            grid.add(now, 0, k + 1);
            grid.add(hand, 1, k + 1);
            grid.add(caption, 2, k + 1);
        }
        Label learnedCount = Maps.caption(new Label(model.learnedCountText()));
        Label denseCount = Maps.caption(new Label(model.denseCountText()));
        VBox counts = new VBox(learnedCount, denseCount);
        counts.setId("learn-counts");
        counts.getStyleClass().add("counts");
        getChildren().addAll(title, grid, counts);
        model.filtersProperty().addListener(o -> update());
        model.filterCaptionsProperty().addListener((InvalidationListener) o -> update());
        update();
    }

    private void update() {
        List<FilterSpec> now = model.getFilters();
        List<String> text = model.filterCaptionsProperty();
        for (int k = 0; k < learned.size() && k < now.size(); k++) {
            Maps.showWeights(learned.get(k), now.get(k).filter());
            captions.get(k).setText(k < text.size() ? text.get(k) : "");
        }
    }
}
