package org.convlab.view.translation;

import javafx.scene.layout.BorderPane;
import org.convlab.viewmodel.DisplaySettings;
import org.convlab.viewmodel.translation.TranslationViewModel;

/** The Translation lesson's screen. */
public final class TranslationView extends BorderPane {
    public TranslationView(TranslationViewModel model, DisplaySettings display) {
    }
}
