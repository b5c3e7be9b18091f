package org.convlab.view.params;

import javafx.scene.layout.BorderPane;
import org.convlab.viewmodel.DisplaySettings;
import org.convlab.viewmodel.params.ParametersViewModel;

/** The Parameters lesson's screen. */
public final class ParametersView extends BorderPane {
    public ParametersView(ParametersViewModel model, DisplaySettings display) {
    }
}
