package org.convlab.view.detector;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.convlab.conv.Pooling;
import org.convlab.conv.ReceptiveField;
import org.convlab.conv.SecondLayer;
import org.convlab.conv.Workspace;
import org.convlab.viewmodel.detector.DetectorViewModel;
import org.convlab.viewmodel.detector.StagesViewModel;

/**
 * The stages after the filter bank: pooling (kind, size, stride), layer 2 (made from the offsets,
 * edited weight by weight, or removed) and the receptive-field table of the selected filter.
 */
final class StagesPane extends VBox {
    private static final String NONE = "none";

    private final DetectorViewModel model;
    private final StagesViewModel stages;
    private final ComboBox<String> kind =
            new ComboBox<>(
                    FXCollections.observableArrayList(
                            NONE, "max", "average", "global-max", "global-average"));
    private final Spinner<Integer> size = new Spinner<>(1, 16, 2);
    private final Spinner<Integer> stride = new Spinner<>(1, 16, 2);
    private final Button showAsLayer = new Button("Show as second layer");
    private final Button useOffsets = new Button("Use gains and offsets");
    private final Spinner<Integer> rows = new Spinner<>(1, StagesViewModel.MAX_EDITED_SIDE, 1);
    private final Spinner<Integer> cols = new Spinner<>(1, StagesViewModel.MAX_EDITED_SIDE, 1);
    private final NumberField bias;
    private final VBox kernel = new VBox(4);
    private final GridPane table = new GridPane();
    private final Label error = new Label();
    private boolean updating;

    StagesPane(DetectorViewModel model) {
        super(6);
        this.model = model;
        this.stages = model.stages();
        kind.setId("pool-kind");
        size.setId("pool-size");
        stride.setId("pool-stride");
        showAsLayer.setId("show-as-second-layer");
        useOffsets.setId("use-offsets");
        rows.setId("layer2-rows");
        cols.setId("layer2-cols");
        kernel.setId("layer2-kernel");
        table.setId("field-table");
        error.setId("stages-error");
        size.setPrefWidth(70);
        stride.setPrefWidth(70);
        rows.setPrefWidth(70);
        cols.setPrefWidth(70);
        bias =
                new NumberField(
                        "layer2-bias",
                        70,
                        t -> {
                            Double v = model.layerSettings().parseNumber(t, "layer 2 bias");
                            return report(v != null && stages.setBias(v));
                        });
        kind.valueProperty().addListener((o, a, b) -> applyPooling());
        size.valueProperty().addListener((o, a, b) -> applyPooling());
        stride.valueProperty().addListener((o, a, b) -> applyPooling());
        showAsLayer.setOnAction(e -> report(stages.showAsSecondLayer()));
        useOffsets.setOnAction(e -> report(stages.useGainsAndOffsets()));
        rows.valueProperty().addListener((o, a, b) -> resizeLayer());
        cols.valueProperty().addListener((o, a, b) -> resizeLayer());

        GridPane pooling = new GridPane();
        pooling.setHgap(8);
        pooling.setVgap(6);
        pooling.addRow(0, new Label("Pooling"), kind);
        pooling.addRow(1, new Label("Window"), size);
        pooling.addRow(2, new Label("Stride"), stride);
        FlowPane buttons = new FlowPane(6, 6, showAsLayer, useOffsets);
        Label unused =
                new Label(
                        "Layer 2 replaces the sum: each filter's gain and offset are kept but not"
                                + " used until you go back to them.");
        unused.setWrapText(true);
        unused.getStyleClass().add("hint");
        unused.visibleProperty().bind(useOffsets.disabledProperty().not());
        unused.managedProperty().bind(unused.visibleProperty());
        GridPane shape = new GridPane();
        shape.setHgap(8);
        shape.setVgap(6);
        shape.addRow(0, new Label("Layer 2"), new HBox(6, rows, new Label("×"), cols));
        shape.addRow(1, new Label("Bias"), bias);
        shape.getStyleClass().add("layer2-shape");
        table.setHgap(8);
        table.setVgap(2);
        Label tableTitle = new Label("Receptive field (r = r_in + (k − 1)·d·j_in, j = j_in·s)");
        tableTitle.setWrapText(true);
        tableTitle.getStyleClass().add("hint");
        error.getStyleClass().add("inline-error");
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        error.setVisible(false);
        getChildren().addAll(pooling, buttons, unused, shape, kernel, tableTitle, table, error);
        model.workspaceProperty().addListener((o, a, b) -> update(b));
        stages.fieldProperty()
                .addListener((ListChangeListener<ReceptiveField.Stage>) c -> showTable());
        update(model.getWorkspace());
        showTable();
    }

