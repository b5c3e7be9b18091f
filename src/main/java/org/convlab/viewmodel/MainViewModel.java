package org.convlab.viewmodel;

import org.convlab.viewmodel.detector.DetectorViewModel;
import org.convlab.viewmodel.params.ParametersViewModel;
import org.convlab.viewmodel.translation.TranslationViewModel;

/** The whole app's state: one view model per lesson. */
public final class MainViewModel {
    private final DetectorViewModel detector = new DetectorViewModel();
    private final ParametersViewModel parameters = new ParametersViewModel();
    private final TranslationViewModel translation = new TranslationViewModel();
    private final DisplaySettings display = new DisplaySettings();

    /** Presenter-mode scale and contrast, shared by every screen. */
    public DisplaySettings display() {
        return display;
    }

    public DetectorViewModel detector() {
        return detector;
    }

    public ParametersViewModel parameters() {
        return parameters;
    }

    public TranslationViewModel translation() {
        return translation;
    }
}
