package org.convlab.view.params;

import java.math.BigInteger;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.util.StringConverter;
import org.convlab.conv.NumberText;
import org.convlab.viewmodel.params.ParametersViewModel;

/**
 * The three totals as horizontal bars on a log scale: the axis is log₁₀ of the count, ticks are
 * written as powers of ten and every bar carries its exact value, so the scale cannot mislead.
 */
final class LogBarChart extends StackPane {
    static final String[] CATEGORIES = {"Conv", "Locally connected", "Fully connected"};
    private static final String[] COLOURS = {"#117733", "#DDCC77", "#CC6677"};

    private final NumberAxis logAxis = new NumberAxis();
    private final CategoryAxis categories = new CategoryAxis();
    private final BarChart<Number, String> chart = new BarChart<>(logAxis, categories);
    private final XYChart.Series<Number, String> series = new XYChart.Series<>();
    private final Label[] valueLabels = new Label[3];
    private double upper = 1;

    LogBarChart(ParametersViewModel model) {
        setId("params-chart");
        getStyleClass().add("log-bar-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setTitle("Total parameters (log scale)");
        chart.setCategoryGap(14);
        categories.setCategories(
                FXCollections.observableArrayList(CATEGORIES[2], CATEGORIES[1], CATEGORIES[0]));
        logAxis.setAutoRanging(false);
        logAxis.setLowerBound(0);
        logAxis.setMinorTickVisible(false);
        logAxis.setLabel("parameters");
        logAxis.setTickLabelFormatter(
                new StringConverter<>() {
                    @Override
                    public String toString(Number n) {
                        double v = n.doubleValue();
                        return v == Math.rint(v) ? "10" + superscript((int) v) : "";
                    }

                    @Override
                    public Number fromString(String s) {
                        return null;
                    }
                });
        for (int i = 0; i < 3; i++) {
            XYChart.Data<Number, String> d = new XYChart.Data<>(0, CATEGORIES[i]);
            Label value = new Label();
            value.setId("chart-value-" + i);
            value.getStyleClass().add("bar-value");
            value.setMinWidth(Label.USE_PREF_SIZE);
            valueLabels[i] = value;
            String colour = COLOURS[i];
            boolean light = i == 0;
            d.nodeProperty()
                    .addListener(
                            (obs, was, node) -> {
                                if (node instanceof StackPane bar) {
                                    bar.setStyle("-fx-bar-fill: " + colour + ";");
                                    bar.setAlignment(Pos.CENTER_LEFT);
                                    // Inside the bar when it is long enough, else just past its
                                    // end: never clipped.
                                    Runnable place =
                                            () -> {
                                                double room =
                                                        bar.getWidth() - value.prefWidth(-1) - 12;
                                                boolean inside = room > 0;
                                                value.setTranslateX(
                                                        inside ? room + 6 : bar.getWidth() + 6);
                                                value.setTextFill(
                                                        inside && light
                                                                ? Color.WHITE
                                                                : Color.BLACK);
                                            };
                                    bar.widthProperty().addListener((o, a, b) -> place.run());
                                    value.textProperty().addListener((o, a, b) -> place.run());
                                    bar.getChildren().add(value);
                                    place.run();
                                }
                            });
            series.getData().add(d);
        }
        chart.getData().add(series);
        logAxis.widthProperty().addListener(o -> updateTickUnit());
        getChildren().add(chart);
        model.tallyProperty().addListener((obs, was, now) -> update(model));
        update(model);
    }

    private void update(ParametersViewModel model) {
        BigInteger[] totals = {
            model.conv().getTotal(), model.local().getTotal(), model.dense().getTotal()
        };
        double max = 1;
        for (int i = 0; i < 3; i++) {
            double v = totals[i] == null ? 0 : log10(totals[i]);
            series.getData().get(i).setXValue(v);
            valueLabels[i].setText(totals[i] == null ? "" : NumberText.grouped(totals[i]));
            max = Math.max(max, v);
        }
        // Room on the right for the longest bar's exact value.
        upper = Math.ceil(max + 0.5);
        updateTickUnit();
        StringBuilder text = new StringBuilder("Bar chart of total parameters on a log scale: ");
        for (int i = 0; i < 3; i++) {
            text.append(CATEGORIES[i])
                    .append(' ')
                    .append(totals[i] == null ? "none" : NumberText.grouped(totals[i]))
                    .append(i < 2 ? "; " : ".");
        }
        chart.setAccessibleText(text.toString());
    }

    /**
     * Every power of ten where the axis has room for them, every second or third where it does not,
     * so that the tick labels never run into one another on a narrow chart.
     */
    private void updateTickUnit() {
        double width = logAxis.getWidth();
        double room = 3.2 * logAxis.getTickLabelFont().getSize();
        int unit = 1;
        while (width > 0 && unit < upper && width * unit / upper < room) {
            unit++;
        }
        if (width <= 0) {
            unit = upper > 16 ? 2 : 1;
        }
        logAxis.setTickUnit(unit);
        // The axis ends on a tick, or its end gets a label of its own squeezed against the last
        // one.
        logAxis.setUpperBound(Math.ceil(upper / unit) * unit);
    }

    /** log₁₀ of a count of any size. */
    static double log10(BigInteger v) {
        int shift = Math.max(0, v.bitLength() - 60);
        return Math.log10(v.shiftRight(shift).doubleValue()) + shift * Math.log10(2);
    }

    static String superscript(int n) {
        String digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        StringBuilder b = new StringBuilder();
        for (char ch : Integer.toString(n).toCharArray()) {
            b.append(ch == '-' ? '⁻' : digits.charAt(ch - '0'));
        }
        return b.toString();
    }

    BarChart<Number, String> chart() {
        return chart;
    }
}
