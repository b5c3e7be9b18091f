package org.convlab.viewmodel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.convlab.conv.VectorPath;
import org.convlab.viewmodel.detector.DetectorViewModel;
import org.convlab.viewmodel.learn.LearnViewModel;
import org.convlab.viewmodel.params.ParametersViewModel;
import org.convlab.viewmodel.predict.LessonPredictions;
import org.convlab.viewmodel.predict.PredictSession;
import org.convlab.viewmodel.predict.PredictViewModel;
import org.convlab.viewmodel.reveal.GuidedReveal;
import org.convlab.viewmodel.reveal.RevealActions;
import org.convlab.viewmodel.reveal.RevealScript;
import org.convlab.viewmodel.translation.TranslationViewModel;

/** The whole app's state: one view model per lesson, plus what the window itself shows. */
public final class MainViewModel {
    private final DetectorViewModel detector = new DetectorViewModel();
    private final ParametersViewModel parameters = new ParametersViewModel();
    private final TranslationViewModel translation = new TranslationViewModel();
    private final LearnViewModel learning = new LearnViewModel();

    {
        // "Use these filters in the detector" is one undoable edit of the detector lesson.
        learning.setDetectorTarget(detector.filterBank()::useLearnedFilters);
        // "Use my painting" takes the detector's input as the student painted it.
        learning.own().setPaintingSource(() -> detector.getWorkspace().image());
    }

    private final DisplaySettings display = new DisplaySettings();
    private final Shortcuts shortcuts = Shortcuts.withDefaults();
    private final BooleanProperty fullScreen = new SimpleBooleanProperty(this, "fullScreen", false);
    private final PresenterMode presenter = new PresenterMode(display, fullScreen);
    private Consumer<Path> workspaceOpener;

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

    public LearnViewModel learning() {
        return learning;
    }

    /** Every keyboard shortcut; screens register theirs here so the help overlay lists them. */
    public Shortcuts shortcuts() {
        return shortcuts;
    }

    public PresenterMode presenter() {
        return presenter;
    }

    private final Map<Lesson, GuidedReveal> reveals = new EnumMap<>(Lesson.class);

    /**
     * The guided reveal of {@code lesson}: PageDown / PageUp (what presenter clickers send) step
     * through its script. Built on first use, so a lesson's script is read only when it is wanted.
     */
    public GuidedReveal reveal(Lesson which) {
        return reveals.computeIfAbsent(
                which,
                l ->
                        new GuidedReveal(
                                RevealScript.of(l.id()),
                                switch (l) {
                                    case DETECTOR -> RevealActions.detector(detector);
                                    case PARAMETERS -> RevealActions.parameters(parameters);
                                    case TRANSLATION -> RevealActions.translation(translation);
                                    case LEARNING -> RevealActions.learning(learning);
                                }));
    }

    private final PredictSession predictSession = new PredictSession();
    private final Map<Lesson, PredictViewModel> predictions = new EnumMap<>(Lesson.class);

    /** Predict mode for every lesson: on or off, locked by a teacher, the sitting's score. */
    public PredictSession predictSession() {
        return predictSession;
    }

    /** The prediction bar of {@code lesson}, built on first use like its guided reveal. */
    public PredictViewModel predict(Lesson which) {
        return predictions.computeIfAbsent(
                which,
                l ->
                        switch (l) {
                            case DETECTOR -> LessonPredictions.detector(detector, predictSession);
                            case PARAMETERS ->
                                    LessonPredictions.parameters(parameters, predictSession);
                            case TRANSLATION ->
                                    LessonPredictions.translation(translation, predictSession);
                            case LEARNING -> LessonPredictions.learning(learning, predictSession);
                        });
    }

    private final ObjectProperty<Lesson> lesson =
            new SimpleObjectProperty<>(this, "lesson", Lesson.DETECTOR);

    /** The lesson on screen. */
    public Lesson getLesson() {
        return lesson.get();
    }

    public void setLesson(Lesson value) {
        lesson.set(Objects.requireNonNull(value, "lesson"));
    }

    public ObjectProperty<Lesson> lessonProperty() {
        return lesson;
    }

    /** The window fills the screen; the view keeps the stage in step with it. */
    public boolean isFullScreen() {
        return fullScreen.get();
    }

    public void setFullScreen(boolean value) {
        fullScreen.set(value);
    }

