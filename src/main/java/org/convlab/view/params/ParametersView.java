package org.convlab.view.params;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.convlab.viewmodel.DisplaySettings;
import org.convlab.viewmodel.params.ParametersViewModel;

/**
 * The "Conv vs fully connected" lesson: the layer's controls and an answer checker on the left; on
 * the right the three layers' counts side by side with a log-scale chart, the arithmetic behind
 * every figure, and a small layer drawn as the dense matrix that shows where the difference goes.
 */
public final class ParametersView extends BorderPane {
    public ParametersView(ParametersViewModel model, DisplaySettings display) {
        setId("parameters-view");
        getStylesheets().add(ParametersView.class.getResource("parameters.css").toExternalForm());
        getStyleClass().add("parameters-view");
        // Controls and text follow the presenter scale like the canvas does.
        styleProperty().bind(display.scaleProperty().map(k -> "-fx-font-size: " + Math.round(14 * k.doubleValue()) + "px;"));
        display.highContrastProperty().addListener((obs, was, now) -> updateContrast(now));
        updateContrast(display.isHighContrast());

        Label question = new Label("A conv layer and the fully connected layer that computes the same thing: "
                + "how many learnable parameters does each have?");
        question.getStyleClass().add("lesson-question");
        question.setWrapText(true);

        VBox left = new VBox(16, new LayerControls(model), new AnswerPanel(model));
        left.getStyleClass().add("left-column");
        left.prefWidthProperty().bind(display.scaleProperty().multiply(340));
        // The fields give way before the comparison table does: at 150 % on a 1280-px projector the
        // table's "Fully connected" column must stay on screen.
        left.minWidthProperty().bind(display.scaleProperty().multiply(270));
        left.maxWidthProperty().bind(display.scaleProperty().multiply(360));

        ComparisonTable table = new ComparisonTable(model);
        LogBarChart chart = new LogBarChart(model);
        chart.prefWidthProperty().bind(display.scaleProperty().multiply(370));
        chart.minWidthProperty().bind(display.scaleProperty().multiply(300));
        chart.prefHeightProperty().bind(display.scaleProperty().multiply(290));
        // Side by side on a wide screen; the chart drops below the table when the text is scaled up.
        // The homework's part (b) in one line, always in view; the other sums are below and on hover.
        Label headline = LayerControls.working(model.dense().weightsWorkingProperty().map(w -> w.isEmpty() ? "" : "Fully connected weights: " + w),
                "params-headline");
        headline.getStyleClass().add("headline");
        headline.maxWidthProperty().bind(table.widthProperty());
        FlowPane figures = new FlowPane(16, 12, new VBox(8, table, headline), chart);

        TitledPane workings = new TitledPane("The arithmetic, written out (hover any figure for its sum)", new WorkingsPanel(model));
        workings.setId("params-workings-pane");
        workings.setExpanded(false);

        MatrixPanel matrix = new MatrixPanel(model.matrix(), display);

        Label shape = new Label();
        shape.setId("output-shape");
        shape.getStyleClass().add("output-shape");
        shape.textProperty().bind(model.outputShapeTextProperty().map(s -> "Output H′×W′×N = " + s));
        shape.setMinWidth(Label.USE_PREF_SIZE);
        FlowPane output = new FlowPane(24, 4, shape, new VBox(2,
                LayerControls.working(model.outputHeightWorkingProperty(), "output-height-working"),
                LayerControls.working(model.outputWidthWorkingProperty(), "output-width-working")));

        VBox right = new VBox(12, output, figures, workings, matrix);
        HBox.setHgrow(right, Priority.ALWAYS);

        HBox columns = new HBox(20, left, right);
        VBox content = new VBox(10, question, columns);
        content.setPadding(new Insets(12, 16, 16, 16));

        ScrollPane scroll = new ScrollPane(content);
        scroll.setId("params-scroll");
        scroll.setFitToWidth(true);
        setCenter(scroll);
    }

    private void updateContrast(boolean high) {
        if (high) {
            if (!getStyleClass().contains("high-contrast")) {
                getStyleClass().add("high-contrast");
            }
        } else {
            getStyleClass().remove("high-contrast");
        }
    }
}
