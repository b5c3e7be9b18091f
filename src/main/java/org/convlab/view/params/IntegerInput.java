package org.convlab.view.params;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.convlab.viewmodel.params.IntegerField;

/**
 * A text field for a whole number with its problem written right under it, so a wrong value is
 * named where it was typed and the typed text is kept as it is.
 */
final class IntegerInput extends VBox {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final TextField field = new TextField();
    private final Label error = new Label();

    IntegerInput(IntegerField model, String id, int columns) {
        getStyleClass().add("integer-input");
        field.setId(id);
        field.setPrefColumnCount(columns);
        // A crowded row would otherwise squeeze a field to nothing; parameters.css keeps room for
        // three digits (in em, so it grows with the presenter scale).
        field.textProperty().bindBidirectional(model.textProperty());
        field.setAccessibleText(model.getName());
        field.setTooltip(
                new Tooltip(
                        model.getName() + ", from " + model.getMin() + " to " + model.getMax()));
        error.setId(id + "-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        model.errorProperty()
                .addListener(
                        (obs, was, now) -> field.pseudoClassStateChanged(INVALID, !now.isEmpty()));
        field.pseudoClassStateChanged(INVALID, !model.getError().isEmpty());
        field.accessibleHelpProperty()
                .bind(
                        Bindings.when(model.errorProperty().isEmpty())
                                .then("")
                                .otherwise(model.errorProperty()));
        getChildren().addAll(field, error);
    }

    TextField field() {
        return field;
    }

    Label error() {
        return error;
    }
}
