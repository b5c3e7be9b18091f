package org.convlab.view.params;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.convlab.viewmodel.params.ColumnFigures;
import org.convlab.viewmodel.params.ParametersViewModel;

/**
 * Conv layer | locally connected | fully connected, side by side: weights, biases, total (exact and
 * scientific), float32 memory and the multiple of the conv layer. Hovering a figure shows its sum.
 */
final class ComparisonTable extends GridPane {
    ComparisonTable(ParametersViewModel model) {
        setId("params-table");
        getStyleClass().add("comparison-table");
        setHgap(0);
        setVgap(0);
        ColumnConstraints head = new ColumnConstraints();
        head.setMinWidth(Label.USE_PREF_SIZE);
        getColumnConstraints().add(head);
        for (int i = 0; i < 3; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setHalignment(HPos.RIGHT);
            c.setMinWidth(Label.USE_PREF_SIZE);
            getColumnConstraints().add(c);
        }
        String[] prefixes = {"conv", "local", "dense"};
        ColumnFigures[] cols = {model.conv(), model.local(), model.dense()};
        int lastRow = 9;
        // Bands under the cells, one per column and one for the totals row: something to point at
        // (a guided reveal highlights them by id, the stylesheet gives them their look).
        for (int i = 0; i < 3; i++) {
            add(band("params-col-" + prefixes[i], "column-band"), i + 1, 0, 1, lastRow + 1);
        }
        add(band("params-totals-row", "totals-band"), 0, 3, 4, 1);
        add(cell("", "table-corner"), 0, 0);
        for (int i = 0; i < 3; i++) {
            Label h = cell(cols[i].getTitle().replace(" (", "\n("), "table-head");
            h.setId(prefixes[i] + "-title");
            h.setWrapText(true);
            add(h, i + 1, 0);
        }
        String[] rows = {
            "Weights",
            "Biases",
            "Total parameters",
            "Scientific",
            "Memory (float32)",
            "× conv layer"
        };
        for (int r = 0; r < rows.length; r++) {
            add(rowHead(rows[r]), 0, r + 1);
        }
        for (int i = 0; i < 3; i++) {
            ColumnFigures f = cols[i];
            String p = prefixes[i];
            add(
                    figure(p + "-weights", f.weightsTextProperty(), f.weightsWorkingProperty()),
                    i + 1,
                    1);
            add(figure(p + "-biases", f.biasesTextProperty(), f.biasesWorkingProperty()), i + 1, 2);
            Label total = figure(p + "-total", f.totalTextProperty(), f.totalWorkingProperty());
            total.getStyleClass().add("total");
            add(total, i + 1, 3);
            add(
                    figure(p + "-scientific", f.scientificTextProperty(), f.totalWorkingProperty()),
                    i + 1,
                    4);
            add(figure(p + "-memory", f.memoryTextProperty(), f.memoryWorkingProperty()), i + 1, 5);
            add(figure(p + "-ratio", f.ratioTextProperty(), f.ratioWorkingProperty()), i + 1, 6);
        }
        int r = rows.length + 1;
        add(rowHead("Non-zero entries"), 0, r);
        add(cell("every weight", "figure-note"), 1, r);
        add(cell("every weight", "figure-note"), 2, r);
        add(
                figure(
                        "dense-nonzero",
                        model.nonZeroTextProperty(),
                        model.nonZeroWorkingProperty()),
                3,
                r++);
        add(rowHead("Zero entries"), 0, r);
        add(cell("", "figure-note"), 1, r);
        add(cell("", "figure-note"), 2, r);
        add(figure("dense-zeros", model.zerosTextProperty(), model.zerosWorkingProperty()), 3, r++);
        add(rowHead("Distinct values"), 0, r);
        add(
                figure(
                        "conv-distinct",
                        model.conv().weightsTextProperty(),
                        model.conv().weightsWorkingProperty()),
                1,
                r);
        add(
                figure(
                        "local-distinct",
                        model.local().weightsTextProperty(),
                        model.local().weightsWorkingProperty()),
                2,
                r);
        add(
                figure(
                        "dense-distinct",
                        model.distinctTextProperty(),
                        model.distinctWorkingProperty()),
                3,
                r);
    }

    private static Region band(String id, String style) {
        Region r = new Region();
        r.setId(id);
        r.getStyleClass().addAll("table-band", style);
        r.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        r.setMinSize(0, 0);
        r.setPrefSize(0, 0);
        r.setMouseTransparent(true);
        return r;
    }

    private static Label rowHead(String text) {
        Label l = cell(text, "row-head");
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private static Label cell(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().addAll("table-cell", style);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMaxHeight(Double.MAX_VALUE);
        return l;
    }

    private static Label figure(
            String id, ObservableValue<String> text, ObservableValue<String> working) {
        Label l = cell("", "figure");
        // An exact figure is never cut to "608,849...": the table grows instead.
        l.setMinWidth(Label.USE_PREF_SIZE);
        l.setId(id);
        l.textProperty().bind(text);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(working);
        tip.setShowDelay(Duration.millis(200));
        tip.setWrapText(true);
        tip.setMaxWidth(640);
        l.setTooltip(tip);
        l.accessibleTextProperty().bind(Bindings.concat(text, ": ", working));
        return l;
    }
}
