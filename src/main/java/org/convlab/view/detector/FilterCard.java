package org.convlab.view.detector;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.convlab.conv.Cell;
import org.convlab.conv.Filter;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.Workspace;
import org.convlab.view.shared.Presenting;
import org.convlab.viewmodel.DisplaySettings;
import org.convlab.viewmodel.detector.ChannelNames;
import org.convlab.viewmodel.detector.DetectorViewModel;

/**
 * One filter of the bank: its name, size, weights (click cycles 0 → +1 → −1, double-click or
 * right-click to type a value, or paint with the weight brush), preset menu, bias, gain and offset.
 */
final class FilterCard extends VBox {
    private final DetectorViewModel model;
    private int index;
    private final TextField name = new TextField();
    private final Spinner<Integer> rows = new Spinner<>(1, DetectorViewModel.MAX_KERNEL, 5);
    private final Spinner<Integer> cols = new Spinner<>(1, DetectorViewModel.MAX_KERNEL, 5);
    private final SliceStrip kernel;
    private final Label weightLabel = new Label();
    private final NumberField weight;
    private final ToggleButton brush = new ToggleButton("Weight brush");
    private final NumberField brushValue;
    private final NumberField bias;
    private final NumberField gain;
    private final Spinner<Integer> dx = new Spinner<>(-64, 64, 0);
    private final Spinner<Integer> dy = new Spinner<>(-64, 64, 0);
    private final Label error = new Label();
    private final Region swatch = new Region();
    private final Button up = new Button("▲");
    private final Button down = new Button("▼");
    private final Button remove = new Button("✕");
    private final PresetMenu presets;
    private int selS;
    private int selI;
    private int selJ;
    private double brushWeight = 1;
    private double beforeDoubleClick;
    private boolean updating;

