package org.convlab.view.params;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.convlab.conv.Filter;
import org.convlab.conv.NumberText;
import org.convlab.lessons.params.WeightPalette;
import org.convlab.viewmodel.DisplaySettings;
import org.convlab.viewmodel.params.MatrixViewModel;

/**
 * The small layer's kernels in the matrix's colours: each weight with its index and value, so a
 * colour in the matrix can be traced back to the one weight it repeats. The hovered weight is
 * outlined.
 */
final class KernelLegend extends FlowPane {
    private static final String STYLESHEET =
            KernelLegend.class.getResource("kernel-legend.css").toExternalForm();

    private final MatrixViewModel model;
    private final DisplaySettings display;

    KernelLegend(MatrixViewModel model, DisplaySettings display) {
        this.model = model;
        this.display = display;
        setId("matrix-legend");
        getStyleClass().add("kernel-legend");
        setHgap(12);
        setVgap(8);
        model.matrixProperty().addListener((obs, was, now) -> rebuild());
        model.hoverWeightProperty().addListener((obs, was, now) -> rebuild());
        display.scaleProperty().addListener((obs, was, now) -> rebuild());
        // High contrast thickens the hovered weight's outline: a size, from the settings.
        display.outlineWidthBinding().addListener((obs, was, now) -> rebuild());
        rebuild();
    }

    @Override
    public String getUserAgentStylesheet() {
        return STYLESHEET;
    }

    private void rebuild() {
        getChildren().clear();
        List<Filter> filters = model.getFilters();
        if (model.getMatrix() == null || filters.isEmpty()) {
            return;
        }
        double size = Math.round(46 * display.getScale());
        int hovered = model.getHoverWeight();
        for (int n = 0; n < filters.size(); n++) {
            Filter f = filters.get(n);
            int per = f.channels() * f.height() * f.width();
            for (int c = 0; c < f.channels(); c++) {
                GridPane grid = new GridPane();
                grid.setHgap(2);
                grid.setVgap(2);
                for (int i = 0; i < f.height(); i++) {
                    for (int j = 0; j < f.width(); j++) {
                        int k = n * per + (c * f.height() + i) * f.width() + j;
                        grid.add(
                                weightCell(
                                        k,
                                        "w[" + c + "][" + i + "][" + j + "]",
                                        f.get(c, i, j),
                                        size,
                                        k == hovered),
                                j,
                                i);
                    }
                }
                String title =
                        (filters.size() > 1 ? "filter " + n + ", " : "")
                                + (f.channels() > 1 ? "channel " + c : "kernel")
                                + (c == 0 && f.bias() != 0
                                        ? " (bias " + NumberText.exact(f.bias()) + ")"
                                        : "");
                Label t = new Label(title);
                t.getStyleClass().add("legend-title");
                VBox box = new VBox(4, t, grid);
                getChildren().add(box);
            }
        }
    }

    private StackPane weightCell(int k, String name, double value, double size, boolean hovered) {
        Label index = new Label(Integer.toString(k));
        index.getStyleClass().add("legend-index");
        Label v = new Label(NumberText.exact(value));
        v.getStyleClass().add("legend-value");
        index.setStyle("-fx-font-size: " + Math.round(14 * display.getScale()) + "px;");
        v.setStyle("-fx-font-size: " + Math.round(11 * display.getScale()) + "px;");
        VBox stack = new VBox(0, index, v);
        stack.setAlignment(Pos.CENTER);
        StackPane cell = new StackPane(stack);
        cell.setId("legend-w-" + k);
        cell.getStyleClass().add("legend-cell");
        if (WeightPalette.wantsLightText(k)) {
            cell.getStyleClass().add("on-dark");
        }
        cell.setMinSize(size, size);
        cell.setPrefSize(size, size);
        int argb = WeightPalette.argb(k);
        String rgb = String.format("#%06X", argb & 0xFFFFFF);
        // The weight's colour is data, so it is set here; the border is the stylesheet's unless
        // this weight is the one pointed at in the matrix.
        cell.setStyle(
                "-fx-background-color: "
                        + rgb
                        + ";"
                        + (hovered
                                ? " -fx-border-color: black; -fx-border-width: "
                                        + (display.getOutlineWidth() + 1)
                                        + ";"
                                : ""));
        Tooltip.install(
                cell, new Tooltip("weight " + k + ": " + name + " = " + NumberText.exact(value)));
        cell.setAccessibleText("weight " + k + ", " + name + " = " + NumberText.exact(value));
        return cell;
    }
}
