package org.convlab.view.params;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.convlab.viewmodel.DisplaySettings;
import org.convlab.viewmodel.params.MatrixViewModel;

/**
 * A small conv layer as the fully connected matrix that does the same job: its size controls, the
 * matrix drawn, the kernel legend, what the hovered entry is, the live verification and the lesson.
 */
final class MatrixPanel extends VBox {
    MatrixPanel(MatrixViewModel model, DisplaySettings display) {
        setId("matrix-panel");
        getStyleClass().add("matrix-panel");
        setSpacing(8);

        Label title = new Label("The fully connected layer that does the same job, drawn");
        title.getStyleClass().add("section-title");

        FlowPane sizes =
                new FlowPane(
                        6,
                        4,
                        fixed("Small layer: input"),
                        new IntegerInput(model.height(), "matrix-height", 2),
                        fixed("×"),
                        new IntegerInput(model.width(), "matrix-width", 2),
                        fixed("×"),
                        new IntegerInput(model.channels(), "matrix-channels", 2),
                        fixed("   filters"),
                        new IntegerInput(model.filters(), "matrix-filters", 2),
                        fixed("   kernel"),
                        new IntegerInput(model.kernelHeight(), "matrix-kernel-height", 2),
                        fixed("×"),
                        new IntegerInput(model.kernelWidth(), "matrix-kernel-width", 2));
        sizes.getStyleClass().add("matrix-sizes");
        Label shared = new Label("Padding, stride, dilation and bias are the layer's above.");
        shared.setWrapText(true);
        shared.setMinHeight(Region.USE_PREF_SIZE);
        shared.getStyleClass().add("hint");

        Label error = new Label();
        error.setId("matrix-error");
        error.getStyleClass().add("layer-error");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        Label size = new Label();
        size.setId("matrix-size");
        size.textProperty().bind(model.sizeTextProperty());
        size.setWrapText(true);

        DenseMatrixCanvas canvas = new DenseMatrixCanvas(model, display);
        // The matrix is as wide as the panel lets it be; it never scrolls sideways on its own.
        StackPane frame = new StackPane(canvas);
        frame.setId("matrix-frame");
        frame.getStyleClass().add("matrix-frame");
        frame.setAlignment(Pos.TOP_LEFT);
        frame.visibleProperty().bind(model.matrixProperty().isNotNull());
        frame.managedProperty().bind(frame.visibleProperty());

        Label hover = new Label();
        hover.setId("matrix-hover");
        hover.getStyleClass().add("matrix-hover");
        hover.setWrapText(true);
        hover.setMinHeight(Label.USE_PREF_SIZE);
        hover.textProperty()
                .bind(
                        model.hoverTextProperty()
                                .map(
                                        s ->
                                                s.isEmpty()
                                                        ? "Point at a cell (or focus the matrix and use the arrow keys) to see which output, input and weight it is."
                                                        : s));

        Label axes =
                new Label(
                        "Rows: outputs o = (y′, x′), in reading order, labelled on the left.  "
                                + "Columns: inputs i = (y, x), labelled on top (channel: y, x with several channels).  "
                                + "Each number is the index of the kernel weight in that entry; blank = 0.");
        axes.getStyleClass().add("hint");
        axes.setWrapText(true);

        Label legendTitle = new Label("The kernel weights, in the same colours");
        legendTitle.getStyleClass().add("subsection-title");
        legendTitle.setWrapText(true);
        KernelLegend legend = new KernelLegend(model, display);

        Label explanation = new Label();
        explanation.setId("matrix-explanation");
        explanation.getStyleClass().add("explanation");
        explanation.setWrapText(true);
        explanation.textProperty().bind(model.explanationProperty());

        Label verifyTitle = new Label("Verify");
        verifyTitle.getStyleClass().add("subsection-title");
        Label verify = new Label();
        verify.setId("matrix-verify");
        verify.getStyleClass().add("verify");
        verify.setWrapText(true);
        verify.textProperty().bind(model.verifyTextProperty());
        Button again = new Button("New random input");
        again.setId("matrix-new-input");
        again.disableProperty().bind(model.matrixProperty().isNull());
        again.setOnAction(e -> model.newRandomInput());

        VBox matrix =
                new VBox(
                        6,
                        sizes,
                        shared,
                        error,
                        size,
                        hover,
                        frame,
                        axes,
                        verifyTitle,
                        verify,
                        again);
        matrix.getStyleClass().add("matrix-area");
        matrix.setMinWidth(0);

        VBox side = new VBox(8, legendTitle, legend, explanation);
        side.setId("matrix-side");
        side.getStyleClass().add("matrix-side");

        // The legend and the lesson beside the matrix while its cells still carry their numbers,
        // below it otherwise: the matrix keeps the width that shows every column.
        Reflow body = new Reflow(side, matrix, false, canvas::readableWidth);
        body.setId("matrix-body");
        getChildren().addAll(title, body);
    }

    private static Label fixed(String text) {
        Label l = new Label(text);
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }
}
