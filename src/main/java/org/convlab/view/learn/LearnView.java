package org.convlab.view.learn;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.convlab.view.shared.PredictBar;
import org.convlab.viewmodel.DisplaySettings;
import org.convlab.viewmodel.learn.LearnViewModel;
import org.convlab.viewmodel.predict.PredictViewModel;

/**
 * The "Learn the filters" lesson: the homework's X detector trained by gradient descent while the
 * class watches. Controls across the top; below, the filters beside the hand-designed ones, the
 * loss curve with the held-out hits and images, and one step's error map and gradient. The panels
 * wrap to the width, and the page scrolls down only.
 */
public final class LearnView extends BorderPane {
    private final VBox top;

    /** The lesson's panels; looked up directly, as a scroll pane's content is no child of it. */
    private final FlowPane panels;

    public LearnView(LearnViewModel model, DisplaySettings display) {
        setId("learning-view");
        getStyleClass().add("learning-view");
        getStylesheets().add(LearnView.class.getResource("learning.css").toExternalForm());

        LearnControls controls = new LearnControls(model);

        Label steps = new Label();
        steps.setId("learn-steps");
        steps.textProperty().bind(model.stepCountProperty().map(n -> "Steps taken: " + n));
        Label hits = new Label();
        hits.setId("learn-hits");
        hits.setWrapText(true);
        hits.setMinHeight(Label.USE_PREF_SIZE);
        hits.textProperty().bind(model.hitTextProperty());
        LossCurve curve =
                new LossCurve(model.trainingCurveProperty(), model.heldOutCurveProperty());
        curve.setId("learn-curve");
        Label legend = new Label("Loss: training batch (solid), held-out images (dashed)");
        legend.setWrapText(true);
        legend.setMinHeight(Label.USE_PREF_SIZE);
        legend.getStyleClass().add("map-caption");
        HeldOutStrip strip = new HeldOutStrip(display);
        strip.setId("learn-strip");
        model.heldOutProperty()
                .addListener((o, was, now) -> strip.show(model.heldOutExamples(), now));
        // The tab is built when first chosen, after the first held-out evaluation.
        strip.show(model.heldOutExamples(), model.heldOutProperty().get());
        Label stripCaption =
                new Label("Held-out images: the argmax window (red), the planted X (blue, dashed)");
        stripCaption.setWrapText(true);
        stripCaption.setMinHeight(Label.USE_PREF_SIZE);
        stripCaption.getStyleClass().add("map-caption");
        Label progressTitle = new Label("Progress");
        progressTitle.getStyleClass().add("panel-title");
        VBox progress = new VBox(progressTitle, steps, curve, legend, hits, strip, stripCaption);
        progress.getStyleClass().addAll("learn-panel", "progress-panel");

        Label message = new Label();
        message.setId("learn-message");
        message.setWrapText(true);
        message.setMinHeight(Label.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        panels =
                new FlowPane(
                        new FiltersPanel(model, display), progress, new StepPanel(model, display));
        panels.getStyleClass().add("learn-panels");
        ScrollPane scroll = new ScrollPane(panels);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("learn-scroll");
        panels.prefWrapLengthProperty().bind(scroll.widthProperty());

        top = new VBox(controls, message);
        setTop(top);
        // F6 and F7 on the scene, not on this view: right after Ctrl+4 the focus is still on the
        // tab header, outside the lesson, and the keys must work then too. A filter, so that no
        // text field or spinner inside the lesson takes them first; only while this tab shows.
        EventHandler<KeyEvent> keys =
                e -> {
                    if (!showing()) {
                        return;
                    }
                    if (e.getCode() == KeyCode.F6 && !e.isShortcutDown()) {
                        if (model.isRunning()) {
                            model.pause();
                        } else {
                            model.train();
                        }
                        e.consume();
                    } else if (e.getCode() == KeyCode.F7 && !e.isShortcutDown()) {
                        model.step();
                        e.consume();
                    }
                };
        sceneProperty()
                .addListener(
                        (o, was, now) -> {
                            if (was != null) {
                                was.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
                            }
                            if (now != null) {
                                now.addEventFilter(KeyEvent.KEY_PRESSED, keys);
                            }
                        });
        model.prepare();
        setCenter(scroll);
    }

    /**
     * Puts the prediction bar above the controls and veils what answers its questions: the counts,
     * the hits, the loss curve and the held-out strip.
     */
    public void hostPredict(PredictViewModel predict) {
        top.getChildren().add(0, new PredictBar(predict, "learning"));
        for (String id :
                new String[] {"learn-counts", "learn-hits", "learn-curve", "learn-strip"}) {
            Node n = panels.lookup("#" + id);
            if (n != null) {
                PredictBar.veil(predict.hidingProperty(), n);
            }
        }
    }

    /**
     * Whether this lesson is on screen: its tab is chosen (a hidden tab's content is invisible).
     */
    private boolean showing() {
        for (Node n = this; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return getScene() != null;
    }
}
