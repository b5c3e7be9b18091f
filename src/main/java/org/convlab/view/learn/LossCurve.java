package org.convlab.view.learn;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Polyline;
import org.convlab.conv.NumberText;
import org.convlab.viewmodel.learn.LearnViewModel.CurvePoint;

/**
 * The loss against the step, training and held-out, as two lines on one scale that starts at 0.
 * Colours and line widths come from the stylesheet.
 */
final class LossCurve extends Region {
    private final Polyline training = new Polyline();
    private final Polyline heldOut = new Polyline();
    private final Label top = new Label();
    private final Label bottom = new Label("0");
    private final ObservableList<CurvePoint> trainingPoints;
    private final ObservableList<CurvePoint> heldOutPoints;

    LossCurve(ObservableList<CurvePoint> trainingPoints, ObservableList<CurvePoint> heldOutPoints) {
        this.trainingPoints = trainingPoints;
        this.heldOutPoints = heldOutPoints;
        getStyleClass().add("loss-curve");
        training.getStyleClass().add("loss-training");
        heldOut.getStyleClass().add("loss-held-out");
        top.getStyleClass().add("loss-axis");
        bottom.getStyleClass().add("loss-axis");
        getChildren().addAll(training, heldOut, top, bottom);
        ListChangeListener<CurvePoint> redraw = c -> requestLayout();
        trainingPoints.addListener(redraw);
        heldOutPoints.addListener(redraw);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        double x0 = snappedLeftInset();
        double y0 = snappedTopInset();
        double max = 0;
        int steps = 1;
        for (List<CurvePoint> l : List.of(trainingPoints, heldOutPoints)) {
            for (CurvePoint p : l) {
                max = Math.max(max, p.loss());
                steps = Math.max(steps, p.step());
            }
        }
        double scale = max > 0 ? max : 1;
        top.setText(NumberText.compact(scale, 2));
        top.autosize();
        bottom.autosize();
        top.relocate(x0, y0);
        bottom.relocate(x0, y0 + h - bottom.getHeight());
        double left = x0 + Math.max(top.getWidth(), bottom.getWidth()) + 4;
        double plotW = Math.max(1, x0 + w - left);
        place(training, trainingPoints, left, y0, plotW, h, steps, scale);
        place(heldOut, heldOutPoints, left, y0, plotW, h, steps, scale);
    }

    private static void place(
            Polyline line,
            List<CurvePoint> points,
            double left,
            double top,
            double w,
            double h,
            int steps,
            double max) {
        Double[] xy = new Double[points.size() * 2];
        for (int i = 0; i < points.size(); i++) {
            CurvePoint p = points.get(i);
            xy[2 * i] = left + w * p.step() / steps;
            xy[2 * i + 1] = top + h - h * p.loss() / max;
        }
        line.getPoints().setAll(xy);
    }
}
