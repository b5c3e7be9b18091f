package org.convlab.view.learn;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.HBox;
import org.convlab.conv.Detection;
import org.convlab.conv.Image;
import org.convlab.conv.Window;
import org.convlab.lessons.learn.Evaluation;
import org.convlab.lessons.learn.Outcome;
import org.convlab.lessons.learn.TrainingExample;
import org.convlab.view.shared.MapView;
import org.convlab.view.shared.OutlineRole;
import org.convlab.viewmodel.DisplaySettings;

/**
 * The first held-out images with the window the current argmax reads (solid) and the planted X
 * (dashed): the strip shows the detector finding, or missing, the pattern.
 */
final class HeldOutStrip extends HBox {
    static final int SHOWN = 6;

    private final List<MapView> views = new ArrayList<>();

    HeldOutStrip(DisplaySettings display) {
        getStyleClass().add("held-out-strip");
        for (int i = 0; i < SHOWN; i++) {
            MapView v = Maps.map(display, "held-out-image");
            views.add(v);
            getChildren().add(v);
        }
    }

    void show(List<TrainingExample> examples, Evaluation at) {
        for (int i = 0; i < SHOWN && i < examples.size(); i++) {
            TrainingExample e = examples.get(i);
            Image im = e.image();
            MapView v = views.get(i);
            v.setData(im.toArray(), im.height(), im.width(), MapView.Style.BINARY);
            List<MapView.Outline> marks = new ArrayList<>();
            if (at != null && i < at.outcomes().size()) {
                Outcome o = at.outcomes().get(i);
                Detection d = o.detection();
                Window target = d.combined().window(e.row(), e.col());
                marks.add(new MapView.Outline(target, OutlineRole.TARGET, true, ""));
                marks.add(new MapView.Outline(d.window(), OutlineRole.PEAK, false, ""));
                v.setAccessibleText(
                        "Held-out image "
                                + (i + 1)
                                + (o.hit() ? ": the argmax is on the X" : ": the argmax misses"));
            }
            v.setOutlines(marks);
        }
    }
}
