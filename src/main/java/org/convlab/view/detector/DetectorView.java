package org.convlab.view.detector;

import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.convlab.view.shared.PredictBar;
import org.convlab.view.shared.Presenting;
import org.convlab.view.shared.ScaledSizes;
import org.convlab.viewmodel.DisplaySettings;
import org.convlab.viewmodel.detector.DetectorViewModel;
import org.convlab.viewmodel.detector.FrameTimes;
import org.convlab.viewmodel.detector.SlideAnimation;
import org.convlab.viewmodel.detector.StagesViewModel;
import org.convlab.viewmodel.detector.Tool;
import org.convlab.viewmodel.predict.PredictViewModel;

/**
 * The pattern detector: input → one response map per filter → combined map → argmax, left to right,
 * with the filter bank and settings on the left and the slide and its arithmetic below.
 *
 * <p>Keys, wherever the focus is except in a text field: Space play/pause, ← → step, Home/End
 * first/finished; Shift+arrows shift the painted image; P, E, L, S, T pick the paint, erase, line,
 * select and stamp tools; Esc unpins a clicked cell and clears the selection; F12 shows the
 * frame-time readout.
 */
public final class DetectorView extends BorderPane {
    /** Width of the filter column in presenter mode at 100 % text: a name and a 5×5 kernel. */
    private static final double STAGE_SIDE_WIDTH = 130;

    private final DetectorViewModel model;
    private final BooleanProperty quietNote = new SimpleBooleanProperty(this, "quietNote");
    private final BooleanProperty plantOpen = new SimpleBooleanProperty(this, "plantOpen");
    private final InputPanel input;
    private final MapsPanel maps;
    private final FilterBankView bank;
    private final AnimationBar animationBar;
    private final VBox top;
    private final ArithmeticPanel arithmetic;
    private final Label frameReadout = new Label();
    private boolean externalReadout;
    private final FrameTimes frameTimes = new FrameTimes();
    private final AnimationTimer timer;
    private boolean timerRunning;
    private int framesSinceText;

