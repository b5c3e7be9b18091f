package org.convlab.viewmodel;

import java.util.prefs.Preferences;
import org.convlab.viewmodel.predict.PredictSession;

/**
 * What ConvLab remembers between runs besides the window: the last lesson, the everyday and the
 * presenter display settings, whether the guide is shown and whether predict mode is on. A teacher
 * locks predict mode on by setting {@value #PREDICT_LOCKED} to true in the store (the app never
 * writes it). Written on every change (the preferences store batches writes), so a crash does not
 * lose them. A stored value that makes no sense (edited by hand, or from a future version) is
 * ignored in favour of the default.
 */
public final class SessionPrefs {
    static final String LESSON = "lesson";
    static final String SCALE = "scale";
    static final String HIGH_CONTRAST = "highContrast";
    static final String PRESENTER_SCALE = "presenterScale";
    static final String PRESENTER_HIGH_CONTRAST = "presenterHighContrast";
    static final String GUIDE = "guideVisible";
    static final String PREDICT = "predictOn";
    public static final String PREDICT_LOCKED = "predictLocked";

    private final Preferences node;

    public SessionPrefs(Preferences node) {
        this.node = node;
    }

    /** Puts the remembered settings into {@code model}, then keeps the store up to date. */
    public void attach(MainViewModel model) {
        restore(model);
        model.lessonProperty().addListener(o -> node.put(LESSON, model.getLesson().id()));
        model.guideVisibleProperty()
                .addListener(o -> node.putBoolean(GUIDE, model.isGuideVisible()));
        PredictSession predict = model.predictSession();
        predict.onProperty()
                .addListener(
                        o -> {
                            // a locked switch says nothing about what the learner chose
                            if (!predict.isLocked()) {
                                node.putBoolean(PREDICT, predict.isOn());
                            }
                        });
        PresenterMode presenter = model.presenter();
        DisplaySettings display = model.display();
        Runnable everyday =
                () -> {
                    node.putDouble(SCALE, presenter.getEverydayScale());
                    node.putBoolean(HIGH_CONTRAST, presenter.isEverydayHighContrast());
                };
        display.scaleProperty().addListener(o -> everyday.run());
        display.highContrastProperty().addListener(o -> everyday.run());
        presenter
                .presenterScaleProperty()
                .addListener(o -> node.putDouble(PRESENTER_SCALE, presenter.getPresenterScale()));
        presenter
                .presenterHighContrastProperty()
                .addListener(
                        o ->
                                node.putBoolean(
                                        PRESENTER_HIGH_CONTRAST,
                                        presenter.isPresenterHighContrast()));
    }

    private void restore(MainViewModel model) {
        Lesson lesson = Lesson.byId(node.get(LESSON, ""));
        if (lesson != null) {
            model.setLesson(lesson);
        }
        model.setGuideVisible(node.getBoolean(GUIDE, model.isGuideVisible()));
        model.predictSession().setOn(node.getBoolean(PREDICT, false));
        if (node.getBoolean(PREDICT_LOCKED, false)) {
            model.predictSession().setLocked(true);
        }
        double scale = node.getDouble(SCALE, Double.NaN);
        if (scale >= 0.5 && scale <= 4) {
            model.display().setScale(scale);
        }
        model.display()
                .setHighContrast(node.getBoolean(HIGH_CONTRAST, model.display().isHighContrast()));
        double presenterScale = node.getDouble(PRESENTER_SCALE, Double.NaN);
        if (presenterScale >= 1 && presenterScale <= 4) {
            model.presenter().setPresenterScale(presenterScale);
        }
        model.presenter()
                .setPresenterHighContrast(
                        node.getBoolean(
                                PRESENTER_HIGH_CONTRAST,
                                model.presenter().isPresenterHighContrast()));
    }
}
