package org.convlab.view;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.convlab.view.detector.DetectorView;
import org.convlab.view.learn.LearnView;
import org.convlab.view.params.ParametersView;
import org.convlab.view.translation.TranslationView;
import org.convlab.viewmodel.DisplaySettings;
import org.convlab.viewmodel.Lesson;
import org.convlab.viewmodel.LessonGuide;
import org.convlab.viewmodel.MainViewModel;
import org.convlab.viewmodel.predict.PredictSession;

/**
 * The main window's content: the menu bar, the three lessons as tabs (each with its "What to try"
 * guide), and the overlays for shortcuts and About. It also carries the display settings to the
 * whole scene: the root font size follows the scale, the high-contrast stylesheet follows the
 * switch, and the stage follows full screen.
 */
public final class MainView extends StackPane {
    /** Root font size at 100 %; every control's text is sized in em from it. */
    public static final double BASE_FONT_SIZE = 14;

    static final String APP_CSS = MainView.class.getResource("app.css").toExternalForm();
    static final String HIGH_CONTRAST_CSS =
            MainView.class.getResource("high-contrast.css").toExternalForm();

    private static final PseudoClass PRESENTING = PseudoClass.getPseudoClass("presenting");

    private final MainViewModel model;
    private final AppMenuBar menuBar;
    private final TabPane tabs;
    private final Map<Lesson, Tab> tabByLesson = new EnumMap<>(Lesson.class);
    private String fontSheet;

    public MainView(MainViewModel model) {
        this.model = model;
        setId("main-view");
        DisplaySettings display = model.display();

        menuBar = new AppMenuBar(model);
        tabs =
                new TabPane(
                        tab(
                                Lesson.DETECTOR,
                                "detector-tab",
                                () -> {
                                    DetectorView detector =
                                            new DetectorView(model.detector(), display);
                                    detector.leaveFrameReadoutToApp();
                                    detector.hideNoteWhile(
                                            model.reveal(Lesson.DETECTOR)
                                                    .stepProperty()
                                                    .greaterThanOrEqualTo(0));
                                    detector.hostPredict(model.predict(Lesson.DETECTOR));
                                    return detector;
                                }),
                        tab(
                                Lesson.PARAMETERS,
                                "parameters-tab",
                                () -> {
                                    ParametersView params =
                                            new ParametersView(model.parameters(), display);
                                    params.hostPredict(model.predict(Lesson.PARAMETERS));
                                    return params;
                                }),
                        tab(
                                Lesson.TRANSLATION,
                                "translation-tab",
                                () -> {
                                    TranslationView shift =
                                            new TranslationView(model.translation(), display);
                                    shift.hostPredict(model.predict(Lesson.TRANSLATION));
                                    return shift;
                                }),
                        tab(
                                Lesson.LEARNING,
                                "learning-tab",
                                () -> {
                                    LearnView learn = new LearnView(model.learning(), display);
                                    learn.hostPredict(model.predict(Lesson.LEARNING));
                                    return learn;
                                }));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("lessons");
        tabs.getSelectionModel().select(tabByLesson.get(model.getLesson()));
        model.lessonProperty()
                .addListener(
                        (o, was, now) -> tabs.getSelectionModel().select(tabByLesson.get(now)));
        tabs.getSelectionModel()
                .selectedItemProperty()
                .addListener(
                        (o, was, now) -> {
                            if (now != null) {
                                model.setLesson((Lesson) now.getUserData());
                            }
                        });

        // Children in reading order, which is also the Tab order: message bar, lessons, guide.
        BorderPane shell = new BorderPane();
        HBox.setHgrow(menuBar, Priority.ALWAYS);
        HBox menuRow = new HBox(menuBar, predictStart(), revealStart());
        menuRow.getStyleClass().add("menu-row");
        shell.setTop(new VBox(menuRow, messageBar()));
        shell.setCenter(tabs);
        BooleanBinding overlayOpen = model.helpVisibleProperty().or(model.aboutVisibleProperty());
        shell.disableProperty().bind(overlayOpen);

        FrameTimeReadout frameTime =
                new FrameTimeReadout(model.frameTimeVisibleProperty(), model::convolutionLoops);
        StackPane.setAlignment(frameTime, Pos.BOTTOM_RIGHT);
        getChildren().addAll(shell, frameTime, new HelpOverlay(model), new AboutBox(model));

        styleProperty()
                .bind(
                        Bindings.createStringBinding(
                                () ->
                                        String.format(
                                                Locale.ROOT,
                                                "-fx-font-size: %.2fpx;",
                                                fontSize(display.getScale())),
                                display.scaleProperty()));
        sceneProperty()
                .addListener(
                        (o, was, now) -> {
                            if (was != null) {
                                detach(was);
                            }
                            if (now != null) {
                                attach(now);
                            }
                        });
        display.scaleProperty().addListener(o -> updateSceneSheets());
        // Stylesheets slim the controls down to a bar while presenting (":presenting" on this
        // root).
        pseudoClassStateChanged(PRESENTING, display.isPresenting());
        display.presentingProperty()
                .addListener((o, was, now) -> pseudoClassStateChanged(PRESENTING, now));
        display.highContrastProperty().addListener(o -> updateSceneSheets());
    }