    public DetectorView(DetectorViewModel model, DisplaySettings display) {
        this.model = model;
        setId("detector-view");
        getStyleClass().add("detector-view");
        getStylesheets().add(DetectorView.class.getResource("detector.css").toExternalForm());
        input = new InputPanel(model, display);
        maps = new MapsPanel(model, display);
        bank = new FilterBankView(model, display);
        animationBar = new AnimationBar(model.animation(), display);

        Label note = new Label();
        note.setId("lesson-note");
        note.getStyleClass().add("lesson-note");
        note.setWrapText(true);
        note.textProperty().bind(model.captions().noteProperty());
        note.visibleProperty()
                .bind(model.captions().noteProperty().isNotEmpty().and(quietNote.not()));
        note.managedProperty().bind(note.visibleProperty());
        Label message = new Label();
        message.setId("detector-message");
        message.getStyleClass().add("detector-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        model.messageIsErrorProperty().addListener((o, a, b) -> styleMessage(message, b));
        styleMessage(message, model.isMessageError());
        // On the stage a report of the last action ("Stamped …") gives its row to the maps; a
        // problem is still said.
        message.visibleProperty()
                .bind(
                        model.messageProperty()
                                .isNotEmpty()
                                .and(
                                        display.presentingProperty()
                                                .not()
                                                .or(model.messageIsErrorProperty())));
        message.managedProperty().bind(message.visibleProperty());
        Label problem = new Label();
        problem.setId("detector-problem");
        problem.getStyleClass().add("detector-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        DetectorToolBar toolBar =
                new DetectorToolBar(
                        model, input.map(), display, () -> plantOpen.set(!plantOpen.get()));
        ToggleButton boardToggle = new ToggleButton("Channels board");
        boardToggle.selectedProperty().bindBidirectional(model.channels().boardOpenProperty());
        ChannelsBar channelsBar = new ChannelsBar(model.channels(), boardToggle);
        top = new VBox(4, toolBar, channelsBar, note, problem, message);
        top.getStyleClass().add("detector-top");
        setTop(top);

        TitledPane settings =
                titled("Layer settings", "settings-pane", new SettingsPane(model), true);
        TitledPane generate =
                titled("Generate streaks", "generate-pane", new GeneratePane(model), false);
        TitledPane layers =
                titled(
                        "Pooling and layer 2",
                        "stages-pane",
                        new StagesPane(model),
                        StagesViewModel.staged(model.getWorkspace()));
        // A workspace that pools or has a second layer opens with those settings in view.
        model.workspaceProperty()
                .addListener(
                        (o, a, b) -> {
                            if (StagesViewModel.staged(b)
                                    && (a == null || !StagesViewModel.staged(a))) {
                                layers.setExpanded(true);
                            }
                        });
        VBox side =
                new VBox(
                        6,
                        titled("Filters", "filters-pane", bank, true),
                        settings,
                        layers,
                        generate);
        side.getStyleClass().add("detector-side");
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setId("detector-side");
        sideScroll.setFitToWidth(true);
        sideScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // On the stage the side column holds only the filters' names and kernels, as narrow as they
        // are.
        sideScroll
                .prefWidthProperty()
                .bind(
                        Bindings.when(display.presentingProperty())
                                .then(display.scaleProperty().multiply(STAGE_SIDE_WIDTH))
                                .otherwise(display.scaleProperty().multiply(335)));
        sideScroll
                .minWidthProperty()
                .bind(
                        Bindings.when(display.presentingProperty())
                                .then(display.scaleProperty().multiply(STAGE_SIDE_WIDTH))
                                .otherwise(display.scaleProperty().multiply(300)));
        Presenting.hideWhile(display, settings, layers, generate);
        setLeft(sideScroll);

        // The channels board takes the maps' place while open, for a many-channel image only; the
        // input stays, so painting shows at once in the planes and the partial maps.
        ChannelsBoard board = new ChannelsBoard(model, display);
        board.visibleProperty()
                .bind(
                        boardToggle
                                .selectedProperty()
                                .and(model.channels().channelsProperty().greaterThan(1)));
        // Unmanaged while closed, so the board's size never pushes on the maps' layout.
        board.managedProperty().bind(board.visibleProperty());
        maps.visibleProperty().bind(board.visibleProperty().not());
        maps.managedProperty().bind(maps.visibleProperty());
        StackPane mapsOrBoard = new StackPane(maps, board);
        HBox stages = new HBox(8, input, mapsOrBoard);
        stages.getStyleClass().add("stages");
        // The input is as wide as its grid at the height there is, up to 36 % (it is what the user
        // paints and where the argmax shows; 28 % on the stage); the maps take the rest.
        // On the stage the maps, which carry the lesson, get a larger share.
        input.maxWidthProperty()
                .bind(
                        stages.widthProperty()
                                .multiply(
                                        Bindings.when(display.presentingProperty())
                                                .then(0.28)
                                                .otherwise(0.36)));
        HBox.setHgrow(mapsOrBoard, Priority.ALWAYS);
        input.setMinWidth(180);
        // The argmax sentence runs under input and maps alike: at full width it takes two lines
        // where under one map it took six and squeezed that map.
        Label argmax = maps.argmaxText();
        argmax.setMinHeight(Label.USE_PREF_SIZE);
        argmax.setMaxWidth(Double.MAX_VALUE);
        VBox.setVgrow(stages, Priority.ALWAYS);
        // On the stage the open board takes the input's place as well (its planes are the input)
        // and the argmax sentence's and arithmetic's rows, which are about the hidden sum: on a
        // 1024×768 projector it then fits without scrolling.
        BooleanBinding boardOnStage = display.presentingProperty().and(board.visibleProperty());
        for (Node n : List.of(input, argmax)) {
            n.visibleProperty().bind(boardOnStage.not());
            n.managedProperty().bind(n.visibleProperty());
        }
        VBox center = new VBox(0, stages, argmax);
        center.getStyleClass().add("detector-center");
        // Plant and test has a board of its own over the maps, opened from the toolbar.
        PlantTestPane plant = new PlantTestPane(model, display, () -> plantOpen.set(false));
        plant.visibleProperty().bind(plantOpen);
        center.visibleProperty().bind(plantOpen.not());
        setCenter(new StackPane(center, plant));
        ScaledSizes.follow(this, display);

        frameReadout.setId("frame-readout");
        frameReadout.getStyleClass().add("frame-readout");
        frameReadout.setVisible(false);
        frameReadout.managedProperty().bind(frameReadout.visibleProperty());
        arithmetic = new ArithmeticPanel(model, display);
        arithmetic.visibleProperty().bind(boardOnStage.not());
        arithmetic.managedProperty().bind(arithmetic.visibleProperty());
        VBox bottom = new VBox(4, animationBar, arithmetic, frameReadout);
        // The presenter's slim bar: the slide's buttons move up beside the scenes (the paint tools
        // step aside), so the maps get the height of a row.
        Runnable placeSlideBar =
                () -> {
                    boolean stage = display.isPresenting();
                    (stage ? bottom.getChildren() : toolBar.getChildren()).remove(animationBar);
                    if (stage && !toolBar.getChildren().contains(animationBar)) {
                        toolBar.getChildren().add(animationBar);
                    } else if (!stage && !bottom.getChildren().contains(animationBar)) {
                        bottom.getChildren().add(0, animationBar);
                    }
                };
        display.presentingProperty().addListener((o, was, now) -> placeSlideBar.run());
        placeSlideBar.run();
        bottom.getStyleClass().add("detector-bottom");
        setBottom(bottom);

        timer =
                new AnimationTimer() {
                    @Override
                    public void handle(long now) {
                        onFrame(now);
                    }
                };
        model.animation().playingProperty().addListener((o, a, b) -> updateTimer());
        sceneProperty()
                .addListener(
                        (o, a, b) -> {
                            updateTimer();
                            if (b != null) {
                                // Start with the input focused, so that Tab goes on from the
                                // picture.
                                Platform.runLater(() -> input.map().requestFocus());
                            }
                        });
        // A filter, not a handler: buttons and other controls consume arrow keys for focus
        // traversal.
        addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    private static void styleMessage(Label l, boolean error) {
        l.getStyleClass().removeAll("error", "info");
        l.getStyleClass().add(error ? "error" : "info");
    }

    private static TitledPane titled(String title, String id, Node content, boolean expanded) {
        TitledPane t = new TitledPane(title, content);
        t.setId(id);
        t.setExpanded(expanded);
        t.setAnimated(false);
        return t;
    }

    /**
     * Puts the prediction bar under the toolbar. While it hides the answers, the maps, the argmax
     * sentence, the argmax outline on the input and the focused cell's arithmetic are hidden; the
     * input and the filters stay, as they are what a prediction is made from.
     */
    public void hostPredict(PredictViewModel predict) {
        top.getChildren().add(new PredictBar(predict, "detector"));
        maps.hideWhile(predict.hidingProperty());
        input.hideArgmaxWhile(predict.hidingProperty());
        PredictBar.veil(predict.hidingProperty(), maps.argmaxText(), arithmetic);
    }

    InputPanel input() {
        return input;
    }

    MapsPanel maps() {
        return maps;
    }

    FilterBankView bank() {
        return bank;
    }

    /**
     * Hides the scene's note while {@code condition} holds: while a guided reveal runs its sentence
     * is what the class reads, and the note's rows go to the maps.
     */
    public void hideNoteWhile(ObservableBooleanValue condition) {
        quietNote.bind(condition);
    }

    /** Whether the F12 frame-time readout is showing. */
    public boolean isFrameReadoutShown() {
        return frameReadout.isVisible();
    }

    /**
     * Inside the main window the app's F12 readout (View ▸ Frame-time readout) serves every screen,
     * so this screen leaves F12 to it instead of showing a second readout of its own.
     */
    public void leaveFrameReadoutToApp() {
        externalReadout = true;
    }

    /** Shows or hides the frame-time readout (F12). */
    public void toggleFrameReadout() {
        frameReadout.setVisible(!frameReadout.isVisible());
        frameTimes.reset();
        frameReadout.setText(frameTimes.text());
        updateTimer();
    }

    private void updateTimer() {
        boolean want =
                getScene() != null && (model.animation().isPlaying() || frameReadout.isVisible());
        if (want && !timerRunning) {
            timer.start();
            timerRunning = true;
        } else if (!want && timerRunning) {
            timer.stop();
            timerRunning = false;
        }
    }

    private void onFrame(long now) {
        model.animation().tick(now);
        if (frameReadout.isVisible()) {
            frameTimes.frame(now);
            if (++framesSinceText >= 15) {
                framesSinceText = 0;
                frameReadout.setText(frameTimes.text() + " · " + model.captions().getInputLabel());
            }
        }
    }

    private void keyPressed(KeyEvent e) {
        KeyCode code = e.getCode();
        if (code == KeyCode.F12 && !externalReadout) {
            toggleFrameReadout();
            e.consume();
            return;
        }
        if (code == KeyCode.ESCAPE) {
            maps.unpin();
            model.clearSelection();
            e.consume();
            return;
        }
        // Text fields keep every key; elsewhere the keys do what F1 and "What to try" say, whatever
        // holds the focus (a teacher clicks around the screen, then presses → to step).
        Node focus = getScene() == null ? null : getScene().getFocusOwner();
        if (focus instanceof TextInputControl
                || e.isControlDown()
                || e.isAltDown()
                || e.isMetaDown()
                || e.isShortcutDown()) {
            return;
        }
        if (e.isShiftDown()) {
            if (shiftKey(code)) {
                e.consume();
            }
            return;
        }
        if (slideKey(code) || toolKey(e)) {
            e.consume();
        }
    }

    /** Shift+arrows move the painted image by one cell. */
    private boolean shiftKey(KeyCode code) {
        int dr = code == KeyCode.UP ? -1 : code == KeyCode.DOWN ? 1 : 0;
        int dc = code == KeyCode.LEFT ? -1 : code == KeyCode.RIGHT ? 1 : 0;
        if (dr == 0 && dc == 0) {
            return false;
        }
        model.painting().shift(dr, dc);
        return true;
    }

    private boolean slideKey(KeyCode code) {
        SlideAnimation a = model.animation();
        switch (code) {
            case SPACE -> a.togglePlay();
            case LEFT -> a.back();
            case RIGHT -> a.step();
            case HOME -> a.home();
            case END -> a.end();
            default -> {
                return false;
            }
        }
        return true;
    }

    /** P paint, E erase, L line, S select, T stamp (plain letters, outside text fields). */
    private boolean toolKey(KeyEvent e) {
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown()) {
            return false;
        }
        Tool t =
                switch (e.getCode()) {
                    case P -> Tool.PAINT;
                    case E -> Tool.ERASE;
                    case L -> Tool.LINE;
                    case S -> Tool.SELECT;
                    case T -> Tool.STAMP;
                    default -> null;
                };
        if (t == null) {
            return false;
        }
        model.painting().setTool(t);
        return true;
    }
}
