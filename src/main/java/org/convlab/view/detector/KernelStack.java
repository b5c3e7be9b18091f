package org.convlab.view.detector;

import java.util.List;
import javafx.scene.layout.Pane;
import org.convlab.conv.DivergingColorMap;
import org.convlab.conv.Filter;
import org.convlab.conv.Window;
import org.convlab.view.shared.MapView;
import org.convlab.viewmodel.DisplaySettings;
import org.convlab.viewmodel.detector.ChannelNames;

/**
 * A filter drawn as the C-deep block it is: its slices stacked with an offset, the first channel in
 * front, each outlined in the filter's colour and named by its channel.
 */
final class KernelStack extends Pane {
    /** Side of one drawn slice and the step from one slice to the next behind it. */
    private static final double SIDE = 84;

    private static final double STEP = 22;

    private final DisplaySettings display;
    private Filter shown;
    private int shownFilter = -1;

    KernelStack(DisplaySettings display) {
        this.display = display;
        setId("kernel-stack");
        getStyleClass().add("kernel-stack");
    }

    void show(Filter f, int filter, int firstChannel, int channels) {
        if (f == shown && filter == shownFilter) {
            return;
        }
        shown = f;
        shownFilter = filter;
        getChildren().clear();
        int depth = f.channels();
        int plane = f.height() * f.width();
        double m = 1;
        for (double v : f.toArray()) {
            m = Math.max(m, Math.abs(v));
        }
        // The deepest slice first, so the first channel's slice is drawn in front.
        for (int s = depth - 1; s >= 0; s--) {
            double[] w = new double[plane];
            System.arraycopy(f.toArray(), s * plane, w, 0, plane);
            MapView slice = new MapView(display);
            slice.setId("stack-slice-" + s);
            slice.setShowValues(false);
            slice.setData(w, f.height(), f.width(), MapView.Style.DIVERGING);
            slice.setColorMap(new DivergingColorMap(m));
            slice.setOutlines(
                    List.of(
                            new MapView.Outline(
                                    new Window(0, 0, f.height(), f.width()),
                                    FilterColors.of(filter),
                                    false,
                                    ChannelNames.of(firstChannel + s, channels))));
            slice.setMinSize(SIDE, SIDE);
            slice.setPrefSize(SIDE, SIDE);
            slice.setMaxSize(SIDE, SIDE);
            slice.relocate(s * STEP, (depth - 1 - s) * STEP);
            getChildren().add(slice);
        }
        double side = SIDE + (depth - 1) * STEP;
        setMinSize(side, side);
        setPrefSize(side, side);
        setMaxSize(side, side);
    }
}
