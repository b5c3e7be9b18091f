package org.convlab.view.learn;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.convlab.conv.CombinedMap;
import org.convlab.conv.Filter;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.Image;
import org.convlab.lessons.learn.LearningSession;
import org.convlab.lessons.learn.Outcome;
import org.convlab.view.shared.MapView;
import org.convlab.view.shared.OutlineRole;
import org.convlab.viewmodel.DisplaySettings;
import org.convlab.viewmodel.learn.LearnViewModel;

/**
 * The lesson's point for one example of the last step: the error of D (softmax minus one-hot) and
 * each filter's gradient, which is the input correlated with that error map.
 */
final class StepPanel extends VBox {

    private final MapView input;
    private final MapView error;
    private final List<MapView> gradients = new ArrayList<>();
    private final Label explanation = new Label();
    private final LearnViewModel model;

    StepPanel(LearnViewModel model, DisplaySettings display) {
        this.model = model;
        getStyleClass().addAll("learn-panel", "step-panel");
        setId("learn-gradient");
        Label title =
                Maps.wrapping(
                        new Label(
                                "One step, one image: each gradient ∂L/∂w is the input ⋆ the"
                                        + " error map"));
        title.getStyleClass().add("panel-title");
        input = Maps.map(display, "image-map");
        error = Maps.map(display, "image-map");
        error.setId("learn-error-map");
        HBox row = new HBox();
        row.getStyleClass().add("step-maps");
        row.getChildren()
                .addAll(
                        Maps.captioned(input, new Label("Input,\nX dashed")),
                        Maps.captioned(error, new Label("Error of D:\nsoftmax − one-hot")));
        List<FilterSpec> designed = model.designedFilters();
        for (int k = 0; k < designed.size(); k++) {
            MapView g = Maps.map(display, "gradient-map");
            g.setShowValues(false);
            g.setId("learn-gradient-" + k);
            gradients.add(g);
            row.getChildren()
                    .add(
                            Maps.captioned(
                                    g,
                                    new Label(
                                            "∂L/∂"
                                                    + designed.get(k).name()
                                                    + " =\ninput ⋆ error")));
        }
        Maps.wrapping(explanation);
        explanation.setId("learn-step-hint");
        explanation.getStyleClass().add("step-hint");
        explanation.setText("Press Step or Train to see a step.");
        HBox.setHgrow(explanation, Priority.ALWAYS);
        row.getChildren().add(explanation);
        getChildren().addAll(title, row);
        model.lastStepProperty().addListener((o, was, now) -> show(now));
        model.optimizerProperty()
                .addListener((o, was, now) -> show(model.lastStepProperty().get()));
        // The tab is built after the first run was prepared: show its starting point at once.
        show(model.lastStepProperty().get());
    }

    private void show(LearningSession.Step st) {
        if (st == null) {
            explanation.setText("Press Step or Train to see a step.");
            return;
        }
        Image im = st.example().image();
        input.setData(im.toArray(), im.height(), im.width(), MapView.Style.BINARY);
        Outcome o = st.single().outcomes().get(0);
        CombinedMap d = o.detection().combined();
        input.setOutlines(
                List.of(
                        new MapView.Outline(
                                d.window(st.example().row(), st.example().col()),
                                OutlineRole.TARGET,
                                true,
                                "")));
        Maps.showDiverging(error, o.errorOfD(), d.height(), d.width());
        for (int k = 0; k < gradients.size(); k++) {
            Filter g = st.single().gradients().get(k);
            Maps.showWeights(gradients.get(k), g);
        }
        explanation.setText(
                (st.number() == 0
                                ? "Before any step, at the starting weights"
                                : "Step " + st.number())
                        + ": each weight's gradient sums error × the input cell it read at every"
                        + " position. "
                        + model.optimizerProperty().get().update());
    }
}