    FilterCard(DetectorViewModel model, DisplaySettings display, int index) {
        super(6);
        this.model = model;
        getStyleClass().add("filter-card");
        kernel =
                new SliceStrip(
                        display,
                        (s, cell, e) -> pressKernel(s, cell, e.getButton(), e.getClickCount()),
                        (s, cell, e) -> {
                            if (brush.isSelected()) {
                                model.filterBank().paintWeight(cell.row(), cell.col(), brushWeight);
                            }
                        },
                        (s, cell, e) -> model.filterBank().endWeightStroke());
        weight =
                new NumberField(
                        "",
                        70,
                        t -> {
                            Double v = model.layerSettings().parseNumber(t, "weight");
                            return report(
                                    v != null
                                            && model.filterBank()
                                                    .setWeight(this.index, selS, selI, selJ, v));
                        });
        brushValue =
                new NumberField(
                        "",
                        60,
                        t -> {
                            Double v = model.layerSettings().parseNumber(t, "brush weight");
                            if (v != null) {
                                brushWeight = v;
                            }
                            return report(v != null);
                        });
        brushValue.setText("1");
        bias =
                new NumberField(
                        "",
                        60,
                        t -> {
                            Double v = model.layerSettings().parseNumber(t, "bias");
                            return report(v != null && model.filterBank().setBias(this.index, v));
                        });
        gain =
                new NumberField(
                        "",
                        60,
                        t -> {
                            Double v = model.layerSettings().parseNumber(t, "gain");
                            return report(v != null && model.filterBank().setGain(this.index, v));
                        });
        swatch.getStyleClass().add("filter-swatch");
        name.setPrefColumnCount(5);
        name.setOnAction(e -> report(model.filterBank().renameFilter(this.index, name.getText())));
        name.focusedProperty()
                .addListener(
                        (o, a, now) -> {
                            if (!now && !name.getText().equals(spec().name())) {
                                report(model.filterBank().renameFilter(this.index, name.getText()));
                            }
                        });
        up.setOnAction(e -> model.filterBank().moveFilter(this.index, -1));
        down.setOnAction(e -> model.filterBank().moveFilter(this.index, 1));
        remove.setOnAction(e -> report(model.filterBank().removeFilter(this.index)));
        up.setTooltip(new Tooltip("Move up in the bank"));
        down.setTooltip(new Tooltip("Move down in the bank"));
        remove.setTooltip(new Tooltip("Remove this filter"));
        presets = new PresetMenu(model, () -> this.index);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label filterWord = new Label("Filter");
        // On the stage the name is read, not edited: a label as wide as the name.
        Label stageName = new Label();
        stageName.getStyleClass().add("filter-stage-name");
        // Names such as "green ↗" outgrow the narrow stage column: two lines rather than "…".
        stageName.setWrapText(true);
        stageName.textProperty().bind(Bindings.concat("Filter ", name.textProperty()));
        HBox header = new HBox(4, swatch, filterWord, name, stageName, grow, up, down, remove);
        header.setAlignment(Pos.CENTER_LEFT);

        rows.setPrefWidth(70);
        cols.setPrefWidth(70);
        rows.valueProperty().addListener((o, a, b) -> resize());
        cols.valueProperty().addListener((o, a, b) -> resize());
        HBox size = new HBox(4, new Label("Size"), rows, new Label("×"), cols, presets);
        size.setAlignment(Pos.CENTER_LEFT);

        // The names keep their width; the two number fields give way on a narrow panel.
        weightLabel.setMinWidth(Region.USE_PREF_SIZE);
        brush.setMinWidth(Region.USE_PREF_SIZE);
        weight.setMinWidth(44);
        brushValue.setMinWidth(36);
        HBox weightRow = new HBox(4, weightLabel, weight, brush, brushValue);
        weightRow.setAlignment(Pos.CENTER_LEFT);
        brush.setTooltip(new Tooltip("Drag over the kernel to paint the value on the right"));

        dx.setPrefWidth(72);
        dy.setPrefWidth(72);
        dx.valueProperty().addListener((o, a, b) -> offsetChanged());
        dy.valueProperty().addListener((o, a, b) -> offsetChanged());
        GridPane params = new GridPane();
        params.setHgap(6);
        params.setVgap(4);
        params.addRow(0, new Label("bias"), bias, new Label("gain"), gain);
        params.addRow(1, new Label("dx"), dx, new Label("dy"), dy);
        Tooltip offsetTip =
                new Tooltip(
                        "The sum reads this filter's map at (y + dy, x + dx): a second layer's offset");
        Tooltip.install(params, offsetTip);

        error.getStyleClass().add("inline-error");
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        error.setVisible(false);
        getChildren().addAll(header, size, kernel, weightRow, params, error);
        // On the stage a filter is its name and its kernel: a weight can still be clicked.
        Presenting.hideWhile(display, filterWord, name, size, weightRow, params, up, down, remove);
        Presenting.showOnlyWhile(display, stageName);
        setIndex(index);
    }

    /** Re-targets the card (after reordering) and refreshes its ids. */
    void setIndex(int k) {
        index = k;
        setId("filter-card-" + k);
        name.setId("filter-name-" + k);
        rows.setId("filter-rows-" + k);
        cols.setId("filter-cols-" + k);
        kernel.setIndex(k);
        weight.setId("weight-field-" + k);
        weightLabel.setId("weight-label-" + k);
        brush.setId("weight-brush-" + k);
        brushValue.setId("brush-value-" + k);
        bias.setId("bias-" + k);
        gain.setId("gain-" + k);
        dx.setId("dx-" + k);
        dy.setId("dy-" + k);
        presets.setId("presets-" + k);
        up.setId("filter-up-" + k);
        down.setId("filter-down-" + k);
        remove.setId("filter-remove-" + k);
        error.setId("filter-error-" + k);
        swatch.setStyle("-fx-background-color: " + FilterColors.web(k) + ";");
    }

    private FilterSpec spec() {
        return model.getWorkspace().filters().get(index);
    }

