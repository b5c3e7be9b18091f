package org.convlab.view.detector;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.convlab.conv.Image;
import org.convlab.lessons.detector.PlantAndTest;
import org.convlab.view.shared.MapView;
import org.convlab.view.shared.OutlineRole;
import org.convlab.viewmodel.DisplaySettings;
import org.convlab.viewmodel.detector.DetectorViewModel;

/**
 * Plant and test: run the current detector on N fresh seeded images with the pattern planted,
 * report the hit rate, list earlier runs for comparison and show trials large enough to read. A
 * board of its own over the maps (the toolbar's "Plant and test" opens it): the controls and
 * results on the left, the trials filling the rest.
 */
final class PlantTestPane extends BorderPane {
    /** Trials shown: misses first, since they teach the most. */
    private static final int SHOWN = 8;

    PlantTestPane(DetectorViewModel model, DisplaySettings display, Runnable close) {
        setId("plant-board");
        getStyleClass().add("plant-board");
        Spinner<Integer> trials = new Spinner<>(1, 1000, 50);
        trials.setId("plant-trials");
        trials.setPrefWidth(90);
        TextField seed = new TextField("1");
        seed.setId("plant-seed");
        seed.setPrefColumnCount(6);
        Label result = new Label();
        result.setId("plant-result");
        result.setWrapText(true);
        result.getStyleClass().add("plant-result");
        Label history = new Label();
        history.setId("plant-history");
        history.setWrapText(true);
        history.getStyleClass().add("hint");
        FlowPane examples = new FlowPane(10, 10);
        examples.setId("plant-examples");
        Button run = new Button("Run plant and test");
        run.setId("plant-run");
        run.setOnAction(
                e -> {
                    long s;
                    try {
                        s = Long.parseLong(seed.getText().strip());
                    } catch (NumberFormatException ex) {
                        result.setText(
                                "The seed must be a whole number, got \""
                                        + seed.getText().strip()
                                        + "\"");
                        return;
                    }
                    if (!model.plantTest().runPlantAndTest(trials.getValue(), s)) {
                        result.setText(model.getMessage());
                    }
                });
        model.plantTest()
                .plantResultProperty()
                .addListener(
                        (o, a, r) -> {
                            result.setText(
                                    model.plantTest().plantHistoryProperty().isEmpty()
                                            ? ""
                                            : model.plantTest().plantHistoryProperty().get(0));
                            examples.getChildren().clear();
                            // Misses teach the most, so up to two of them come first, then hits.
                            List<PlantAndTest.Trial> misses =
                                    r.trials().stream()
                                            .filter(t -> !t.hit())
                                            .limit(SHOWN / 2)
                                            .toList();
                            List<PlantAndTest.Trial> hits =
                                    r.trials().stream()
                                            .filter(PlantAndTest.Trial::hit)
                                            .limit(SHOWN - misses.size())
                                            .toList();
                            for (PlantAndTest.Trial t : misses) {
                                examples.getChildren().add(example(t, display));
                            }
                            for (PlantAndTest.Trial t : hits) {
                                examples.getChildren().add(example(t, display));
                            }
                        });
        model.plantTest()
                .plantHistoryProperty()
                .addListener(
                        (ListChangeListener<String>)
                                c ->
                                        history.setText(
                                                model.plantTest().plantHistoryProperty().size() < 2
                                                        ? ""
                                                        : "Earlier runs:\n"
                                                                + String.join(
                                                                        "\n",
                                                                        model.plantTest()
                                                                                .plantHistoryProperty()
                                                                                .subList(
                                                                                        1,
                                                                                        model.plantTest()
                                                                                                .plantHistoryProperty()
                                                                                                .size()))));
        MapView pattern = new MapView(display);
        pattern.setId("target-pattern");
        pattern.setPrefSize(60, 60);
        pattern.setMaxSize(60, 60);
        Label patternName = new Label();
        patternName.setId("target-pattern-name");
        patternName.setWrapText(true);
        Button fromSelection = new Button("Use selection as target");
        fromSelection.setId("pattern-from-selection");
        fromSelection.disableProperty().bind(model.selectionProperty().isNull());
        fromSelection.setOnAction(e -> model.scenes().patternFromSelection());
        Runnable showPattern =
                () -> {
                    Image p = model.scenes().getPattern();
                    pattern.setData(p.toArray(), p.height(), p.width(), MapView.Style.BINARY);
                    patternName.setText(
                            "Target: "
                                    + model.scenes().getPatternName()
                                    + ", "
                                    + p.height()
                                    + "×"
                                    + p.width());
                };
        model.workspaceProperty()
                .addListener(
                        (o, a, b) -> {
                            if (a == null || a.extras() != b.extras()) {
                                showPattern.run();
                            }
                        });
        showPattern.run();
        VBox patternBox = new VBox(4, patternName, new HBox(8, pattern, fromSelection));
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.addRow(0, new Label("Images"), trials);
        g.addRow(1, new Label("Seed"), seed);
        Label hint =
                new Label(
                        "Each image: fresh streaks, the target pattern planted at a random spot. A hit: the argmax "
                                + "window (red) covers at least half of the planted pattern (green, dashed). Change the detector (offsets, NCC, …) "
                                + "and run again to compare.");
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        Label title = new Label("Plant and test");
        title.getStyleClass().add("plant-title");
        Button back = new Button("Back to the maps");
        back.setId("plant-close");
        back.setOnAction(e -> close.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(10, title, gap, back);
        head.getStyleClass().add("plant-head");
        VBox controls = new VBox(8, hint, patternBox, g, run, result, history);
        controls.getStyleClass().add("plant-controls");
        Label examplesTitle =
                new Label(
                        "Trials: the argmax window (red) and the planted pattern (green, dashed)");
        examplesTitle.getStyleClass().add("hint");
        examplesTitle.setWrapText(true);
        VBox right = new VBox(8, examplesTitle, examples);
        right.getStyleClass().add("plant-trials");
        ScrollPane scroll = new ScrollPane(new HBox(16, controls, right));
        scroll.setFitToWidth(true);
        HBox.setHgrow(right, Priority.ALWAYS);
        setTop(head);
        setCenter(scroll);
    }

    private static VBox example(PlantAndTest.Trial t, DisplaySettings display) {
        MapView m = new MapView(display);
        m.setData(t.image().toArray(), t.image().height(), t.image().width(), MapView.Style.BINARY);
        m.setOutlines(
                List.of(
                        new MapView.Outline(t.planted(), OutlineRole.PLANTED, true, ""),
                        new MapView.Outline(t.found(), OutlineRole.PEAK, false, "")));
        // Large enough to see the streaks and both outlines from the back of the room.
        double side = 150 * display.getScale();
        m.setPrefSize(side, side);
        m.setMinSize(side, side);
        m.setMaxSize(side, side);
        Label l = new Label(t.hit() ? "hit" : "miss");
        l.getStyleClass().add(t.hit() ? "hit" : "miss");
        return new VBox(2, m, l);
    }
}
