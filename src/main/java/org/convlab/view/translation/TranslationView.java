package org.convlab.view.translation;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.convlab.view.shared.PredictBar;
import org.convlab.viewmodel.DisplaySettings;
import org.convlab.viewmodel.predict.PredictViewModel;
import org.convlab.viewmodel.translation.LessonMode;
import org.convlab.viewmodel.translation.TranslationViewModel;

/**
 * The Translation lesson's screen: convolution is translation-equivariant, not invariant. The
 * experiment (shift or block move) on the left, "what is a match?" and the 2D panel on the right,
 * the plain-words summary below.
 *
 * <p>Keys: ← / → shift the signal by one (in "Move the pattern": move the block), Home back to 0,
 * Shift + arrows move the 2D image. They work anywhere in the lesson except inside a text field.
 */
public final class TranslationView extends BorderPane {
    private final TranslationViewModel model;
    private final VBox content;
    private final ScrollPane scroll;

    public TranslationView(TranslationViewModel model, DisplaySettings display) {
        this.model = model;
        setId("translation-view");
        getStyleClass().add("translation-view");
        getStylesheets().add(TranslationView.class.getResource("translation.css").toExternalForm());

        Label title =
                new Label(
                        "Convolution is translation-equivariant, not invariant: shift the input and the output shifts the same way");
        title.getStyleClass().add("lesson-title");
        title.setWrapText(true);
        title.setId("lesson-title");
        title.setMinHeight(Region.USE_PREF_SIZE);
        DataEditor editor = new DataEditor(model, display);
        ShiftPanel shift = new ShiftPanel(model, display);
        MatchPanel match = new MatchPanel(model, display);
        GridShiftPanel grid = new GridShiftPanel(model.grid(), display);
        MeterPanel meter = new MeterPanel(model.meter(), display);

        VBox words = new VBox(3);
        words.setId("plain-words");
        words.getStyleClass().add("plain-words");
        Label wordsTitle = new Label("5 · In plain words");
        wordsTitle.getStyleClass().add("section-title");
        words.getChildren().add(wordsTitle);
        for (String s : model.getPlainWords()) {
            Label l = new Label("• " + s);
            l.setWrapText(true);
            l.getStyleClass().add("sentence");
            l.setMinHeight(Region.USE_PREF_SIZE);
            words.getChildren().add(l);
        }

        // The experiment runs the full width, its plots filling what the screen has left below the
        // controls; "What is a match?" and the 2D panel follow, side by side when both fit, one
        // above the other when not; then the invariance meter; the plain words last.
        match.setMinWidth(680);
        match.setPrefWidth(760);
        grid.setMinWidth(600);
        grid.setPrefWidth(640);
        TwoColumns columns = new TwoColumns(match, grid, 24, display);
        columns.setId("translation-columns");

        content =
                new VBox(8, title, editor, shift, columns, meter, words) {
                    @Override
                    protected void layoutChildren() {
                        super.layoutChildren();
                        fillScreen(shift);
                    }
                };
        content.setId("translation-content");
        content.getStyleClass().add("translation-content");
        content.setMinWidth(0);
        scroll = new ScrollPane(content);
        scroll.setId("translation-scroll");
        scroll.setFitToWidth(true);
        // long pages scroll down, never sideways: every row below wraps to the width it is given
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.ALWAYS);
        scroll.viewportBoundsProperty().addListener((o, a, b) -> content.requestLayout());
        setCenter(scroll);

        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        // the slider jumps to its minimum on Home *released*; Home here means "back to 0"
        addEventFilter(
                KeyEvent.KEY_RELEASED,
                e -> {
                    if (e.getCode() == KeyCode.HOME
                            && !(e.getTarget() instanceof TextInputControl)) {
                        e.consume();
                    }
                });
        // when the lesson's tab is chosen, focus the slider so ← / → shift the signal at once
        // instead of moving on to the next tab
        sceneProperty()
                .addListener(
                        (o, was, is) -> {
                            if (is != null) {
                                Platform.runLater(() -> focusSliderWhenTabChosen(shift));
                            }
                        });
    }

    /**
     * Puts the prediction bar above the lesson. While it hides the answers, the output after the
     * shift, its caption and legend, and the sentences that say what happened are hidden; the
     * signal, the kernel and the output before the shift stay, as they are what a prediction is
     * made from.
     */
    public void hostPredict(PredictViewModel predict) {
        setTop(new PredictBar(predict, "translation"));
        for (String id :
                new String[] {
                    "plot-after",
                    "caption-after",
                    "after-legend",
                    "verdict",
                    "border-warning",
                    "comparison"
                }) {
            Node n = content.lookup("#" + id);
            if (n != null) {
                PredictBar.veil(predict.hidingProperty(), n);
            }
        }
    }

    /**
     * Gives the experiment's plots the height from their top to the bottom of the visible page, so
     * the output before and after are on screen without scrolling. Set after this layout pass (a
     * request made during one is dropped); the next pass uses it.
     */
    private void fillScreen(ShiftPanel shift) {
        PlotStage stage = shift.plotStage();
        double viewport = scroll.getViewportBounds().getHeight();
        if (viewport <= 0) {
            return;
        }
        double top = shift.getLayoutY() + stage.getLayoutY();
        double want = Math.floor(viewport - top - 6);
        if (Math.abs(want - stage.getFill()) > 0.5) {
            Platform.runLater(() -> stage.setFill(want));
        }
    }

    private void focusSliderWhenTabChosen(ShiftPanel shift) {
        for (Parent p = getParent(); p != null; p = p.getParent()) {
            if (p instanceof TabPane tabs) {
                // The screen is built when its tab is first chosen, so that choice came before
                // this.
                // Its tab's content becomes visible in the next layout pulse, and only a visible
                // node can take the focus.
                Tab chosen = tabs.getSelectionModel().getSelectedItem();
                if (chosen != null && holdsThisView(chosen.getContent())) {
                    Scene scene = getScene();
                    Runnable once =
                            new Runnable() {
                                private boolean done;

                                @Override
                                public void run() {
                                    if (!done) {
                                        done = true;
                                        shift.shiftSlider().requestFocus();
                                        // Not removed while the scene walks its listeners.
                                        Platform.runLater(
                                                () -> scene.removePostLayoutPulseListener(this));
                                    }
                                }
                            };
                    scene.addPostLayoutPulseListener(once);
                }
                tabs.getSelectionModel()
                        .selectedItemProperty()
                        .addListener(
                                (o, a, tab) -> {
                                    if (tab != null && holdsThisView(tab.getContent())) {
                                        Platform.runLater(() -> shift.shiftSlider().requestFocus());
                                    }
                                });
                return;
            }
        }
    }

    /**
     * Whether {@code content} is this view or wraps it (the main window adds a guide beside it).
     */
    private boolean holdsThisView(Node content) {
        for (Node n = this; n != null; n = n.getParent()) {
            if (n == content) {
                return true;
            }
        }
        return false;
    }

    private void onKey(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl
                || e.isControlDown()
                || e.isAltDown()
                || e.isMetaDown()) {
            return;
        }
        KeyCode code = e.getCode();
        if (e.isShiftDown()) {
            int dy = code == KeyCode.UP ? -1 : code == KeyCode.DOWN ? 1 : 0;
            int dx = code == KeyCode.LEFT ? -1 : code == KeyCode.RIGHT ? 1 : 0;
            if (dy != 0 || dx != 0) {
                model.grid().move(dy, dx);
                e.consume();
            }
            return;
        }
        if (code != KeyCode.LEFT && code != KeyCode.RIGHT && code != KeyCode.HOME) {
            return;
        }
        int step = code == KeyCode.LEFT ? -1 : code == KeyCode.RIGHT ? 1 : 0;
        if (model.getMode() == LessonMode.TRANSLATE) {
            if (step == 0) {
                model.setShift(0);
            } else {
                model.shiftBy(step);
            }
        } else {
            int t = step == 0 ? model.getBlockStart() : model.getMoveTarget() + step;
            if (t >= 0 && t + model.getBlockLength() <= model.getSignal().length) {
                model.setMoveTarget(t);
            }
        }
        e.consume();
    }
}
