package org.convlab.view.params;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.convlab.core.Padding;
import org.convlab.viewmodel.params.ParametersViewModel;

/** The controls describing the layer: input, filters, kernel, padding, stride, dilation, bias, preset. */
final class LayerControls extends VBox {
    LayerControls(ParametersViewModel model) {
        getStyleClass().add("layer-controls");
        setSpacing(8);

        Label title = new Label("The layer");
        title.getStyleClass().add("section-title");

        Button homework = new Button(ParametersViewModel.HOMEWORK);
        homework.setId("params-homework");
        homework.setMaxWidth(Double.MAX_VALUE);
        homework.setWrapText(true);
        homework.setOnAction(e -> model.applyHomeworkPreset());

        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(6);
        int row = 0;
        // The rows of two or three fields put their name on a line of its own, so that the
        // fields keep their room even where the column is at its narrowest.
        grid.add(label("Input H × W × C"), 0, row++, 2, 1);
        grid.add(triple(
                new IntegerInput(model.height(), "params-height", 5),
                new IntegerInput(model.width(), "params-width", 5),
                new IntegerInput(model.channels(), "params-channels", 3)), 0, row++, 2, 1);
        grid.addRow(row++, label("Filters N"), new IntegerInput(model.filters(), "params-filters", 4));
        grid.add(label("Kernel KH × KW"), 0, row++, 2, 1);
        grid.add(triple(
                new IntegerInput(model.kernelHeight(), "params-kernel-height", 3),
                new IntegerInput(model.kernelWidth(), "params-kernel-width", 3)), 0, row++, 2, 1);

        ComboBox<Padding.Kind> padding = new ComboBox<>();
        padding.setId("params-padding");
        padding.getItems().setAll(Padding.Kind.values());
        padding.valueProperty().bindBidirectional(model.paddingKindProperty());
        padding.setConverter(new StringConverter<>() {
            @Override
            public String toString(Padding.Kind k) {
                if (k == null) {
                    return "";
                }
                switch (k) {
                    case SAME:
                        return "same";
                    case FULL:
                        return "full";
                    case EXPLICIT:
                        return "P zeros";
                    case VALID:
                    default:
                        return "valid";
                }
            }

            @Override
            public Padding.Kind fromString(String s) {
                return null;
            }
        });
        padding.setAccessibleText("Padding");
        IntegerInput amount = new IntegerInput(model.paddingAmount(), "params-padding-amount", 3);
        amount.visibleProperty().bind(model.paddingKindProperty().isEqualTo(Padding.Kind.EXPLICIT));
        amount.managedProperty().bind(amount.visibleProperty());
        grid.addRow(row++, label("Padding"), new HBox(6, padding, amount));
        grid.addRow(row++, label("Stride"), new IntegerInput(model.stride(), "params-stride", 3));
        grid.addRow(row++, label("Dilation"), new IntegerInput(model.dilation(), "params-dilation", 3));
        CheckBox bias = new CheckBox("one bias per filter");
        bias.setId("params-bias");
        // on a narrow column it takes a second line rather than ending in "…"
        bias.setWrapText(true);
        bias.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        bias.selectedProperty().bindBidirectional(model.biasProperty());
        grid.addRow(row++, label("Bias"), bias);

        Label error = new Label();
        error.setId("params-error");
        error.getStyleClass().add("layer-error");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        getChildren().addAll(title, homework, grid, error);
        setPadding(new Insets(0, 0, 8, 0));
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("control-label");
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private static Node triple(Node... nodes) {
        HBox box = new HBox(4);
        for (int i = 0; i < nodes.length; i++) {
            if (i > 0) {
                Label times = new Label("×");
                times.setPadding(new Insets(4, 0, 0, 0));
                box.getChildren().add(times);
            }
            box.getChildren().add(nodes[i]);
            HBox.setHgrow(nodes[i], Priority.SOMETIMES);
        }
        return box;
    }

    static Label working(javafx.beans.value.ObservableValue<String> text, String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("working");
        l.setWrapText(true);
        l.textProperty().bind(text);
        return l;
    }
}
