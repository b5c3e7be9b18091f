package org.convlab.view.learn;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.convlab.viewmodel.DisplaySettings;
import org.convlab.viewmodel.learn.LearnViewModel;

/**
 * How training goes: the steps taken and the training set, the loss curve, the held-out hit rate
 * and the first held-out images with their argmax.
 */
final class ProgressPanel extends VBox {
    ProgressPanel(LearnViewModel model, DisplaySettings display) {
        getStyleClass().addAll("learn-panel", "progress-panel");
        setId("learn-progress");
        Label steps = new Label();
        steps.setId("learn-steps");
        steps.getStyleClass().add("panel-title");
        steps.setMinWidth(Label.USE_PREF_SIZE);
        steps.textProperty().bind(model.stepCountProperty().map(n -> "Steps taken: " + n));
        Label trainingSet = Maps.caption(new Label());
        trainingSet.setId("learn-training-set");
        trainingSet.textProperty().bind(model.trainingSetTextProperty());
        HBox heading = new HBox(steps, trainingSet);
        heading.getStyleClass().add("progress-heading");
        Label hits = Maps.wrapping(new Label());
        hits.setId("learn-hits");
        hits.getStyleClass().add("hit-rate");
        hits.textProperty().bind(model.hitTextProperty());
        LossCurve curve =
                new LossCurve(model.trainingCurveProperty(), model.heldOutCurveProperty());
        curve.setId("learn-curve");
        Label legend =
                Maps.caption(new Label("Loss: training batch (solid), held-out images (dashed)"));
        HeldOutStrip strip = new HeldOutStrip(display);
        strip.setId("learn-strip");
        model.heldOutProperty()
                .addListener((o, was, now) -> strip.show(model.heldOutExamples(), now));
        // The tab is built when first chosen, after the first held-out evaluation.
        strip.show(model.heldOutExamples(), model.heldOutProperty().get());
        Label stripCaption =
                Maps.caption(
                        new Label("Held-out images: argmax window red, planted X blue dashed"));
        getChildren().addAll(heading, curve, legend, hits, strip, stripCaption);
    }
}
