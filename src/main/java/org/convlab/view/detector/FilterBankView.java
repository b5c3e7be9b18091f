package org.convlab.view.detector;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.convlab.conv.Workspace;
import org.convlab.view.shared.Presenting;
import org.convlab.viewmodel.DisplaySettings;
import org.convlab.viewmodel.detector.DetectorViewModel;

/** The filter bank: one card per filter, in detector order, and buttons to add one. */
final class FilterBankView extends VBox {
    private final DetectorViewModel model;
    private final DisplaySettings display;
    private final VBox cards = new VBox(10);
    private final List<FilterCard> cardList = new ArrayList<>();

    FilterBankView(DetectorViewModel model, DisplaySettings display) {
        super(8);
        this.model = model;
        this.display = display;
        getStyleClass().add("filter-bank");
        Button add = new Button("+ Add filter");
        add.setId("add-filter");
        add.setOnAction(e -> model.filterBank().addFilter());
        Button fromSelection = new Button("Filter from selection");
        fromSelection.setId("filter-from-selection");
        fromSelection.disableProperty().bind(model.selectionProperty().isNull());
        fromSelection.setOnAction(e -> model.filterBank().filterFromSelection());
        HBox buttons = new HBox(6, add, fromSelection);
        getChildren().addAll(cards, buttons);
        Presenting.hideWhile(display, buttons);
        model.workspaceProperty()
                .addListener(
                        (o, a, b) -> {
                            // A brush dab changes only the image; the cards need no refresh then.
                            if (a == null || a.filters() != b.filters()) {
                                sync(b);
                            }
                        });
        sync(model.getWorkspace());
    }

    List<FilterCard> cards() {
        return cardList;
    }

    private void sync(Workspace ws) {
        int n = ws.filters().size();
        while (cardList.size() < n) {
            FilterCard c = new FilterCard(model, display, cardList.size());
            cardList.add(c);
            cards.getChildren().add(c);
        }
        while (cardList.size() > n) {
            cards.getChildren().remove(cardList.remove(cardList.size() - 1));
        }
        for (int k = 0; k < n; k++) {
            cardList.get(k).setIndex(k);
            cardList.get(k).update();
        }
    }
}