    /**
     * The menu bar, so menus of other parts (File, Edit) can be added with {@link
     * AppMenuBar#addLeading}.
     */
    public AppMenuBar menuBar() {
        return menuBar;
    }

    /** The root font size in pixels at {@code scale}. */
    public static double fontSize(double scale) {
        return BASE_FONT_SIZE * scale;
    }

    /**
     * A lesson's tab. Only the lesson on show is built at once: the window then appears sooner, as
     * styling and laying out screens nobody is looking at is most of the work of showing it. The
     * others are built when their tab is first chosen, or quietly a little after the window has
     * appeared ({@link #buildHiddenLessonsLater}), so that the first switch is quick too.
     */
    private Tab tab(Lesson lesson, String id, Supplier<Region> screen) {
        Tab t = new Tab(lesson.title());
        t.setId(id);
        t.setUserData(lesson);
        tabByLesson.put(lesson, t);
        Runnable build =
                () -> {
                    t.setContent(
                            new LessonFrame(
                                    screen.get(),
                                    new LessonGuidePane(LessonGuide.of(lesson), model),
                                    new RevealBar(model.reveal(lesson), lesson.id()),
                                    lesson.id(),
                                    model.display()));
                };
        if (model.getLesson() == lesson) {
            build.run();
        } else {
            unbuilt.put(t, build);
            t.selectedProperty()
                    .addListener(
                            (o, was, now) -> {
                                if (now) {
                                    buildNow(t);
                                }
                            });
        }
        return t;
    }

    private void buildNow(Tab t) {
        Runnable build = unbuilt.remove(t);
        if (build != null) {
            build.run();
        }
    }

    /**
     * Builds the lessons not yet shown one at a time, starting two seconds after the window
     * appeared and leaving a few frames between them, while the class is usually still reading.
     */
    private void buildHiddenLessonsLater() {
        if (!prebuildStarted) {
            prebuildStarted = true;
            buildNextHiddenLessonAfter(Duration.seconds(2));
        }
    }

    private void buildNextHiddenLessonAfter(Duration delay) {
        if (unbuilt.isEmpty()) {
            return;
        }
        PauseTransition wait = new PauseTransition(delay);
        wait.setOnFinished(
                e -> {
                    if (!unbuilt.isEmpty()) {
                        buildNow(unbuilt.keySet().iterator().next());
                        buildNextHiddenLessonAfter(Duration.seconds(0.3));
                    }
                });
        wait.play();
    }

