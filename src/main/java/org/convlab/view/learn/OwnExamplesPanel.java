package org.convlab.view.learn;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.convlab.conv.Image;
import org.convlab.lessons.learn.TrainingExample;
import org.convlab.view.shared.MapView;
import org.convlab.view.shared.OutlineRole;
import org.convlab.viewmodel.DisplaySettings;
import org.convlab.viewmodel.learn.OwnExamples;

/**
 * "Use my painting": the painting waiting for its target click, and the student's examples in the
 * training set, each with its target window (dashed) and a button that takes it out again.
 */
final class OwnExamplesPanel extends VBox {

    private final OwnExamples own;
    private final DisplaySettings display;
    private final FlowPane strip = new FlowPane();

    OwnExamplesPanel(OwnExamples own, DisplaySettings display) {
        this.own = own;
        this.display = display;
        getStyleClass().addAll("learn-panel", "own-panel");
        setId("learn-own");
        Label title = Maps.wrapping(new Label("Your paintings in the training set"));
        title.getStyleClass().add("panel-title");

        MapView waiting = Maps.map(display, "image-map");
        waiting.setId("learn-painting");
        waiting.setOnCellPressed((cell, e) -> own.setTarget(cell.row(), cell.col()));
        Button cancel = new Button("Cancel");
        cancel.setId("learn-painting-cancel");
        cancel.setOnAction(e -> own.cancel());
        VBox waitingBox =
                new VBox(
                        Maps.captioned(
                                waiting, new Label("Click the centre of the X on your painting")),
                        cancel);
        waitingBox.getStyleClass().add("captioned");
        waitingBox.visibleProperty().bind(own.awaitingTargetProperty().isNotNull());
        waitingBox.managedProperty().bind(waitingBox.visibleProperty());
        own.awaitingTargetProperty()
                .addListener(
                        (o, was, now) -> {
                            if (now != null) {
                                show(waiting, now);
                            }
                        });

        strip.getStyleClass().add("own-strip");
        strip.setId("learn-own-strip");
        Label none =
                Maps.caption(
                        new Label(
                                "None yet: paint in the pattern detector, then press"
                                        + " \"Use my painting\"."));
        none.visibleProperty().bind(own.examplesProperty().emptyProperty());
        none.managedProperty().bind(none.visibleProperty());
        own.examplesProperty().addListener((InvalidationListener) o -> rebuild());
        getChildren().addAll(title, waitingBox, none, strip);
        rebuild();
    }

    private void rebuild() {
        strip.getChildren().clear();
        List<TrainingExample> examples = own.examplesProperty();
        for (int i = 0; i < examples.size(); i++) {
            TrainingExample e = examples.get(i);
            MapView v = Maps.map(display, "held-out-image");
            v.setId("learn-own-" + i);
            show(v, e.image());
            v.setOutlines(
                    List.of(
                            new MapView.Outline(
                                    own.targetWindow(e), OutlineRole.TARGET, true, "")));
            v.setAccessibleText(
                    "Your painting, target at row " + e.row() + ", column " + e.col() + " of D");
            int index = i;
            Button remove = new Button("Remove");
            remove.setId("learn-own-remove-" + i);
            remove.setOnAction(a -> own.remove(index));
            Label target =
                    Maps.caption(new Label("D's target: row " + e.row() + ", col " + e.col()));
            target.setId("learn-own-target-" + i);
            VBox box = new VBox(v, target, remove);
            box.getStyleClass().add("captioned");
            strip.getChildren().add(box);
        }
    }

    private static void show(MapView v, Image im) {
        v.setData(im.toArray(), im.height(), im.width(), MapView.Style.BINARY);
    }
}
