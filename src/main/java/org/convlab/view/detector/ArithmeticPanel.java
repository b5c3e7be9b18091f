package org.convlab.view.detector;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.convlab.view.shared.Presenting;
import org.convlab.viewmodel.DisplaySettings;
import org.convlab.viewmodel.detector.ArithmeticText;
import org.convlab.viewmodel.detector.DetectorViewModel;

/** The arithmetic of the cell in focus, written out term by term. */
final class ArithmeticPanel extends VBox {
    private final Label heading = new Label();
    private final Label text = new Label();

    ArithmeticPanel(DetectorViewModel model, DisplaySettings display) {
        super(2);
        setId("arithmetic-panel");
        getStyleClass().add("arithmetic-panel");
        heading.getStyleClass().add("panel-heading");
        heading.setId("arithmetic-heading");
        text.setId("arithmetic-text");
        text.getStyleClass().add("arithmetic-text");
        text.setWrapText(true);
        ScrollPane scroll = new ScrollPane(text);
        scroll.setId("arithmetic-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // Many filters make many lines; beyond about five the panel scrolls instead of eating the
        // maps.
        // On the stage, fewer: the maps need the height more than a long NCC working does.
        scroll.maxHeightProperty()
                .bind(
                        Bindings.createDoubleBinding(
                                () ->
                                        text.getFont().getSize()
                                                * (display.isPresenting() ? 4.5 : 8.5),
                                text.fontProperty(),
                                display.presentingProperty()));
        // The panel keeps the height of its longest explanation (the argmax's, a line per filter):
        // hovering a cell explains it in fewer lines, and a shrinking panel would move the maps
        // under the mouse. It starts over when the filters or the text size change.
        DoubleProperty reserved = new SimpleDoubleProperty();
        text.heightProperty()
                .addListener(
                        (o, was, now) -> reserved.set(Math.max(reserved.get(), now.doubleValue())));
        Runnable startOver =
                () -> {
                    reserved.set(0);
                    Platform.runLater(
                            () -> reserved.set(Math.max(reserved.get(), text.getHeight())));
                };
        text.fontProperty().addListener((o, was, now) -> startOver.run());
        model.workspaceProperty()
                .addListener(
                        (o, was, now) -> {
                            if (was == null
                                    || now == null
                                    || was.filters().size() != now.filters().size()) {
                                startOver.run();
                            }
                        });
        scroll.prefViewportHeightProperty().bind(reserved);
        scroll.getStyleClass().add("arithmetic-scroll");
        getChildren().addAll(heading, scroll);
        // On the stage the arithmetic speaks for itself; its heading's line goes to the maps.
        Presenting.hideWhile(display, heading);
        Runnable update =
                () -> {
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
        String formula = ArithmeticText.formula(m.getWorkspace().matching());
        if (m.getProbe() != null) {
            return "The cell under the mouse (" + formula + "); click to pin, Esc to unpin";
        }
        if (m.animation().isActive()) {
            return "The kernel at this position (" + formula + ")";
        }
        return "Why the argmax wins (" + formula + "); hover any response cell for its arithmetic";
    }
}