    /**
     * "Guided reveal ▸" at the right of the menu bar, where it takes no row of its own: it starts
     * the lesson's story (as PageDown does), and steps aside while the story's own bar is showing.
     */
    private Node revealStart() {
        Button start = new Button("Guided reveal ▸");
        start.setId("reveal-start");
        start.getStyleClass().add("reveal-start");
        start.setFocusTraversable(false);
        start.maxHeightProperty().bind(menuBar.heightProperty());
        start.setTooltip(
                new Tooltip("Step through this lesson's story (Page Down; Page Up goes back)"));
        start.setOnAction(e -> model.reveal(model.getLesson()).next());
        Runnable update =
                () -> {
                    boolean idle = model.reveal(model.getLesson()).getStep() < 0;
                    start.setVisible(idle);
                };
        for (Lesson l : Lesson.values()) {
            model.reveal(l).stepProperty().addListener(o -> update.run());
        }
        model.lessonProperty().addListener(o -> update.run());
        update.run();
        return start;
    }

    /**
     * "Predict" beside "Guided reveal ▸": turns predict mode on for every lesson (each lesson's
     * prediction bar then has the switch too). Disabled, and saying so, when a teacher locked it.
     */
    private Node predictStart() {
        PredictSession session = model.predictSession();
        ToggleButton toggle = new ToggleButton();
        toggle.setId("predict-start");
        toggle.getStyleClass().add("reveal-start");
        toggle.setFocusTraversable(false);
        toggle.maxHeightProperty().bind(menuBar.heightProperty());
        toggle.textProperty()
                .bind(
                        Bindings.when(session.lockedProperty())
                                .then("Predict: locked on")
                                .otherwise("Predict"));
        toggle.selectedProperty().bindBidirectional(session.onProperty());
        toggle.disableProperty().bind(session.lockedProperty());
        toggle.setTooltip(
                new Tooltip(
                        "Predict, then reveal: every lesson hides its answers until you predict them"));
        return toggle;
    }

    private Node messageBar() {
        Label text = new Label();
        text.setId("message-text");
        text.textProperty().bind(model.messageProperty());
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button dismiss = new Button("Dismiss");
        dismiss.setId("message-dismiss");
        dismiss.setAccessibleText("Dismiss the message");
        dismiss.setOnAction(e -> model.clearMessage());
        Label icon = new Label("\u26a0");
        icon.getStyleClass().add("message-icon");
        icon.setAccessibleText("Problem:");
        HBox bar = new HBox(icon, text, dismiss);
        bar.setId("message-bar");
        bar.getStyleClass().add("message-bar");
        BooleanBinding shown = model.messageProperty().isNotEmpty();
        bar.visibleProperty().bind(shown);
        bar.managedProperty().bind(shown);
        return bar;
    }

    private final EventHandler<KeyEvent> escape = this::onEscape;
    private final EventHandler<KeyEvent> questionMark = this::onQuestionMark;
    private final Runnable togglePresenter = this::togglePresenter;
    private final ChangeListener<Window> windowListener = this::onWindow;

    /** Lessons whose screens are not built yet, in tab order, with what builds each. */
    private final Map<Tab, Runnable> unbuilt = new LinkedHashMap<>();

    private boolean prebuildStarted;

