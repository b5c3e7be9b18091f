package org.convlab.viewmodel.predict;

import java.util.Optional;
import org.convlab.conv.Detection;
import org.convlab.lessons.params.ParameterTally;
import org.convlab.lessons.predict.DetectorQuestions;
import org.convlab.lessons.predict.LayerQuestions;
import org.convlab.lessons.predict.LearnQuestions;
import org.convlab.lessons.predict.Question;
import org.convlab.lessons.predict.ShiftQuestions;
import org.convlab.viewmodel.detector.DetectorViewModel;
import org.convlab.viewmodel.learn.LearnViewModel;
import org.convlab.viewmodel.params.ParametersViewModel;
import org.convlab.viewmodel.translation.LessonMode;
import org.convlab.viewmodel.translation.TranslationViewModel;

/** Each lesson's prediction bar: which questions it asks, from what, and how it shows an answer. */
public final class LessonPredictions {
    private LessonPredictions() {}

    /** A response cell, the argmax and the tie count, from the detector's last detection. */
    public static PredictViewModel detector(DetectorViewModel m, PredictSession session) {
        return new PredictViewModel(
                session,
                DetectorQuestions.KINDS,
                (kind, seed) -> {
                    Detection d = m.getDetection();
                    return d == null
                            ? Optional.empty()
                            : DetectorQuestions.make(kind, m.getDetectedWorkspace(), d, seed);
                },
                q -> {},
                m.detectionProperty());
    }

    /**
     * Output sizes and parameter counts of the layer on screen; a question that assumes a stride
     * and dilation puts them into the layer's controls when it is revealed.
     */
    public static PredictViewModel parameters(ParametersViewModel m, PredictSession session) {
        return new PredictViewModel(
                session,
                LayerQuestions.KINDS,
                (kind, seed) -> {
                    ParameterTally t = m.getTally();
                    return t == null
                            ? Optional.empty()
                            : LayerQuestions.make(kind, t, m.getSettings(), seed);
                },
                q -> {
                    Integer stride = q.setup().get(Question.STRIDE);
                    Integer dilation = q.setup().get(Question.DILATION);
                    if (stride != null && dilation != null) {
                        m.stride().setText(Integer.toString(stride));
                        m.dilation().setText(Integer.toString(dilation));
                    }
                },
                m.tallyProperty(),
                m.settingsProperty());
    }

    /**
     * Where the best match goes and what it scores after a shift; the reveal moves the slider to
     * the question's shift, so the output after it is the one on screen.
     */
    public static PredictViewModel translation(TranslationViewModel m, PredictSession session) {
        return new PredictViewModel(
                session,
                ShiftQuestions.KINDS,
                (kind, seed) ->
                        ShiftQuestions.make(
                                kind,
                                new ShiftQuestions.Setting(
                                        m.getSignal(),
                                        m.getKernel(),
                                        m.getMatchMode(),
                                        m.getPadding(),
                                        m.isCircular(),
                                        m.getMode() == LessonMode.TRANSLATE ? m.getShift() : 0),
                                seed),
                q -> {
                    Integer shift = q.setup().get(Question.SHIFT);
                    if (shift != null) {
                        m.setMode(LessonMode.TRANSLATE);
                        m.setShift(shift);
                    }
                },
                m.revisionProperty());
    }

    /**
     * How many numbers the tab learns, and how many held-out images the filters find after the
     * steps taken so far (asked while training is paused; each step remakes the question).
     */
    public static PredictViewModel learning(LearnViewModel m, PredictSession session) {
        return new PredictViewModel(
                session,
                LearnQuestions.KINDS,
                (kind, seed) ->
                        LearnQuestions.make(
                                kind,
                                m.layerTally(),
                                new LearnQuestions.Progress(
                                        m.getStepCount(), m.getHeldOutHits(), m.heldOutCount())),
                q -> {},
                m.heldOutProperty());
    }
}
