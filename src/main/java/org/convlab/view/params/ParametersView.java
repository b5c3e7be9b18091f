package org.convlab.view.params;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.convlab.view.shared.PredictBar;
import org.convlab.viewmodel.DisplaySettings;
import org.convlab.viewmodel.params.ParametersViewModel;
import org.convlab.viewmodel.predict.PredictViewModel;

/**
 * The "Conv vs fully connected" lesson. At the top the layer's controls and the three layers'
 * counts side by side with a log-scale chart; below, at the full width, the answer checker, the
 * arithmetic behind every figure, and a small layer drawn as the dense matrix that shows where the
 * difference goes.
 *
 * <p>The layout follows one rule at every size: a part goes beside another only when both then get
 * the width they need (the table its whole width, so no figure is ever off to the right), and below
 * it otherwise. So on a wide screen the controls are a column left of the table and the chart is
 * right of it; when the width runs short the controls first become a compact bar above the table,
 * and then the chart drops below it. Presenter mode is a stage: the controls are always the bar,
 * and the table and chart have the width. The page only ever scrolls down, below the table.
 */
public final class ParametersView extends BorderPane {
    /**
     * Set while the lesson is at least {@link #WIDE_EM} ems wide: the stylesheet may enlarge the
     * visuals.
     */
    private static final PseudoClass WIDE = PseudoClass.getPseudoClass("wide");

    /**
     * 80 em: 1680 px at presenter mode's 21-px text, so a 1920-px projector but not a 1366-px one.
     */
    static final double WIDE_EM = 80;

    private final DisplaySettings display;

    public ParametersView(ParametersViewModel model, DisplaySettings display) {
        this.display = display;
        setId("parameters-view");
        getStylesheets().add(ParametersView.class.getResource("parameters.css").toExternalForm());
        getStyleClass().add("parameters-view");
        // Controls and text follow the presenter scale like the canvas does.
        styleProperty()
                .bind(
                        display.scaleProperty()
                                .map(
                                        k ->
                                                "-fx-font-size: "
                                                        + Math.round(fontSize(k.doubleValue()))
                                                        + "px;"));
        // Measured in the lesson's base text size, never in what the wide styles change, so it
        // cannot flip back and forth.
        widthProperty().addListener(o -> updateWide());
        display.scaleProperty().addListener(o -> updateWide());
        display.highContrastProperty().addListener((obs, was, now) -> updateContrast(now));
        updateContrast(display.isHighContrast());

        Label question =
                new Label(
                        "A conv layer and the fully connected layer that computes the same thing: "
                                + "how many learnable parameters does each have?");
        question.getStyleClass().add("lesson-question");
        question.setWrapText(true);
        question.setMinHeight(Label.USE_PREF_SIZE);

        LayerControls controls = new LayerControls(model);

        ComparisonTable table = new ComparisonTable(model);
        // The homework's part (b) in one line under the table; the other sums are below and on
        // hover.
        Label headline =
                LayerControls.working(
                        model.dense()
                                .weightsWorkingProperty()
                                .map(w -> w.isEmpty() ? "" : "Fully connected weights: " + w),
                        "params-headline");
        headline.getStyleClass().add("headline");
        headline.setMinHeight(Label.USE_PREF_SIZE);
        headline.maxWidthProperty().bind(table.widthProperty());
        VBox tableBox = new VBox(table, headline);
        tableBox.getStyleClass().add("table-box");
        LogBarChart chart = new LogBarChart(model);
        // The chart beside the table when it still gets its minimum width, under it otherwise.
        Reflow figures = new Reflow(tableBox, chart, true, () -> chart.minWidth(-1));
        figures.setId("params-figures");

        Label shape = new Label();
        shape.setId("output-shape");
        shape.getStyleClass().add("output-shape");
        shape.textProperty()
                .bind(model.outputShapeTextProperty().map(s -> "Output H′×W′×N = " + s));
        shape.setMinWidth(Label.USE_PREF_SIZE);
        FlowPane output =
                new FlowPane(
                        shape,
                        new VBox(
                                LayerControls.working(
                                        model.outputHeightWorkingProperty(),
                                        "output-height-working"),
                                LayerControls.working(
                                        model.outputWidthWorkingProperty(),
                                        "output-width-working")));
        output.setId("params-output");
        output.getStyleClass().add("output-line");

        VBox results = new VBox(figures, output);
        results.getStyleClass().add("results");

        // The controls beside the results only while the table and the chart still fit side by side
        // there: the controls give way first, as they matter least to the class.
        Reflow top = new Reflow(controls, results, true, figures::sideBySideWidth);
        top.setId("params-top");
        top.alwaysStackedProperty().bind(display.presentingProperty());

        AnswerPanel answer = new AnswerPanel(model);

        TitledPane workings =
                new TitledPane(
                        "The arithmetic, written out (hover any figure for its sum)",
                        new WorkingsPanel(model));
        workings.setId("params-workings-pane");
        workings.setExpanded(false);

        MatrixPanel matrix = new MatrixPanel(model.matrix(), display);

        VBox content = new VBox(question, top, answer, workings, matrix);
        content.getStyleClass().add("lesson-content");

        ScrollPane scroll = new ScrollPane(content);
        scroll.setId("params-scroll");
        scroll.setFitToWidth(true);
        // Everything reflows to the width, so there is never anything to scroll sideways to.
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setCenter(scroll);
        tableFigures = table.lookupAll(".figure").toArray(Node[]::new);
        answerParts = new Node[] {headline, chart, output, workings};
    }

    private final Node[] tableFigures;
    private final Node[] answerParts;

    /**
     * Puts the prediction bar above the lesson. While it hides the answers, every figure of the
     * table, the chart, the output size and the written-out arithmetic are hidden; the layer's
     * controls stay, as they are what a prediction is made from.
     */
    public void hostPredict(PredictViewModel predict) {
        setTop(new PredictBar(predict, "parameters"));
        PredictBar.veil(predict.hidingProperty(), tableFigures);
        PredictBar.veil(predict.hidingProperty(), answerParts);
    }

    /** The lesson's root font size in pixels at the given text scale. */
    static double fontSize(double scale) {
        return 14 * scale;
    }

    /** The lesson's root font size in pixels now. */
    double fontSize() {
        return fontSize(display.getScale());
    }

    private void updateWide() {
        pseudoClassStateChanged(WIDE, getWidth() >= WIDE_EM * fontSize());
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
