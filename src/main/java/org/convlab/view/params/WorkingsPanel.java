package org.convlab.view.params;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.convlab.viewmodel.params.ColumnFigures;
import org.convlab.viewmodel.params.ParametersViewModel;

/** Every figure of the table as the sum that produces it, with the current numbers. */
final class WorkingsPanel extends GridPane {
    private int row;

    WorkingsPanel(ParametersViewModel model) {
        setId("params-workings");
        getStyleClass().add("workings");
        setHgap(12);
        setVgap(3);
        ColumnConstraints name = new ColumnConstraints();
        name.setMinWidth(200);
        ColumnConstraints sum = new ColumnConstraints();
        sum.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(name, sum);
        line("Output shape", model.outputShapeWorkingProperty(), "working-output-shape");
        column("Conv layer", "conv", model.conv());
        column("Locally connected", "local", model.local());
        column("Fully connected", "dense", model.dense());
        line("Dense non-zeros", model.nonZeroWorkingProperty(), "working-dense-nonzero");
        line("Dense zeros", model.zerosWorkingProperty(), "working-dense-zeros");
        line("Distinct values", model.distinctWorkingProperty(), "working-dense-distinct");
    }

    private void column(String title, String prefix, ColumnFigures f) {
        line(title + " weights", f.weightsWorkingProperty(), "working-" + prefix + "-weights");
        line(title + " biases", f.biasesWorkingProperty(), "working-" + prefix + "-biases");
        line(title + " total", f.totalWorkingProperty(), "working-" + prefix + "-total");
        line(title + " memory", f.memoryWorkingProperty(), "working-" + prefix + "-memory");
        if (!prefix.equals("conv")) {
            line(title + " ÷ conv", f.ratioWorkingProperty(), "working-" + prefix + "-ratio");
        }
    }

    private void line(String title, ObservableValue<String> text, String id) {
        Label name = new Label(title);
        name.getStyleClass().add("working-name");
        addRow(row++, name, LayerControls.working(text, id));
    }
}
