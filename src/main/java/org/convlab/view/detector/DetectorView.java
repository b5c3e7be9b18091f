package org.convlab.view.detector;

import javafx.scene.layout.BorderPane;
import org.convlab.viewmodel.DisplaySettings;
import org.convlab.viewmodel.detector.DetectorViewModel;

/** The Detector lesson's screen. */
public final class DetectorView extends BorderPane {
    public DetectorView(DetectorViewModel model, DisplaySettings display) {
    }
}