    public BooleanProperty fullScreenProperty() {
        return fullScreen;
    }

    private final BooleanProperty helpVisible =
            new SimpleBooleanProperty(this, "helpVisible", false);

    /** The keyboard-shortcut overlay is open. */
    public boolean isHelpVisible() {
        return helpVisible.get();
    }

    public void setHelpVisible(boolean value) {
        helpVisible.set(value);
        if (value) {
            aboutVisible.set(false);
        }
    }

    public BooleanProperty helpVisibleProperty() {
        return helpVisible;
    }

    private final BooleanProperty aboutVisible =
            new SimpleBooleanProperty(this, "aboutVisible", false);

    /** The About box is open. */
    public boolean isAboutVisible() {
        return aboutVisible.get();
    }

    public void setAboutVisible(boolean value) {
        aboutVisible.set(value);
        if (value) {
            helpVisible.set(false);
        }
    }

    public BooleanProperty aboutVisibleProperty() {
        return aboutVisible;
    }

    private final BooleanProperty guideVisible =
            new SimpleBooleanProperty(this, "guideVisible", true);
    private boolean guideBeforePresenting = true;

    {
        // On a projector the lesson needs the whole width; the guide comes back when presenting
        // ends
        // (F9 still shows it on demand).
        presenter
                .activeProperty()
                .addListener(
                        (o, was, now) -> {
                            if (now) {
                                guideBeforePresenting = guideVisible.get();
                                guideVisible.set(false);
                            } else {
                                guideVisible.set(guideBeforePresenting);
                            }
                        });
    }

    /** The "What to try" guide is shown next to each lesson. */
    public boolean isGuideVisible() {
        return guideVisible.get();
    }

    public void setGuideVisible(boolean value) {
        guideVisible.set(value);
    }

    public BooleanProperty guideVisibleProperty() {
        return guideVisible;
    }

    private final BooleanProperty frameTimeVisible =
            new SimpleBooleanProperty(this, "frameTimeVisible", false);

    /** The frame-time readout (how long the last frames took to draw) is shown. */
    public boolean isFrameTimeVisible() {
        return frameTimeVisible.get();
    }

    public void setFrameTimeVisible(boolean value) {
        frameTimeVisible.set(value);
    }

    public BooleanProperty frameTimeVisibleProperty() {
        return frameTimeVisible;
    }

    /**
     * For the frame-time readout: which loops compute the maps now and why (the core times its
     * Vector API loops in the background after start; see {@code VectorPath}).
     */
    public String convolutionLoops() {
        return VectorPath.status();
    }

    /**
     * Closes whatever Esc should close, innermost first: an overlay, then presenter mode, then full
     * screen. Returns false when there was nothing to close, so the key can go on to the screen.
     */
    public boolean escape() {
        if (isHelpVisible()) {
            setHelpVisible(false);
        } else if (isAboutVisible()) {
            setAboutVisible(false);
        } else if (presenter.isActive()) {
            presenter.setActive(false);
        } else if (isFullScreen()) {
            setFullScreen(false);
        } else {
            return false;
        }
        return true;
    }

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /** A message for the user about something the app could not do (empty when there is none). */
    public String getMessage() {
        return message.get();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public void clearMessage() {
        message.set("");
    }

    /**
     * Who opens a workspace file: the File menu's document model registers its open command here,
     * so a file given on the command line or by the desktop opens the same way as File ▸ Open.
     */
    public void setWorkspaceOpener(Consumer<Path> opener) {
        this.workspaceOpener = Objects.requireNonNull(opener, "opener");
    }

    /**
     * Opens the workspace the app was started with (double-click in the file manager, or {@code
     * convlab lesson.convlab}). A missing or unreadable file becomes a message naming it; the app
     * still starts with its default lessons.
     */
    public void openOnStart(Path file) {
        Objects.requireNonNull(file, "file");
        if (!Files.isRegularFile(file)) {
            message.set("Cannot open " + file + ": there is no such file.");
        } else if (!Files.isReadable(file)) {
            message.set("Cannot open " + file + ": the file is not readable.");
        } else if (workspaceOpener == null) {
            message.set(
                    "Cannot open " + file + ": this build of ConvLab cannot open workspace files.");
        } else {
            workspaceOpener.accept(file);
        }
    }
}
