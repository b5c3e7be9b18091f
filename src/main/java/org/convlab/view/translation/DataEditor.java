package org.convlab.view.translation;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.convlab.viewmodel.DisplaySettings;
import org.convlab.viewmodel.translation.Preset;
import org.convlab.viewmodel.translation.TranslationViewModel;

/**
 * The signal and kernel as typed numbers with +/− buttons and presets. A typed list is applied on
 * Enter or when the field loses focus; a refused one stays in the field, so nothing typed is lost,
 * and the message names the bad entry.
 */
final class DataEditor extends VBox {
    /** Room for the caret and a typed digit or two beyond the text, in em. */
    private static final double SLACK_EM = 1.5;

    DataEditor(TranslationViewModel model, DisplaySettings display) {
        setId("data-editor");
        getStyleClass().add("data-editor");
        ComboBox<Preset> presets = new ComboBox<>();
        presets.getItems().addAll(Preset.values());
        presets.setPromptText("Presets…");
        presets.setId("preset");
        presets.setMinWidth(Region.USE_PREF_SIZE);
        presets.setTooltip(new Tooltip("Load a ready-made signal and kernel"));
        presets.setOnAction(
                e -> {
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
        kernelPlot.setPrefWidth(104);
        kernelPlot.setMinWidth(90);
        kernelPlot.setMaxWidth(104);
        kernelPlot.setBaseHeight(50);
        kernelPlot.setMinHeight(50);
        kernelPlot.setOnBarNudged((i, d) -> model.setKernelValue(i, model.getKernel()[i] + d));
        Runnable showKernel =
                () -> {
                    double[] k = model.getKernel();
                    kernelPlot.setBars(k, 0);
                    kernelPlot.setAxis(0, Math.max(k.length - 1, 2));
                };
        showKernel.run();
        // too small to read across a room, and the kernel's numbers stand in its field
        kernelPlot.visibleProperty().bind(display.presentingProperty().not());
        kernelPlot.managedProperty().bind(kernelPlot.visibleProperty());
        model.revisionProperty().addListener((o, a, b) -> showKernel.run());
        // the choice's own "Presets…" says it on a projector
        presetLabel.visibleProperty().bind(display.presentingProperty().not());
        presetLabel.managedProperty().bind(presetLabel.visibleProperty());
        HBox presetRow = new HBox(6, presetLabel, presets);
        presetRow.setAlignment(Pos.CENTER_LEFT);
        presetRow.setMinWidth(Region.USE_PREF_SIZE);
        // A flow: on a narrow screen or at presenter size the groups wrap onto a second line; the
        // fields keep the width of their whole text, never squeezed to nothing.
        FlowPane top = new FlowPane(12, 6, signalRow, kernelRow, kernelPlot, presetRow);
        top.setId("data-bar");
        top.setAlignment(Pos.CENTER_LEFT);
        top.setRowValignment(VPos.CENTER);
        top.setPrefWrapLength(200);
        top.setMinWidth(0);
        // the longest text a field may claim: the row's width less the label and buttons beside it
        top.widthProperty()
                .addListener(
                        (o, a, b) -> {
                            for (HBox row : new HBox[] {signalRow, kernelRow}) {
                                ((TextField) row.getChildren().get(1))
                                        .setMaxWidth(
                                                Math.max(
                                                        80,
                                                        b.doubleValue()
                                                                - 160 * display.getScale()));
                            }
                            fit((TextField) signalRow.getChildren().get(1));
                            fit((TextField) kernelRow.getChildren().get(1));
                        });

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
        field.setPrefColumnCount(isSignal ? 12 : 5);
        field.textProperty().addListener((o, a, b) -> fit(field));
        field.fontProperty().addListener((o, a, b) -> fit(field));
        field.paddingProperty().addListener((o, a, b) -> fit(field));
        fit(field);
        field.setTooltip(new Tooltip("Numbers separated by commas; press Enter to apply"));
        Runnable load =
                () -> field.setText(isSignal ? model.getSignalText() : model.getKernelText());
        load.run();
        (isSignal ? model.signalTextProperty() : model.kernelTextProperty())
                .addListener((o, a, b) -> load.run());
        Runnable commit =
                () -> {
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
        field.focusedProperty()
                .addListener(
                        (o, was, is) -> {
                            if (!is) {
                                commit.run();
                            }
                        });
        Button add = new Button("+");
        add.setId(id + "-add");
        add.setTooltip(new Tooltip("Append a 0 to the " + id));
        add.setOnAction(
                e -> {
                    if (isSignal) {
                        model.addSignalValue();
                    } else {
                        model.addKernelValue();
                    }
                });
        Button remove = new Button("\u2212");
        remove.setId(id + "-remove");
        remove.setTooltip(new Tooltip("Remove the " + id + "'s last value"));
        remove.setOnAction(
                e -> {
                    if (isSignal) {
                        model.removeSignalValue();
                    } else {
                        model.removeKernelValue();
                    }
                });
        HBox box = new HBox(6, label, field, add, remove);
        box.setId(id + "-row");
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    /**
     * The whole text's width plus the field's padding and room for the caret: never less, so
     * nothing typed hides.
     */
    static double textWidth(TextField field) {
        Text t = new Text(field.getText() == null ? "" : field.getText());
        t.setFont(field.getFont());
        Insets in = field.getPadding();
        double pad = in == null ? 0 : in.getLeft() + in.getRight();
        return Math.ceil(
                t.getLayoutBounds().getWidth() + pad + SLACK_EM * field.getFont().getSize() + 4);
    }

    private static void fit(TextField field) {
        double w = Math.max(textWidth(field), 4 * field.getFont().getSize());
        double limit = field.getMaxWidth() > 0 ? field.getMaxWidth() : Double.MAX_VALUE;
        field.setPrefWidth(Math.min(w, limit));
        field.setMinWidth(Math.min(w, limit));
    }
}
