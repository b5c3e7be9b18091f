package org.convlab.view.learn;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.convlab.view.shared.PredictBar;
import org.convlab.viewmodel.DisplaySettings;
import org.convlab.viewmodel.learn.LearnViewModel;
import org.convlab.viewmodel.predict.PredictViewModel;

/**
 * The "Learn the filters" lesson: the homework's X detector trained by gradient descent while the
 * class watches. Controls across the top; below, the filters beside the hand-designed ones and the
 * loss curve with the held-out hits and images, under them one step's error map and gradient, and
 * last the student's own paintings. The page scrolls down only.
 */
public final class LearnView extends BorderPane {
    private final VBox top;

    /** The lesson's panels; looked up directly, as a scroll pane's content is no child of it. */
    private final GridPane panels;

    public LearnView(LearnViewModel model, DisplaySettings display) {
        setId("learning-view");
        getStyleClass().add("learning-view");
        getStylesheets().add(LearnView.class.getResource("learning.css").toExternalForm());

        LearnControls controls = new LearnControls(model, display);

        Label message = Maps.wrapping(new Label());
        message.setId("learn-message");
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        // Two columns (the filters; the progress) over the step across the whole width, and the
        // student's paintings last: at 1024 × 768, presenting, all but the paintings fit
        // unscrolled.
        panels = new GridPane();
        panels.getStyleClass().add("learn-panels");
        panels.add(new FiltersPanel(model, display), 0, 0);
        panels.add(new ProgressPanel(model, display), 1, 0);
        panels.add(new StepPanel(model, display), 0, 1, 2, 1);
        OwnExamplesPanel ownPanel = new OwnExamplesPanel(model.own(), display);
        panels.add(ownPanel, 0, 2, 2, 1);
        ScrollPane scroll = new ScrollPane(panels);
        scroll.setId("learn-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("learn-scroll");
        // A painting waiting for its target click is shown at the bottom: bring it into view.
        model.own()
                .awaitingTargetProperty()
                .addListener(
                        (o, was, now) -> {
                            if (now != null) {
                                scroll.layout();
                                scroll.setVvalue(scroll.getVmax());
                            }
                        });

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
