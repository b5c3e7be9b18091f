package org.convlab.view.params;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.convlab.conv.Padding;
import org.convlab.viewmodel.params.ParametersViewModel;

/**
 * The controls describing the layer: input, filters, kernel, padding, stride, dilation, bias,
 * preset. Each is a group of its name and its fields, and the groups flow: down a narrow column
 * beside the table on a wide screen, across the page as a compact bar of one or two rows above it
 * otherwise.
 */
final class LayerControls extends VBox {
    LayerControls(ParametersViewModel model) {
        setId("params-controls");
        // "left-column": the box no field may run out of, whether it is the column or the bar.
        getStyleClass().addAll("layer-controls", "left-column");

        Label title = new Label("The layer");
        title.getStyleClass().add("section-title");
        title.setMinWidth(Label.USE_PREF_SIZE);

        Button homework = new Button(ParametersViewModel.HOMEWORK);
        homework.setId("params-homework");
        homework.setMinWidth(Button.USE_PREF_SIZE);
        homework.setOnAction(e -> model.applyHomeworkPreset());

        ComboBox<Padding.Kind> padding = new ComboBox<>();
        padding.setId("params-padding");
        padding.getItems().setAll(Padding.Kind.values());
        padding.valueProperty().bindBidirectional(model.paddingKindProperty());
        padding.setConverter(
                new StringConverter<>() {
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
        CheckBox bias = new CheckBox("one bias per filter");
        bias.setId("params-bias");
        bias.setMinWidth(CheckBox.USE_PREF_SIZE);
        bias.selectedProperty().bindBidirectional(model.biasProperty());

        // The preset last: on a bar it ends the last row, where it is found without reading the
        // rest.
        FlowPane groups =
                new FlowPane(
                        group(title),
                        group(
                                label("Input H × W × C"),
                                triple(
                                        new IntegerInput(model.height(), "params-height", 4),
                                        new IntegerInput(model.width(), "params-width", 4),
                                        new IntegerInput(model.channels(), "params-channels", 3))),
                        group(
                                label("Filters N"),
                                new IntegerInput(model.filters(), "params-filters", 3)),
                        group(
                                label("Kernel KH × KW"),
                                triple(
                                        new IntegerInput(
                                                model.kernelHeight(), "params-kernel-height", 3),
                                        new IntegerInput(
                                                model.kernelWidth(), "params-kernel-width", 3))),
                        group(label("Padding"), padding, amount),
                        group(
                                label("Stride"),
                                new IntegerInput(model.stride(), "params-stride", 3)),
                        group(
                                label("Dilation"),
                                new IntegerInput(model.dilation(), "params-dilation", 3)),
                        group(label("Bias"), bias),
                        group(homework));
        groups.getStyleClass().add("control-groups");
        // Its preferred width is its widest group: as a column it is just wide enough for that.
        groups.setPrefWrapLength(0);

        Label error = new Label();
        error.setId("params-error");
        error.getStyleClass().add("layer-error");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        getChildren().addAll(groups, error);
    }

    /** A control with its name, kept together on one line. */
    private static HBox group(Node... nodes) {
        HBox box = new HBox(nodes);
        box.getStyleClass().add("control-group");
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(HBox.USE_PREF_SIZE);
        return box;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("control-label");
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private static Node triple(Node... nodes) {
        HBox box = new HBox();
        box.getStyleClass().add("field-row");
        box.setAlignment(Pos.CENTER_LEFT);
        for (int i = 0; i < nodes.length; i++) {
            if (i > 0) {
                Label times = new Label("×");
                times.setMinWidth(Label.USE_PREF_SIZE);
                box.getChildren().add(times);
            }
            box.getChildren().add(nodes[i]);
        }
        return box;
    }

    static Label working(ObservableValue<String> text, String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("working");
        l.setWrapText(true);
        l.textProperty().bind(text);
        return l;
    }
}