    private void applyPooling() {
        if (updating || kind.getValue() == null) {
            return;
        }
        Pooling.Kind k = NONE.equals(kind.getValue()) ? null : Pooling.Kind.parse(kind.getValue());
        Pooling now = model.getWorkspace().pooling();
        boolean same =
                k == null
                        ? now == null
                        : now != null
                                && now.kind() == k
                                && (k.global()
                                        || (now.size() == size.getValue()
                                                && now.stride() == stride.getValue()));
        if (!same) {
            report(stages.setPooling(k, size.getValue(), stride.getValue()));
        }
    }

    private void resizeLayer() {
        SecondLayer l = model.getWorkspace().secondLayer();
        if (updating || l == null) {
            return;
        }
        if (l.height() != rows.getValue() || l.width() != cols.getValue()) {
            report(stages.resize(rows.getValue(), cols.getValue()));
        }
    }

    private boolean report(boolean ok) {
        error.setText(ok ? "" : model.getMessage());
        error.setVisible(!ok);
        if (!ok) {
            update(model.getWorkspace());
        }
        return ok;
    }

    private void update(Workspace ws) {
        updating = true;
        try {
            Pooling p = ws.pooling();
            kind.setValue(p == null ? NONE : p.kind().id());
            boolean window = p != null && !p.kind().global();
            if (window) {
                size.getValueFactory().setValue(p.size());
                stride.getValueFactory().setValue(p.stride());
            }
            size.setDisable(!window);
            stride.setDisable(!window);
            SecondLayer l = ws.secondLayer();
            showAsLayer.setDisable(l != null);
            useOffsets.setDisable(l == null);
            rows.setDisable(l == null);
            cols.setDisable(l == null);
            bias.setDisable(l == null);
            if (l != null) {
                rows.getValueFactory()
                        .setValue(Math.min(l.height(), StagesViewModel.MAX_EDITED_SIDE));
                cols.getValueFactory()
                        .setValue(Math.min(l.width(), StagesViewModel.MAX_EDITED_SIDE));
                bias.show(l.bias());
            }
            showKernel(ws);
        } finally {
            updating = false;
        }
    }

    /** One grid of weight fields per slice, in the filter's colour. */
    private void showKernel(Workspace ws) {
        kernel.getChildren().clear();
        SecondLayer l = ws.secondLayer();
        if (l == null) {
            return;
        }
        if (l.height() > StagesViewModel.MAX_EDITED_SIDE
                || l.width() > StagesViewModel.MAX_EDITED_SIDE) {
            Label big =
                    new Label(
                            "Layer 2's kernel is "
                                    + l.height()
                                    + "×"
                                    + l.width()
                                    + ": too large to edit cell by cell here; make it smaller"
                                    + " above, or edit the file");
            big.setWrapText(true);
            big.getStyleClass().add("hint");
            kernel.getChildren().add(big);
            return;
        }
        for (int k = 0; k < l.channels() && k < ws.filters().size(); k++) {
            Label name = new Label("Slice for " + ws.filters().get(k).name());
            name.setStyle("-fx-text-fill: " + FilterColors.web(k) + ";");
            GridPane g = new GridPane();
            g.setHgap(2);
            g.setVgap(2);
            for (int i = 0; i < l.height(); i++) {
                for (int j = 0; j < l.width(); j++) {
                    int slice = k;
                    int row = i;
                    int col = j;
                    NumberField f =
                            new NumberField(
                                    "layer2-w-" + k + "-" + i + "-" + j,
                                    48,
                                    t -> {
                                        Double v =
                                                model.layerSettings()
                                                        .parseNumber(t, "layer 2 weight");
                                        return report(
                                                v != null && stages.setWeight(slice, row, col, v));
                                    });
                    f.show(l.weight(k, i, j));
                    g.add(f, j, i);
                }
            }
            kernel.getChildren().addAll(name, g);
        }
    }

    private void showTable() {
        table.getChildren().clear();
        List<String> head = List.of("Stage", "k", "s", "j", "r");
        for (int c = 0; c < head.size(); c++) {
            Label h = new Label(head.get(c));
            h.getStyleClass().add("table-head");
            table.add(h, c, 0);
        }
        List<ReceptiveField.Stage> list = stages.fieldProperty();
        for (int i = 0; i < list.size(); i++) {
            ReceptiveField.Stage s = list.get(i);
            Label name = new Label(s.name());
            name.setWrapText(true);
            Label r = new Label(s.field());
            r.setId("field-r-" + i);
            Label formula = new Label(s.formula());
            formula.setId("field-formula-" + i);
            formula.setWrapText(true);
            formula.getStyleClass().add("hint");
            table.addRow(
                    2 * i + 1,
                    name,
                    new Label(s.kernel()),
                    new Label(s.stride()),
                    new Label(s.jump()),
                    r);
            table.add(formula, 0, 2 * i + 2, 5, 1);
        }
    }
}