    private boolean report(boolean ok) {
        error.setText(ok ? "" : model.getMessage());
        error.setVisible(!ok);
        return ok;
    }

    private void pressKernel(int slice, Cell cell, MouseButton button, int clicks) {
        if (index >= model.getWorkspace().filters().size()) {
            return;
        }
        // A value typed for the previous weight belongs to that weight.
        weight.flush();
        Filter f = spec().filter();
        if (cell.row() < 0
                || cell.col() < 0
                || cell.row() >= f.height()
                || cell.col() >= f.width()) {
            return;
        }
        model.filterBank().setSelectedFilter(index);
        selS = Math.min(slice, f.channels() - 1);
        selI = cell.row();
        selJ = cell.col();
        if (brush.isSelected()) {
            model.filterBank().beginWeightStroke(index, selS);
            model.filterBank().paintWeight(selI, selJ, brushWeight);
        } else if (button == MouseButton.PRIMARY && clicks == 1) {
            beforeDoubleClick = f.get(selS, selI, selJ);
            model.filterBank().cycleWeight(index, selS, selI, selJ);
        } else if (button == MouseButton.PRIMARY && clicks == 2) {
            model.filterBank().setWeight(index, selS, selI, selJ, beforeDoubleClick);
            focusWeight();
        } else if (button == MouseButton.SECONDARY) {
            focusWeight();
        }
        update();
    }

    /** Later, because the enclosing titled pane takes focus when the press reaches it. */
    private void focusWeight() {
        Platform.runLater(
                () -> {
                    weight.requestFocus();
                    weight.selectAll();
                });
    }

    private void resize() {
        if (!updating) {
            report(model.filterBank().resizeFilter(index, rows.getValue(), cols.getValue()));
        }
    }

    private void offsetChanged() {
        if (!updating && (dx.getValue() != spec().dx() || dy.getValue() != spec().dy())) {
            report(model.filterBank().setOffset(index, dx.getValue(), dy.getValue()));
        }
    }

    /** Shows the filter as the model has it now. */
    void update() {
        if (index >= model.getWorkspace().filters().size()) {
            return;
        }
        updating = true;
        try {
            FilterSpec s = spec();
            Filter f = s.filter();
            if (!name.isFocused()) {
                name.setText(s.name());
            }
            // A file may hold kernels larger than the editor offers; show them as they are.
            ((SpinnerValueFactory.IntegerSpinnerValueFactory) rows.getValueFactory())
                    .setMax(Math.max(DetectorViewModel.MAX_KERNEL, f.height()));
            ((SpinnerValueFactory.IntegerSpinnerValueFactory) cols.getValueFactory())
                    .setMax(Math.max(DetectorViewModel.MAX_KERNEL, f.width()));
            rows.getValueFactory().setValue(f.height());
            cols.getValueFactory().setValue(f.width());
            selS = Math.min(selS, f.channels() - 1);
            selI = Math.min(selI, f.height() - 1);
            selJ = Math.min(selJ, f.width() - 1);
            Workspace ws = model.getWorkspace();
            int channels = ws.image().channels();
            int first = ws.firstChannel(index);
            kernel.show(f, first, channels, selS, selI, selJ, s.name(), FilterColors.of(index));
            weightLabel.setText(
                    (f.channels() == 1 && channels == 1
                                    ? ""
                                    : ChannelNames.of(first + selS, channels) + " ")
                            + "w["
                            + selI
                            + ", "
                            + selJ
                            + "]");
            weight.show(f.get(selS, selI, selJ));
            presets.show(f.channels(), first, channels);
            bias.show(f.bias());
            gain.show(s.gain());
            dx.getValueFactory().setValue(s.dx());
            dy.getValueFactory().setValue(s.dy());
            up.setDisable(index == 0);
            down.setDisable(index == model.getWorkspace().filters().size() - 1);
            remove.setDisable(model.getWorkspace().filters().size() == 1);
        } finally {
            updating = false;
        }
    }
}
