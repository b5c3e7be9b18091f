package org.convlab.view.translation;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.convlab.viewmodel.translation.Preset;
import org.convlab.viewmodel.translation.TranslationViewModel;

/**
 * The signal and kernel as typed numbers with +/− buttons and presets. A typed list is applied on
 * Enter or when the field loses focus; a refused one stays in the field, so nothing typed is lost,
 * and the message names the bad entry.
 */
final class DataEditor extends VBox {
    DataEditor(TranslationViewModel model, org.convlab.viewmodel.DisplaySettings display) {
        getStyleClass().add("data-editor");
        ComboBox<Preset> presets = new ComboBox<>();
        presets.getItems().addAll(Preset.values());
        presets.setPromptText("Presets…");
        presets.setId("preset");
        presets.setMinWidth(Region.USE_PREF_SIZE);
        presets.setTooltip(new Tooltip("Load a ready-made signal and kernel"));
        presets.setOnAction(e -> {
            Preset p = presets.getValue();
            if (p != null) {
                model.applyPreset(p);
            }
        });

        HBox signalRow = row("Signal", "signal", model, true);
        HBox kernelRow = row("Kernel", "kernel", model, false);
        Label presetLabel = new Label("Preset");
        presetLabel.getStyleClass().add("field-label");
        presetLabel.setMinWidth(Region.USE_PREF_SIZE);
        BarPlot kernelPlot = new BarPlot(display, BarPlot.Kind.SIGNAL);
        kernelPlot.setId("plot-kernel");
        kernelPlot.setPrefWidth(150);
        kernelPlot.setMinWidth(110);
        kernelPlot.setBaseHeight(64);
        kernelPlot.setMinHeight(56);
        kernelPlot.setOnBarNudged((i, d) -> model.setKernelValue(i, model.getKernel()[i] + d));
        Runnable showKernel = () -> {
            double[] k = model.getKernel();
            kernelPlot.setBars(k, 0);
            kernelPlot.setAxis(0, Math.max(k.length - 1, 2));
        };
        showKernel.run();
        model.revisionProperty().addListener((o, a, b) -> showKernel.run());
        HBox top = new HBox(10, signalRow, kernelRow, kernelPlot, presetLabel, presets);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(signalRow, Priority.ALWAYS);

        Label error = new Label();
        error.setId("input-error");
        error.getStyleClass().add("input-error");
        error.textProperty().bind(model.inputErrorProperty());
        error.visibleProperty().bind(model.inputErrorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        error.setWrapText(true);
        setSpacing(4);
        getChildren().addAll(top, error);
    }

    private static HBox row(String title, String id, TranslationViewModel model, boolean isSignal) {
        Label label = new Label(title);
        label.getStyleClass().add("field-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        TextField field = new TextField();
        field.setId(id + "-field");
        field.setPrefColumnCount(isSignal ? 22 : 9);
        field.setTooltip(new Tooltip("Numbers separated by commas; press Enter to apply"));
        Runnable load = () -> field.setText(isSignal ? model.getSignalText() : model.getKernelText());
        load.run();
        (isSignal ? model.signalTextProperty() : model.kernelTextProperty()).addListener((o, a, b) -> load.run());
        Runnable commit = () -> {
            String current = isSignal ? model.getSignalText() : model.getKernelText();
            if (!field.getText().equals(current)) {
                if (isSignal) {
                    model.editSignal(field.getText());
                } else {
                    model.editKernel(field.getText());
                }
            }
        };
        field.setOnAction(e -> commit.run());
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commit.run();
            }
        });
        Button add = new Button("+");
        add.setId(id + "-add");
        add.setTooltip(new Tooltip("Append a 0 to the " + id));
        add.setOnAction(e -> {
            if (isSignal) {
                model.addSignalValue();
            } else {
                model.addKernelValue();
            }
        });
        Button remove = new Button("\u2212");
        remove.setId(id + "-remove");
        remove.setTooltip(new Tooltip("Remove the " + id + "'s last value"));
        remove.setOnAction(e -> {
            if (isSignal) {
                model.removeSignalValue();
            } else {
                model.removeKernelValue();
            }
        });
        HBox box = new HBox(6, label, field, add, remove);
        box.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(field, Priority.ALWAYS);
        return box;
    }
}
