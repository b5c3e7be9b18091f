package org.convlab.view.detector;

import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.convlab.conv.Activation;
import org.convlab.conv.MatchMode;
import org.convlab.conv.Workspace;
import org.convlab.view.shared.Converters;
import org.convlab.viewmodel.detector.ArithmeticText;
import org.convlab.viewmodel.detector.DetectorViewModel;

/** The layer-wide settings: matching mode, activation, padding, stride, dilation and flip. */
final class SettingsPane extends VBox {
    private final DetectorViewModel model;
    private final ComboBox<MatchMode> matching =
            new ComboBox<>(FXCollections.observableArrayList(MatchMode.values()));
    private final ComboBox<Activation> activation =
            new ComboBox<>(FXCollections.observableArrayList(Activation.values()));
    private final ComboBox<String> padding =
            new ComboBox<>(
                    FXCollections.observableArrayList("valid", "same", "full", "1", "2", "3"));
    private final Spinner<Integer> stride = new Spinner<>(1, 8, 1);
    private final Spinner<Integer> dilation = new Spinner<>(1, 8, 1);
    private final CheckBox flip = new CheckBox("Flip kernel (true convolution)");
    private final Label formula = new Label();
    private final Label error = new Label();
    private boolean updating;

    SettingsPane(DetectorViewModel model) {
        super(6);
        this.model = model;
        matching.setId("matching");
        activation.setId("activation");
        padding.setId("padding");
        stride.setId("stride");
        dilation.setId("dilation");
        flip.setId("flip");
        formula.setId("matching-formula");
        error.setId("settings-error");
        matching.setConverter(Converters.of(MatchMode::label, s -> MatchMode.RAW));
        activation.setConverter(
                Converters.of(a -> a == Activation.RELU ? "ReLU" : "None", s -> Activation.NONE));
        padding.setEditable(true);
        padding.setPrefWidth(110);
        padding.setTooltip(new Tooltip("valid, same, full, or a number of zeros on every side"));
        stride.setPrefWidth(80);
        dilation.setPrefWidth(80);
        matching.valueProperty()
                .addListener(
                        (o, a, b) -> {
                            if (!updating && b != null) {
                                report(model.layerSettings().setMatching(b));
                            }
                        });
        activation
                .valueProperty()
                .addListener(
                        (o, a, b) -> {
                            if (!updating && b != null) {
                                report(model.layerSettings().setActivation(b));
                            }
                        });
        padding.setOnAction(
                e -> {
                    if (!updating
                            && padding.getValue() != null
                            && !padding.getValue()
                                    .trim()
                                    .equals(
                                            model.getWorkspace()
                                                    .convolution()
                                                    .padding()
                                                    .toString())) {
                        report(model.layerSettings().setPaddingText(padding.getValue()));
                    }
                });
        stride.valueProperty()
                .addListener(
                        (o, a, b) -> {
                            if (!updating) {
                                report(model.layerSettings().setStride(b));
                            }
                        });
        dilation.valueProperty()
                .addListener(
                        (o, a, b) -> {
                            if (!updating) {
                                report(model.layerSettings().setDilation(b));
                            }
                        });
        flip.selectedProperty()
                .addListener(
                        (o, a, b) -> {
                            if (!updating) {
                                report(model.layerSettings().setFlip(b));
                            }
                        });
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.addRow(0, new Label("Matching"), matching);
        g.addRow(1, new Label("Activation"), activation);
        g.addRow(2, new Label("Padding"), padding);
        g.addRow(3, new Label("Stride"), stride);
        g.addRow(4, new Label("Dilation"), dilation);
        formula.setWrapText(true);
        formula.getStyleClass().add("hint");
        error.getStyleClass().add("inline-error");
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        error.setVisible(false);
        getChildren().addAll(g, flip, formula, error);
        model.workspaceProperty().addListener((o, a, b) -> update(b));
        update(model.getWorkspace());
    }

    private void report(boolean ok) {
        error.setText(ok ? "" : model.getMessage());
        error.setVisible(!ok);
        if (!ok) {
            update(model.getWorkspace());
        }
    }

    private void update(Workspace ws) {
        updating = true;
        try {
            matching.setValue(ws.matching());
            activation.setValue(ws.activation());
            String p = ws.convolution().padding().toString();
            if (!p.equals(padding.getValue())) {
                padding.setValue(p);
            }
            stride.getValueFactory().setValue(ws.convolution().stride());
            dilation.getValueFactory().setValue(ws.convolution().dilation());
            flip.setSelected(ws.convolution().flip());
            formula.setText(ArithmeticText.formula(ws.matching()));
        } finally {
            updating = false;
        }
    }
}