    private void onEscape(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE && model.escape()) {
            e.consume();
        } else if ((e.getCode() == KeyCode.PAGE_DOWN || e.getCode() == KeyCode.PAGE_UP)
                && !model.isHelpVisible()
                && !model.isAboutVisible()) {
            // What a presenter's clicker sends: the guided reveal wins over scrolling, except in
            // the shortcut list or the About box over the lesson, which the keys then scroll.
            var reveal = model.reveal(model.getLesson());
            if (e.getCode() == KeyCode.PAGE_DOWN) {
                reveal.next();
            } else {
                reveal.previous();
            }
            e.consume();
        }
    }

    /** "?" opens the shortcuts, except where it is being typed as text. */
    private void onQuestionMark(KeyEvent e) {
        if ("?".equals(e.getCharacter()) && !(e.getTarget() instanceof TextInputControl)) {
            model.setHelpVisible(true);
            e.consume();
        }
    }

    private void togglePresenter() {
        model.presenter().toggle();
    }

    private void onWindow(ObservableValue<? extends Window> o, Window was, Window now) {
        if (now instanceof Stage stage) {
            followFullScreen(stage);
            whenShown(stage);
        }
    }

    private void whenShown(Window window) {
        if (window.isShowing()) {
            buildHiddenLessonsLater();
            return;
        }
        window.showingProperty()
                .addListener(
                        new ChangeListener<>() {
                            @Override
                            public void changed(
                                    ObservableValue<? extends Boolean> o,
                                    Boolean was,
                                    Boolean now) {
                                if (now) {
                                    window.showingProperty().removeListener(this);
                                    buildHiddenLessonsLater();
                                }
                            }
                        });
    }

    private void attach(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, escape);
        scene.addEventHandler(KeyEvent.KEY_TYPED, questionMark);
        scene.getAccelerators().put(AppMenuBar.PRESENTER_ALTERNATIVE, togglePresenter);
        scene.windowProperty().addListener(windowListener);
        if (scene.getWindow() instanceof Stage stage) {
            followFullScreen(stage);
            whenShown(stage);
        }
        updateSceneSheets();
    }

    private void detach(Scene scene) {
        scene.removeEventFilter(KeyEvent.KEY_PRESSED, escape);
        scene.removeEventHandler(KeyEvent.KEY_TYPED, questionMark);
        scene.getAccelerators().remove(AppMenuBar.PRESENTER_ALTERNATIVE);
        scene.windowProperty().removeListener(windowListener);
        scene.getStylesheets().removeAll(APP_CSS, HIGH_CONTRAST_CSS, fontSheet);
    }

    /**
     * Full screen is the model's; Esc is ours (it first closes overlays), so the stage's own exit
     * key is off.
     */
    private void followFullScreen(Stage stage) {
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("Esc or F11 leaves full screen; F5 leaves presenter mode.");
        stage.setFullScreen(model.isFullScreen());
        model.fullScreenProperty()
                .addListener(
                        (o, was, now) -> {
                            if (stage.isFullScreen() != now) {
                                stage.setFullScreen(now);
                            }
                            if (now) {
                                ScreenFill.whenRefused(stage);
                            } else {
                                ScreenFill.restore(stage);
                            }
                        });
        stage.fullScreenProperty().addListener((o, was, now) -> model.setFullScreen(now));
    }

    /**
     * Popups (menus, tooltips, combo lists) are scenes of their own and do not inherit the root's
     * inline style, but they do take the owner scene's stylesheets: so the font size also goes in
     * as a small generated stylesheet, and the app's look and high contrast (last, so it wins) as
     * scene stylesheets.
     */
    private void updateSceneSheets() {
        Scene scene = getScene();
        if (scene == null) {
            return;
        }
        String css =
                String.format(
                        Locale.ROOT,
                        ".root, .context-menu, .tooltip { -fx-font-size: %.2fpx; }",
                        fontSize(model.display().getScale()));
        String sheet =
                "data:text/css;base64,"
                        + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
        if (fontSheet != null) {
            scene.getStylesheets().remove(fontSheet);
        }
        fontSheet = sheet;
        scene.getStylesheets().add(0, sheet);
        if (!scene.getStylesheets().contains(APP_CSS)) {
            scene.getStylesheets().add(APP_CSS);
        }
        boolean high = model.display().isHighContrast();
        if (high && !scene.getStylesheets().contains(HIGH_CONTRAST_CSS)) {
            scene.getStylesheets().add(HIGH_CONTRAST_CSS);
        } else if (!high) {
            scene.getStylesheets().remove(HIGH_CONTRAST_CSS);
        }
    }
}
