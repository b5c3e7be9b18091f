package org.convlab.view.learn;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.NumberText;
import org.convlab.view.shared.MapView;
import org.convlab.viewmodel.DisplaySettings;
import org.convlab.viewmodel.learn.LearnViewModel;

/**
 * Each filter as it is learned beside the hand-designed one, with their NCC, and what is being
 * learned: 52 numbers, against the dense layer's count from the parameters lesson.
 */
final class FiltersPanel extends VBox {
    private final LearnViewModel model;
    private final List<MapView> learned = new ArrayList<>();
    private final List<Label> captions = new ArrayList<>();

    FiltersPanel(LearnViewModel model, DisplaySettings display) {
        this.model = model;
        getStyleClass().addAll("learn-panel", "filters-panel");
        setId("learn-filters");
        Label title =
                new Label(
                        "Learned filters beside the hand-designed ones (NCC: how alike, 1 at most)");
        title.getStyleClass().add("panel-title");
        title.setWrapText(true);
        title.setMinHeight(Label.USE_PREF_SIZE);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("filter-grid");
        List<FilterSpec> designed = model.designedFilters();
        for (int k = 0; k < designed.size(); k++) {
            MapView now = Maps.map(display, "weight-map");
            now.setShowValues(false);
            now.setId("learn-filter-" + k);
            Label caption = new Label();
            learned.add(now);
            captions.add(caption);
            MapView hand = Maps.map(display, "weight-map");
            hand.setShowValues(false);
            Maps.showWeights(hand, designed.get(k).filter());
            grid.add(Maps.captioned(now, caption), 0, k);
            grid.add(Maps.captioned(hand, new Label("Designed " + designed.get(k).name())), 1, k);
        }
        Label learnedCount = new Label(model.learnedCountText());
        Label denseCount = new Label(model.denseCountText());
        VBox counts = new VBox(learnedCount, denseCount);
        counts.setId("learn-counts");
        counts.getStyleClass().add("counts");
        for (Label l : List.of(learnedCount, denseCount)) {
            l.setWrapText(true);
            l.setMinHeight(Label.USE_PREF_SIZE);
        }
        getChildren().addAll(title, grid, counts);
        model.filtersProperty().addListener(o -> update());
        model.nccProperty().addListener((javafx.beans.InvalidationListener) o -> update());
        update();
    }

    private void update() {
        List<FilterSpec> now = model.getFilters();
        List<Double> ncc = model.nccProperty();
        for (int k = 0; k < learned.size() && k < now.size(); k++) {
            Maps.showWeights(learned.get(k), now.get(k).filter());
            String similarity = k < ncc.size() ? "\nNCC " + NumberText.compact(ncc.get(k), 3) : "";
            captions.get(k)
                    .setText(
                            "Learned "
                                    + now.get(k).name()
                                    + "\nbias "
                                    + NumberText.compact(now.get(k).filter().bias(), 3)
                                    + similarity);
        }
    }
}
