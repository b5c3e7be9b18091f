package org.convlab.view.detector;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.convlab.viewmodel.detector.DetectorViewModel;

/** The arithmetic of the cell in focus, written out term by term. */
final class ArithmeticPanel extends VBox {
    private final Label heading = new Label();
    private final Label text = new Label();

    ArithmeticPanel(DetectorViewModel model) {
        super(2);
        setId("arithmetic-panel");
        getStyleClass().add("arithmetic-panel");
        heading.getStyleClass().add("panel-heading");
        heading.setId("arithmetic-heading");
        text.setId("arithmetic-text");
        text.getStyleClass().add("arithmetic-text");
        text.setWrapText(true);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(text);
        scroll.setId("arithmetic-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        // Many filters make many lines; beyond about five the panel scrolls instead of eating the maps.
        scroll.maxHeightProperty().bind(text.fontProperty().map(f -> f.getSize() * 8.5));
        scroll.prefViewportHeightProperty().bind(text.heightProperty());
        scroll.getStyleClass().add("arithmetic-scroll");
        getChildren().addAll(heading, scroll);
        Runnable update = () -> {
            DetectorViewModel.Focus f = model.getFocus();
            text.setText(f == null ? "" : String.join("\n", f.lines()));
            heading.setText(heading(model));
        };
        model.focusProperty().addListener((o, a, b) -> update.run());
        model.probeProperty().addListener((o, a, b) -> update.run());
        model.animation().activeProperty().addListener((o, a, b) -> update.run());
        update.run();
    }

    /** What the panel is explaining, in words. */
    private static String heading(DetectorViewModel m) {
        String formula = org.convlab.viewmodel.detector.ArithmeticText.formula(m.getWorkspace().matching());
        if (m.getProbe() != null) {
            return "The cell under the mouse (" + formula + "); click to pin, Esc to unpin";
        }
        if (m.animation().isActive()) {
            return "The kernel at this position (" + formula + ")";
        }
        return "Why the argmax wins (" + formula + "); hover any response cell for its arithmetic";
    }
}
